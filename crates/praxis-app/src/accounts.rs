//! Who may enter: registration, email verification, approval of
//! non-allow-listed domains, sign-in and sessions, password reset, the usage
//! code, profiles, and the administration of all of these.

use crate::App;
use crate::crypto::{hash_password, random_token, token_hash, verify_password};
use crate::error::{AppError, AppResult, Validator};
use crate::jobs::enqueue_mail;
use crate::mail::texts;
use chrono::{DateTime, Duration, Utc};
use praxis_domain::password::check_new_password;
use praxis_domain::policy::{self, Actor};
use praxis_domain::text::{bounded_text, organisation, single_line};
use praxis_domain::{
    BuyerDomain, DisplayName, Email, Locale, PageOf, Paging, Role, UserId, UserStatus,
    ValidationError, taxonomy,
};
use praxis_domain::{CommunityId, CommunityRole};
use praxis_store::accounts::{
    self as store, BuyerDomainEntry, NewUser, ProfileChange, Session, TokenPurpose, UsageCode, User,
};
use praxis_store::audit::{self, NewAuditEntry};
use praxis_store::search::Entity;
use praxis_store::{StoreError, now};
use serde::Serialize;
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Arc;

/// What the request tells about who is knocking, for throttling.
#[derive(Debug, Clone, Copy, Default)]
pub struct Client {
    pub ip: Option<IpAddr>,
}

/// The default usage code, published as version 1 on a new installation.
pub const DEFAULT_USAGE_CODE: &str = "\
# Usage code

Praxis is a private community of public buyers. By taking part you agree to the following.

1. **You speak on your own behalf.** What you write expresses your personal, professional view, \
not the official position of your organisation, and does not commit it.
2. **Respect confidentiality.** Never share information covered by professional secrecy, business \
secrets of suppliers, the content of bids, or details of a procedure that is still running and \
not public.
3. **No commercial use.** Suppliers are not admitted. Do not promote any company or product, and \
do not pass content of the community on to suppliers.
4. **Be courteous and constructive.** Help your peers, cite your sources (legislation, case law, \
guidance), and say when an answer is your interpretation.
5. **Moderation.** Moderators and community managers may hide content or suspend members who do \
not follow this code.
";

/// A fresh random secret (256 bits, URL-safe), e.g. for CSRF tokens.
pub fn new_secret() -> String {
    random_token()
}

// ---------------------------------------------------------------------------
// Registration and verification.

pub struct RegisterInput {
    pub email: String,
    pub display_name: String,
    pub password: String,
    pub organisation: String,
    /// The language the person registered in (the page's), which becomes
    /// their setting; None for the site's default.
    pub locale: Option<String>,
}

/// Registers a person and mails them a verification link. Answers the same
/// whether or not the address already has an account, so nobody can probe
/// who is a member; the owner of a known address gets a mail saying so.
pub async fn register(app: &App, input: RegisterInput, client: Client) -> AppResult<()> {
    app.limits.check_ip(client.ip)?;
    let mut v = Validator::default();
    let email = v.check(Email::parse(&input.email));
    let name = v.check(DisplayName::parse(&input.display_name));
    let organisation = v.check(organisation(&input.organisation));
    let inputs: Vec<&str> = [
        input.email.as_str(),
        input.display_name.as_str(),
        input.organisation.as_str(),
    ]
    .into_iter()
    .chain(input.email.split(['@', '.']))
    .chain(input.display_name.split_whitespace())
    .collect();
    v.check(check_new_password("password", &input.password, &inputs));
    v.finish()?;
    let (Some(email), Some(name), Some(organisation)) = (email, name, organisation) else {
        return Err(AppError::Internal(anyhow::anyhow!(
            "validated input missing"
        )));
    };
    app.limits.check_mail_to(email.as_str())?;

    // Hash before looking the address up, so both paths take as long.
    let hash = hash_password(input.password).await?;
    let site = app.site();
    let hours = app.config.security.verification_hours;
    let locale = crate::i18n::negotiate(
        input.locale.as_deref(),
        None,
        None,
        &app.config.default_locale,
    )
    .code()
    .to_owned();
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    match store::find_user_by_email(&txn, email.as_str()).await? {
        Some(existing) if existing.status == UserStatus::Unverified => {
            // Lost the first mail: a fresh link, and the new password wins.
            store::set_password_hash(&txn, existing.id, &hash).await?;
            let link = new_email_link(&txn, app, existing.id, TokenPurpose::VerifyEmail).await?;
            let lang = app.language_of(&existing.locale);
            enqueue_mail(
                &txn,
                &texts::verify_email(
                    &site,
                    &lang,
                    email.as_str(),
                    &existing.display_name,
                    &link,
                    hours,
                ),
            )
            .await?;
        }
        Some(existing) => {
            let lang = app.language_of(&existing.locale);
            enqueue_mail(
                &txn,
                &texts::already_registered(&site, &lang, email.as_str(), &existing.display_name),
            )
            .await?;
        }
        None => {
            let user = store::insert_user(
                &txn,
                NewUser {
                    email: email.as_str(),
                    display_name: name.as_str(),
                    organisation: &organisation,
                    password_hash: &hash,
                    role: Role::Member,
                    status: UserStatus::Unverified,
                    email_verified: false,
                    locale: &locale,
                },
            )
            .await?;
            let link = new_email_link(&txn, app, user.id, TokenPurpose::VerifyEmail).await?;
            let lang = app.language_of(&user.locale);
            enqueue_mail(
                &txn,
                &texts::verify_email(&site, &lang, email.as_str(), name.as_str(), &link, hours),
            )
            .await?;
        }
    }
    txn.commit().await.map_err(StoreError::from)?;
    app.jobs_ready.notify_one();
    Ok(())
}

/// Stores a new single-use token and returns the link that carries it.
async fn new_email_link(
    conn: &impl praxis_store::ConnectionTrait,
    app: &App,
    user_id: UserId,
    purpose: TokenPurpose,
) -> AppResult<String> {
    let token = random_token();
    let (path, lifetime) = match purpose {
        TokenPurpose::VerifyEmail => (
            "verify",
            Duration::hours(app.config.security.verification_hours),
        ),
        TokenPurpose::ResetPassword => (
            "password-reset/confirm",
            Duration::minutes(app.config.security.reset_minutes),
        ),
    };
    store::insert_email_token(
        conn,
        user_id,
        purpose,
        &token_hash(&token),
        now() + lifetime,
    )
    .await?;
    Ok(format!("{}/{path}?token={token}", app.config.public_url()))
}

/// Uses a token once: unknown → 400, expired or used → 410.
async fn consume_token(
    conn: &impl praxis_store::ConnectionTrait,
    purpose: TokenPurpose,
    token: &str,
) -> AppResult<UserId> {
    let invalid = || {
        AppError::invalid(ValidationError::new(
            "token",
            "invalid_token",
            "This link is not valid. Check that you copied it whole.",
        ))
    };
    if token.trim().is_empty() || token.len() > 200 {
        return Err(invalid());
    }
    let found = store::find_email_token(conn, purpose, &token_hash(token.trim()))
        .await?
        .ok_or_else(invalid)?;
    if found.used_at.is_some() {
        return Err(AppError::gone(
            "token_used",
            "This link has been used already.",
        ));
    }
    if found.expires_at < now() {
        return Err(AppError::gone(
            "token_expired",
            "This link has expired. Ask for a new one.",
        ));
    }
    if !store::consume_email_token(conn, found.id).await? {
        return Err(AppError::gone(
            "token_used",
            "This link has been used already.",
        ));
    }
    Ok(found.user_id)
}

/// Confirms an address. An allow-listed domain (or a subdomain of one)
/// makes the account active; any other waits for an administrator, who is
/// told by mail.
pub async fn verify_email(app: &App, token: &str) -> AppResult<UserStatus> {
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    let user_id = consume_token(&txn, TokenPurpose::VerifyEmail, token).await?;
    let user = store::find_user(&txn, user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if user.status != UserStatus::Unverified {
        txn.commit().await.map_err(StoreError::from)?;
        return Ok(user.status);
    }
    let email_domain = user.email.rsplit_once('@').map(|(_, d)| d).unwrap_or("");
    let allowed = store::any_buyer_domain(&txn, &BuyerDomain::candidates(email_domain)).await?;
    let status = if allowed {
        UserStatus::Active
    } else {
        UserStatus::PendingApproval
    };
    store::mark_email_verified(&txn, user.id, status).await?;
    crate::search::record(&txn, Entity::Person, user.id.0).await?;
    if status == UserStatus::PendingApproval {
        let site = app.site();
        for admin in store::list_admins(&txn).await? {
            let lang = app.language_of(&admin.locale);
            enqueue_mail(
                &txn,
                &texts::registration_waiting(
                    &site,
                    &lang,
                    &admin.email,
                    &user.display_name,
                    &user.email,
                    &user.organisation,
                ),
            )
            .await?;
        }
    }
    txn.commit().await.map_err(StoreError::from)?;
    app.jobs_ready.notify_one();
    Ok(status)
}

// ---------------------------------------------------------------------------
// Sign-in and sessions.

/// A signed-in person as a request sees them.
#[derive(Debug, Clone)]
pub struct AuthContext {
    pub user: User,
    pub session: Session,
    pub actor: Actor,
    pub current_usage_code_version: i32,
    /// The person's role in each community they belong to.
    pub roles: Arc<HashMap<CommunityId, CommunityRole>>,
}

impl AuthContext {
    pub fn role_in(&self, community: CommunityId) -> Option<CommunityRole> {
        self.roles.get(&community).copied()
    }
}

pub struct SignedIn {
    /// The secret the client keeps (cookie or bearer); only its hash is stored.
    pub token: String,
    pub auth: AuthContext,
}

/// 403 `suspended`, with the end of the suspension if there is one (the
/// messages choose on `until`, which is `none` without an end).
pub(crate) fn suspended(until: Option<DateTime<Utc>>) -> AppError {
    let until = until.map(|u| u.format("%Y-%m-%d %H:%M UTC").to_string());
    let message = match &until {
        Some(until) => format!("Your account is suspended until {until}."),
        None => "Your account is suspended.".to_owned(),
    };
    AppError::forbidden("suspended", message)
        .with_arg("until", until.unwrap_or_else(|| "none".to_owned()))
}

/// Signs in with email and password. Failures count per account and per
/// address; the account's state is only revealed to someone who knows the
/// password.
pub async fn login(app: &App, email: &str, password: &str, client: Client) -> AppResult<SignedIn> {
    app.limits.check_ip(client.ip)?;
    let account = email.trim().to_lowercase();
    if account.is_empty() {
        return Err(AppError::invalid(ValidationError::required("email")));
    }
    if password.is_empty() {
        return Err(AppError::invalid(ValidationError::required("password")));
    }
    if account.chars().count() > Email::MAX_LEN {
        return Err(AppError::invalid(ValidationError::too_long(
            "email",
            Email::MAX_LEN,
        )));
    }
    if password.chars().count() > praxis_domain::password::MAX_LEN {
        return Err(AppError::InvalidCredentials);
    }
    app.limits.check_account(&account)?;
    let user = store::find_user_by_email(&app.db, &account).await?;
    let ok = verify_password(
        password.to_owned(),
        user.as_ref().map(|u| u.password_hash.clone()),
    )
    .await;
    let Some(mut user) = user.filter(|_| ok) else {
        app.limits.record_login_failure(&account);
        return Err(AppError::InvalidCredentials);
    };
    app.limits.clear_login_failures(&account);

    if user.status == UserStatus::Suspended
        && user.suspended_until.is_some_and(|until| until <= now())
    {
        store::unsuspend(&app.db, user.id).await?;
        crate::search::record(&app.db, Entity::Person, user.id.0).await?;
        user.status = UserStatus::Active;
    }
    match user.status {
        UserStatus::Active => {}
        UserStatus::Unverified => {
            return Err(AppError::forbidden(
                "email_not_verified",
                "Confirm your email address first: follow the link in the mail we sent you.",
            ));
        }
        UserStatus::PendingApproval => {
            return Err(AppError::forbidden(
                "pending_approval",
                "Your registration waits for an administrator's approval. You will get a mail.",
            ));
        }
        UserStatus::Rejected => {
            return Err(AppError::forbidden(
                "registration_rejected",
                "Your registration was not approved.",
            ));
        }
        UserStatus::Suspended => return Err(suspended(user.suspended_until)),
    }

    start_session(app, user).await
}

/// Opens a session for someone whose identity is proven (password, or an
/// invitation link together with a new password).
pub(crate) async fn start_session(app: &App, user: User) -> AppResult<SignedIn> {
    let token = random_token();
    let csrf = random_token();
    let expires = now() + Duration::days(app.config.security.session_days);
    let session =
        store::insert_session(&app.db, user.id, &token_hash(&token), &csrf, expires).await?;
    let current = current_usage_code_version(app).await?;
    let roles = Arc::new(praxis_store::communities::roles_of_user(&app.db, user.id).await?);
    Ok(SignedIn {
        token,
        auth: auth_context(user, session, current, roles),
    })
}

fn auth_context(
    user: User,
    session: Session,
    current_usage_code_version: i32,
    roles: Arc<HashMap<CommunityId, CommunityRole>>,
) -> AuthContext {
    let actor = Actor {
        user_id: user.id,
        role: user.role,
        status: user.status,
        accepted_current_usage_code: user.accepted_usage_code_version
            == Some(current_usage_code_version),
    };
    AuthContext {
        user,
        session,
        actor,
        current_usage_code_version,
        roles,
    }
}

/// Resolves a session token (cookie or bearer). Expired sessions and
/// accounts that are no longer active resolve to nobody. Served from the
/// session cache when possible (see `crate::cache`).
pub async fn authenticate(app: &App, token: &str) -> AppResult<Option<AuthContext>> {
    if token.is_empty() || token.len() > 200 {
        return Ok(None);
    }
    let hash = token_hash(token);
    let at = now();
    let cached = match app.caches.session(&hash) {
        Some(cached) => cached,
        None => {
            let ticket = app.caches.ticket();
            let Some((session, user)) = store::find_session(&app.db, &hash).await? else {
                return Ok(None);
            };
            // Sliding expiry, written at most every ten minutes per session.
            if at - session.last_seen_at > Duration::minutes(10) {
                store::touch_session(
                    &app.db,
                    session.id,
                    at + Duration::days(app.config.security.session_days),
                )
                .await?;
            }
            let roles = praxis_store::communities::roles_of_user(&app.db, user.id).await?;
            app.caches.put_session(
                ticket,
                hash,
                crate::cache::CachedSession {
                    session,
                    user,
                    roles: Arc::new(roles),
                },
            )
        }
    };
    if cached.session.expires_at < at || cached.user.status != UserStatus::Active {
        return Ok(None);
    }
    let current = current_usage_code_version(app).await?;
    Ok(Some(auth_context(
        cached.user.clone(),
        cached.session.clone(),
        current,
        cached.roles.clone(),
    )))
}

/// The version of the usage code in force (cached briefly).
pub async fn current_usage_code_version(app: &App) -> AppResult<i32> {
    if let Some(version) = app.caches.usage_code_version() {
        return Ok(version);
    }
    let ticket = app.caches.ticket();
    let version = current_usage_code(app).await?.version;
    app.caches.put_usage_code_version(ticket, version);
    Ok(version)
}

pub async fn logout(app: &App, token: &str) -> AppResult<()> {
    let hash = token_hash(token);
    store::delete_session(&app.db, &hash).await?;
    app.caches.forget_session(&hash);
    Ok(())
}

// ---------------------------------------------------------------------------
// Passwords.

/// Always answers the same; mails a reset link if the address has an
/// account that can sign in.
pub async fn request_password_reset(app: &App, email: &str, client: Client) -> AppResult<()> {
    app.limits.check_ip(client.ip)?;
    let email = Email::parse(email)?;
    app.limits.check_mail_to(email.as_str())?;
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    let user = store::find_user_by_email(&txn, email.as_str()).await?;
    if let Some(user) = user.filter(|u| u.status != UserStatus::Rejected) {
        let link = new_email_link(&txn, app, user.id, TokenPurpose::ResetPassword).await?;
        let lang = app.language_of(&user.locale);
        let mail = texts::reset_password(
            &app.site(),
            &lang,
            &user.email,
            &user.display_name,
            &link,
            app.config.security.reset_minutes,
        );
        enqueue_mail(&txn, &mail).await?;
    }
    txn.commit().await.map_err(StoreError::from)?;
    app.jobs_ready.notify_one();
    Ok(())
}

/// Sets a new password from a reset link and ends every session.
pub async fn confirm_password_reset(app: &App, token: &str, password: &str) -> AppResult<()> {
    if token.trim().is_empty() {
        return Err(AppError::invalid(ValidationError::required("token")));
    }
    // Check the password before spending the token, so a weak choice can be retried.
    let peek = store::find_email_token(
        &app.db,
        TokenPurpose::ResetPassword,
        &token_hash(token.trim()),
    )
    .await?;
    if let Some(found) = &peek {
        if let Some(user) = store::find_user(&app.db, found.user_id).await? {
            check_new_password(
                "password",
                password,
                &[user.email.as_str(), user.display_name.as_str()],
            )?;
        }
    } else {
        check_new_password("password", password, &[])?;
    }
    let hash = hash_password(password.to_owned()).await?;
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    let user_id = consume_token(&txn, TokenPurpose::ResetPassword, token).await?;
    store::set_password_hash(&txn, user_id, &hash).await?;
    store::void_email_tokens(&txn, user_id, TokenPurpose::ResetPassword).await?;
    store::delete_sessions_of(&txn, user_id, None).await?;
    txn.commit().await.map_err(StoreError::from)?;
    app.forget_user(user_id);
    Ok(())
}

/// Changes the password of the signed-in person; other sessions end.
pub async fn change_password(
    app: &App,
    auth: &AuthContext,
    current_password: &str,
    new_password: &str,
) -> AppResult<()> {
    if !verify_password(
        current_password.to_owned(),
        Some(auth.user.password_hash.clone()),
    )
    .await
    {
        return Err(AppError::invalid(ValidationError::new(
            "current_password",
            "wrong_password",
            "Your current password is not right.",
        )));
    }
    check_new_password(
        "new_password",
        new_password,
        &[auth.user.email.as_str(), auth.user.display_name.as_str()],
    )?;
    let hash = hash_password(new_password.to_owned()).await?;
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    store::set_password_hash(&txn, auth.user.id, &hash).await?;
    store::delete_sessions_of(&txn, auth.user.id, Some(auth.session.id)).await?;
    txn.commit().await.map_err(StoreError::from)?;
    app.forget_user(auth.user.id);
    Ok(())
}

// ---------------------------------------------------------------------------
// The signed-in person.

#[derive(Debug, Clone, Serialize)]
pub struct UsageCodeStatus {
    pub accepted_version: Option<i32>,
    pub current_version: i32,
}

/// `GET /me`.
#[derive(Debug, Clone, Serialize)]
pub struct Me {
    pub id: UserId,
    pub email: String,
    pub display_name: String,
    pub organisation: String,
    pub roles: Vec<Role>,
    pub status: UserStatus,
    pub bio: String,
    pub region: String,
    pub languages: Vec<String>,
    /// Codes of the expertise taxonomy.
    pub expertise: Vec<String>,
    pub locale: String,
    pub created_at: DateTime<Utc>,
    pub usage_code: UsageCodeStatus,
}

pub fn me(auth: &AuthContext) -> Me {
    let u = &auth.user;
    Me {
        id: u.id,
        email: u.email.clone(),
        display_name: u.display_name.clone(),
        organisation: u.organisation.clone(),
        roles: vec![u.role],
        status: u.status,
        bio: u.bio.clone(),
        region: u.region.clone(),
        languages: u.languages.clone(),
        expertise: u.expertise.clone(),
        locale: u.locale.clone(),
        created_at: u.created_at,
        usage_code: UsageCodeStatus {
            accepted_version: u.accepted_usage_code_version,
            current_version: auth.current_usage_code_version,
        },
    }
}

/// Fields a member may change about themselves; absent ones stay as they are.
#[derive(Debug, Default, Clone)]
pub struct ProfileInput {
    pub display_name: Option<String>,
    pub organisation: Option<String>,
    pub bio: Option<String>,
    pub region: Option<String>,
    pub languages: Option<Vec<String>>,
    pub locale: Option<String>,
    /// IANA zone in which the member sees event times; empty: the site's.
    pub time_zone: Option<String>,
    /// Codes of `praxis_domain::taxonomy`.
    pub expertise: Option<Vec<String>>,
}

pub async fn update_profile(app: &App, auth: &AuthContext, input: ProfileInput) -> AppResult<()> {
    policy::may_write(&auth.actor)?;
    let mut v = Validator::default();
    let change = ProfileChange {
        display_name: input
            .display_name
            .and_then(|n| v.check(DisplayName::parse(&n)))
            .map(DisplayName::into_inner),
        organisation: input.organisation.and_then(|o| v.check(organisation(&o))),
        bio: input
            .bio
            .and_then(|b| v.check(bounded_text("bio", &b, 0, 2000))),
        region: input
            .region
            .and_then(|r| v.check(single_line("region", &r, 0, 120))),
        languages: input
            .languages
            .and_then(|langs| v.check(parse_languages(&langs))),
        locale: input.locale.and_then(|l| {
            v.check(
                Locale::parse(&l)
                    .map(|l| l.as_str().to_owned())
                    .ok_or_else(|| {
                        ValidationError::new("locale", "invalid_locale", "Choose en, nl or fr.")
                    }),
            )
        }),
        time_zone: input.time_zone.and_then(|zone| {
            if zone.trim().is_empty() {
                Some(String::new())
            } else {
                v.check(praxis_domain::events::time_zone("time_zone", &zone))
                    .map(|z| z.name().to_owned())
            }
        }),
        expertise: input
            .expertise
            .and_then(|codes| v.check(taxonomy::parse_codes("expertise", &codes, MAX_EXPERTISE))),
    };
    v.finish()?;
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    store::update_profile(&txn, auth.user.id, change).await?;
    crate::search::record(&txn, Entity::Person, auth.user.id.0).await?;
    txn.commit().await.map_err(StoreError::from)?;
    app.forget_user(auth.user.id);
    Ok(())
}

/// The member's interface language (the footer's switch), a language the
/// web layer has texts for (it may have more than `Locale` names: a new
/// language is a folder of texts). Allowed before the usage code is
/// accepted: choosing a language is not speaking.
pub async fn set_locale(app: &App, auth: &AuthContext, code: &str) -> AppResult<()> {
    let well_formed = (2..=8).contains(&code.len())
        && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    if !well_formed {
        return Err(AppError::invalid(ValidationError::new(
            "locale",
            "invalid_locale",
            "Choose one of the languages offered.",
        )));
    }
    let change = ProfileChange {
        locale: Some(code.to_owned()),
        ..ProfileChange::default()
    };
    store::update_profile(&app.db, auth.user.id, change).await?;
    app.forget_user(auth.user.id);
    Ok(())
}

/// Expertise a member may claim (a few sectors, procedures and fields).
const MAX_EXPERTISE: usize = 20;

/// Languages spoken, as ISO 639-1 codes ("en", "nl", "fr", "de"…).
fn parse_languages(langs: &[String]) -> Result<Vec<String>, ValidationError> {
    if langs.len() > 12 {
        return Err(
            ValidationError::new("languages", "too_many", "List at most 12 languages.")
                .with_arg("max", 12),
        );
    }
    let mut out: Vec<String> = Vec::new();
    for lang in langs {
        let code = lang.trim().to_ascii_lowercase();
        if code.len() != 2 || !code.chars().all(|c| c.is_ascii_lowercase()) {
            return Err(ValidationError::new(
                "languages",
                "invalid_language",
                "Give languages as two-letter codes such as en, nl, fr.",
            ));
        }
        if !out.contains(&code) {
            out.push(code);
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------
// The usage code.

/// Publishes the default usage code if none exists yet.
pub async fn ensure_usage_code(app: &App) -> AppResult<()> {
    if store::current_usage_code(&app.db).await?.is_none() {
        match store::publish_usage_code(&app.db, DEFAULT_USAGE_CODE, None).await {
            // Another node published it at the same moment.
            Ok(_) | Err(StoreError::Conflict(_)) => {}
            Err(other) => return Err(other.into()),
        }
    }
    Ok(())
}

pub async fn current_usage_code(app: &App) -> AppResult<UsageCode> {
    store::current_usage_code(&app.db)
        .await?
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("no usage code published")))
}

/// Records that the member accepts `version`, which must be the current one
/// (so nobody accepts text they were not shown).
pub async fn accept_usage_code(app: &App, auth: &AuthContext, version: i32) -> AppResult<()> {
    let current = current_usage_code(app).await?;
    if version != current.version {
        return Err(AppError::conflict(
            "usage_code_outdated",
            format!(
                "Version {version} is not the current usage code; read and accept version {}.",
                current.version
            ),
        )
        .with_arg("version", version)
        .with_arg("current", current.version));
    }
    store::record_usage_code_acceptance(&app.db, auth.user.id, version).await?;
    app.forget_user(auth.user.id);
    Ok(())
}

/// Publishes a new version; every member must accept it before writing again.
pub async fn publish_usage_code(app: &App, auth: &AuthContext, text: &str) -> AppResult<UsageCode> {
    policy::may_administer(&auth.actor)?;
    let text = bounded_text("text", text, 20, 20_000)?;
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    let code = store::publish_usage_code(&txn, &text, Some(auth.user.id)).await?;
    audit_in(
        &txn,
        auth,
        "usage_code_published",
        "usage_code",
        code.version.to_string(),
        "",
    )
    .await?;
    txn.commit().await.map_err(StoreError::from)?;
    app.caches.forget_usage_code();
    Ok(code)
}

pub async fn usage_code_acceptances(app: &App, auth: &AuthContext, version: i32) -> AppResult<u64> {
    policy::may_administer(&auth.actor)?;
    Ok(store::count_usage_code_acceptances(&app.db, version).await?)
}

async fn audit_in(
    conn: &impl praxis_store::ConnectionTrait,
    auth: &AuthContext,
    action: &str,
    target_type: &str,
    target_id: String,
    reason: &str,
) -> AppResult<()> {
    audit::record(
        conn,
        NewAuditEntry {
            actor_id: Some(auth.user.id),
            action,
            target_type,
            target_id,
            community_id: None,
            reason,
            details: serde_json::json!({}),
        },
    )
    .await?;
    Ok(())
}

// ---------------------------------------------------------------------------
// Administration: the approval queue, the allow-list, suspensions.

pub async fn list_registrations(
    app: &App,
    auth: &AuthContext,
    status: UserStatus,
    paging: Paging,
) -> AppResult<PageOf<User>> {
    policy::may_administer(&auth.actor)?;
    Ok(store::list_users_by_status(&app.db, status, paging).await?)
}

async fn pending_registration(
    conn: &impl praxis_store::ConnectionTrait,
    user_id: UserId,
) -> AppResult<User> {
    let user = store::find_user(conn, user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if user.status != UserStatus::PendingApproval {
        return Err(AppError::conflict(
            "not_pending",
            "This registration is not waiting for approval.",
        ));
    }
    Ok(user)
}

pub async fn approve_registration(app: &App, auth: &AuthContext, user_id: UserId) -> AppResult<()> {
    policy::may_administer(&auth.actor)?;
    policy::may_write(&auth.actor)?;
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    let user = pending_registration(&txn, user_id).await?;
    store::set_status(&txn, user.id, UserStatus::Active).await?;
    crate::search::record(&txn, Entity::Person, user.id.0).await?;
    let site = app.site();
    let lang = app.language_of(&user.locale);
    enqueue_mail(
        &txn,
        &texts::registration_approved(&site, &lang, &user.email, &user.display_name),
    )
    .await?;
    audit_in(
        &txn,
        auth,
        "registration_approved",
        "user",
        user.id.to_string(),
        "",
    )
    .await?;
    txn.commit().await.map_err(StoreError::from)?;
    app.jobs_ready.notify_one();
    Ok(())
}

pub async fn reject_registration(
    app: &App,
    auth: &AuthContext,
    user_id: UserId,
    reason: &str,
) -> AppResult<()> {
    policy::may_administer(&auth.actor)?;
    policy::may_write(&auth.actor)?;
    let reason = bounded_text("reason", reason, 0, 1000)?;
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    let user = pending_registration(&txn, user_id).await?;
    store::set_status(&txn, user.id, UserStatus::Rejected).await?;
    let site = app.site();
    let lang = app.language_of(&user.locale);
    enqueue_mail(
        &txn,
        &texts::registration_rejected(&site, &lang, &user.email, &user.display_name, &reason),
    )
    .await?;
    audit_in(
        &txn,
        auth,
        "registration_rejected",
        "user",
        user.id.to_string(),
        &reason,
    )
    .await?;
    txn.commit().await.map_err(StoreError::from)?;
    app.jobs_ready.notify_one();
    Ok(())
}

pub async fn list_buyer_domains(app: &App, auth: &AuthContext) -> AppResult<Vec<BuyerDomainEntry>> {
    policy::may_administer(&auth.actor)?;
    Ok(store::list_buyer_domains(&app.db).await?)
}

pub async fn add_buyer_domain(
    app: &App,
    auth: &AuthContext,
    domain: &str,
) -> AppResult<BuyerDomain> {
    policy::may_administer(&auth.actor)?;
    policy::may_write(&auth.actor)?;
    let domain = BuyerDomain::parse(domain)?;
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    match store::insert_buyer_domain(&txn, domain.as_str(), Some(auth.user.id)).await {
        Ok(()) => {}
        Err(StoreError::Conflict(_)) => {
            return Err(AppError::conflict(
                "domain_exists",
                format!("{domain} is on the allow-list already."),
            )
            .with_arg("domain", domain.as_str()));
        }
        Err(other) => return Err(other.into()),
    }
    audit_in(
        &txn,
        auth,
        "buyer_domain_added",
        "buyer_domain",
        domain.to_string(),
        "",
    )
    .await?;
    txn.commit().await.map_err(StoreError::from)?;
    Ok(domain)
}

pub async fn remove_buyer_domain(app: &App, auth: &AuthContext, domain: &str) -> AppResult<()> {
    policy::may_administer(&auth.actor)?;
    policy::may_write(&auth.actor)?;
    let domain = BuyerDomain::parse(domain).map_err(|_| AppError::NotFound)?;
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    if !store::delete_buyer_domain(&txn, domain.as_str()).await? {
        return Err(AppError::NotFound);
    }
    audit_in(
        &txn,
        auth,
        "buyer_domain_removed",
        "buyer_domain",
        domain.to_string(),
        "",
    )
    .await?;
    txn.commit().await.map_err(StoreError::from)?;
    Ok(())
}

/// Operator commands (`praxis admin buyer-domain …`) act without a person.
pub mod operator {
    use super::*;

    pub async fn add_buyer_domain(app: &App, domain: &str) -> AppResult<BuyerDomain> {
        let domain = BuyerDomain::parse(domain)?;
        match store::insert_buyer_domain(&app.db, domain.as_str(), None).await {
            Ok(()) | Err(StoreError::Conflict(_)) => Ok(domain),
            Err(other) => Err(other.into()),
        }
    }

    pub async fn remove_buyer_domain(app: &App, domain: &str) -> AppResult<bool> {
        let domain = BuyerDomain::parse(domain)?;
        Ok(store::delete_buyer_domain(&app.db, domain.as_str()).await?)
    }

    /// An Argon2id hash of a password, for bulk-loaded benchmark accounts
    /// (which share one password, so hashing happens once).
    pub async fn password_hash(password: &str) -> AppResult<String> {
        Ok(hash_password(password.to_owned()).await?)
    }

    pub async fn list_buyer_domains(app: &App) -> AppResult<Vec<BuyerDomainEntry>> {
        Ok(store::list_buyer_domains(&app.db).await?)
    }

    /// Creates an active, verified account with a role, or updates the
    /// role and password of an existing one (so seeding is idempotent).
    pub async fn create_user(
        app: &App,
        email: &str,
        display_name: &str,
        organisation_name: &str,
        role: Role,
        password: &str,
    ) -> AppResult<User> {
        let mut v = Validator::default();
        let email = v.check(Email::parse(email));
        let name = v.check(DisplayName::parse(display_name));
        let org = v.check(organisation(organisation_name));
        v.check(check_new_password("password", password, &[display_name]));
        v.finish()?;
        let (Some(email), Some(name), Some(org)) = (email, name, org) else {
            return Err(AppError::Internal(anyhow::anyhow!(
                "validated input missing"
            )));
        };
        let hash = hash_password(password.to_owned()).await?;
        if let Some(existing) = store::find_user_by_email(&app.db, email.as_str()).await? {
            store::set_role(&app.db, existing.id, role).await?;
            app.forget_user(existing.id);
            store::set_password_hash(&app.db, existing.id, &hash).await?;
            if existing.status != UserStatus::Active {
                store::mark_email_verified(&app.db, existing.id, UserStatus::Active).await?;
            }
            crate::search::record(&app.db, Entity::Person, existing.id.0).await?;
            return store::find_user(&app.db, existing.id)
                .await?
                .ok_or(AppError::NotFound);
        }
        let user = store::insert_user(
            &app.db,
            NewUser {
                email: email.as_str(),
                display_name: name.as_str(),
                organisation: &org,
                password_hash: &hash,
                role,
                status: UserStatus::Active,
                email_verified: true,
                locale: &app.config.default_locale,
            },
        )
        .await?;
        crate::search::record(&app.db, Entity::Person, user.id.0).await?;
        Ok(user)
    }
}

pub async fn list_users(
    app: &App,
    auth: &AuthContext,
    query: Option<&str>,
    paging: Paging,
) -> AppResult<PageOf<User>> {
    if !auth.actor.is_platform_moderator() {
        return Err(AppError::from(policy::Denied::NotAllowed));
    }
    Ok(store::list_users(&app.db, query, paging).await?)
}

/// Suspends a member (optionally until a time); their sessions end at once
/// and they are told by mail.
pub async fn suspend_user(
    app: &App,
    auth: &AuthContext,
    user_id: UserId,
    until: Option<DateTime<Utc>>,
    reason: &str,
) -> AppResult<()> {
    let target = store::find_user(&app.db, user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    policy::may_suspend(&auth.actor, target.role)?;
    policy::may_write(&auth.actor)?;
    let reason = bounded_text("reason", reason, 1, 1000)?;
    if until.is_some_and(|u| u <= now()) {
        return Err(AppError::invalid(ValidationError::new(
            "until",
            "in_the_past",
            "The end of the suspension must be in the future.",
        )));
    }
    if target.id == auth.user.id {
        return Err(AppError::conflict(
            "cannot_suspend_self",
            "You cannot suspend yourself.",
        ));
    }
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    store::suspend(&txn, target.id, until, &reason).await?;
    crate::search::record(&txn, Entity::Person, target.id.0).await?;
    store::delete_sessions_of(&txn, target.id, None).await?;
    let site = app.site();
    let lang = app.language_of(&target.locale);
    // In the member's language and zone: "3 December 2026, 10:00".
    let zone = crate::i18n::zone(&target.time_zone, &app.config.default_time_zone);
    let until_text = until.map(|u| lang.date_time(u, zone));
    enqueue_mail(
        &txn,
        &texts::suspended(
            &site,
            &lang,
            &target.email,
            &target.display_name,
            until_text.as_deref(),
            &reason,
        ),
    )
    .await?;
    audit::record(
        &txn,
        NewAuditEntry {
            actor_id: Some(auth.user.id),
            action: "user_suspended",
            target_type: "user",
            target_id: target.id.to_string(),
            community_id: None,
            reason: &reason,
            details: serde_json::json!({ "until": until }),
        },
    )
    .await?;
    txn.commit().await.map_err(StoreError::from)?;
    app.forget_user(target.id);
    app.jobs_ready.notify_one();
    Ok(())
}

pub async fn unsuspend_user(app: &App, auth: &AuthContext, user_id: UserId) -> AppResult<()> {
    let target = store::find_user(&app.db, user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    policy::may_suspend(&auth.actor, target.role)?;
    policy::may_write(&auth.actor)?;
    if target.status != UserStatus::Suspended {
        return Err(AppError::conflict(
            "not_suspended",
            "This account is not suspended.",
        ));
    }
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    store::unsuspend(&txn, target.id).await?;
    crate::search::record(&txn, Entity::Person, target.id.0).await?;
    let site = app.site();
    let lang = app.language_of(&target.locale);
    enqueue_mail(
        &txn,
        &texts::unsuspended(&site, &lang, &target.email, &target.display_name),
    )
    .await?;
    audit_in(
        &txn,
        auth,
        "user_unsuspended",
        "user",
        target.id.to_string(),
        "",
    )
    .await?;
    txn.commit().await.map_err(StoreError::from)?;
    app.forget_user(target.id);
    app.jobs_ready.notify_one();
    Ok(())
}
