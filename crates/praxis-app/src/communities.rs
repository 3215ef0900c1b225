//! Communities: the directory, creating one, joining and leaving, join
//! requests decided by managers, appointing managers, following.

use crate::App;
use crate::accounts::AuthContext;
use crate::discussions::notify;
use crate::error::{AppError, AppResult, Validator};
use praxis_domain::markdown::to_safe_html;
use praxis_domain::policy::{self, Denied};
use praxis_domain::text::{bounded_text, single_line};
use praxis_domain::{
    CommunityId, CommunityKind, CommunityRole, Membership, PageOf, Paging, Role, Slug, UserId,
};
use praxis_store::StoreError;
use praxis_store::accounts as users_store;
use praxis_store::audit::{self, NewAuditEntry};
use praxis_store::communities::{
    self as store, Community, DirectoryFilter, JoinRequest, MemberRow,
};
use praxis_store::notifications::NotificationKind;
use std::collections::HashMap;

/// A community as one person sees it in lists.
#[derive(Debug, Clone)]
pub struct Listing {
    pub community: Community,
    pub my_role: Option<CommunityRole>,
    pub request_pending: bool,
}

/// A community's page header: what it is and what the viewer may do.
#[derive(Debug, Clone)]
pub struct CommunityView {
    pub community: Community,
    pub my_role: Option<CommunityRole>,
    pub request_pending: bool,
    pub following: bool,
    /// Whether the viewer sees threads and members.
    pub can_read: bool,
    pub can_moderate: bool,
}

pub struct NewCommunityInput {
    pub slug: String,
    pub name: String,
    pub kind: String,
    pub description: String,
    pub membership: String,
}

/// Loads a community the actor may at least know of. Guests only know the
/// communities they were invited into; everyone else sees the directory.
pub(crate) async fn visible_community(
    app: &App,
    auth: &AuthContext,
    slug: &str,
) -> AppResult<(Community, Option<CommunityRole>)> {
    let community = community_by_slug(app, slug.trim())
        .await?
        .ok_or(AppError::NotFound)?;
    let role = auth.role_in(community.id);
    if auth.user.role == Role::Guest && role.is_none() {
        return Err(AppError::NotFound);
    }
    Ok((community, role))
}

/// A community by slug, through the short-lived caches.
async fn community_by_slug(app: &App, slug: &str) -> AppResult<Option<Community>> {
    if let Some(id) = app.caches.community_id(slug)
        && let Some(community) = app.caches.community(id)
    {
        return Ok(Some((*community).clone()));
    }
    let ticket = app.caches.ticket();
    let Some(community) = store::find_by_slug(&app.db, slug).await? else {
        return Ok(None);
    };
    app.caches.put_community_id(&community.slug, community.id);
    Ok(Some((*app.caches.put_community(ticket, community)).clone()))
}

/// Loads a community whose content the actor may read, else "not found".
pub(crate) async fn readable_community(
    app: &App,
    auth: &AuthContext,
    slug: &str,
) -> AppResult<(Community, Option<CommunityRole>)> {
    let (community, role) = visible_community(app, auth, slug).await?;
    if !policy::may_read_community(&auth.actor, role) {
        return Err(AppError::NotFound);
    }
    Ok((community, role))
}

pub async fn create(
    app: &App,
    auth: &AuthContext,
    input: NewCommunityInput,
) -> AppResult<Community> {
    policy::may_create_community(&auth.actor)?;
    let mut v = Validator::default();
    let slug = v.check(Slug::parse(&input.slug));
    let name = v.check(single_line("name", &input.name, 3, 120));
    let kind = v.check(CommunityKind::parse_field(&input.kind));
    let description = v.check(bounded_text("description", &input.description, 0, 5000));
    let membership = v.check(Membership::parse_field(
        if input.membership.trim().is_empty() {
            "open"
        } else {
            &input.membership
        },
    ));
    v.finish()?;
    let (Some(slug), Some(name), Some(kind), Some(description), Some(membership)) =
        (slug, name, kind, description, membership)
    else {
        return Err(AppError::Internal(anyhow::anyhow!(
            "validated input missing"
        )));
    };
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    let community = match store::insert(
        &txn,
        store::NewCommunity {
            slug: slug.as_str(),
            name: &name,
            kind,
            description: &description,
            description_html: &to_safe_html(&description),
            membership,
            created_by: Some(auth.user.id),
        },
    )
    .await
    {
        Ok(community) => community,
        Err(StoreError::Conflict(_)) => {
            return Err(AppError::conflict(
                "slug_taken",
                format!(
                    "The address {} is taken by another community.",
                    slug.as_str()
                ),
            )
            .with_arg("slug", slug.as_str()));
        }
        Err(other) => return Err(other.into()),
    };
    store::set_member(&txn, community.id, auth.user.id, CommunityRole::Manager).await?;
    audit::record(
        &txn,
        NewAuditEntry {
            actor_id: Some(auth.user.id),
            action: "community_created",
            target_type: "community",
            target_id: community.slug.clone(),
            community_id: Some(community.id.0),
            reason: "",
            details: serde_json::json!({}),
        },
    )
    .await?;
    txn.commit().await.map_err(StoreError::from)?;
    // The creator manages it now: their cached session must say so at once.
    app.forget_user(auth.user.id);
    Ok(store::find(&app.db, community.id)
        .await?
        .unwrap_or(community))
}

#[derive(Debug, Default, Clone)]
pub struct DirectoryQuery {
    pub kind: Option<String>,
    pub text: Option<String>,
    /// Only the communities the viewer belongs to.
    pub joined: bool,
}

/// The directory of communities a member may discover.
pub async fn directory(
    app: &App,
    auth: &AuthContext,
    query: DirectoryQuery,
    paging: Paging,
) -> AppResult<PageOf<Listing>> {
    let kind = match query.kind.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(k) => Some(CommunityKind::parse_field(k)?),
    };
    let roles = auth.roles.clone();
    let only = (query.joined || auth.user.role == Role::Guest)
        .then(|| roles.keys().copied().collect::<Vec<_>>());
    let page = store::list(
        &app.db,
        &DirectoryFilter {
            kind,
            text: query.text,
            only,
        },
        paging,
    )
    .await?;
    let mut listings = Vec::with_capacity(page.items.len());
    for community in &page.items {
        let request_pending = community.membership == Membership::Approval
            && !roles.contains_key(&community.id)
            && pending_request(app, community.id, auth.user.id).await?;
        listings.push(request_pending);
    }
    let mut flags = listings.into_iter();
    Ok(page.map(|community| Listing {
        my_role: roles.get(&community.id).copied(),
        request_pending: flags.next().unwrap_or(false),
        community,
    }))
}

async fn pending_request(app: &App, community: CommunityId, user: UserId) -> AppResult<bool> {
    Ok(store::find_request(&app.db, community, user)
        .await?
        .is_some_and(|r| r.status == store::RequestStatus::Pending))
}

pub async fn view(app: &App, auth: &AuthContext, slug: &str) -> AppResult<CommunityView> {
    let (community, my_role) = visible_community(app, auth, slug).await?;
    let request_pending =
        my_role.is_none() && pending_request(app, community.id, auth.user.id).await?;
    let following = store::is_following(&app.db, community.id, auth.user.id).await?;
    let can_read = policy::may_read_community(&auth.actor, my_role);
    if can_read {
        crate::usage::viewed(app, auth, Some(community.id));
    }
    Ok(CommunityView {
        can_read,
        can_moderate: policy::may_moderate_community(&auth.actor, my_role),
        community,
        my_role,
        request_pending,
        following,
    })
}

pub async fn members(
    app: &App,
    auth: &AuthContext,
    slug: &str,
    name_prefix: Option<&str>,
    paging: Paging,
) -> AppResult<PageOf<MemberRow>> {
    let (community, _) = readable_community(app, auth, slug).await?;
    Ok(store::members(&app.db, community.id, name_prefix, paging).await?)
}

/// The communities the person belongs to, alphabetical.
pub async fn mine(app: &App, auth: &AuthContext) -> AppResult<Vec<Listing>> {
    let roles = store::roles_of_user(&app.db, auth.user.id).await?;
    let mut listings: Vec<Listing> = store::find_many(&app.db, roles.keys().copied())
        .await?
        .into_values()
        .map(|community| Listing {
            my_role: roles.get(&community.id).copied(),
            request_pending: false,
            community,
        })
        .collect();
    listings.sort_by_key(|l| l.community.name.to_lowercase());
    Ok(listings)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JoinOutcome {
    Joined,
    /// The managers decide; the person is told.
    Requested,
}

pub async fn join(
    app: &App,
    auth: &AuthContext,
    slug: &str,
    message: &str,
) -> AppResult<JoinOutcome> {
    policy::may_write(&auth.actor)?;
    let (community, role) = visible_community(app, auth, slug).await?;
    if role.is_some() {
        return Ok(JoinOutcome::Joined);
    }
    let message = bounded_text("message", message, 0, 1000)?;
    match community.membership {
        Membership::Open => {
            let _write = app.write_gate().await;
            let txn = praxis_store::begin_write(&app.db)
                .await
                .map_err(StoreError::from)?;
            store::set_member(&txn, community.id, auth.user.id, CommunityRole::Member).await?;
            txn.commit().await.map_err(StoreError::from)?;
            app.forget_user(auth.user.id);
            app.caches.forget_community(community.id);
            Ok(JoinOutcome::Joined)
        }
        Membership::Approval => {
            let _write = app.write_gate().await;
            let txn = praxis_store::begin_write(&app.db)
                .await
                .map_err(StoreError::from)?;
            store::request_to_join(&txn, community.id, auth.user.id, &message).await?;
            for manager in store::managers(&txn, community.id).await? {
                notify::notify(
                    app,
                    &txn,
                    notify::Event {
                        recipient: manager,
                        kind: NotificationKind::JoinRequested,
                        actor: Some(auth.user.id),
                        community: Some(community.id),
                        thread: None,
                        post: None,
                    },
                )
                .await?;
            }
            txn.commit().await.map_err(StoreError::from)?;
            app.jobs_ready.notify_one();
            Ok(JoinOutcome::Requested)
        }
        Membership::Invite => Err(AppError::forbidden(
            "invitation_only",
            "This community is open by invitation only. Ask one of its managers.",
        )),
    }
}

pub async fn leave(app: &App, auth: &AuthContext, slug: &str) -> AppResult<()> {
    let (community, role) = visible_community(app, auth, slug).await?;
    if role.is_none() {
        return Ok(());
    }
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    store::remove_member(&txn, community.id, auth.user.id).await?;
    txn.commit().await.map_err(StoreError::from)?;
    app.forget_user(auth.user.id);
    app.caches.forget_community(community.id);
    Ok(())
}

/// Pending join requests of one community (its managers, platform moderators).
pub async fn pending_requests(
    app: &App,
    auth: &AuthContext,
    slug: &str,
    paging: Paging,
) -> AppResult<PageOf<(JoinRequest, users_store::User)>> {
    let (community, role) = readable_community(app, auth, slug).await?;
    if !policy::may_moderate_community(&auth.actor, role) {
        return Err(Denied::NotAllowed.into());
    }
    let page = store::pending_requests(&app.db, &[community.id], paging).await?;
    let people = users_store::users_by_ids(&app.db, page.items.iter().map(|r| r.user_id)).await?;
    let items = page
        .items
        .iter()
        .filter_map(|r| people.get(&r.user_id).map(|u| (r.clone(), u.clone())))
        .collect();
    Ok(PageOf {
        items,
        page: page.page,
        per_page: page.per_page,
        total: page.total,
    })
}

pub async fn decide_request(
    app: &App,
    auth: &AuthContext,
    slug: &str,
    user: UserId,
    approve: bool,
) -> AppResult<()> {
    policy::may_write(&auth.actor)?;
    let (community, role) = readable_community(app, auth, slug).await?;
    if !policy::may_moderate_community(&auth.actor, role) {
        return Err(Denied::NotAllowed.into());
    }
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    if !store::decide_request(&txn, community.id, user, approve, auth.user.id).await? {
        return Err(AppError::NotFound);
    }
    if approve {
        store::set_member(&txn, community.id, user, CommunityRole::Member).await?;
    }
    notify::notify(
        app,
        &txn,
        notify::Event {
            recipient: user,
            kind: if approve {
                NotificationKind::JoinApproved
            } else {
                NotificationKind::JoinRejected
            },
            actor: Some(auth.user.id),
            community: Some(community.id),
            thread: None,
            post: None,
        },
    )
    .await?;
    audit::record(
        &txn,
        NewAuditEntry {
            actor_id: Some(auth.user.id),
            action: if approve {
                "join_request_approved"
            } else {
                "join_request_rejected"
            },
            target_type: "user",
            target_id: user.to_string(),
            community_id: Some(community.id.0),
            reason: "",
            details: serde_json::json!({ "community": community.slug }),
        },
    )
    .await?;
    txn.commit().await.map_err(StoreError::from)?;
    app.forget_user(user);
    app.caches.forget_community(community.id);
    app.jobs_ready.notify_one();
    Ok(())
}

/// Appoints (or, with `manager: false`, steps down) a community manager.
pub async fn set_manager(
    app: &App,
    auth: &AuthContext,
    slug: &str,
    user: UserId,
    manager: bool,
) -> AppResult<()> {
    let (community, role) = readable_community(app, auth, slug).await?;
    policy::may_appoint_managers(&auth.actor, role)?;
    let target = users_store::find_user(&app.db, user)
        .await?
        .ok_or(AppError::NotFound)?;
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    let current = store::role_of(&txn, community.id, target.id).await?;
    if manager {
        store::set_member(&txn, community.id, target.id, CommunityRole::Manager).await?;
    } else if current == Some(CommunityRole::Manager) {
        store::set_member(&txn, community.id, target.id, CommunityRole::Member).await?;
    } else {
        return Err(AppError::NotFound);
    }
    audit::record(
        &txn,
        NewAuditEntry {
            actor_id: Some(auth.user.id),
            action: if manager {
                "manager_appointed"
            } else {
                "manager_removed"
            },
            target_type: "user",
            target_id: target.id.to_string(),
            community_id: Some(community.id.0),
            reason: "",
            details: serde_json::json!({ "community": community.slug }),
        },
    )
    .await?;
    txn.commit().await.map_err(StoreError::from)?;
    app.forget_user(target.id);
    app.caches.forget_community(community.id);
    Ok(())
}

pub async fn set_following(
    app: &App,
    auth: &AuthContext,
    slug: &str,
    follow: bool,
) -> AppResult<()> {
    let (community, _) = readable_community(app, auth, slug).await?;
    if follow {
        store::follow(&app.db, community.id, auth.user.id).await?;
    } else {
        store::unfollow(&app.db, community.id, auth.user.id).await?;
    }
    Ok(())
}

/// Communities to suggest to someone who has joined none (or few): those
/// colleagues of the same organisation joined, then the liveliest.
pub async fn suggestions(app: &App, auth: &AuthContext, limit: usize) -> AppResult<Vec<Community>> {
    if auth.user.role == Role::Guest {
        return Ok(Vec::new());
    }
    let organisation = auth.user.organisation.trim().to_lowercase();
    let candidates = match app.caches.suggestions(&organisation) {
        Some(cached) => cached,
        None => {
            let by_colleagues =
                store::popular_in_organisation(&app.db, &organisation, &[], 3 * limit as u64)
                    .await?;
            let found: HashMap<CommunityId, Community> =
                store::find_many(&app.db, by_colleagues.iter().map(|(c, _)| *c)).await?;
            let mut out: Vec<Community> = by_colleagues
                .iter()
                .filter_map(|(id, _)| found.get(id).cloned())
                .filter(|c| c.membership != Membership::Invite)
                .collect();
            let exclude: Vec<CommunityId> = out.iter().map(|c| c.id).collect();
            out.extend(store::most_members(&app.db, &exclude, 3 * limit as u64).await?);
            app.caches.put_suggestions(&organisation, out)
        }
    };
    // What colleagues joined (most joined first), then the liveliest; never
    // what the person has joined already.
    Ok(candidates
        .iter()
        .filter(|c| auth.role_in(c.id).is_none())
        .take(limit)
        .cloned()
        .collect())
}

/// Removes someone from a community: how a manager ends a guest's access.
/// A guest left with no community has nothing to see, so their sessions end.
pub async fn remove_member(
    app: &App,
    auth: &AuthContext,
    slug: &str,
    user: UserId,
    reason: &str,
) -> AppResult<()> {
    let (community, my_role) = readable_community(app, auth, slug).await?;
    let reason = bounded_text("reason", reason, 0, 1000)?;
    let target_role = store::role_of(&app.db, community.id, user)
        .await?
        .ok_or(AppError::NotFound)?;
    policy::may_remove_member(&auth.actor, my_role, user, target_role)?;
    let target = users_store::find_user(&app.db, user)
        .await?
        .ok_or(AppError::NotFound)?;
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    store::remove_member(&txn, community.id, user).await?;
    let guest_left_with_nothing =
        target.role == Role::Guest && store::roles_of_user(&txn, user).await?.is_empty();
    if guest_left_with_nothing {
        users_store::delete_sessions_of(&txn, user, None).await?;
    }
    audit::record(
        &txn,
        NewAuditEntry {
            actor_id: Some(auth.user.id),
            action: if target.role == Role::Guest {
                "guest_access_ended"
            } else {
                "member_removed"
            },
            target_type: "user",
            target_id: user.to_string(),
            community_id: Some(community.id.0),
            reason: &reason,
            details: serde_json::json!({ "community": community.slug }),
        },
    )
    .await?;
    txn.commit().await.map_err(StoreError::from)?;
    app.forget_user(user);
    app.caches.forget_community(community.id);
    Ok(())
}

pub struct SettingsInput {
    pub name: Option<String>,
    pub description: Option<String>,
    pub rules: Option<String>,
    pub membership: Option<String>,
}

/// Managers (and platform moderators) edit their community's name,
/// description, rules and how people get in. Absent fields stay as they are.
pub async fn update_settings(
    app: &App,
    auth: &AuthContext,
    slug: &str,
    input: SettingsInput,
) -> AppResult<Community> {
    let (community, my_role) = readable_community(app, auth, slug).await?;
    policy::may_edit_community(&auth.actor, my_role)?;
    let mut v = Validator::default();
    let name = match &input.name {
        Some(name) => v.check(single_line("name", name, 3, 120)),
        None => Some(community.name.clone()),
    };
    let description = match &input.description {
        Some(text) => v.check(bounded_text("description", text, 0, 5000)),
        None => Some(community.description.clone()),
    };
    let rules = match &input.rules {
        Some(text) => v.check(bounded_text("rules", text, 0, 10_000)),
        None => Some(community.rules.clone()),
    };
    let membership = match &input.membership {
        Some(raw) => v.check(Membership::parse_field(raw)),
        None => Some(community.membership),
    };
    v.finish()?;
    let (Some(name), Some(description), Some(rules), Some(membership)) =
        (name, description, rules, membership)
    else {
        return Err(AppError::Internal(anyhow::anyhow!(
            "validated input missing"
        )));
    };
    let description_html = to_safe_html(&description);
    let rules_html = to_safe_html(&rules);
    let _write = app.write_gate().await;
    let txn = praxis_store::begin_write(&app.db)
        .await
        .map_err(StoreError::from)?;
    store::update_settings(
        &txn,
        community.id,
        store::CommunitySettings {
            name: &name,
            description: &description,
            description_html: &description_html,
            rules: &rules,
            rules_html: &rules_html,
            membership,
        },
    )
    .await?;
    let mut changed = Vec::new();
    if name != community.name {
        changed.push("name");
    }
    if description != community.description {
        changed.push("description");
    }
    if rules != community.rules {
        changed.push("rules");
    }
    if membership != community.membership {
        changed.push("membership");
    }
    audit::record(
        &txn,
        NewAuditEntry {
            actor_id: Some(auth.user.id),
            action: "community_updated",
            target_type: "community",
            target_id: community.id.to_string(),
            community_id: Some(community.id.0),
            reason: "",
            details: serde_json::json!({ "community": community.slug, "changed": changed }),
        },
    )
    .await?;
    let updated = store::find(&txn, community.id)
        .await?
        .ok_or(AppError::NotFound)?;
    txn.commit().await.map_err(StoreError::from)?;
    app.caches.forget_community(community.id);
    Ok(updated)
}
