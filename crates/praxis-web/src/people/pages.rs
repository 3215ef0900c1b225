//! `GET /people` (the directory) and `GET /people/{id}` (a profile), and the
//! expertise checkboxes the profile and thread forms share.

use crate::error::{PageError, render};
use crate::extract::{PageUser, path_id};
use crate::i18n::Lang;
use crate::layout::Layout;
use crate::people::api::DirectoryParams;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use praxis_app::App;
use praxis_app::people::{self, Profile};
use praxis_domain::taxonomy::{self, Group};
use praxis_domain::{Paging, UserId};
use serde::Deserialize;
use std::collections::HashMap;

const PER_PAGE: u64 = 30;

pub struct ExpertiseChoice {
    pub code: &'static str,
    pub label: &'static str,
    pub checked: bool,
}

pub struct ExpertiseGroup {
    pub label: String,
    pub choices: Vec<ExpertiseChoice>,
}

fn group_label(group: Group, lang: &Lang) -> String {
    match group {
        Group::CpvDivision => lang.t("people-group-cpv"),
        Group::Procedure => lang.t("people-group-procedure"),
        Group::PolicyField => lang.t("people-group-policy"),
    }
}

/// The taxonomy as checkbox groups, with `selected` ticked: the groups
/// named in the page's language (`ui`), the codes labelled in `locale`.
pub fn expertise_groups(selected: &[String], locale: &str, ui: &Lang) -> Vec<ExpertiseGroup> {
    [Group::CpvDivision, Group::Procedure, Group::PolicyField]
        .into_iter()
        .map(|group| ExpertiseGroup {
            label: group_label(group, ui),
            choices: taxonomy::ALL
                .iter()
                .filter(|e| e.group == group)
                .map(|e| ExpertiseChoice {
                    code: e.code,
                    label: e.label_in(locale),
                    checked: selected.iter().any(|s| s == e.code),
                })
                .collect(),
        })
        .collect()
}

/// The codes of the ticked `expertise-<code>` checkboxes of a form, in the
/// taxonomy's order.
pub fn ticked_expertise(rest: &HashMap<String, String>) -> Vec<String> {
    taxonomy::ALL
        .iter()
        .filter(|e| rest.contains_key(&format!("expertise-{}", e.code)))
        .map(|e| e.code.to_owned())
        .collect()
}

pub struct PersonRow {
    pub id: i64,
    pub display_name: String,
    pub guest: bool,
    pub organisation: String,
    pub region: String,
    pub expertise: Vec<&'static str>,
    pub languages: String,
    pub accepted_answers: u64,
}

#[derive(Template)]
#[template(path = "people/index.html")]
struct DirectoryPage {
    layout: Layout,
    q: String,
    expertise: String,
    organisation: String,
    language: String,
    options: Vec<(String, Vec<(&'static str, &'static str)>)>,
    rows: Vec<PersonRow>,
    total: u64,
    page: u64,
    has_next: bool,
    filters: String,
    error: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PageParams {
    q: String,
    expertise: String,
    organisation: String,
    language: String,
    page: Option<u64>,
}

pub async fn directory(
    State(app): State<App>,
    user: PageUser,
    Query(params): Query<PageParams>,
) -> Result<Response, PageError> {
    let request = DirectoryParams {
        q: params.q.clone(),
        expertise: params.expertise.clone(),
        organisation: params.organisation.clone(),
        language: params.language.clone(),
    }
    .into_request(Paging {
        page: params.page.unwrap_or(1).max(1),
        per_page: PER_PAGE,
    });
    let locale = user.auth.user.locale.clone();
    let (rows, total, page, has_next, error) =
        match people::directory(&app, &user.auth, request).await {
            Ok(found) => {
                let has_next = found.has_next();
                let rows = found
                    .items
                    .into_iter()
                    .map(|l| PersonRow {
                        id: l.user.id.0,
                        guest: l.user.role == praxis_domain::Role::Guest,
                        display_name: l.user.display_name,
                        organisation: l.user.organisation,
                        region: l.user.region,
                        expertise: l
                            .user
                            .expertise
                            .iter()
                            .filter_map(|c| taxonomy::find(c))
                            .map(|e| e.label_in(&locale))
                            .collect(),
                        languages: l.user.languages.join(", "),
                        accepted_answers: l.accepted_answers,
                    })
                    .collect();
                (rows, found.total, found.page, has_next, None)
            }
            Err(praxis_app::AppError::Invalid(errors)) => (
                Vec::new(),
                0,
                1,
                false,
                Some(
                    errors
                        .iter()
                        .map(|e| e.message.clone())
                        .collect::<Vec<_>>()
                        .join(" "),
                ),
            ),
            Err(other) => return Err(user.ctx.error(other)),
        };
    let options = [Group::CpvDivision, Group::Procedure, Group::PolicyField]
        .into_iter()
        .map(|g| {
            (
                group_label(g, &user.ctx.layout.ui),
                taxonomy::ALL
                    .iter()
                    .filter(|e| e.group == g)
                    .map(|e| (e.code, e.label_in(&locale)))
                    .collect(),
            )
        })
        .collect();
    let filters = serde_urlencoded::to_string([
        ("q", params.q.as_str()),
        ("expertise", params.expertise.as_str()),
        ("organisation", params.organisation.as_str()),
        ("language", params.language.as_str()),
    ])
    .unwrap_or_default();
    Ok(render(&DirectoryPage {
        layout: user.ctx.layout,
        q: params.q,
        expertise: params.expertise,
        organisation: params.organisation,
        language: params.language,
        options,
        rows,
        total,
        page,
        has_next,
        filters,
        error,
    }))
}

#[derive(Template)]
#[template(path = "people/profile.html")]
struct ProfilePage {
    layout: Layout,
    p: Profile,
    expertise: Vec<(&'static str, &'static str)>,
}

pub async fn profile(
    State(app): State<App>,
    user: PageUser,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let id: UserId = path_id(&id).map_err(|e| user.ctx.error(e))?;
    let p = people::profile(&app, &user.auth, id)
        .await
        .map_err(|e| user.ctx.error(e))?;
    let locale = user.auth.user.locale.clone();
    let expertise = p
        .user
        .expertise
        .iter()
        .filter_map(|c| taxonomy::find(c))
        .map(|e| (e.code, e.label_in(&locale)))
        .collect();
    Ok(render(&ProfilePage {
        layout: user.ctx.layout,
        p,
        expertise,
    }))
}
