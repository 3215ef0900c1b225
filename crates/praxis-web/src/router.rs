//! Every route of Praxis, pages and API, in one place.

use crate::accounts::{api as accounts_api, pages as accounts_pages};
use crate::communities::{api as communities_api, pages as communities_pages};
use crate::discussions::{api as discussions_api, pages as discussions_pages};
use crate::documents::{api as documents_api, pages as documents_pages};
use crate::error::{ApiError, PageError};
use crate::events::{api as events_api, pages as events_pages};
use crate::expertise::{api as expertise_api, pages as expertise_pages};
use crate::extract::PageCtx;
use crate::feedback::{api as feedback_api, pages as feedback_pages};
use crate::help::{api as help_api, pages as help_pages};
use crate::helpdesk::{api as helpdesk_api, pages as helpdesk_pages};
use crate::indicators::{api as indicators_api, pages as indicators_pages};
use crate::invitations::{api as invitations_api, pages as invitations_pages};
use crate::moderation::{api as moderation_api, pages as moderation_pages};
use crate::people::{api as people_api, pages as people_pages};
use crate::route_table::{RouteEntry, RouteTable};
use crate::search::{api as search_api, pages as search_pages};
use crate::security::{ensure_csrf_cookie, security_headers};
use crate::{health, static_files};
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::handler::Handler;
use axum::http::StatusCode;
use axum::middleware;
use axum::response::{IntoResponse, Redirect, Response};
use praxis_app::{App, AppError};
use std::time::Duration;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

pub fn router(app: App) -> Router {
    build(&app).0
}

/// Every method and path the router serves, pages and API.
pub fn route_table(app: &App) -> Vec<RouteEntry> {
    build(app).1
}

fn build(app: &App) -> (Router, Vec<RouteEntry>) {
    // Uploads may be larger than other bodies; the blob upload enforces the
    // exact limit (413) while streaming.
    let upload_limit = DefaultBodyLimit::max(
        usize::try_from(app.config.documents.max_upload_bytes)
            .unwrap_or(usize::MAX)
            .saturating_add(1024 * 1024),
    );
    let api = api_routes(RouteTable::new("/api/v1"), upload_limit);
    let pages = page_routes(RouteTable::new(""), upload_limit);
    // Outside the page layer: calendar applications carry no cookies.
    let operations = RouteTable::new("")
        .get("/healthz", health::healthz)
        .get("/calendar/{token}", events_api::calendar)
        .get("/metrics", crate::metrics::metrics)
        .get("/static/{*path}", static_files::serve)
        .get("/theme.css", crate::theme::stylesheet)
        .get("/logo", crate::theme::logo);
    let listed = [&api.listed, &pages.listed, &operations.listed]
        .into_iter()
        .flatten()
        .cloned()
        .collect();
    let record = || middleware::from_fn_with_state(app.clone(), crate::metrics::record);
    let router = Router::new()
        .nest(
            "/api/v1",
            api.router
                .route_layer(record())
                .fallback(api_not_found)
                .method_not_allowed_fallback(api_method_not_allowed),
        )
        .merge(
            pages
                .router
                .route_layer(record())
                .fallback(page_not_found)
                .layer(middleware::from_fn_with_state(
                    app.clone(),
                    ensure_csrf_cookie,
                )),
        )
        .merge(operations.router.route_layer(record()))
        // API errors' messages in the request's language (pages have theirs).
        .layer(middleware::from_fn_with_state(
            app.clone(),
            crate::error::localise_api_errors,
        ))
        .layer(DefaultBodyLimit::max(app.config.security.max_body_bytes))
        .layer(CatchPanicLayer::custom(|_| panic_response()))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ))
        .layer(TraceLayer::new_for_http())
        .layer(middleware::from_fn(security_headers))
        .with_state(app.clone());
    (router, listed)
}

/// API.md, one line per route.
fn api_routes(routes: RouteTable, upload_limit: DefaultBodyLimit) -> RouteTable {
    routes
        // Accounts
        .post("/auth/register", accounts_api::register)
        .post("/auth/verify", accounts_api::verify)
        .post("/auth/login", accounts_api::login)
        .post("/auth/logout", accounts_api::logout)
        .post("/auth/password-reset", accounts_api::request_password_reset)
        .post(
            "/auth/password-reset/confirm",
            accounts_api::confirm_password_reset,
        )
        .get("/me", accounts_api::me)
        .put("/me/profile", accounts_api::update_profile)
        .put("/me/password", accounts_api::change_password)
        .get("/usage-code", accounts_api::usage_code)
        .post("/usage-code/accept", accounts_api::accept_usage_code)
        .put("/admin/usage-code", accounts_api::publish_usage_code)
        .get("/admin/registrations", accounts_api::registrations)
        .post(
            "/admin/registrations/{id}/approve",
            accounts_api::approve_registration,
        )
        .post(
            "/admin/registrations/{id}/reject",
            accounts_api::reject_registration,
        )
        .get("/admin/buyer-domains", accounts_api::buyer_domains)
        .post("/admin/buyer-domains", accounts_api::add_buyer_domain)
        .delete(
            "/admin/buyer-domains/{domain}",
            accounts_api::remove_buyer_domain,
        )
        .get("/admin/users", accounts_api::users)
        .post("/admin/users/{id}/suspend", accounts_api::suspend)
        .post("/admin/users/{id}/unsuspend", accounts_api::unsuspend)
        // Communities
        .get("/communities", communities_api::list)
        .post("/communities", communities_api::create)
        .get("/communities/{slug}", communities_api::show)
        .patch("/communities/{slug}", communities_api::update)
        .get("/communities/{slug}/members", communities_api::members)
        .delete(
            "/communities/{slug}/members/{user_id}",
            communities_api::remove_member,
        )
        .post("/communities/{slug}/join", communities_api::join)
        .post("/communities/{slug}/leave", communities_api::leave)
        .get("/communities/{slug}/requests", communities_api::requests)
        .post(
            "/communities/{slug}/requests/{user_id}/approve",
            communities_api::approve_request,
        )
        .post(
            "/communities/{slug}/requests/{user_id}/reject",
            communities_api::reject_request,
        )
        .put(
            "/communities/{slug}/managers/{user_id}",
            communities_api::appoint_manager,
        )
        .delete(
            "/communities/{slug}/managers/{user_id}",
            communities_api::remove_manager,
        )
        .post("/communities/{slug}/subscribe", communities_api::follow)
        .delete("/communities/{slug}/subscribe", communities_api::unfollow)
        .get("/communities/{slug}/invitations", invitations_api::list)
        .post("/communities/{slug}/invitations", invitations_api::invite)
        .delete(
            "/communities/{slug}/invitations/{id}",
            invitations_api::revoke,
        )
        .get("/invitations/{token}", invitations_api::show)
        .post("/invitations/{token}/accept", invitations_api::accept)
        // Discussions and questions
        .get("/communities/{slug}/threads", discussions_api::list)
        .post("/communities/{slug}/threads", discussions_api::create)
        .get("/threads/{id}", discussions_api::show)
        .post("/threads/{id}/posts", discussions_api::reply)
        .post("/threads/{id}/accept", discussions_api::accept)
        .delete("/threads/{id}/accept", discussions_api::unaccept)
        .post("/threads/{id}/subscribe", discussions_api::subscribe)
        .delete("/threads/{id}/subscribe", discussions_api::unsubscribe)
        .patch("/posts/{id}", discussions_api::edit)
        .delete("/posts/{id}", discussions_api::delete_post)
        .get("/posts/{id}/history", discussions_api::history)
        .post("/posts/{id}/reactions", discussions_api::react)
        .delete("/posts/{id}/reactions", discussions_api::unreact)
        .get("/feed", discussions_api::feed)
        .get("/notifications", discussions_api::notifications)
        .post("/notifications/read", discussions_api::mark_read)
        .get(
            "/me/notification-settings",
            discussions_api::get_notification_settings,
        )
        .put(
            "/me/notification-settings",
            discussions_api::notification_settings,
        )
        .get("/taxonomy/expertise", discussions_api::taxonomy)
        // Documents
        .get("/communities/{slug}/documents", documents_api::library)
        .post(
            "/communities/{slug}/documents",
            documents_api::create.layer(upload_limit),
        )
        .get("/documents/{id}", documents_api::show)
        .post(
            "/documents/{id}/versions",
            documents_api::add_version.layer(upload_limit),
        )
        .get("/documents/{id}/download", documents_api::download)
        // Search and people
        .get("/search", search_api::search)
        .get("/people", people_api::directory)
        .get("/people/{id}", people_api::profile)
        // Verified answers and asking experts
        .get("/admin/experts", expertise_api::experts)
        .put("/admin/experts/{user_id}", expertise_api::designate)
        .delete("/admin/experts/{user_id}", expertise_api::undesignate)
        .post("/posts/{id}/verification", expertise_api::verify)
        .delete("/posts/{id}/verification", expertise_api::unverify)
        .post("/threads/{id}/expert-requests", expertise_api::ask)
        .get(
            "/threads/{id}/expert-suggestions",
            expertise_api::suggestions,
        )
        .get(
            "/communities/{slug}/verified-answers",
            expertise_api::verified,
        )
        // Helpdesk
        .get("/helpdesk/questions", helpdesk_api::list)
        .post("/helpdesk/questions", helpdesk_api::ask)
        .get("/helpdesk/questions/{id}", helpdesk_api::show)
        .post("/helpdesk/questions/{id}/answer", helpdesk_api::answer)
        .post("/helpdesk/questions/{id}/publish", helpdesk_api::publish)
        .post("/helpdesk/questions/{id}/close", helpdesk_api::close)
        // Feedback
        .post("/feedback", feedback_api::submit)
        .get("/feedback", feedback_api::list)
        .get("/me/feedback", feedback_api::mine)
        .post("/feedback/{id}/answer", feedback_api::answer)
        .put("/feedback/{id}/tags", feedback_api::tags)
        .post("/help/{slug}/useful", help_api::vote)
        .get("/help/usefulness", help_api::usefulness)
        // Monitoring
        .get("/indicators", indicators_api::json)
        .get("/indicators.csv", indicators_api::csv)
        // Events
        .get("/events", events_api::list)
        .post("/events", events_api::create)
        .get("/events/{id}", events_api::show)
        .post("/events/{id}/rsvp", events_api::rsvp)
        .get("/events/{id}/attendees", events_api::attendees)
        .get("/events/{id}/attendees.csv", events_api::attendees_csv)
        .post("/events/{id}/cancel", events_api::cancel)
        .post("/events/{id}/documents", events_api::attach_document)
        .get("/me/calendar-feed", events_api::calendar_feed)
        .post("/me/calendar-feed", events_api::new_calendar_feed)
        .delete("/me/calendar-feed", events_api::revoke_calendar_feed)
        // Moderation
        .post("/posts/{id}/hide", moderation_api::hide)
        .post("/posts/{id}/restore", moderation_api::restore)
        .post("/threads/{id}/lock", moderation_api::lock)
        .post("/threads/{id}/unlock", moderation_api::unlock)
        .post("/threads/{id}/pin", moderation_api::pin)
        .post("/threads/{id}/unpin", moderation_api::unpin)
        .post("/threads/{id}/move", moderation_api::move_thread)
        .get("/moderation/audit-log", moderation_api::audit_log)
        .get("/moderation/queue", moderation_api::queue)
        .get("/moderation/alerts", moderation_api::alerts)
        .post(
            "/moderation/alerts/{id}/dismiss",
            moderation_api::dismiss_alert,
        )
        .post("/posts/{id}/flags", moderation_api::flag_post)
        .post(
            "/moderation/flags/{id}/resolve",
            moderation_api::resolve_flag,
        )
}

/// The HTML pages.
fn page_routes(routes: RouteTable, upload_limit: DefaultBodyLimit) -> RouteTable {
    routes
        .get("/", discussions_pages::home)
        .get("/register", accounts_pages::register_form)
        .post("/register", accounts_pages::register)
        .get("/register/check-mail", accounts_pages::check_mail)
        .get("/verify", accounts_pages::verify)
        .get("/pending", accounts_pages::pending)
        .get("/login", accounts_pages::login_form)
        .post("/login", accounts_pages::login)
        .post("/logout", accounts_pages::logout)
        .get("/password-reset", accounts_pages::password_reset_form)
        .post("/password-reset", accounts_pages::password_reset)
        .get(
            "/password-reset/confirm",
            accounts_pages::password_reset_confirm_form,
        )
        .post(
            "/password-reset/confirm",
            accounts_pages::password_reset_confirm,
        )
        .get("/usage-code", accounts_pages::usage_code)
        .post("/usage-code/accept", accounts_pages::accept_usage_code)
        .get("/me/profile", accounts_pages::profile_form)
        .post("/me/profile", accounts_pages::profile)
        .get("/me/password", accounts_pages::password_form)
        .post("/me/password", accounts_pages::password)
        .get("/admin/registrations", accounts_pages::registrations)
        .post(
            "/admin/registrations/{id}/approve",
            accounts_pages::approve_registration,
        )
        .post(
            "/admin/registrations/{id}/reject",
            accounts_pages::reject_registration,
        )
        .get("/admin/buyer-domains", accounts_pages::buyer_domains)
        .post("/admin/buyer-domains", accounts_pages::add_buyer_domain)
        .post(
            "/admin/buyer-domains/{domain}/delete",
            accounts_pages::remove_buyer_domain,
        )
        .get("/admin/usage-code", accounts_pages::admin_usage_code)
        .post("/admin/usage-code", accounts_pages::publish_usage_code)
        .get("/admin/users", accounts_pages::users)
        .post("/admin/users/{id}/suspend", accounts_pages::suspend)
        .post("/admin/users/{id}/unsuspend", accounts_pages::unsuspend)
        // Communities
        .get("/communities", communities_pages::directory)
        .post("/communities", communities_pages::create)
        .get("/communities/new", communities_pages::new_form)
        .get("/communities/{slug}", communities_pages::show)
        .post("/communities/{slug}/join", communities_pages::join)
        .post("/communities/{slug}/leave", communities_pages::leave)
        .post("/communities/{slug}/follow", communities_pages::follow)
        .get("/communities/{slug}/members", communities_pages::members)
        .post(
            "/communities/{slug}/managers/{user_id}/{action}",
            communities_pages::set_manager,
        )
        .get("/communities/{slug}/requests", communities_pages::requests)
        .post(
            "/communities/{slug}/requests/{user_id}/{action}",
            communities_pages::decide_request,
        )
        .post(
            "/communities/{slug}/members/{user_id}/remove",
            communities_pages::remove_member,
        )
        .get(
            "/communities/{slug}/settings",
            communities_pages::settings_form,
        )
        .post("/communities/{slug}/settings", communities_pages::settings)
        .get("/communities/{slug}/invitations", invitations_pages::index)
        .post("/communities/{slug}/invitations", invitations_pages::invite)
        .post(
            "/communities/{slug}/invitations/{id}/revoke",
            invitations_pages::revoke,
        )
        .get("/invitations/{token}", invitations_pages::landing)
        .post("/invitations/{token}", invitations_pages::accept)
        // Discussions and questions
        .get(
            "/communities/{slug}/threads/new",
            discussions_pages::new_thread_form,
        )
        .post(
            "/communities/{slug}/threads",
            discussions_pages::create_thread,
        )
        .get("/unanswered", discussions_pages::unanswered)
        .get("/threads/{id}", discussions_pages::thread)
        .post("/threads/{id}/posts", discussions_pages::reply)
        .post("/threads/{id}/accept", discussions_pages::accept)
        .post("/threads/{id}/follow", discussions_pages::follow)
        .post("/posts/{id}/helpful", discussions_pages::react)
        .get("/posts/{id}/edit", discussions_pages::edit_form)
        .post("/posts/{id}/edit", discussions_pages::edit)
        .get("/posts/{id}/history", discussions_pages::history)
        .post("/posts/{id}/delete", discussions_pages::delete_post)
        // Documents
        .get("/communities/{slug}/documents", documents_pages::library)
        .post(
            "/communities/{slug}/documents",
            documents_pages::create.layer(upload_limit),
        )
        .get(
            "/communities/{slug}/documents/new",
            documents_pages::new_form,
        )
        .get("/documents/{id}", documents_pages::show)
        .post(
            "/documents/{id}/versions",
            documents_pages::add_version.layer(upload_limit),
        )
        // Search and people
        .get("/search", search_pages::results)
        .get("/people", people_pages::directory)
        .get("/people/{id}", people_pages::profile)
        // Verified answers and asking experts
        .get("/admin/experts", expertise_pages::experts)
        .post("/admin/experts", expertise_pages::designate)
        .post(
            "/admin/experts/{user_id}/delete",
            expertise_pages::undesignate,
        )
        .post("/posts/{id}/verification", expertise_pages::verify)
        .post("/posts/{id}/verification/delete", expertise_pages::unverify)
        .post("/threads/{id}/expert-requests", expertise_pages::ask)
        .get(
            "/communities/{slug}/verified-answers",
            expertise_pages::verified,
        )
        // Helpdesk
        .get("/helpdesk", helpdesk_pages::index)
        .post("/helpdesk/questions", helpdesk_pages::ask)
        .get("/helpdesk/questions/{id}", helpdesk_pages::show)
        .post("/helpdesk/questions/{id}/answer", helpdesk_pages::answer)
        .post("/helpdesk/questions/{id}/publish", helpdesk_pages::publish)
        .post("/helpdesk/questions/{id}/close", helpdesk_pages::close)
        // Feedback
        .get("/feedback", feedback_pages::form)
        .post("/feedback", feedback_pages::submit)
        .get("/admin/feedback", feedback_pages::admin)
        .post("/admin/feedback/{id}/answer", feedback_pages::answer)
        .post("/admin/feedback/{id}/tags", feedback_pages::tags)
        // Help
        .post("/language", crate::language::switch)
        // Linked from every page's footer; the statement is a help page.
        .get("/accessibility", || async {
            Redirect::to("/help/accessibility")
        })
        .get("/help", help_pages::index)
        .get("/help/{slug}", help_pages::show)
        .post("/help/{slug}/useful", help_pages::vote)
        // Monitoring
        .get("/moderation/indicators", indicators_pages::dashboard)
        // Events
        .get("/events", events_pages::index)
        .post("/events", events_pages::create)
        .get("/events/new", events_pages::new_form)
        .get("/events/{id}", events_pages::show)
        .post("/events/{id}/rsvp", events_pages::rsvp)
        .get("/events/{id}/attendees", events_pages::attendees)
        .get("/events/{id}/attendees.csv", events_pages::attendees_csv)
        .post("/events/{id}/cancel", events_pages::cancel)
        .post("/events/{id}/documents", events_pages::attach_document)
        .get("/me/calendar", events_pages::calendar)
        .post("/me/calendar", events_pages::calendar_action)
        // Moderation
        .post("/posts/{id}/hide", moderation_pages::hide)
        .post("/posts/{id}/restore", moderation_pages::restore)
        .post("/threads/{id}/flags", moderation_pages::flag)
        .post("/threads/{id}/move", moderation_pages::move_thread)
        .get("/moderation/audit-log", moderation_pages::audit_log)
        .get("/moderation/queue", moderation_pages::queue)
        .post(
            "/moderation/alerts/{id}/dismiss",
            moderation_pages::dismiss_alert,
        )
        .post("/posts/{id}/flags", moderation_pages::flag_post)
        .post(
            "/moderation/flags/{id}/resolve",
            moderation_pages::resolve_flag,
        )
        .get("/notifications", discussions_pages::notifications)
        .post("/notifications/read", discussions_pages::mark_read)
        .get("/me/notifications", || async {
            Redirect::to("/notifications#mail")
        })
        .post("/me/notifications", discussions_pages::settings)
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
