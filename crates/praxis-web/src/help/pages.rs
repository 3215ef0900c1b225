//! `/help`, `/help/{slug}` and the one-click answer to "was this page
//! useful?".

use crate::error::{PageError, render};
use crate::extract::{CsrfForm, PageCtx, PageUser};
use crate::layout::Layout;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use praxis_app::{App, AppError, help};
use serde::Deserialize;

type PageResult = Result<Response, PageError>;

#[derive(Template)]
#[template(path = "help/index.html")]
struct IndexPage {
    layout: Layout,
    pages: &'static [help::HelpPage],
}

pub async fn index(ctx: PageCtx) -> PageResult {
    Ok(render(&IndexPage {
        layout: ctx.layout,
        pages: help::PAGES,
    }))
}

#[derive(Template)]
#[template(path = "help/page.html")]
struct HelpPageView {
    layout: Layout,
    page: &'static help::HelpPage,
    body_html: String,
    signed_in: bool,
}

pub async fn show(ctx: PageCtx, Path(slug): Path<String>) -> PageResult {
    let Some(page) = help::find(&slug) else {
        return Err(ctx.error(AppError::NotFound));
    };
    Ok(render(&HelpPageView {
        signed_in: ctx.auth().is_some(),
        body_html: page.html(ctx.layout.ui.code()),
        page,
        layout: ctx.layout,
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct VoteForm {
    useful: String,
}

pub async fn vote(
    State(app): State<App>,
    user: PageUser,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<VoteForm>,
) -> PageResult {
    help::vote(&app, &user.auth, &slug, form.useful == "yes")
        .await
        .map_err(|e| user.ctx.error(e))?;
    let slug = help::find(&slug).map_or("", |p| p.slug);
    Ok(Redirect::to(&format!("/help/{slug}?notice=help_vote_saved#useful")).into_response())
}
