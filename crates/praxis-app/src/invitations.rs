//! Invitations: a community's managers (or an admin) invite someone by mail,
//! as a member or as a guest. The link is the proof of the address: a
//! newcomer chooses a name and password through it (any email domain for
//! guests), someone with an account confirms with their password or is
//! already signed in. Links are random, stored hashed, single-use, expiring
//! and revocable; a new invitation to the same address replaces the old.

use crate::App;
use crate::accounts::{AuthContext, Client, SignedIn, start_session};
use crate::communities::readable_community;
use crate::crypto::{hash_password, random_token, token_hash, verify_password};
use crate::discussions::notify;
use crate::error::{AppError, AppResult, Validator};
use crate::jobs::enqueue_mail;
use crate::mail::texts::{self, InvitationMail};
use chrono::{DateTime, Duration, Utc};
use praxis_domain::password::check_new_password;
use praxis_domain::policy;
use praxis_domain::text::{bounded_text, single_line};
use praxis_domain::{
    BuyerDomain, CommunityRole, DisplayName, Email, PageOf, Paging, Role, UserId, UserStatus,
    ValidationError,
};
use praxis_store::accounts::{self as users_store, NewUser, User};
use praxis_store::audit::{self, NewAuditEntry};
use praxis_store::communities::{self as communities_store, Community};
use praxis_store::invitations::{self as store, Invitation, NewInvitation};
use praxis_store::notifications::{self as notifications_store, NewNotification, NotificationKind};
use praxis_store::search::Entity;
use praxis_store::{ConnectionTrait, StoreError, now};

pub const DEFAULT_DAYS: i64 = 14;
pub const MAX_DAYS: i64 = 60;

/// What an invitation makes of the person inside the community.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvitedAs {
    /// A public buyer: an ordinary member of the platform.
    Member,
    /// An outsider confined to this community.
    Guest,
}

impl InvitedAs {
    pub fn as_str(self) -> &'static str {
        match self {
            InvitedAs::Member => "member",
            InvitedAs::Guest => "guest",
        }
    }

    fn parse_field(raw: &str) -> Result<Self, ValidationError> {
        match raw.trim() {
            "member" => Ok(InvitedAs::Member),
            "guest" => Ok(InvitedAs::Guest),
            "" => Err(ValidationError::required("role")),
            _ => Err(ValidationError::new(
                "role",
                "invalid_choice",
                "Choose \"member\" or \"guest\".",
            )),
        }
    }
}

/// Where an invitation stands, as its managers see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvitationStatus {
    Pending,
    Accepted,
    Revoked,
    Expired,
}

impl InvitationStatus {
    pub fn of(invitation: &Invitation, at: DateTime<Utc>) -> Self {
        if invitation.accepted_at.is_some() {
            InvitationStatus::Accepted
        } else if invitation.revoked_at.is_some() {
            InvitationStatus::Revoked
        } else if invitation.expires_at <= at {
            InvitationStatus::Expired
        } else {
            InvitationStatus::Pending
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            InvitationStatus::Pending => "pending",
            InvitationStatus::Accepted => "accepted",
            InvitationStatus::Revoked => "revoked",
            InvitationStatus::Expired => "expired",
        }
    }
}

pub struct InviteInput {
    pub email: String,
    pub role: String,
    pub expires_in_days: Option<i64>,
    pub message: String,
}

/// An invitation with who sent it, for lists and the link's landing page.
#[derive(Debug, Clone)]
pub struct InvitationView {
    pub invitation: Invitation,
    pub status: InvitationStatus,
    pub invited_by: Option<User>,
}

fn expiry_days(raw: Option<i64>) -> Result<i64, ValidationError> {
    match raw {
        None => Ok(DEFAULT_DAYS),
        Some(days) if (1..=MAX_DAYS).contains(&days) => Ok(days),
        Some(_) => Err(ValidationError::new(
            "expires_in_days",
            "out_of_range",
            format!("An invitation lasts from 1 to {MAX_DAYS} days."),
        )
        .with_arg("max", MAX_DAYS)),
    }
}

/// Sends an invitation into `slug`. A newer invitation to the same address
/// replaces the open ones, so only the last link works.
pub async fn invite(
    app: &App,
    auth: &AuthContext,
    slug: &str,
    input: InviteInput,
) -> AppResult<InvitationView> {
    let (community, my_role) = readable_community(app, auth, slug).await?;
    policy::may_invite(&auth.actor, my_role)?;
    let mut v = Validator::default();
    let email = v.check(Email::parse(&input.email));
    let role = v.check(InvitedAs::parse_field(&input.role));
    let days = v.check(expiry_days(input.expires_in_days));
    let message = v.check(bounded_text("message", &input.message, 0, 1000));
    v.finish()?;
    let (Some(email), Some(role), Some(days), Some(message)) = (email, role, days, message) else {
        return Err(AppError::Internal(anyhow::anyhow!(
            "validated input missing"
        )));
    };
    app.limits.check_mail_to(email.as_str())?;

    let existing = users_store::find_user_by_email(&app.db, email.as_str()).await?;
    if let Some(user) = &existing
        && communities_store::role_of(&app.db, community.id, user.id)
            .await?
            .is_some()
    {
        return Err(AppError::conflict(
            "already_member",
            "This person is already a member of the community.",
        ));
    }
    // Suppliers never get in through the back door: a member invitation is
    // for a public buyer's address or an existing buyer's account.
    if role == InvitedAs::Member {
        let is_buyer_account = existing
            .as_ref()
            .is_some_and(|u| u.role != Role::Guest && u.status == UserStatus::Active);
        let on_allow_list =
            users_store::any_buyer_domain(&app.db, &BuyerDomain::candidates(email.domain()))
                .await?;
        if !is_buyer_account && !on_allow_list {
            return Err(AppError::invalid(ValidationError::new(
                "role",
                "not_a_public_buyer",
                "This address is not on the list of public-buyer domains. Invite them as a guest, \
                 or ask an administrator to add the domain.",
            )));
        }
    }

    let token = random_token();
    let link = format!("{}/invitations/{token}", app.config.public_url());
    let expires_at = now() + Duration::days(days);
    let site = app.site();
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    store::revoke_open_for(&txn, community.id, email.as_str(), auth.user.id).await?;
    let invitation = store::insert(
        &txn,
        NewInvitation {
            community_id: community.id,
            email: email.as_str(),
            role: role.as_str(),
            token_hash: &token_hash(&token),
            invited_by: auth.user.id,
            message: &message,
            expires_at,
        },
    )
    .await?;
    // Someone with an account reads it in their language; a newcomer in the
    // language of the person who invites them.
    let lang = app.language_of(
        existing
            .as_ref()
            .map_or(&auth.user.locale, |user| &user.locale),
    );
    enqueue_mail(
        &txn,
        &texts::invitation(
            &site,
            &lang,
            &InvitationMail {
                to: email.as_str(),
                inviter: &auth.user.display_name,
                community: &community.name,
                as_guest: role == InvitedAs::Guest,
                link: &link,
                days,
                message: &message,
                has_account: existing.is_some(),
            },
        ),
    )
    .await?;
    // Someone with an account also finds it among their notifications; the
    // mail above is the one that carries the link, so none is mailed here.
    if let Some(user) = existing.as_ref().filter(|u| u.status == UserStatus::Active) {
        notifications_store::insert(
            &txn,
            &NewNotification {
                user_id: user.id,
                kind: NotificationKind::Invited,
                actor_id: Some(auth.user.id),
                community_id: Some(community.id),
                thread_id: None,
                post_id: None,
            },
        )
        .await?;
        app.caches.forget_unread(user.id);
    }
    audit::record(
        &txn,
        NewAuditEntry {
            actor_id: Some(auth.user.id),
            action: "invitation_sent",
            target_type: "invitation",
            target_id: invitation.id.to_string(),
            community_id: Some(community.id.0),
            reason: "",
            details: serde_json::json!({
                "community": community.slug,
                "email": invitation.email,
                "role": invitation.role,
                "expires_at": invitation.expires_at,
            }),
        },
    )
    .await?;
    txn.commit().await.map_err(StoreError::from)?;
    app.jobs_ready.notify_one();
    Ok(InvitationView {
        status: InvitationStatus::of(&invitation, now()),
        invitation,
        invited_by: Some(auth.user.clone()),
    })
}

/// A community's invitations, newest first (its managers and admins).
pub async fn list(
    app: &App,
    auth: &AuthContext,
    slug: &str,
    paging: Paging,
) -> AppResult<(Community, PageOf<InvitationView>)> {
    let (community, my_role) = readable_community(app, auth, slug).await?;
    may_see_invitations(auth, my_role)?;
    let page = store::of_community(&app.db, community.id, paging).await?;
    let inviters =
        users_store::users_by_ids(&app.db, page.items.iter().map(|i| i.invited_by)).await?;
    let at = now();
    Ok((
        community,
        page.map(|invitation| InvitationView {
            status: InvitationStatus::of(&invitation, at),
            invited_by: inviters.get(&invitation.invited_by).cloned(),
            invitation,
        }),
    ))
}

/// Reading the list is not a write, so the usage code is not asked here.
fn may_see_invitations(auth: &AuthContext, my_role: Option<CommunityRole>) -> AppResult<()> {
    if auth.actor.is_admin() || my_role == Some(CommunityRole::Manager) {
        Ok(())
    } else {
        Err(policy::Denied::NotAllowed.into())
    }
}

/// Withdraws an open invitation: its link answers 410 from now on.
pub async fn revoke(app: &App, auth: &AuthContext, slug: &str, id: i64) -> AppResult<()> {
    let (community, my_role) = readable_community(app, auth, slug).await?;
    policy::may_invite(&auth.actor, my_role)?;
    let invitation = store::find(&app.db, id)
        .await?
        .filter(|i| i.community_id == community.id)
        .ok_or(AppError::NotFound)?;
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    if !store::revoke(&txn, invitation.id, auth.user.id).await? {
        return Err(AppError::conflict(
            "invitation_closed",
            "This invitation was already accepted or withdrawn.",
        ));
    }
    audit::record(
        &txn,
        NewAuditEntry {
            actor_id: Some(auth.user.id),
            action: "invitation_revoked",
            target_type: "invitation",
            target_id: invitation.id.to_string(),
            community_id: Some(community.id.0),
            reason: "",
            details: serde_json::json!({ "community": community.slug, "email": invitation.email }),
        },
    )
    .await?;
    txn.commit().await.map_err(StoreError::from)?;
    Ok(())
}

/// What the holder of a link may know before accepting: which community,
/// who invited, as what, and whether the address already has an account.
#[derive(Debug, Clone)]
pub struct Landing {
    pub invitation: Invitation,
    pub community: Community,
    pub invited_by: Option<User>,
    pub has_account: bool,
}

/// The invitation behind a link: unknown → 404; used, withdrawn or expired → 410.
async fn open_invitation(
    conn: &impl ConnectionTrait,
    token: &str,
) -> AppResult<(Invitation, Community)> {
    let token = token.trim();
    if token.is_empty() || token.len() > 200 {
        return Err(AppError::NotFound);
    }
    let invitation = store::find_by_token_hash(conn, &token_hash(token))
        .await?
        .ok_or(AppError::NotFound)?;
    match InvitationStatus::of(&invitation, now()) {
        InvitationStatus::Pending => {}
        InvitationStatus::Accepted => {
            return Err(AppError::gone(
                "invitation_used",
                "This invitation has already been used. Sign in to reach the community.",
            ));
        }
        InvitationStatus::Revoked => {
            return Err(AppError::gone(
                "invitation_revoked",
                "This invitation was withdrawn. Ask the community's managers for a new one.",
            ));
        }
        InvitationStatus::Expired => {
            return Err(AppError::gone(
                "invitation_expired",
                "This invitation has expired. Ask the community's managers for a new one.",
            ));
        }
    }
    let community = communities_store::find(conn, invitation.community_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((invitation, community))
}

pub async fn landing(app: &App, token: &str) -> AppResult<Landing> {
    let (invitation, community) = open_invitation(&app.db, token).await?;
    let invited_by = users_store::find_user(&app.db, invitation.invited_by).await?;
    let has_account = users_store::find_user_by_email(&app.db, &invitation.email)
        .await?
        .is_some();
    Ok(Landing {
        invitation,
        community,
        invited_by,
        has_account,
    })
}

pub struct AcceptInput {
    pub display_name: String,
    pub password: String,
    pub organisation: String,
}

/// The outcome of accepting: the account (new or existing), the community,
/// and a session when the person was not signed in already.
pub struct Accepted {
    pub user: User,
    pub community: Community,
    pub created: bool,
    pub signed_in: Option<SignedIn>,
}

/// Accepts an invitation. Signed in, the invitation must be addressed to the
/// signed-in account; otherwise the address's existing account confirms
/// with its password, or a new account is created (guest or member as
/// invited) with the chosen name and password.
pub async fn accept(
    app: &App,
    auth: Option<&AuthContext>,
    token: &str,
    input: AcceptInput,
    client: Client,
) -> AppResult<Accepted> {
    app.limits.check_ip(client.ip)?;
    let (invitation, community) = open_invitation(&app.db, token).await?;
    let invited_as = InvitedAs::parse_field(&invitation.role)
        .map_err(|_| AppError::Internal(anyhow::anyhow!("invitation with an unknown role")))?;
    let existing = users_store::find_user_by_email(&app.db, &invitation.email).await?;

    if let Some(auth) = auth {
        if auth.user.email != invitation.email {
            return Err(AppError::conflict(
                "invitation_for_another_account",
                format!(
                    "This invitation was sent to {}, but you are signed in as {}. Sign out, then \
                     open the link again.",
                    mask_email(&invitation.email),
                    auth.user.email
                ),
            )
            .with_arg("invited", mask_email(&invitation.email))
            .with_arg("signed_in", auth.user.email.as_str()));
        }
        let user = auth.user.clone();
        join_through(app, &invitation, &community, &user, None).await?;
        return Ok(Accepted {
            user,
            community,
            created: false,
            signed_in: None,
        });
    }

    match existing {
        Some(user) => {
            // The address has an account: its password proves it is theirs.
            app.limits.check_account(&user.email)?;
            if input.password.is_empty() {
                return Err(AppError::invalid(ValidationError::required("password")));
            }
            if input.password.chars().count() > praxis_domain::password::MAX_LEN
                || !verify_password(input.password.clone(), Some(user.password_hash.clone())).await
            {
                app.limits.record_login_failure(&user.email);
                return Err(AppError::InvalidCredentials);
            }
            app.limits.clear_login_failures(&user.email);
            match user.status {
                UserStatus::Suspended => {
                    return Err(crate::accounts::suspended(user.suspended_until));
                }
                UserStatus::Rejected => {
                    return Err(AppError::forbidden(
                        "registration_rejected",
                        "Your registration was not approved.",
                    ));
                }
                UserStatus::Active | UserStatus::Unverified | UserStatus::PendingApproval => {}
            }
            // The link proves the address; a manager vouches for the person.
            let promote = match user.status {
                UserStatus::Active => None,
                _ if invited_as == InvitedAs::Guest && user.role == Role::Member => {
                    Some(Role::Guest)
                }
                _ => Some(user.role),
            };
            join_through(app, &invitation, &community, &user, promote).await?;
            let user = users_store::find_user(&app.db, user.id)
                .await?
                .ok_or(AppError::NotFound)?;
            let signed_in = start_session(app, user.clone()).await?;
            Ok(Accepted {
                user,
                community,
                created: false,
                signed_in: Some(signed_in),
            })
        }
        None => {
            let user = create_account(app, &invitation, &community, invited_as, input).await?;
            let signed_in = start_session(app, user.clone()).await?;
            Ok(Accepted {
                user,
                community,
                created: true,
                signed_in: Some(signed_in),
            })
        }
    }
}

/// Adds an existing account to the community and uses the invitation up, in
/// one transaction. `activate` verifies and activates a waiting account with
/// the given platform role.
async fn join_through(
    app: &App,
    invitation: &Invitation,
    community: &Community,
    user: &User,
    activate: Option<Role>,
) -> AppResult<()> {
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    if !store::mark_accepted(&txn, invitation.id, user.id).await? {
        return Err(AppError::gone(
            "invitation_used",
            "This invitation has already been used.",
        ));
    }
    if let Some(role) = activate {
        users_store::mark_email_verified(&txn, user.id, UserStatus::Active).await?;
        if role != user.role {
            users_store::set_role(&txn, user.id, role).await?;
        }
        crate::search::record(&txn, Entity::Person, user.id.0).await?;
    }
    if communities_store::role_of(&txn, community.id, user.id)
        .await?
        .is_none()
    {
        communities_store::set_member(&txn, community.id, user.id, CommunityRole::Member).await?;
    }
    record_acceptance(app, &txn, invitation, community, user.id).await?;
    txn.commit().await.map_err(StoreError::from)?;
    after_joining(app, community, user.id);
    Ok(())
}

async fn create_account(
    app: &App,
    invitation: &Invitation,
    community: &Community,
    invited_as: InvitedAs,
    input: AcceptInput,
) -> AppResult<User> {
    let mut v = Validator::default();
    let name = v.check(DisplayName::parse(&input.display_name));
    let organisation = if input.organisation.trim().is_empty() {
        Some(String::new())
    } else {
        v.check(single_line("organisation", &input.organisation, 2, 120))
    };
    let inputs: Vec<&str> = [
        invitation.email.as_str(),
        input.display_name.as_str(),
        input.organisation.as_str(),
    ]
    .into_iter()
    .chain(invitation.email.split(['@', '.']))
    .chain(input.display_name.split_whitespace())
    .collect();
    v.check(check_new_password("password", &input.password, &inputs));
    v.finish()?;
    let (Some(name), Some(organisation)) = (name, organisation) else {
        return Err(AppError::Internal(anyhow::anyhow!(
            "validated input missing"
        )));
    };
    let hash = hash_password(input.password).await?;
    let role = match invited_as {
        InvitedAs::Guest => Role::Guest,
        InvitedAs::Member => Role::Member,
    };
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    // Claim the invitation first: of two concurrent acceptances, the second
    // waits here and then finds it used.
    if !store::mark_accepted(&txn, invitation.id, UserId(0)).await? {
        return Err(AppError::gone(
            "invitation_used",
            "This invitation has already been used.",
        ));
    }
    let user = users_store::insert_user(
        &txn,
        NewUser {
            email: &invitation.email,
            display_name: name.as_str(),
            organisation: &organisation,
            password_hash: &hash,
            role,
            status: UserStatus::Active,
            email_verified: true,
            locale: &app.config.default_locale,
        },
    )
    .await
    .map_err(|error| match error {
        StoreError::Conflict(_) => AppError::gone(
            "invitation_used",
            "An account was created for this address meanwhile. Sign in, then open the link again.",
        ),
        other => other.into(),
    })?;
    store::set_accepted_by(&txn, invitation.id, user.id).await?;
    crate::search::record(&txn, Entity::Person, user.id.0).await?;
    communities_store::set_member(&txn, community.id, user.id, CommunityRole::Member).await?;
    record_acceptance(app, &txn, invitation, community, user.id).await?;
    txn.commit().await.map_err(StoreError::from)?;
    after_joining(app, community, user.id);
    Ok(user)
}

async fn record_acceptance(
    app: &App,
    txn: &impl ConnectionTrait,
    invitation: &Invitation,
    community: &Community,
    user: UserId,
) -> AppResult<()> {
    audit::record(
        txn,
        NewAuditEntry {
            actor_id: Some(user),
            action: "invitation_accepted",
            target_type: "invitation",
            target_id: invitation.id.to_string(),
            community_id: Some(community.id.0),
            reason: "",
            details: serde_json::json!({
                "community": community.slug,
                "role": invitation.role,
            }),
        },
    )
    .await?;
    notify::notify(
        app,
        txn,
        notify::Event {
            recipient: invitation.invited_by,
            kind: NotificationKind::InvitationAccepted,
            actor: Some(user),
            community: Some(community.id),
            thread: None,
            post: None,
        },
    )
    .await
}

fn after_joining(app: &App, community: &Community, user: UserId) {
    app.forget_user(user);
    app.caches.forget_community(community.id);
    app.jobs_ready.notify_one();
}

/// `anna.jansen@example.org` → `a***@example.org`: enough to recognise
/// one's own address, not enough to harvest someone else's.
pub fn mask_email(email: &str) -> String {
    match email.split_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}***@{domain}")
        }
        None => "***".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masked_addresses_keep_the_first_letter_and_the_domain() {
        assert_eq!(mask_email("anna.jansen@example.org"), "a***@example.org");
        assert_eq!(mask_email("nonsense"), "***");
    }

    #[test]
    fn invitations_last_two_weeks_unless_told_within_limits() {
        assert_eq!(expiry_days(None), Ok(DEFAULT_DAYS));
        assert_eq!(expiry_days(Some(1)), Ok(1));
        assert!(expiry_days(Some(0)).is_err());
        assert!(expiry_days(Some(MAX_DAYS + 1)).is_err());
    }
}
