//! `/feedback` (the form every page's footer links to, with one's earlier
//! feedback and its answers) and `/admin/feedback` (read, tag, answer).

use crate::error::{PageError, render};
use crate::extract::{CsrfForm, PageUser, path_id};
use crate::forms::{FormErrors, form_errors};
use crate::layout::Layout;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Redirect, Response};
use praxis_app::App;
use praxis_app::feedback::{self, ListQuery};
use praxis_domain::Paging;
use praxis_store::feedback::Feedback;
use serde::Deserialize;

type PageResult = Result<Response, PageError>;

fn see_other(location: &str) -> Response {
    Redirect::to(location).into_response()
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct SubmitForm {
    kind: String,
    text: String,
    page: String,
}

#[derive(Template)]
#[template(path = "feedback/form.html")]
struct FormPage {
    layout: Layout,
    form: SubmitForm,
    mine: Vec<Feedback>,
    errors: FormErrors,
}

/// The path of the page the member came from, read from `Referer`.
fn came_from(headers: &HeaderMap) -> String {
    headers
        .get(header::REFERER)
        .and_then(|v| v.to_str().ok())
        .and_then(|r| r.split_once("://").map(|(_, rest)| rest).or(Some(r)))
        .and_then(|rest| rest.find('/').map(|i| rest[i..].to_owned()))
        .filter(|p| !p.starts_with("/feedback"))
        .unwrap_or_default()
}

pub async fn form(State(app): State<App>, user: PageUser, headers: HeaderMap) -> PageResult {
    let mine = feedback::mine(&app, &user.auth)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(render(&FormPage {
        form: SubmitForm {
            kind: "idea".into(),
            page: came_from(&headers),
            ..SubmitForm::default()
        },
        mine,
        errors: FormErrors::default(),
        layout: user.ctx.layout,
    }))
}

pub async fn submit(
    State(app): State<App>,
    user: PageUser,
    CsrfForm(form): CsrfForm<SubmitForm>,
) -> PageResult {
    match feedback::submit(&app, &user.auth, &form.kind, &form.text, &form.page).await {
        Ok(_) => Ok(see_other("/feedback?notice=feedback_sent")),
        Err(error) => {
            let (status, errors) =
                form_errors(error, &user.ctx.layout.ui).map_err(|e| user.ctx.error(e))?;
            let mine = feedback::mine(&app, &user.auth)
                .await
                .map_err(|e| user.ctx.error(e))?;
            let mut response = render(&FormPage {
                form,
                mine,
                errors,
                layout: user.ctx.layout,
            });
            *response.status_mut() = status;
            Ok(response)
        }
    }
}

pub struct FeedbackRow {
    item: Feedback,
    from: String,
}

#[derive(Template)]
#[template(path = "feedback/admin.html")]
struct AdminPage {
    layout: Layout,
    rows: Vec<FeedbackRow>,
    kind: String,
    unanswered: bool,
    tag: String,
    total: u64,
    /// (title, slug, useful, not useful) per help page.
    help: Vec<(String, &'static str, u64, u64)>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AdminParams {
    kind: String,
    unanswered: Option<String>,
    tag: String,
}

pub async fn admin(
    State(app): State<App>,
    user: PageUser,
    Query(params): Query<AdminParams>,
) -> PageResult {
    let unanswered = params.unanswered.is_some();
    let page = feedback::list(
        &app,
        &user.auth,
        ListQuery {
            kind: Some(params.kind.clone()),
            unanswered,
            tag: Some(params.tag.clone()),
        },
        Paging {
            page: 1,
            per_page: 100,
        },
    )
    .await
    .map_err(|e| user.ctx.error(e))?;
    let help = praxis_app::help::usefulness(&app, &user.auth)
        .await
        .map_err(|e| user.ctx.error(e))?
        .into_iter()
        .map(|u| {
            let title = u.page.title(&user.ctx.layout.ui);
            (title, u.page.slug, u.useful, u.not_useful)
        })
        .collect();
    Ok(render(&AdminPage {
        help,
        total: page.total,
        rows: page
            .items
            .into_iter()
            .map(|(item, from)| FeedbackRow {
                from: from
                    .map(|u| {
                        format!(
                            "{}, {}",
                            praxis_app::discussions::notify::labelled_name(
                                &user.ctx.layout.ui,
                                u.role,
                                &u.display_name
                            ),
                            u.organisation
                        )
                    })
                    .unwrap_or_default(),
                item,
            })
            .collect(),
        kind: params.kind,
        unanswered,
        tag: params.tag,
        layout: user.ctx.layout,
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AnswerForm {
    answer: String,
}

pub async fn answer(
    State(app): State<App>,
    user: PageUser,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<AnswerForm>,
) -> PageResult {
    let id = path_id(&id).map_err(|e| user.ctx.error(e))?;
    feedback::answer(&app, &user.auth, id, &form.answer)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(see_other("/admin/feedback?notice=feedback_answered"))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TagsForm {
    tags: String,
}

pub async fn tags(
    State(app): State<App>,
    user: PageUser,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<TagsForm>,
) -> PageResult {
    let id = path_id(&id).map_err(|e| user.ctx.error(e))?;
    let tags: Vec<String> = form
        .tags
        .split([',', ' '])
        .filter(|t| !t.trim().is_empty())
        .map(str::to_owned)
        .collect();
    feedback::set_tags(&app, &user.auth, id, &tags)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(see_other("/admin/feedback?notice=feedback_tagged"))
}
