//! Every route of Praxis, pages and API, in one place.

use crate::accounts::{api as accounts_api, pages as accounts_pages};
use crate::error::{ApiError, PageError};
use crate::extract::PageCtx;
use crate::security::{ensure_csrf_cookie, security_headers};
use crate::{health, static_files};
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::middleware;
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post, put};
use praxis_app::{App, AppError};
use std::time::Duration;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

pub fn router(app: App) -> Router {
    Router::new()
        .nest("/api/v1", api_routes())
        .merge(page_routes(&app))
        .route("/healthz", get(health::healthz))
        .route("/static/{*path}", get(static_files::serve))
        .layer(DefaultBodyLimit::max(app.config.security.max_body_bytes))
        .layer(CatchPanicLayer::custom(|_| panic_response()))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ))
        .layer(TraceLayer::new_for_http())
        .layer(middleware::from_fn(security_headers))
        .with_state(app)
}

/// API.md, one line per route.
fn api_routes() -> Router<App> {
    Router::new()
        // Accounts
        .route("/auth/register", post(accounts_api::register))
        .route("/auth/verify", post(accounts_api::verify))
        .route("/auth/login", post(accounts_api::login))
        .route("/auth/logout", post(accounts_api::logout))
        .route(
            "/auth/password-reset",
            post(accounts_api::request_password_reset),
        )
        .route(
            "/auth/password-reset/confirm",
            post(accounts_api::confirm_password_reset),
        )
        .route("/me", get(accounts_api::me))
        .route("/me/profile", put(accounts_api::update_profile))
        .route("/me/password", put(accounts_api::change_password))
        .route("/usage-code", get(accounts_api::usage_code))
        .route("/usage-code/accept", post(accounts_api::accept_usage_code))
        .route("/admin/usage-code", put(accounts_api::publish_usage_code))
        .route("/admin/registrations", get(accounts_api::registrations))
        .route(
            "/admin/registrations/{id}/approve",
            post(accounts_api::approve_registration),
        )
        .route(
            "/admin/registrations/{id}/reject",
            post(accounts_api::reject_registration),
        )
        .route(
            "/admin/buyer-domains",
            get(accounts_api::buyer_domains).post(accounts_api::add_buyer_domain),
        )
        .route(
            "/admin/buyer-domains/{domain}",
            delete(accounts_api::remove_buyer_domain),
        )
        .route("/admin/users", get(accounts_api::users))
        .route("/admin/users/{id}/suspend", post(accounts_api::suspend))
        .route("/admin/users/{id}/unsuspend", post(accounts_api::unsuspend))
        .fallback(api_not_found)
        .method_not_allowed_fallback(api_method_not_allowed)
}

/// The HTML pages.
fn page_routes(app: &App) -> Router<App> {
    Router::new()
        .route("/", get(accounts_pages::home))
        .route(
            "/register",
            get(accounts_pages::register_form).post(accounts_pages::register),
        )
        .route("/register/check-mail", get(accounts_pages::check_mail))
        .route("/verify", get(accounts_pages::verify))
        .route("/pending", get(accounts_pages::pending))
        .route(
            "/login",
            get(accounts_pages::login_form).post(accounts_pages::login),
        )
        .route("/logout", post(accounts_pages::logout))
        .route(
            "/password-reset",
            get(accounts_pages::password_reset_form).post(accounts_pages::password_reset),
        )
        .route(
            "/password-reset/confirm",
            get(accounts_pages::password_reset_confirm_form)
                .post(accounts_pages::password_reset_confirm),
        )
        .route("/usage-code", get(accounts_pages::usage_code))
        .route(
            "/usage-code/accept",
            post(accounts_pages::accept_usage_code),
        )
        .route(
            "/me/profile",
            get(accounts_pages::profile_form).post(accounts_pages::profile),
        )
        .route(
            "/me/password",
            get(accounts_pages::password_form).post(accounts_pages::password),
        )
        .route("/admin/registrations", get(accounts_pages::registrations))
        .route(
            "/admin/registrations/{id}/approve",
            post(accounts_pages::approve_registration),
        )
        .route(
            "/admin/registrations/{id}/reject",
            post(accounts_pages::reject_registration),
        )
        .route(
            "/admin/buyer-domains",
            get(accounts_pages::buyer_domains).post(accounts_pages::add_buyer_domain),
        )
        .route(
            "/admin/buyer-domains/{domain}/delete",
            post(accounts_pages::remove_buyer_domain),
        )
        .route(
            "/admin/usage-code",
            get(accounts_pages::admin_usage_code).post(accounts_pages::publish_usage_code),
        )
        .route("/admin/users", get(accounts_pages::users))
        .route("/admin/users/{id}/suspend", post(accounts_pages::suspend))
        .route(
            "/admin/users/{id}/unsuspend",
            post(accounts_pages::unsuspend),
        )
        .fallback(page_not_found)
        .layer(middleware::from_fn_with_state(
            app.clone(),
            ensure_csrf_cookie,
        ))
}

async fn api_not_found() -> ApiError {
    ApiError(AppError::NotFound)
}

async fn api_method_not_allowed() -> Response {
    let body = serde_json::json!({ "error": {
        "code": "method_not_allowed",
        "message": "This route does not take this HTTP method.",
    }});
    (StatusCode::METHOD_NOT_ALLOWED, axum::Json(body)).into_response()
}

async fn page_not_found(ctx: PageCtx) -> PageError {
    ctx.error(AppError::NotFound)
}

fn panic_response() -> Response {
    let body = serde_json::json!({ "error": {
        "code": "internal_error",
        "message": "Something went wrong on our side. It has been logged; please try again.",
    }});
    (StatusCode::INTERNAL_SERVER_ERROR, axum::Json(body)).into_response()
}
