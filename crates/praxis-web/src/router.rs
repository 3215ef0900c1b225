//! Every route of Praxis, pages and API, in one place.

use crate::accounts::{api as accounts_api, pages as accounts_pages};
use crate::communities::{api as communities_api, pages as communities_pages};
use crate::discussions::{api as discussions_api, pages as discussions_pages};
use crate::documents::{api as documents_api, pages as documents_pages};
use crate::error::{ApiError, PageError};
use crate::extract::PageCtx;
use crate::invitations::{api as invitations_api, pages as invitations_pages};
use crate::moderation::{api as moderation_api, pages as moderation_pages};
use crate::people::{api as people_api, pages as people_pages};
use crate::search::{api as search_api, pages as search_pages};
use crate::security::{ensure_csrf_cookie, security_headers};
use crate::{health, static_files};
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::handler::Handler;
use axum::http::StatusCode;
use axum::middleware;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{delete, get, patch, post, put};
use praxis_app::{App, AppError};
use std::time::Duration;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

pub fn router(app: App) -> Router {
    // Uploads may be larger than other bodies; the blob upload enforces the
    // exact limit (413) while streaming.
    let upload_limit = DefaultBodyLimit::max(
        usize::try_from(app.config.documents.max_upload_bytes)
            .unwrap_or(usize::MAX)
            .saturating_add(1024 * 1024),
    );
    Router::new()
        .nest("/api/v1", api_routes(upload_limit))
        .merge(page_routes(&app, upload_limit))
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
fn api_routes(upload_limit: DefaultBodyLimit) -> Router<App> {
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
        // Communities
        .route(
            "/communities",
            get(communities_api::list).post(communities_api::create),
        )
        .route(
            "/communities/{slug}",
            get(communities_api::show).patch(communities_api::update),
        )
        .route("/communities/{slug}/members", get(communities_api::members))
        .route(
            "/communities/{slug}/members/{user_id}",
            delete(communities_api::remove_member),
        )
        .route("/communities/{slug}/join", post(communities_api::join))
        .route("/communities/{slug}/leave", post(communities_api::leave))
        .route(
            "/communities/{slug}/requests",
            get(communities_api::requests),
        )
        .route(
            "/communities/{slug}/requests/{user_id}/approve",
            post(communities_api::approve_request),
        )
        .route(
            "/communities/{slug}/requests/{user_id}/reject",
            post(communities_api::reject_request),
        )
        .route(
            "/communities/{slug}/managers/{user_id}",
            put(communities_api::appoint_manager).delete(communities_api::remove_manager),
        )
        .route(
            "/communities/{slug}/subscribe",
            post(communities_api::follow).delete(communities_api::unfollow),
        )
        .route(
            "/communities/{slug}/invitations",
            get(invitations_api::list).post(invitations_api::invite),
        )
        .route(
            "/communities/{slug}/invitations/{id}",
            delete(invitations_api::revoke),
        )
        .route("/invitations/{token}", get(invitations_api::show))
        .route("/invitations/{token}/accept", post(invitations_api::accept))
        // Discussions and questions
        .route(
            "/communities/{slug}/threads",
            get(discussions_api::list).post(discussions_api::create),
        )
        .route("/threads/{id}", get(discussions_api::show))
        .route("/threads/{id}/posts", post(discussions_api::reply))
        .route(
            "/threads/{id}/accept",
            post(discussions_api::accept).delete(discussions_api::unaccept),
        )
        .route(
            "/threads/{id}/subscribe",
            post(discussions_api::subscribe).delete(discussions_api::unsubscribe),
        )
        .route(
            "/posts/{id}",
            patch(discussions_api::edit).delete(discussions_api::delete_post),
        )
        .route("/posts/{id}/history", get(discussions_api::history))
        .route(
            "/posts/{id}/reactions",
            post(discussions_api::react).delete(discussions_api::unreact),
        )
        .route("/feed", get(discussions_api::feed))
        .route("/notifications", get(discussions_api::notifications))
        .route("/notifications/read", post(discussions_api::mark_read))
        .route(
            "/me/notification-settings",
            get(discussions_api::get_notification_settings)
                .put(discussions_api::notification_settings),
        )
        .route("/taxonomy/expertise", get(discussions_api::taxonomy))
        // Documents
        .route(
            "/communities/{slug}/documents",
            get(documents_api::library).post(documents_api::create.layer(upload_limit)),
        )
        .route("/documents/{id}", get(documents_api::show))
        .route(
            "/documents/{id}/versions",
            post(documents_api::add_version).layer(upload_limit),
        )
        .route("/documents/{id}/download", get(documents_api::download))
        // Search and people
        .route("/search", get(search_api::search))
        .route("/people", get(people_api::directory))
        .route("/people/{id}", get(people_api::profile))
        // Moderation
        .route("/posts/{id}/hide", post(moderation_api::hide))
        .route("/posts/{id}/restore", post(moderation_api::restore))
        .route("/threads/{id}/lock", post(moderation_api::lock))
        .route("/threads/{id}/unlock", post(moderation_api::unlock))
        .route("/threads/{id}/pin", post(moderation_api::pin))
        .route("/threads/{id}/unpin", post(moderation_api::unpin))
        .route("/threads/{id}/move", post(moderation_api::move_thread))
        .route("/moderation/audit-log", get(moderation_api::audit_log))
        .route("/moderation/queue", get(moderation_api::queue))
        .route("/posts/{id}/flags", post(moderation_api::flag_post))
        .route(
            "/moderation/flags/{id}/resolve",
            post(moderation_api::resolve_flag),
        )
        .fallback(api_not_found)
        .method_not_allowed_fallback(api_method_not_allowed)
}

/// The HTML pages.
fn page_routes(app: &App, upload_limit: DefaultBodyLimit) -> Router<App> {
    Router::new()
        .route("/", get(discussions_pages::home))
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
        // Communities
        .route(
            "/communities",
            get(communities_pages::directory).post(communities_pages::create),
        )
        .route("/communities/new", get(communities_pages::new_form))
        .route("/communities/{slug}", get(communities_pages::show))
        .route("/communities/{slug}/join", post(communities_pages::join))
        .route("/communities/{slug}/leave", post(communities_pages::leave))
        .route(
            "/communities/{slug}/follow",
            post(communities_pages::follow),
        )
        .route(
            "/communities/{slug}/members",
            get(communities_pages::members),
        )
        .route(
            "/communities/{slug}/managers/{user_id}/{action}",
            post(communities_pages::set_manager),
        )
        .route(
            "/communities/{slug}/requests",
            get(communities_pages::requests),
        )
        .route(
            "/communities/{slug}/requests/{user_id}/{action}",
            post(communities_pages::decide_request),
        )
        .route(
            "/communities/{slug}/members/{user_id}/remove",
            post(communities_pages::remove_member),
        )
        .route(
            "/communities/{slug}/settings",
            get(communities_pages::settings_form).post(communities_pages::settings),
        )
        .route(
            "/communities/{slug}/invitations",
            get(invitations_pages::index).post(invitations_pages::invite),
        )
        .route(
            "/communities/{slug}/invitations/{id}/revoke",
            post(invitations_pages::revoke),
        )
        .route(
            "/invitations/{token}",
            get(invitations_pages::landing).post(invitations_pages::accept),
        )
        // Discussions and questions
        .route(
            "/communities/{slug}/threads/new",
            get(discussions_pages::new_thread_form),
        )
        .route(
            "/communities/{slug}/threads",
            post(discussions_pages::create_thread),
        )
        .route("/unanswered", get(discussions_pages::unanswered))
        .route("/threads/{id}", get(discussions_pages::thread))
        .route("/threads/{id}/posts", post(discussions_pages::reply))
        .route("/threads/{id}/accept", post(discussions_pages::accept))
        .route("/threads/{id}/follow", post(discussions_pages::follow))
        .route("/posts/{id}/helpful", post(discussions_pages::react))
        .route(
            "/posts/{id}/edit",
            get(discussions_pages::edit_form).post(discussions_pages::edit),
        )
        .route("/posts/{id}/history", get(discussions_pages::history))
        .route("/posts/{id}/delete", post(discussions_pages::delete_post))
        // Documents
        .route(
            "/communities/{slug}/documents",
            get(documents_pages::library).post(documents_pages::create.layer(upload_limit)),
        )
        .route(
            "/communities/{slug}/documents/new",
            get(documents_pages::new_form),
        )
        .route("/documents/{id}", get(documents_pages::show))
        .route(
            "/documents/{id}/versions",
            post(documents_pages::add_version).layer(upload_limit),
        )
        // Search and people
        .route("/search", get(search_pages::results))
        .route("/people", get(people_pages::directory))
        .route("/people/{id}", get(people_pages::profile))
        // Moderation
        .route("/posts/{id}/hide", post(moderation_pages::hide))
        .route("/posts/{id}/restore", post(moderation_pages::restore))
        .route("/threads/{id}/flags", post(moderation_pages::flag))
        .route("/threads/{id}/move", post(moderation_pages::move_thread))
        .route("/moderation/audit-log", get(moderation_pages::audit_log))
        .route("/moderation/queue", get(moderation_pages::queue))
        .route("/posts/{id}/flags", post(moderation_pages::flag_post))
        .route(
            "/moderation/flags/{id}/resolve",
            post(moderation_pages::resolve_flag),
        )
        .route("/notifications", get(discussions_pages::notifications))
        .route("/notifications/read", post(discussions_pages::mark_read))
        .route(
            "/me/notifications",
            get(|| async { Redirect::to("/notifications#mail") }).post(discussions_pages::settings),
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
