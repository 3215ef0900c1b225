//! Members as colleagues see them: the directory by expertise, organisation
//! and language, and each profile with the evidence of what they know —
//! questions answered and answers accepted, per topic — beside what they
//! claim.

use crate::accounts::AuthContext;
use crate::search::query::{PeopleQuery, find_people};
use crate::{App, AppError, AppResult};
use praxis_domain::policy;
use praxis_domain::{
    CommunityId, PageOf, Paging, Role, UserId, UserStatus, ValidationError, taxonomy,
};
use praxis_store::accounts::{self as accounts_store, User};
use praxis_store::communities::{self as communities_store, Community};
use praxis_store::search::{self as search_store, AnswerEvidence};
use std::collections::BTreeMap;

/// The directory's filters, as typed.
#[derive(Debug, Clone, Default)]
pub struct DirectoryRequest {
    pub q: String,
    /// Expertise codes, any of which qualifies.
    pub expertise: Vec<String>,
    pub organisation: String,
    pub language: String,
    pub paging: Paging,
}

/// A member as listed in the directory.
#[derive(Debug, Clone)]
pub struct Listed {
    pub user: User,
    pub accepted_answers: u64,
}

/// Guests are invited into one community; the directory is for members.
fn may_browse_people(auth: &AuthContext) -> AppResult<()> {
    if auth.user.role == Role::Guest {
        return Err(AppError::forbidden(
            "not_allowed",
            "Guests see the members of their community, not the directory.",
        ));
    }
    Ok(())
}

pub async fn directory(
    app: &App,
    auth: &AuthContext,
    request: DirectoryRequest,
) -> AppResult<PageOf<Listed>> {
    may_browse_people(auth)?;
    let mut v = crate::error::Validator::default();
    let codes: Vec<String> = request
        .expertise
        .iter()
        .flat_map(|c| c.split(','))
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_owned)
        .collect();
    let expertise = v
        .check(taxonomy::parse_codes("expertise", &codes, 60))
        .unwrap_or_default();
    let language = request.language.trim().to_ascii_lowercase();
    if !language.is_empty()
        && (language.len() != 2 || !language.chars().all(|c| c.is_ascii_lowercase()))
    {
        v.check::<()>(Err(ValidationError::new(
            "language",
            "invalid_language",
            "Give a two-letter language code, such as nl.",
        )));
    }
    v.finish()?;
    let paging = request.paging.clamped();
    let (total, ids) = find_people(
        app,
        &PeopleQuery {
            words: request.q,
            expertise,
            organisation: request.organisation,
            language: (!language.is_empty()).then_some(language),
        },
        paging,
    )
    .await?;
    let mut users =
        accounts_store::users_by_ids(&app.db, ids.iter().map(|(id, _)| UserId(*id))).await?;
    // The count of accepted answers comes from the index, which is kept
    // current with every accepted answer: counting them in SQL for a page
    // of members would join every thread.
    let items = ids
        .iter()
        .filter_map(|(id, accepted)| users.remove(&UserId(*id)).map(|u| (u, *accepted)))
        .filter(|(u, _)| u.status == UserStatus::Active)
        .map(|(user, accepted_answers)| Listed {
            accepted_answers,
            user,
        })
        .collect();
    Ok(PageOf {
        items,
        page: paging.page,
        per_page: paging.limit(),
        total,
    })
}

/// What a member's answers show about one topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicEvidence {
    /// An expertise code, or a tag (`#espd`) for threads without one.
    pub topic: String,
    pub label: String,
    pub answers: u64,
    pub accepted: u64,
}

#[derive(Debug, Clone)]
pub struct Profile {
    pub user: User,
    pub is_me: bool,
    pub communities_in_common: Vec<Community>,
    pub answers: u64,
    pub accepted_answers: u64,
    pub topics: Vec<TopicEvidence>,
    /// The latest answers, from communities the viewer can read.
    pub recent_answers: Vec<AnswerEvidence>,
}

/// How many answers are weighed for a profile's evidence.
const EVIDENCE_WINDOW: u64 = 1_000;

pub async fn profile(app: &App, auth: &AuthContext, id: UserId) -> AppResult<Profile> {
    let is_me = id == auth.user.id;
    // Guests see the people of their own community, not the directory.
    let guest = auth.user.role == Role::Guest;
    if !is_me && !guest {
        may_browse_people(auth)?;
    }
    let user = accounts_store::find_user(&app.db, id)
        .await?
        .filter(|u| is_me || u.status == UserStatus::Active || auth.actor.is_platform_moderator())
        .ok_or(AppError::NotFound)?;
    let theirs = communities_store::roles_of_user(&app.db, id).await?;
    let in_common: Vec<CommunityId> = theirs
        .keys()
        .filter(|c| auth.roles.contains_key(c))
        .copied()
        .collect();
    if guest && !is_me && in_common.is_empty() {
        return Err(AppError::NotFound);
    }
    let mut communities_in_common: Vec<Community> =
        communities_store::find_many(&app.db, in_common)
            .await?
            .into_values()
            .collect();
    communities_in_common.sort_by(|a, b| a.name.cmp(&b.name));
    // Evidence only from what the viewer may read: a private community's
    // questions are not told even as counts.
    let readable: Option<Vec<CommunityId>> = if auth.actor.reads_every_community() {
        None
    } else {
        Some(
            theirs
                .keys()
                .filter(|c| policy::may_read_community(&auth.actor, auth.role_in(**c)))
                .copied()
                .collect(),
        )
    };
    let answers =
        search_store::answers_of(&app.db, id, readable.as_deref(), EVIDENCE_WINDOW).await?;
    let topics = topics_of(&answers, &auth.user.locale);
    Ok(Profile {
        is_me,
        communities_in_common,
        answers: answers.len() as u64,
        accepted_answers: answers.iter().filter(|a| a.accepted).count() as u64,
        topics,
        recent_answers: answers.into_iter().take(10).collect(),
        user,
    })
}

/// Answers grouped by the expertise of their question (or its tags when it
/// has none), most accepted first.
fn topics_of(answers: &[AnswerEvidence], locale: &str) -> Vec<TopicEvidence> {
    let mut by_topic: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    for answer in answers {
        let topics: Vec<String> = if answer.expertise.is_empty() {
            answer.tags.iter().map(|t| format!("#{t}")).collect()
        } else {
            answer.expertise.clone()
        };
        for topic in topics {
            let entry = by_topic.entry(topic).or_default();
            entry.0 += 1;
            entry.1 += u64::from(answer.accepted);
        }
    }
    let mut out: Vec<TopicEvidence> = by_topic
        .into_iter()
        .map(|(topic, (answers, accepted))| TopicEvidence {
            label: taxonomy::find(&topic)
                .map(|e| e.label_in(locale).to_owned())
                .unwrap_or_else(|| topic.clone()),
            topic,
            answers,
            accepted,
        })
        .collect();
    out.sort_by(|a, b| {
        b.accepted
            .cmp(&a.accepted)
            .then(b.answers.cmp(&a.answers))
            .then(a.label.cmp(&b.label))
    });
    out
}
