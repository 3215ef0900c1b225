//! The authorization policy: who may do what. The application layer asks
//! these questions before every use case; handlers and templates never decide.

use crate::community::CommunityRole;
use crate::ids::UserId;
use crate::roles::{Role, UserStatus};

/// The signed-in person a use case acts for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub user_id: UserId,
    pub role: Role,
    pub status: UserStatus,
    /// Whether the person has accepted the usage code currently in force.
    pub accepted_current_usage_code: bool,
}

/// Why the policy said no. Each maps to one API error code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Denied {
    /// The member must accept the current usage code before writing anything.
    UsageCodeNotAccepted,
    /// The role does not allow this.
    NotAllowed,
    /// The thread is locked: only moderators may still post.
    ThreadLocked,
}

pub type Decision = Result<(), Denied>;

impl Actor {
    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }

    /// Platform-wide moderation: admins and moderators.
    pub fn is_platform_moderator(&self) -> bool {
        matches!(self.role, Role::Admin | Role::Moderator)
    }

    /// Who reads every community without joining: platform moderators and
    /// the helpdesk (which publishes questions to communities and follows
    /// them up). Reading is not moderating.
    pub fn reads_every_community(&self) -> bool {
        reads_every_community(self.role)
    }
}

/// Anything that creates or changes content or settings. Accepting the usage
/// code itself, signing out and changing one's password stay possible.
pub fn may_write(actor: &Actor) -> Decision {
    if actor.accepted_current_usage_code {
        Ok(())
    } else {
        Err(Denied::UsageCodeNotAccepted)
    }
}

/// Platform administration: approvals, allow-list, usage code, roles.
pub fn may_administer(actor: &Actor) -> Decision {
    if actor.is_admin() {
        Ok(())
    } else {
        Err(Denied::NotAllowed)
    }
}

/// Suspending and reinstating members.
pub fn may_suspend(actor: &Actor, target_role: Role) -> Decision {
    if !actor.is_platform_moderator() {
        return Err(Denied::NotAllowed);
    }
    // A moderator cannot silence the people who oversee them.
    if target_role == Role::Admin && !actor.is_admin() {
        return Err(Denied::NotAllowed);
    }
    Ok(())
}

/// Creating communities: platform moderators and admins.
pub fn may_create_community(actor: &Actor) -> Decision {
    may_write(actor)?;
    if actor.is_platform_moderator() {
        Ok(())
    } else {
        Err(Denied::NotAllowed)
    }
}

/// Whether the actor sees a community's content (threads, posts, members).
/// Everyone else must be answered "not found", never "forbidden".
pub fn may_read_community(actor: &Actor, my_role: Option<CommunityRole>) -> bool {
    my_role.is_some() || actor.reads_every_community()
}

/// See [`Actor::reads_every_community`]; for people other than the actor.
pub fn reads_every_community(role: Role) -> bool {
    matches!(role, Role::Admin | Role::Moderator | Role::Helpdesk)
}

/// Community managers moderate their community; platform moderators all.
pub fn may_moderate_community(actor: &Actor, my_role: Option<CommunityRole>) -> bool {
    actor.is_platform_moderator() || my_role == Some(CommunityRole::Manager)
}

/// Starting a thread or replying. Reading rights come first (the caller
/// answers 404 when [`may_read_community`] is false).
pub fn may_post(actor: &Actor, my_role: Option<CommunityRole>, thread_locked: bool) -> Decision {
    may_write(actor)?;
    if !may_read_community(actor, my_role) {
        return Err(Denied::NotAllowed);
    }
    if thread_locked && !may_moderate_community(actor, my_role) {
        return Err(Denied::ThreadLocked);
    }
    Ok(())
}

/// Editing a post: its author, or who moderates the community.
pub fn may_edit_post(actor: &Actor, author: UserId, my_role: Option<CommunityRole>) -> Decision {
    may_write(actor)?;
    if actor.user_id == author || may_moderate_community(actor, my_role) {
        Ok(())
    } else {
        Err(Denied::NotAllowed)
    }
}

/// Accepting an answer: the question's author, or who moderates.
pub fn may_accept_answer(
    actor: &Actor,
    question_author: UserId,
    my_role: Option<CommunityRole>,
) -> Decision {
    may_edit_post(actor, question_author, my_role)
}

/// Appointing or removing community managers: platform moderators, and
/// the community's own managers.
pub fn may_appoint_managers(actor: &Actor, my_role: Option<CommunityRole>) -> Decision {
    may_write(actor)?;
    if may_moderate_community(actor, my_role) {
        Ok(())
    } else {
        Err(Denied::NotAllowed)
    }
}

/// Inviting people into a community (as members or guests): its managers
/// and admins. Platform moderators moderate content; who may enter is the
/// community's and the operator's decision.
pub fn may_invite(actor: &Actor, my_role: Option<CommunityRole>) -> Decision {
    may_write(actor)?;
    if actor.is_admin() || my_role == Some(CommunityRole::Manager) {
        Ok(())
    } else {
        Err(Denied::NotAllowed)
    }
}

/// Removing someone from a community (e.g. ending a guest's access): who
/// moderates it. Only platform moderators remove a manager; nobody removes
/// themselves this way (they leave).
pub fn may_remove_member(
    actor: &Actor,
    my_role: Option<CommunityRole>,
    target: UserId,
    target_role: CommunityRole,
) -> Decision {
    may_write(actor)?;
    if target == actor.user_id || !may_moderate_community(actor, my_role) {
        return Err(Denied::NotAllowed);
    }
    if target_role == CommunityRole::Manager && !actor.is_platform_moderator() {
        return Err(Denied::NotAllowed);
    }
    Ok(())
}

/// Editing a community's name, description, rules and membership: who
/// moderates it.
pub fn may_edit_community(actor: &Actor, my_role: Option<CommunityRole>) -> Decision {
    may_write(actor)?;
    if may_moderate_community(actor, my_role) {
        Ok(())
    } else {
        Err(Denied::NotAllowed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(role: Role, accepted: bool) -> Actor {
        Actor {
            user_id: UserId(1),
            role,
            status: UserStatus::Active,
            accepted_current_usage_code: accepted,
        }
    }

    #[test]
    fn writing_needs_the_current_usage_code() {
        assert_eq!(
            may_write(&actor(Role::Member, false)),
            Err(Denied::UsageCodeNotAccepted)
        );
        assert_eq!(
            may_write(&actor(Role::Admin, false)),
            Err(Denied::UsageCodeNotAccepted)
        );
        assert_eq!(may_write(&actor(Role::Member, true)), Ok(()));
    }

    #[test]
    fn only_admins_administer_and_moderators_cannot_suspend_admins() {
        assert!(may_administer(&actor(Role::Admin, true)).is_ok());
        assert!(may_administer(&actor(Role::Moderator, true)).is_err());
        assert!(may_suspend(&actor(Role::Moderator, true), Role::Member).is_ok());
        assert!(may_suspend(&actor(Role::Moderator, true), Role::Admin).is_err());
        assert!(may_suspend(&actor(Role::Member, true), Role::Member).is_err());
    }

    #[test]
    fn community_content_is_for_its_members_and_moderators() {
        let member = actor(Role::Member, true);
        assert!(!may_read_community(&member, None));
        assert!(may_read_community(&member, Some(CommunityRole::Member)));
        assert!(may_read_community(&actor(Role::Moderator, true), None));
        assert_eq!(
            may_post(&member, Some(CommunityRole::Member), true),
            Err(Denied::ThreadLocked)
        );
        assert!(may_post(&member, Some(CommunityRole::Manager), true).is_ok());
        assert_eq!(
            may_edit_post(&member, UserId(2), Some(CommunityRole::Member)),
            Err(Denied::NotAllowed)
        );
        assert!(may_edit_post(&member, UserId(1), Some(CommunityRole::Member)).is_ok());
        assert!(may_create_community(&member).is_err());
    }

    #[test]
    fn managers_invite_and_remove_members_but_not_other_managers() {
        let manager = actor(Role::Member, true);
        let moderator = actor(Role::Moderator, true);
        assert!(may_invite(&manager, Some(CommunityRole::Manager)).is_ok());
        assert!(may_invite(&manager, Some(CommunityRole::Member)).is_err());
        assert!(may_invite(&moderator, None).is_err());
        assert!(may_invite(&actor(Role::Admin, true), None).is_ok());
        let remove = |a: &Actor, mine, target_role| {
            may_remove_member(a, mine, UserId(2), target_role).is_ok()
        };
        assert!(remove(
            &manager,
            Some(CommunityRole::Manager),
            CommunityRole::Member
        ));
        assert!(!remove(
            &manager,
            Some(CommunityRole::Manager),
            CommunityRole::Manager
        ));
        assert!(!remove(
            &manager,
            Some(CommunityRole::Member),
            CommunityRole::Member
        ));
        assert!(remove(&moderator, None, CommunityRole::Manager));
        assert!(
            may_remove_member(
                &manager,
                Some(CommunityRole::Manager),
                UserId(1),
                CommunityRole::Manager
            )
            .is_err()
        );
    }
}
