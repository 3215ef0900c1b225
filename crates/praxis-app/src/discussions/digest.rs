//! Daily and weekly digests: unread notifications not yet mailed, grouped by
//! community, for members who chose a digest. Membership is checked when
//! the digest is written, so a mail never carries content from a community
//! the recipient has left.

use super::notify::{describe_in, excerpt, labelled_name, link};
use crate::App;
use crate::error::AppResult;
use crate::i18n::{Lang, arg};
use crate::jobs::enqueue_mail;
use crate::mail::OutgoingMail;
use crate::mail::texts::text;
use chrono::{DateTime, Datelike, Timelike, Utc};
use praxis_domain::{CommunityId, EmailFrequency, Role};
use praxis_store::StoreError;
use praxis_store::accounts as users_store;
use praxis_store::communities as communities_store;
use praxis_store::discussions as store;
use praxis_store::notifications as notifications_store;
use std::collections::BTreeMap;

/// Sends the digests of one frequency now; returns how many mails went out.
pub async fn send_digests(app: &App, frequency: EmailFrequency) -> AppResult<usize> {
    let mut sent = 0;
    for user_id in notifications_store::users_with_pending_mail(&app.db).await? {
        let Some(user) = users_store::find_user(&app.db, user_id).await? else {
            continue;
        };
        if user.email_frequency != frequency {
            continue;
        }
        let _write = app.write_gate().await;
        let txn = praxis_store::begin_write(&app.db)
            .await
            .map_err(StoreError::from)?;
        let pending = notifications_store::pending_for_mail(&txn, user.id, 200).await?;
        let roles = communities_store::roles_of_user(&txn, user.id).await?;
        let sees_all = matches!(user.role, Role::Admin | Role::Moderator);
        let visible: Vec<_> = pending
            .iter()
            .filter(|n| {
                n.community_id
                    .is_none_or(|c| sees_all || roles.contains_key(&c))
            })
            .collect();
        // Everything pending is settled, shown or not: what the member may
        // no longer see is never mailed later either.
        let all_ids: Vec<_> = pending.iter().map(|n| n.id).collect();
        notifications_store::mark_emailed(&txn, &all_ids).await?;
        users_store::set_last_digest_at(&txn, user.id, praxis_store::now()).await?;
        if !visible.is_empty() {
            let lang = app.language_of(&user.locale);
            let mail = render(app, &txn, &lang, &user.email, frequency, &visible).await?;
            enqueue_mail(&txn, &mail).await?;
            sent += 1;
        }
        txn.commit().await.map_err(StoreError::from)?;
    }
    if sent > 0 {
        app.jobs_ready.notify_one();
    }
    Ok(sent)
}

async fn render(
    app: &App,
    conn: &impl praxis_store::ConnectionTrait,
    lang: &Lang,
    to: &str,
    frequency: EmailFrequency,
    items: &[&notifications_store::Notification],
) -> AppResult<OutgoingMail> {
    let site = app.site();
    let communities =
        communities_store::find_many(conn, items.iter().filter_map(|n| n.community_id)).await?;
    let actors = users_store::authors(conn, items.iter().filter_map(|n| n.actor_id)).await?;
    let mut groups: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for n in items {
        let community = n
            .community_id
            .and_then(|c: CommunityId| communities.get(&c));
        let group = community.map_or_else(|| site.name.clone(), |c| c.name.clone());
        let actor = n.actor_id.and_then(|a| actors.get(&a)).map_or_else(
            || lang.t("mail-someone"),
            |a| labelled_name(lang, a.role, &a.display_name),
        );
        let mut line = format!("- {}", describe_in(lang, n.kind, &actor));
        if let Some(thread_id) = n.thread_id
            && let Some(thread) = store::find_thread(conn, thread_id).await?
        {
            line.push_str(&format!(": \"{}\"", thread.title));
        }
        if let Some(post_id) = n.post_id
            && let Some(post) = store::find_post(conn, post_id).await?
        {
            line.push_str(&format!("\n  {}", excerpt(&post.body, 200)));
        }
        line.push_str(&format!(
            "\n  {}",
            link(
                &site.base_url,
                community.map(|c| c.slug.as_str()),
                n.thread_id,
                n.post_id
            )
        ));
        groups.entry(group).or_default().push(line);
    }
    let period = if frequency == EmailFrequency::Weekly {
        "weekly"
    } else {
        "daily"
    };
    let summary = lang.t_args(
        "mail-digest-summary",
        &[
            ("period", text(period)),
            ("site", text(&site.name)),
            ("count", arg(items.len())),
        ],
    );
    let mut body = format!("{}/notifications\n\n{summary}\n", site.base_url);
    for (community, lines) in groups {
        body.push_str(&format!("\n== {community} ==\n"));
        for line in lines {
            body.push_str(&line);
            body.push('\n');
        }
    }
    let settings = format!("{}/me/notifications", site.base_url);
    body.push('\n');
    body.push_str(&lang.t_args("mail-digest-settings", &[("link", text(&settings))]));
    body.push('\n');
    Ok(OutgoingMail {
        to: to.to_owned(),
        subject: lang.t_args(
            "mail-digest-subject",
            &[("period", text(period)), ("site", text(&site.name))],
        ),
        text: body,
    })
}

/// Called by the worker every tick: at the configured hour, claims and runs
/// the daily digest (and on Mondays the weekly one) once across all nodes.
pub async fn run_scheduled(app: &App, at: DateTime<Utc>) -> AppResult<()> {
    if at.hour() != app.config.digest_hour_utc {
        return Ok(());
    }
    let day = at.format("%Y-%m-%d").to_string();
    if notifications_store::claim_run(&app.db, "daily_digest", &day).await? {
        send_digests(app, EmailFrequency::Daily).await?;
    }
    if at.weekday() == chrono::Weekday::Mon {
        let week = format!("{}-W{:02}", at.iso_week().year(), at.iso_week().week());
        if notifications_store::claim_run(&app.db, "weekly_digest", &week).await? {
            send_digests(app, EmailFrequency::Weekly).await?;
        }
    }
    Ok(())
}
