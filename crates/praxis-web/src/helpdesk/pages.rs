//! The helpdesk's pages: ask a question and follow one's questions; for
//! the staff, the queue and each question's answer, publish and close forms.

use crate::error::{PageError, render};
use crate::extract::{CsrfForm, PageUser, path_id};
use crate::forms::{FormErrors, form_errors};
use crate::layout::Layout;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use praxis_app::App;
use praxis_app::helpdesk::{self, AskInput, PublishInput};
use praxis_domain::{Paging, Role};
use praxis_store::helpdesk::HelpdeskQuestion;
use serde::Deserialize;

type PageResult = Result<Response, PageError>;

fn see_other(location: &str) -> Response {
    Redirect::to(location).into_response()
}

pub struct QuestionRow {
    id: String,
    subject: String,
    status: String,
    asker: String,
    asker_guest: bool,
    created_at: chrono::DateTime<chrono::Utc>,
}

fn status_label(layout: &Layout, status: &str) -> String {
    match status {
        "open" => layout.t("helpdesk-status-open"),
        "answered" => layout.t("helpdesk-status-answered"),
        "published" => layout.t("helpdesk-status-published"),
        "closed" => layout.t("helpdesk-status-closed"),
        _ => layout.t("helpdesk-status-unknown"),
    }
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct AskForm {
    subject: String,
    body: String,
    private_details: String,
}

#[derive(Template)]
#[template(path = "helpdesk/index.html")]
struct IndexPage {
    layout: Layout,
    staff: bool,
    rows: Vec<QuestionRow>,
    status: String,
    form: AskForm,
    errors: FormErrors,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct IndexParams {
    status: String,
}

async fn index_page(
    app: &App,
    user: &PageUser,
    status: String,
    form: AskForm,
    errors: FormErrors,
) -> Result<IndexPage, PageError> {
    let staff = matches!(user.auth.user.role, Role::Helpdesk | Role::Admin);
    let page = helpdesk::list(
        app,
        &user.auth,
        Some(status.as_str()),
        Paging {
            page: 1,
            per_page: 100,
        },
    )
    .await
    .map_err(|e| user.ctx.error(e))?;
    Ok(IndexPage {
        layout: user.ctx.layout.clone(),
        staff,
        rows: page
            .items
            .iter()
            .map(|(q, asker)| QuestionRow {
                id: q.id.to_string(),
                subject: q.subject.clone(),
                status: status_label(&user.ctx.layout, &q.status),
                asker: asker
                    .as_ref()
                    .map(|u| u.display_name.clone())
                    .unwrap_or_default(),
                asker_guest: asker.as_ref().is_some_and(|u| u.role == Role::Guest),
                created_at: q.created_at,
            })
            .collect(),
        status,
        form,
        errors,
    })
}

pub async fn index(
    State(app): State<App>,
    user: PageUser,
    Query(params): Query<IndexParams>,
) -> PageResult {
    let page = index_page(
        &app,
        &user,
        params.status,
        AskForm::default(),
        FormErrors::default(),
    )
    .await?;
    Ok(render(&page))
}

pub async fn ask(
    State(app): State<App>,
    user: PageUser,
    CsrfForm(form): CsrfForm<AskForm>,
) -> PageResult {
    let input = AskInput {
        subject: form.subject.clone(),
        body: form.body.clone(),
        private_details: form.private_details.clone(),
    };
    match helpdesk::ask(&app, &user.auth, input).await {
        Ok(question) => Ok(see_other(&format!(
            "/helpdesk/questions/{}?notice=helpdesk_asked",
            question.id
        ))),
        Err(error) => {
            let (status, errors) =
                form_errors(error, &user.ctx.layout.ui).map_err(|e| user.ctx.error(e))?;
            let page = index_page(&app, &user, String::new(), form, errors).await?;
            let mut response = render(&page);
            *response.status_mut() = status;
            Ok(response)
        }
    }
}

#[derive(Template)]
#[template(path = "helpdesk/question.html")]
struct QuestionPage {
    layout: Layout,
    q: HelpdeskQuestion,
    status: String,
    asker: String,
    asker_guest: bool,
    staff: bool,
    body_html: String,
}

pub async fn show(State(app): State<App>, user: PageUser, Path(id): Path<String>) -> PageResult {
    let id = path_id(&id).map_err(|e| user.ctx.error(e))?;
    let (q, asker) = helpdesk::show(&app, &user.auth, id)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(render(&QuestionPage {
        status: status_label(&user.ctx.layout, &q.status),
        asker_guest: asker.as_ref().is_some_and(|u| u.role == Role::Guest),
        asker: asker
            .map(|u| format!("{}, {}", u.display_name, u.organisation))
            .unwrap_or_default(),
        staff: matches!(user.auth.user.role, Role::Helpdesk | Role::Admin),
        body_html: praxis_domain::markdown::to_safe_html(&q.body),
        q,
        layout: user.ctx.layout,
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AnswerForm {
    body: String,
}

pub async fn answer(
    State(app): State<App>,
    user: PageUser,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<AnswerForm>,
) -> PageResult {
    let id = path_id(&id).map_err(|e| user.ctx.error(e))?;
    helpdesk::answer(&app, &user.auth, id, &form.body)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(see_other(&format!(
        "/helpdesk/questions/{id}?notice=helpdesk_answered"
    )))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PublishForm {
    community: String,
    /// A checkbox: present means anonymised.
    anonymise: Option<String>,
}

pub async fn publish(
    State(app): State<App>,
    user: PageUser,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<PublishForm>,
) -> PageResult {
    let id = path_id(&id).map_err(|e| user.ctx.error(e))?;
    let question = helpdesk::publish(
        &app,
        &user.auth,
        id,
        PublishInput {
            community: form.community,
            anonymise: form.anonymise.is_some(),
        },
    )
    .await
    .map_err(|e| user.ctx.error(e))?;
    match question.thread_id {
        Some(thread) => Ok(see_other(&format!(
            "/threads/{thread}?notice=helpdesk_published"
        ))),
        None => Ok(see_other(&format!("/helpdesk/questions/{id}"))),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CloseForm {
    post_id: String,
}

pub async fn close(
    State(app): State<App>,
    user: PageUser,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<CloseForm>,
) -> PageResult {
    let id = path_id(&id).map_err(|e| user.ctx.error(e))?;
    let post = match form.post_id.trim() {
        "" => None,
        raw => Some(path_id(raw).map_err(|e| user.ctx.error(e))?),
    };
    helpdesk::close(&app, &user.auth, id, post)
        .await
        .map_err(|e| user.ctx.error(e))?;
    Ok(see_other(&format!(
        "/helpdesk/questions/{id}?notice=helpdesk_closed"
    )))
}
