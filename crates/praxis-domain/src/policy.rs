//! The authorization policy: who may do what. The application layer asks
//! these questions before every use case; handlers and templates never decide.

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
}
