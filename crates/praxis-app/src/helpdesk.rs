//! The helpdesk bridge. Members send a question privately; helpdesk staff
//! answer it privately, or publish a complex one to a community for
//! discussion, by default anonymised: the thread is written by the
//! "Helpdesk" account, the asker's name and address and what they marked
//! `[private]…[/private]` (or put in the private details) are left out, and
//! no audit entry or notification names them. The asker follows the thread
//! silently; the helpdesk links the accepted answer back and closes the
//! question, which copies that answer onto the asker's private page.

use crate::App;
use crate::accounts::{AuthContext, start_session};
use crate::crypto::random_token;
use crate::discussions::{self, NewThreadInput};
use crate::error::{AppError, AppResult, Validator};
use crate::jobs::enqueue_mail;
use crate::mail::texts;
use praxis_domain::markdown::to_safe_html;
use praxis_domain::policy::{self, Denied};
use praxis_domain::text::{bounded_text, single_line};
use praxis_domain::{CommunityRole, PageOf, Paging, PostId, Role, UserStatus, ValidationError};
use praxis_store::StoreError;
use praxis_store::accounts::{self as users_store, NewUser, User};
use praxis_store::audit::{self, NewAuditEntry};
use praxis_store::communities as communities_store;
use praxis_store::discussions as discussions_store;
use praxis_store::helpdesk::{self as store, HelpdeskQuestion};

/// The account published questions are written by.
pub const HELPDESK_EMAIL: &str = "helpdesk@system.praxis.invalid";

fn is_staff(auth: &AuthContext) -> bool {
    matches!(auth.user.role, Role::Helpdesk | Role::Admin)
}

fn staff_only(auth: &AuthContext) -> AppResult<()> {
    if is_staff(auth) {
        Ok(())
    } else {
        Err(Denied::NotAllowed.into())
    }
}

pub struct AskInput {
    pub subject: String,
    pub body: String,
    /// Never published (case numbers, names of suppliers…).
    pub private_details: String,
}

pub async fn ask(app: &App, auth: &AuthContext, input: AskInput) -> AppResult<HelpdeskQuestion> {
    policy::may_write(&auth.actor)?;
    if auth.user.role == Role::Guest {
        return Err(AppError::forbidden(
            "not_for_guests",
            "The helpdesk answers the platform's members; ask your community's managers.",
        ));
    }
    let mut v = Validator::default();
    let subject = v.check(single_line("subject", &input.subject, 5, 200));
    let body = v.check(bounded_text("body", &input.body, 10, 20_000));
    let private = v.check(bounded_text(
        "private_details",
        &input.private_details,
        0,
        5_000,
    ));
    v.finish()?;
    let (Some(subject), Some(body), Some(private)) = (subject, body, private) else {
        return Err(AppError::Internal(anyhow::anyhow!(
            "validated input missing"
        )));
    };
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    let question = store::insert(&txn, auth.user.id, &subject, &body, &private).await?;
    txn.commit().await.map_err(StoreError::from)?;
    Ok(question)
}

/// Staff see the queue (optionally one status); members their own questions.
pub async fn list(
    app: &App,
    auth: &AuthContext,
    status: Option<&str>,
    paging: Paging,
) -> AppResult<PageOf<(HelpdeskQuestion, Option<User>)>> {
    let status = match status.map(str::trim).filter(|s| !s.is_empty()) {
        None => None,
        Some(s @ ("open" | "answered" | "published" | "closed")) => Some(s),
        Some(_) => {
            return Err(AppError::invalid(ValidationError::new(
                "status",
                "invalid_choice",
                "Choose open, answered, published or closed.",
            )));
        }
    };
    let asker = if is_staff(auth) {
        None
    } else {
        Some(auth.user.id)
    };
    let page = store::list(&app.db, status, asker, paging).await?;
    let people = users_store::users_by_ids(&app.db, page.items.iter().map(|q| q.asker_id)).await?;
    Ok(page.map(|q| {
        let asker = people.get(&q.asker_id).cloned();
        (q, asker)
    }))
}

/// One question, for its asker or the staff.
pub async fn show(
    app: &App,
    auth: &AuthContext,
    id: i64,
) -> AppResult<(HelpdeskQuestion, Option<User>)> {
    let question = store::find(&app.db, id).await?.ok_or(AppError::NotFound)?;
    if question.asker_id != auth.user.id && !is_staff(auth) {
        return Err(AppError::NotFound);
    }
    let asker = users_store::find_user(&app.db, question.asker_id).await?;
    Ok((question, asker))
}

async fn staff_question(
    app: &App,
    auth: &AuthContext,
    id: i64,
) -> AppResult<(HelpdeskQuestion, User)> {
    policy::may_write(&auth.actor)?;
    staff_only(auth)?;
    let question = store::find(&app.db, id).await?.ok_or(AppError::NotFound)?;
    if question.status == "closed" {
        return Err(AppError::conflict(
            "question_closed",
            "This question is closed.",
        ));
    }
    let asker = users_store::find_user(&app.db, question.asker_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((question, asker))
}

/// Answers privately; the asker is told by mail.
/// Tells the asker, in their language, that their question page has an
/// answer (written by the helpdesk, or linked from the community).
async fn mail_asker_answered(
    app: &App,
    txn: &impl praxis_store::ConnectionTrait,
    asker: &User,
    question: &HelpdeskQuestion,
) -> AppResult<()> {
    let link = format!(
        "{}/helpdesk/questions/{}",
        app.config.public_url(),
        question.id
    );
    enqueue_mail(
        txn,
        &texts::helpdesk_answered(
            &app.site(),
            &app.language_of(&asker.locale),
            &asker.email,
            &question.subject,
            &link,
        ),
    )
    .await?;
    Ok(())
}

pub async fn answer(
    app: &App,
    auth: &AuthContext,
    id: i64,
    body: &str,
) -> AppResult<HelpdeskQuestion> {
    let (question, asker) = staff_question(app, auth, id).await?;
    let body = bounded_text("body", body, 1, 20_000)?;
    let html = to_safe_html(&body);
    let status = if question.thread_id.is_some() {
        "published"
    } else {
        "answered"
    };
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    store::set_answer(&txn, question.id, &body, &html, auth.user.id, status).await?;
    mail_asker_answered(app, &txn, &asker, &question).await?;
    audit::record(
        &txn,
        NewAuditEntry {
            actor_id: Some(auth.user.id),
            action: "helpdesk_question_answered",
            target_type: "helpdesk_question",
            target_id: question.id.to_string(),
            community_id: None,
            reason: "",
            details: serde_json::json!({}),
        },
    )
    .await?;
    txn.commit().await.map_err(StoreError::from)?;
    app.jobs_ready.notify_one();
    store::find(&app.db, id).await?.ok_or(AppError::NotFound)
}

/// The text as published: without what the asker marked private and, when
/// anonymised, without their name, handle and address.
pub fn publishable(body: &str, asker: &User, anonymise: bool) -> String {
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(start) = rest.find("[private]") {
        out.push_str(&rest[..start]);
        match rest[start..].find("[/private]") {
            Some(end) => rest = &rest[start + end + "[/private]".len()..],
            // An unclosed marker hides everything after it: safer.
            None => rest = "",
        }
    }
    out.push_str(rest);
    if anonymise {
        for identity in [
            asker.email.as_str(),
            asker.display_name.as_str(),
            asker.handle.as_str(),
        ] {
            if identity.trim().chars().count() >= 3 {
                out = replace_case_insensitive(&out, identity, "[the asker]");
            }
        }
        // First or last name alone (particles such as "van" or "de" stay).
        for part in asker.display_name.split_whitespace() {
            if part.chars().count() >= 4 {
                out = replace_word(&out, part, "[the asker]");
            }
        }
    }
    out.trim().to_owned()
}

fn replace_case_insensitive(text: &str, needle: &str, with: &str) -> String {
    let lower = text.to_lowercase();
    let needle_lower = needle.to_lowercase();
    if needle_lower.is_empty() || lower.len() != text.len() {
        // Lower-casing changed byte lengths (rare scripts): fall back to exact.
        return text.replace(needle, with);
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while let Some(found) = lower[at..].find(&needle_lower) {
        out.push_str(&text[at..at + found]);
        out.push_str(with);
        at += found + needle_lower.len();
    }
    out.push_str(&text[at..]);
    out
}

fn replace_word(text: &str, word: &str, with: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut current = String::new();
    let flush = |current: &mut String, out: &mut String| {
        if current.eq_ignore_ascii_case(word) || current.to_lowercase() == word.to_lowercase() {
            out.push_str(with);
        } else {
            out.push_str(current);
        }
        current.clear();
    };
    for c in text.chars() {
        if c.is_alphanumeric() || c == '-' {
            current.push(c);
        } else {
            flush(&mut current, &mut out);
            out.push(c);
        }
    }
    flush(&mut current, &mut out);
    out
}

/// The "Helpdesk" account: created on first use, cannot sign in.
async fn helpdesk_account(app: &App) -> AppResult<User> {
    if let Some(found) = users_store::find_user_by_email(&app.db, HELPDESK_EMAIL).await? {
        return Ok(found);
    }
    let result = users_store::insert_user(
        &app.db,
        NewUser {
            email: HELPDESK_EMAIL,
            display_name: "Helpdesk",
            organisation: &app.config.site_name,
            // Not an Argon2 hash: no password verifies against it.
            password_hash: &format!("!disabled-{}", random_token()),
            role: Role::Helpdesk,
            status: UserStatus::Active,
            email_verified: true,
            locale: &app.config.default_locale,
        },
    )
    .await;
    match result {
        Ok(user) => Ok(user),
        // Another node created it meanwhile.
        Err(StoreError::Conflict(_)) => users_store::find_user_by_email(&app.db, HELPDESK_EMAIL)
            .await?
            .ok_or(AppError::NotFound),
        Err(other) => Err(other.into()),
    }
}

pub struct PublishInput {
    pub community: String,
    pub anonymise: bool,
}

/// Publishes the question to a community as a thread by "Helpdesk".
pub async fn publish(
    app: &App,
    auth: &AuthContext,
    id: i64,
    input: PublishInput,
) -> AppResult<HelpdeskQuestion> {
    let (question, asker) = staff_question(app, auth, id).await?;
    if question.thread_id.is_some() {
        return Err(AppError::conflict(
            "already_published",
            "This question has already been published.",
        ));
    }
    let community = communities_store::find_by_slug(&app.db, input.community.trim())
        .await?
        .ok_or_else(|| {
            AppError::invalid(
                ValidationError::new(
                    "community",
                    "unknown_community",
                    "There is no community with this address.",
                )
                .with_arg("reason", "unknown"),
            )
        })?;
    let mut body = publishable(&question.body, &asker, input.anonymise);
    if !input.anonymise {
        body.push_str(&format!(
            "\n\n*Asked through the helpdesk by {}, {}.*",
            asker.role.labelled_name(&asker.display_name),
            asker.organisation
        ));
    } else {
        body.push_str("\n\n*Asked through the helpdesk; the asker's identity is not published.*");
    }
    let subject = publishable(&question.subject, &asker, input.anonymise);

    // The Helpdesk account writes the thread like any member would, so
    // followers, mentions and search work as for every thread.
    let account = helpdesk_account(app).await?;
    communities_store::set_member(&app.db, community.id, account.id, CommunityRole::Member).await?;
    let version = crate::accounts::current_usage_code_version(app).await?;
    users_store::record_usage_code_acceptance(&app.db, account.id, version).await?;
    app.forget_user(account.id);
    let account = users_store::find_user(&app.db, account.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let session = start_session(app, account).await?;
    let created = discussions::create_thread(
        app,
        &session.auth,
        &community.slug,
        NewThreadInput {
            title: subject,
            body,
            kind: "question".into(),
            tags: vec!["helpdesk".into()],
            expertise: Vec::new(),
            attachments: Vec::new(),
            language: String::new(),
        },
    )
    .await;
    crate::accounts::logout(app, &session.token).await?;
    let thread = created?;

    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    if !store::set_published(&txn, question.id, thread.id, auth.user.id, input.anonymise).await? {
        return Err(AppError::conflict(
            "already_published",
            "This question has already been published.",
        ));
    }
    // The asker hears of replies like any follower (if they can read it);
    // nobody sees who follows.
    discussions_store::follow_thread(&txn, thread.id, asker.id).await?;
    let link = format!(
        "{}/helpdesk/questions/{}",
        app.config.public_url(),
        question.id
    );
    enqueue_mail(
        &txn,
        &texts::helpdesk_published(
            &app.site(),
            &app.language_of(&asker.locale),
            &asker.email,
            &question.subject,
            &community.name,
            &link,
        ),
    )
    .await?;
    // No asker in the audit entry: managers read their community's log.
    audit::record(
        &txn,
        NewAuditEntry {
            actor_id: Some(auth.user.id),
            action: "helpdesk_question_published",
            target_type: "thread",
            target_id: thread.id.to_string(),
            community_id: Some(community.id.0),
            reason: "",
            details: serde_json::json!({ "anonymised": input.anonymise }),
        },
    )
    .await?;
    txn.commit().await.map_err(StoreError::from)?;
    app.jobs_ready.notify_one();
    store::find(&app.db, id).await?.ok_or(AppError::NotFound)
}

/// Closes a question, optionally linking the published thread's answer,
/// whose text then also becomes the private answer the asker reads.
pub async fn close(
    app: &App,
    auth: &AuthContext,
    id: i64,
    post: Option<PostId>,
) -> AppResult<HelpdeskQuestion> {
    let (question, asker) = staff_question(app, auth, id).await?;
    let linked = match post {
        None => None,
        Some(post_id) => {
            let found = discussions_store::find_post(&app.db, post_id)
                .await?
                .filter(|p| Some(p.thread_id) == question.thread_id && !p.hidden && !p.deleted)
                .ok_or_else(|| {
                    AppError::invalid(ValidationError::new(
                        "post_id",
                        "not_in_thread",
                        "Link an answer of the thread this question was published as.",
                    ))
                })?;
            Some(found)
        }
    };
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    if let Some(found) = &linked
        && question.answer.trim().is_empty()
    {
        store::set_answer(
            &txn,
            question.id,
            &found.body,
            &found.body_html,
            auth.user.id,
            "closed",
        )
        .await?;
    }
    store::close(&txn, question.id, linked.as_ref().map(|p| p.id)).await?;
    mail_asker_answered(app, &txn, &asker, &question).await?;
    audit::record(
        &txn,
        NewAuditEntry {
            actor_id: Some(auth.user.id),
            action: "helpdesk_question_closed",
            target_type: "helpdesk_question",
            target_id: question.id.to_string(),
            community_id: None,
            reason: "",
            details: serde_json::json!({ "linked_post": linked.as_ref().map(|p| p.id) }),
        },
    )
    .await?;
    txn.commit().await.map_err(StoreError::from)?;
    app.jobs_ready.notify_one();
    store::find(&app.db, id).await?.ok_or(AppError::NotFound)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asker() -> User {
        User {
            id: praxis_domain::UserId(7),
            email: "jan.jansen@gemeente.example.nl".into(),
            display_name: "Jan Jansen".into(),
            organisation: "Gemeente".into(),
            password_hash: String::new(),
            role: Role::Member,
            status: UserStatus::Active,
            email_verified_at: None,
            bio: String::new(),
            region: String::new(),
            languages: Vec::new(),
            locale: "en".into(),
            time_zone: String::new(),
            accepted_usage_code_version: None,
            suspended_until: None,
            suspension_reason: None,
            created_at: chrono::Utc::now(),
            handle: "jan-jansen".into(),
            email_frequency: praxis_domain::EmailFrequency::Daily,
            last_digest_at: None,
            expertise: Vec::new(),
            alert_mail: false,
        }
    }

    #[test]
    fn private_parts_and_the_askers_identity_are_left_out() {
        let body = "I am Jan Jansen (jan.jansen@gemeente.example.nl). [private]Case 2026-114, supplier Bouw BV.[/private] Can we extend the contract? — JANSEN, @jan-jansen";
        let out = publishable(body, &asker(), true);
        assert!(!out.contains("Jansen") && !out.contains("JANSEN"), "{out}");
        assert!(!out.contains("jan.jansen@"), "{out}");
        assert!(
            !out.contains("Case 2026-114") && !out.contains("Bouw"),
            "{out}"
        );
        assert!(out.contains("Can we extend the contract?"), "{out}");
        let named = publishable(body, &asker(), false);
        assert!(named.contains("Jan Jansen") && !named.contains("Case 2026-114"));
        assert_eq!(
            publishable("before [private]never closed", &asker(), true),
            "before"
        );
    }
}
