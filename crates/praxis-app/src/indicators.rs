//! Indicators of interactivity for the moderator: members and active
//! members, the participation split (who starts threads, who contributes,
//! who only reads, who does nothing), questions answered (and within 48 h),
//! the **median** time to first reply, accepted answers, documents shared
//! and downloaded, event attendance, the same week by week for the charts,
//! and per community its posts of the last 30 days, last activity and
//! whether it is dormant.

use crate::App;
use crate::accounts::AuthContext;
use crate::error::{AppError, AppResult};
use crate::i18n::{Lang, arg};
use crate::mail::texts::text;
use chrono::{DateTime, Datelike, Duration, NaiveDate, Timelike, Utc};
use praxis_domain::UserId;
use praxis_domain::policy::Denied;
use praxis_domain::{CommunityRole, ValidationError};
use praxis_store::indicators::{self as store, CommunityActivity, Scope};
use serde::Serialize;
use std::collections::{BTreeMap, HashSet};

/// A community with no post for this many days is dormant.
pub const DORMANT_DAYS: i64 = 30;

#[derive(Debug, Clone, Serialize)]
pub struct CommunityIndicators {
    pub slug: String,
    pub name: String,
    pub members: i64,
    pub posts_30d: u64,
    pub last_activity_at: Option<DateTime<Utc>>,
    pub dormant: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Indicators {
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    pub community: Option<String>,
    pub members_total: u64,
    pub members_new: u64,
    /// The largest organisations among the members (at most 20), as
    /// members wrote them; an empty name means not given.
    pub members_by_organisation: Vec<OrganisationCount>,
    /// Posted, replied or reacted in the period.
    pub members_active: u64,
    /// The same over the 30 days up to `to`.
    pub members_active_30d: u64,
    /// Shares of members: who started threads, who only contributed
    /// (replied, reacted), who did neither (readers), in percent.
    pub participation: Participation,
    pub threads: u64,
    pub posts: u64,
    pub questions: u64,
    pub questions_answered_pct: Option<f64>,
    pub questions_answered_48h_pct: Option<f64>,
    pub median_first_reply_hours: Option<f64>,
    pub questions_accepted_pct: Option<f64>,
    /// Accepted by the asker or verified by an expert.
    pub questions_accepted_or_verified_pct: Option<f64>,
    pub documents: u64,
    pub documents_downloaded: u64,
    /// Pages read by signed-in people (counted per day, not stored per view).
    pub page_views: u64,
    /// Events that started in the period, and the seats taken at them.
    pub events: u64,
    pub event_attendance: u64,
    /// Week by week (weeks start on Monday, UTC), for the charts.
    pub weeks: Vec<Week>,
    pub per_community: Vec<CommunityIndicators>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrganisationCount {
    pub organisation: String,
    pub members: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Week {
    pub starts_on: NaiveDate,
    pub threads: u64,
    pub posts: u64,
    /// Posted, replied or reacted that week.
    pub active_members: u64,
    /// Of the questions asked that week.
    pub median_first_reply_hours: Option<f64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Participation {
    pub created_pct: Option<f64>,
    pub contributed_pct: Option<f64>,
    /// Read pages but neither started nor contributed.
    pub read_only_pct: Option<f64>,
    /// Not seen at all in the period.
    pub inactive_pct: Option<f64>,
}

/// The Monday that starts the week of `at`.
fn week_of(at: DateTime<Utc>) -> NaiveDate {
    let day = at.date_naive();
    day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

/// What happened in the period, week by week; every week of the period is
/// there, the quiet ones with zeros.
pub fn weekly(
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    threads: &[DateTime<Utc>],
    posts: &[(DateTime<Utc>, UserId)],
    reactions: &[(DateTime<Utc>, UserId)],
    questions: &[store::AskedQuestion],
) -> Vec<Week> {
    #[derive(Default)]
    struct Tally {
        threads: u64,
        posts: u64,
        active: HashSet<UserId>,
        waits: Vec<f64>,
    }
    let mut weeks: BTreeMap<NaiveDate, Tally> = BTreeMap::new();
    let last = week_of(to - Duration::microseconds(1));
    let mut week = week_of(from);
    while week <= last {
        weeks.insert(week, Tally::default());
        week += Duration::days(7);
    }
    for at in threads {
        if let Some(t) = weeks.get_mut(&week_of(*at)) {
            t.threads += 1;
        }
    }
    for (at, who) in posts {
        if let Some(t) = weeks.get_mut(&week_of(*at)) {
            t.posts += 1;
            t.active.insert(*who);
        }
    }
    for (at, who) in reactions {
        if let Some(t) = weeks.get_mut(&week_of(*at)) {
            t.active.insert(*who);
        }
    }
    for q in questions {
        if let (Some(replied), Some(t)) = (q.first_reply_at, weeks.get_mut(&week_of(q.created_at)))
        {
            t.waits.push(hours_between(q.created_at, replied));
        }
    }
    weeks
        .into_iter()
        .map(|(starts_on, mut t)| Week {
            starts_on,
            threads: t.threads,
            posts: t.posts,
            active_members: t.active.len() as u64,
            median_first_reply_hours: median(&mut t.waits).map(round1),
        })
        .collect()
}

fn hours_between(from: DateTime<Utc>, to: DateTime<Utc>) -> f64 {
    (to - from).num_seconds().max(0) as f64 / 3600.0
}

/// The median of some values: the middle one, or the mean of the two
/// middle ones; None for none.
pub fn median(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(|a, b| a.total_cmp(b));
    let mid = values.len() / 2;
    Some(if values.len() % 2 == 1 {
        values[mid]
    } else {
        (values[mid - 1] + values[mid]) / 2.0
    })
}

fn pct(part: u64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| round1(part as f64 * 100.0 / whole as f64))
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn date(field: &str, raw: Option<&str>) -> Result<Option<DateTime<Utc>>, ValidationError> {
    match raw.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(raw) => DateTime::parse_from_rfc3339(raw)
            .map(|t| Some(t.with_timezone(&Utc)))
            .or_else(|_| {
                NaiveDate::parse_from_str(raw, "%Y-%m-%d")
                    .map(|d| d.and_hms_opt(0, 0, 0).map(|t| t.and_utc()))
            })
            .map_err(|_| ValidationError::new(field, "invalid_date", "Give a date as YYYY-MM-DD.")),
    }
}

pub struct IndicatorsQuery<'a> {
    pub from: Option<&'a str>,
    /// Exclusive; a date means "up to the end of that day".
    pub to: Option<&'a str>,
    pub community: Option<&'a str>,
}

/// Admins and moderators for everything; managers for their communities.
pub async fn compute(
    app: &App,
    auth: &AuthContext,
    query: IndicatorsQuery<'_>,
) -> AppResult<Indicators> {
    let community = match query.community.map(str::trim).filter(|s| !s.is_empty()) {
        Some(slug) => {
            let (community, role) = crate::communities::readable_community(app, auth, slug).await?;
            if !auth.actor.is_platform_moderator() && role != Some(CommunityRole::Manager) {
                return Err(Denied::NotAllowed.into());
            }
            Some(community)
        }
        None => {
            if !auth.actor.is_platform_moderator() {
                return Err(Denied::NotAllowed.into());
            }
            None
        }
    };
    let now = Utc::now();
    let to = match date("to", query.to)? {
        // A plain date includes that day.
        Some(t) if query.to.is_some_and(|raw| raw.trim().len() == 10) => t + Duration::days(1),
        Some(t) => t,
        None => now,
    };
    let from = date("from", query.from)?.unwrap_or(to - Duration::days(30));
    if from >= to {
        return Err(AppError::invalid(ValidationError::new(
            "from",
            "empty_period",
            "The period must start before it ends.",
        )));
    }
    figures(app, from, to, community, now).await
}

/// The indicators of `[from, to)`, for one community or the platform.
/// Asks no one's permission: for [`compute`] once it has, the monthly
/// report and the benchmark.
pub async fn figures(
    app: &App,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    community: Option<praxis_store::communities::Community>,
    now: DateTime<Utc>,
) -> AppResult<Indicators> {
    let scope = Scope {
        from,
        to,
        community: community.as_ref().map(|c| c.id),
    };
    let last_30 = Scope {
        from: to - Duration::days(30),
        ..scope
    };
    // What this node counted in memory belongs in the figures.
    crate::usage::flush(app).await?;
    let system = [crate::helpdesk::HELPDESK_EMAIL];
    let members_total = store::members_total(&app.db, scope.community, &system).await?;
    let members_new = store::members_new(&app.db, scope).await?;
    let members_by_organisation =
        store::members_by_organisation(&app.db, scope.community, &system, 20)
            .await?
            .into_iter()
            .map(|(organisation, members)| OrganisationCount {
                organisation,
                members,
            })
            .collect();
    // One pass over the period's posts, reactions and threads gives the
    // counts, the active members and the weekly series alike.
    let thread_times = store::threads_started(&app.db, scope).await?;
    let post_times = store::post_times(&app.db, scope).await?;
    let reaction_times = store::reaction_times(&app.db, scope).await?;
    let threads = thread_times.len() as u64;
    let questions = thread_times.iter().filter(|t| t.question).count() as u64;
    let posts = post_times.len() as u64;
    let mut active: HashSet<UserId> = post_times.iter().map(|(_, who)| *who).collect();
    active.extend(reaction_times.iter().map(|(_, who)| *who));
    let creators: HashSet<UserId> = thread_times.iter().map(|t| t.by).collect();
    // When the period covers the last 30 days (the API's default, the
    // dashboard's twelve weeks), those are already in hand.
    let active_30d = if scope.from <= last_30.from {
        let recent = |at: &DateTime<Utc>| *at >= last_30.from;
        post_times
            .iter()
            .chain(reaction_times.iter())
            .filter(|(at, _)| recent(at))
            .map(|(_, who)| *who)
            .collect::<HashSet<UserId>>()
            .len()
    } else {
        store::active_members(&app.db, last_30).await?.len()
    };
    let documents = store::documents_shared(&app.db, scope).await?;
    let readers = praxis_store::usage::readers(&app.db, scope).await?;
    let (page_views, documents_downloaded) = praxis_store::usage::totals(&app.db, scope).await?;
    let (events, event_attendance) = store::events_held(&app.db, scope).await?;

    let asked = store::questions(&app.db, scope, &thread_times).await?;
    let answered = asked.iter().filter(|q| q.first_reply_at.is_some()).count() as u64;
    let mut waits: Vec<f64> = asked
        .iter()
        .filter_map(|q| {
            q.first_reply_at
                .map(|replied| hours_between(q.created_at, replied))
        })
        .collect();
    let within_48h = waits.iter().filter(|h| **h <= 48.0).count() as u64;
    let accepted = asked.iter().filter(|q| q.accepted).count() as u64;
    let resolved = asked.iter().filter(|q| q.accepted || q.verified).count() as u64;

    let contributors = active.len() as u64;
    let creators_count = creators.len() as u64;
    let only_read = readers.difference(&active).count() as u64;
    let participation = Participation {
        created_pct: pct(creators_count, members_total),
        contributed_pct: pct(contributors.saturating_sub(creators_count), members_total),
        read_only_pct: pct(only_read, members_total),
        inactive_pct: pct(
            members_total.saturating_sub(contributors + only_read),
            members_total,
        ),
    };
    let weeks = weekly(
        from,
        to,
        &thread_times.iter().map(|t| t.at).collect::<Vec<_>>(),
        &post_times,
        &reaction_times,
        &asked,
    );

    let dormant_since = now - Duration::days(DORMANT_DAYS);
    let per_community = store::per_community(&app.db, scope.community, to - Duration::days(30))
        .await?
        .into_iter()
        .map(|c: CommunityActivity| CommunityIndicators {
            dormant: c.last_activity_at.is_none_or(|at| at < dormant_since),
            slug: c.slug,
            name: c.name,
            members: c.members,
            posts_30d: c.posts_since,
            last_activity_at: c.last_activity_at,
        })
        .collect();

    Ok(Indicators {
        from,
        to,
        community: community.map(|c| c.slug),
        members_total,
        members_new,
        members_by_organisation,
        members_active: active.len() as u64,
        members_active_30d: active_30d as u64,
        participation,
        threads,
        posts,
        questions,
        questions_answered_pct: pct(answered, questions),
        questions_answered_48h_pct: pct(within_48h, questions),
        median_first_reply_hours: median(&mut waits).map(round1),
        questions_accepted_pct: pct(accepted, questions),
        questions_accepted_or_verified_pct: pct(resolved, questions),
        documents,
        documents_downloaded,
        page_views,
        events,
        event_attendance,
        weeks,
        per_community,
    })
}

/// On the first day of a month, at the digest hour, every administrator
/// gets the figures of the month that ended. Claimed once per month, so
/// several nodes send it once.
pub async fn send_monthly_report(app: &App, at: DateTime<Utc>) -> AppResult<bool> {
    if at.day() != 1 || at.hour() != app.config.digest_hour_utc {
        return Ok(false);
    }
    let Some(this_month) = at.date_naive().with_day(1) else {
        return Ok(false);
    };
    let Some(last_month) = this_month.pred_opt().and_then(|d| d.with_day(1)) else {
        return Ok(false);
    };
    let key = last_month.format("%Y-%m").to_string();
    if !praxis_store::notifications::claim_run(&app.db, "monthly_report", &key).await? {
        return Ok(false);
    }
    let from = last_month.and_time(chrono::NaiveTime::MIN).and_utc();
    let to = this_month.and_time(chrono::NaiveTime::MIN).and_utc();
    let found = figures(app, from, to, None, at).await?;
    let link = format!(
        "{}/moderation/indicators?from={}&to={}",
        app.config.public_url(),
        last_month,
        this_month.pred_opt().unwrap_or(last_month),
    );
    for admin in praxis_store::accounts::list_admins(&app.db).await? {
        let lang = app.language_of(&admin.locale);
        let lines = report_lines(&found, &lang);
        crate::jobs::enqueue_mail(
            &app.db,
            &crate::mail::texts::monthly_report(
                &app.site(),
                &lang,
                &admin.email,
                last_month,
                &link,
                &lines,
            ),
        )
        .await?;
    }
    app.jobs_ready.notify_one();
    Ok(true)
}

/// The report's figures, a line each, in the administrator's language
/// (`mail-report-…` messages).
pub fn report_lines(i: &Indicators, lang: &Lang) -> Vec<String> {
    // As many decimals as the figure has (up to two), the language's signs.
    let number = |v: f64| {
        let plain = v.to_string();
        let places = plain.split_once('.').map_or(0, |(_, f)| f.len().min(2));
        lang.decimal(v, places)
    };
    let share = |v: Option<f64>| {
        v.map_or_else(
            || "—".to_owned(),
            |v| lang.t_args("mail-report-percent", &[("value", text(&number(v)))]),
        )
    };
    let hours = |v: Option<f64>| {
        v.map_or_else(
            || "—".to_owned(),
            |v| lang.t_args("mail-report-hours", &[("value", text(&number(v)))]),
        )
    };
    let mut lines = vec![
        lang.t_args(
            "mail-report-members",
            &[("total", arg(i.members_total)), ("new", arg(i.members_new))],
        ),
        lang.t_args("mail-report-active", &[("active", arg(i.members_active))]),
        lang.t_args(
            "mail-report-participation",
            &[
                ("started", text(&share(i.participation.created_pct))),
                ("contributed", text(&share(i.participation.contributed_pct))),
                ("read", text(&share(i.participation.read_only_pct))),
                ("inactive", text(&share(i.participation.inactive_pct))),
            ],
        ),
        lang.t_args(
            "mail-report-threads",
            &[
                ("threads", arg(i.threads)),
                ("questions", arg(i.questions)),
                ("posts", arg(i.posts)),
            ],
        ),
        lang.t_args(
            "mail-report-answered",
            &[
                ("answered", text(&share(i.questions_answered_pct))),
                ("fast", text(&share(i.questions_answered_48h_pct))),
                ("accepted", text(&share(i.questions_accepted_pct))),
            ],
        ),
        lang.t_args(
            "mail-report-accepted-or-verified",
            &[("share", text(&share(i.questions_accepted_or_verified_pct)))],
        ),
        lang.t_args(
            "mail-report-first-reply",
            &[("time", text(&hours(i.median_first_reply_hours)))],
        ),
        lang.t_args(
            "mail-report-documents",
            &[
                ("documents", arg(i.documents)),
                ("downloads", arg(i.documents_downloaded)),
            ],
        ),
        lang.t_args(
            "mail-report-events",
            &[
                ("events", arg(i.events)),
                ("seats", arg(i.event_attendance)),
            ],
        ),
    ];
    let dormant: Vec<&str> = i
        .per_community
        .iter()
        .filter(|c| c.dormant)
        .map(|c| c.name.as_str())
        .collect();
    if !dormant.is_empty() {
        lines.push(String::new());
        let names = dormant
            .iter()
            .take(10)
            .copied()
            .collect::<Vec<_>>()
            .join(", ");
        lines.push(lang.t_args(
            "mail-report-dormant",
            &[("count", arg(dormant.len())), ("names", text(&names))],
        ));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_median_takes_the_middle_or_the_mean_of_the_two_middles() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [5.0]), Some(5.0));
        assert_eq!(median(&mut [9.0, 1.0, 4.0]), Some(4.0));
        assert_eq!(median(&mut [10.0, 1.0, 4.0, 2.0]), Some(3.0));
    }

    #[test]
    fn weeks_start_on_monday_and_quiet_weeks_are_zeros() {
        let at = |raw: &str| {
            DateTime::parse_from_rfc3339(raw)
                .expect("a time")
                .with_timezone(&Utc)
        };
        // Wednesday 4 to Tuesday 17 November 2026: three weeks, touched.
        let from = at("2026-11-04T00:00:00Z");
        let to = at("2026-11-18T00:00:00Z");
        let anna = UserId(1);
        let bob = UserId(2);
        let asked = |created: &str, replied: Option<&str>| store::AskedQuestion {
            created_at: at(created),
            first_reply_at: replied.map(at),
            accepted: false,
            verified: false,
        };
        let weeks = weekly(
            from,
            to,
            &[at("2026-11-04T09:00:00Z")],
            &[
                (at("2026-11-04T09:00:00Z"), anna),
                (at("2026-11-05T10:00:00Z"), bob),
                (at("2026-11-16T08:00:00Z"), anna),
            ],
            &[(at("2026-11-08T23:59:00Z"), anna)],
            &[
                asked("2026-11-04T09:00:00Z", Some("2026-11-05T10:00:00Z")),
                asked("2026-11-06T09:00:00Z", Some("2026-11-06T11:00:00Z")),
                asked("2026-11-07T09:00:00Z", None),
            ],
        );
        let starts: Vec<String> = weeks.iter().map(|w| w.starts_on.to_string()).collect();
        assert_eq!(starts, ["2026-11-02", "2026-11-09", "2026-11-16"]);
        assert_eq!((weeks[0].threads, weeks[0].posts), (1, 2));
        assert_eq!(weeks[0].active_members, 2);
        assert_eq!(weeks[0].median_first_reply_hours, Some(13.5));
        assert_eq!((weeks[1].posts, weeks[1].active_members), (0, 0));
        assert_eq!(weeks[1].median_first_reply_hours, None);
        assert_eq!((weeks[2].posts, weeks[2].active_members), (1, 1));
    }

    #[test]
    fn shares_are_rounded_and_undefined_for_nothing() {
        assert_eq!(pct(1, 3), Some(33.3));
        assert_eq!(pct(0, 0), None);
    }
}
