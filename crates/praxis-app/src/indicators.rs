//! Indicators of interactivity for the moderator: members and active
//! members, the participation split, questions answered (and within 48 h),
//! the **median** time to first reply, accepted answers, documents, and per
//! community its posts of the last 30 days, last activity and whether it is
//! dormant.

use crate::App;
use crate::accounts::AuthContext;
use crate::error::{AppError, AppResult};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use praxis_domain::policy::Denied;
use praxis_domain::{CommunityRole, ValidationError};
use praxis_store::indicators::{self as store, CommunityActivity, Scope};
use serde::Serialize;

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
    pub documents: u64,
    pub per_community: Vec<CommunityIndicators>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Participation {
    pub created_pct: Option<f64>,
    pub contributed_pct: Option<f64>,
    pub read_only_pct: Option<f64>,
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
    let scope = Scope {
        from,
        to,
        community: community.as_ref().map(|c| c.id),
    };
    let last_30 = Scope {
        from: to - Duration::days(30),
        ..scope
    };
    let system = [crate::helpdesk::HELPDESK_EMAIL];
    let members_total = store::members_total(&app.db, scope.community, &system).await?;
    let members_new = store::members_new(&app.db, scope).await?;
    let (active, creators) = store::active_people(&app.db, scope).await?;
    let (active_30d, _) = store::active_people(&app.db, last_30).await?;
    let (threads, questions, posts, documents) = store::counts(&app.db, scope).await?;

    let asked = store::questions(&app.db, scope).await?;
    let answered = asked.iter().filter(|q| q.first_reply_at.is_some()).count() as u64;
    let mut waits: Vec<f64> = asked
        .iter()
        .filter_map(|q| {
            q.first_reply_at
                .map(|r| (r - q.created_at).num_seconds().max(0) as f64 / 3600.0)
        })
        .collect();
    let within_48h = waits.iter().filter(|h| **h <= 48.0).count() as u64;
    let accepted = asked.iter().filter(|q| q.accepted).count() as u64;

    let contributors = active.len() as u64;
    let creators_count = creators.len() as u64;
    let participation = Participation {
        created_pct: pct(creators_count, members_total),
        contributed_pct: pct(contributors.saturating_sub(creators_count), members_total),
        read_only_pct: pct(members_total.saturating_sub(contributors), members_total),
    };

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
        members_active: active.len() as u64,
        members_active_30d: active_30d.len() as u64,
        participation,
        threads,
        posts,
        questions,
        questions_answered_pct: pct(answered, questions),
        questions_answered_48h_pct: pct(within_48h, questions),
        median_first_reply_hours: median(&mut waits).map(round1),
        questions_accepted_pct: pct(accepted, questions),
        documents,
        per_community,
    })
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
    fn shares_are_rounded_and_undefined_for_nothing() {
        assert_eq!(pct(1, 3), Some(33.3));
        assert_eq!(pct(0, 0), None);
    }
}
