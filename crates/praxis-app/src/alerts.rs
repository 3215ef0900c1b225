//! Alerts for the moderator: the jobs worker raises one when a community
//! goes dormant, when a question has waited more than 48 hours without a
//! reply (with members of matching expertise to ask), or when flags pile up
//! in a community. They show in the moderation queue until dismissed.

use crate::App;
use crate::accounts::AuthContext;
use crate::error::{AppError, AppResult};
use crate::search::query::{PeopleQuery, find_people};
use chrono::{DateTime, Duration, Utc};
use praxis_domain::{CommunityId, Paging, UserId};
use praxis_store::alerts::{self as store, Alert};
use praxis_store::audit::{self, NewAuditEntry};

/// Open flags in one community that make a pile.
pub const FLAGS_PILING_UP: i64 = 3;
/// Hours a question may wait for a first reply.
pub const WAITING_HOURS: i64 = 48;

/// Looks for situations needing the moderator; returns how many alerts are new.
pub async fn raise(app: &App, at: DateTime<Utc>) -> AppResult<usize> {
    let mut raised = 0;
    let dormant_before = at - Duration::days(crate::indicators::DORMANT_DAYS);
    for (community, last) in store::dormant_communities(&app.db, dormant_before).await? {
        // A new alert only after new activity and a new silence.
        let since = last.map_or_else(|| "never".to_owned(), |t| t.format("%Y-%m-%d").to_string());
        let details = serde_json::json!({ "last_activity_at": last }).to_string();
        if store::raise(
            &app.db,
            "dormant_community",
            &format!("dormant:{community}:{since}"),
            Some(community),
            None,
            &details,
        )
        .await?
        {
            raised += 1;
            mail_alert(app, "dormant_community", community).await?;
        }
    }
    for (thread, community, author, expertise) in
        store::waiting_questions(&app.db, at - Duration::hours(WAITING_HOURS)).await?
    {
        let codes: Vec<String> = expertise
            .split(',')
            .filter(|c| !c.is_empty())
            .map(str::to_owned)
            .collect();
        let suggested = if codes.is_empty() {
            Vec::new()
        } else {
            suggest(app, &codes, community, author).await?
        };
        let details = serde_json::json!({ "suggested": suggested }).to_string();
        if store::raise(
            &app.db,
            "unanswered_question",
            &format!("unanswered:{thread}"),
            Some(community),
            Some(thread),
            &details,
        )
        .await?
        {
            raised += 1;
            mail_alert(app, "unanswered_question", community).await?;
        }
    }
    for (community, count) in store::open_flags_per_community(&app.db).await? {
        if count >= FLAGS_PILING_UP {
            let details = serde_json::json!({ "open_flags": count }).to_string();
            if store::raise(
                &app.db,
                "flags_piling_up",
                &format!("flags:{community}:{}", at.format("%Y-%m-%d")),
                Some(community),
                None,
                &details,
            )
            .await?
            {
                raised += 1;
                mail_alert(app, "flags_piling_up", community).await?;
            }
        }
    }
    Ok(raised)
}

/// Tells the moderators and the community's managers who asked for alerts
/// by mail.
async fn mail_alert(app: &App, kind: &str, community: CommunityId) -> AppResult<()> {
    let recipients =
        praxis_store::accounts::alert_mail_recipients(&app.db, Some(community)).await?;
    if recipients.is_empty() {
        return Ok(());
    }
    let name = praxis_store::communities::find(&app.db, community)
        .await?
        .map(|c| c.name);
    let key = match kind {
        "dormant_community" => "mail-alert-dormant",
        "unanswered_question" => "mail-alert-unanswered",
        _ => "mail-alert-flags",
    };
    let link = format!("{}/moderation/queue", app.config.public_url());
    for person in recipients {
        let lang = app.language_of(&person.locale);
        let name = name
            .clone()
            .unwrap_or_else(|| lang.t("mail-alert-some-community"));
        let what = lang.t_args(key, &[("community", crate::mail::texts::text(&name))]);
        crate::jobs::enqueue_mail(
            &app.db,
            &crate::mail::texts::alert_raised(&app.site(), &lang, &person.email, &what, &link),
        )
        .await?;
    }
    app.jobs_ready.notify_one();
    Ok(())
}

/// Members of the community with the question's expertise, best first.
async fn suggest(
    app: &App,
    codes: &[String],
    community: CommunityId,
    author: UserId,
) -> AppResult<Vec<serde_json::Value>> {
    let (_, found) = find_people(
        app,
        &PeopleQuery {
            words: String::new(),
            expertise: codes.to_vec(),
            organisation: String::new(),
            language: None,
        },
        Paging {
            page: 1,
            per_page: 30,
        },
    )
    .await?;
    let ids: Vec<UserId> = found
        .iter()
        .map(|(id, _)| UserId(*id))
        .filter(|id| *id != author)
        .collect();
    let members = praxis_store::communities::members_among(&app.db, community, &ids).await?;
    let people = praxis_store::accounts::users_by_ids(&app.db, members.iter().copied()).await?;
    Ok(ids
        .iter()
        .filter(|id| members.contains(id))
        .filter_map(|id| people.get(id))
        .take(3)
        .map(|u| {
            serde_json::json!({
                "id": u.id,
                "display_name": u.display_name,
                "guest": u.role == praxis_domain::Role::Guest,
            })
        })
        .collect())
}

pub async fn open(app: &App, auth: &AuthContext) -> AppResult<Vec<Alert>> {
    let scope = crate::moderation::moderated_communities(auth)?;
    Ok(store::open(&app.db, scope.as_deref()).await?)
}

pub async fn dismiss(app: &App, auth: &AuthContext, id: i64) -> AppResult<()> {
    praxis_domain::policy::may_write(&auth.actor)?;
    let scope = crate::moderation::moderated_communities(auth)?;
    let alert = store::find(&app.db, id)
        .await?
        .filter(|a| match (&scope, a.community_id) {
            (None, _) => true,
            (Some(ids), Some(c)) => ids.contains(&c),
            (Some(_), None) => false,
        })
        .ok_or(AppError::NotFound)?;
    if !store::dismiss(&app.db, alert.id, auth.user.id).await? {
        return Err(AppError::conflict(
            "already_dismissed",
            "This alert was already dismissed.",
        ));
    }
    audit::record(
        &app.db,
        NewAuditEntry {
            actor_id: Some(auth.user.id),
            action: "alert_dismissed",
            target_type: "alert",
            target_id: alert.id.to_string(),
            community_id: alert.community_id.map(|c| c.0),
            reason: "",
            details: serde_json::json!({ "kind": alert.kind }),
        },
    )
    .await?;
    Ok(())
}
