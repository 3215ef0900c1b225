//! `praxis demo`: a living demo community, created idempotently: the
//! accounts of `demo_content.rs` on an allow-listed domain with their
//! profiles (bio, region, languages, expertise), their communities with
//! members and managers, and threads with replies and accepted answers.
//! Sign-in details are printed.

use crate::demo_content::{COMMUNITIES, PEOPLE, THREADS};
use praxis_app::App;
use praxis_app::accounts::operator;
use praxis_domain::markdown::to_safe_html;
use praxis_domain::{CommunityKind, CommunityRole, Membership, Role, ThreadKind, UserId};
use praxis_store::TransactionTrait;
use praxis_store::accounts::ProfileChange;
use praxis_store::communities::{self as communities_store, NewCommunity};
use praxis_store::discussions::{self as discussions_store, NewThread};
use std::collections::HashMap;

/// The demo domain; fictional, under `.example` so no mail can leave.
pub const DEMO_DOMAIN: &str = "demo-ministry.example";
/// Shared by the demo accounts; strong enough for the password policy.
pub const DEMO_PASSWORD: &str = "praxis demo tender 2026";

fn role(name: &str) -> Role {
    Role::parse(name).unwrap_or(Role::Member)
}

fn owned(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

pub async fn seed(app: &App) -> anyhow::Result<()> {
    operator::add_buyer_domain(app, DEMO_DOMAIN)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let mut ids: Vec<UserId> = Vec::with_capacity(PEOPLE.len());
    for person in PEOPLE {
        let existing = praxis_store::accounts::find_user_by_email(&app.db, person.email).await?;
        // A profile is filled in once: for new accounts, and for accounts of an
        // older demo that have none yet. What a demo member edits stays.
        let (id, fill_profile) = match existing {
            Some(user) => (user.id, user.bio.is_empty()),
            None => {
                let user = operator::create_user(
                    app,
                    person.email,
                    person.name,
                    person.organisation,
                    role(person.role),
                    DEMO_PASSWORD,
                )
                .await
                .map_err(|e| anyhow::anyhow!("seeding {}: {e}", person.email))?;
                (user.id, true)
            }
        };
        if fill_profile {
            praxis_store::accounts::update_profile(
                &app.db,
                id,
                ProfileChange {
                    bio: Some(person.bio.to_owned()),
                    region: Some(person.region.to_owned()),
                    languages: Some(owned(person.languages)),
                    expertise: Some(owned(person.expertise)),
                    ..Default::default()
                },
            )
            .await?;
        }
        ids.push(id);
    }
    // Demo accounts have read the usage code in force.
    let version = praxis_app::accounts::current_usage_code_version(app)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    for id in &ids {
        praxis_store::accounts::record_usage_code_acceptance(&app.db, *id, version).await?;
    }

    let mut created: HashMap<&str, praxis_domain::CommunityId> = HashMap::new();
    for community in COMMUNITIES {
        if communities_store::find_by_slug(&app.db, community.slug)
            .await?
            .is_some()
        {
            continue;
        }
        let txn = app.db.begin().await?;
        let row = communities_store::insert(
            &txn,
            NewCommunity {
                slug: community.slug,
                name: community.name,
                kind: CommunityKind::parse(community.kind).unwrap_or(CommunityKind::Sector),
                description: community.description,
                description_html: &to_safe_html(community.description),
                membership: Membership::parse(community.membership).unwrap_or(Membership::Open),
                created_by: ids.first().copied(),
            },
        )
        .await?;
        for &member in community.members {
            communities_store::set_member(&txn, row.id, ids[member], CommunityRole::Member).await?;
        }
        for &manager in community.managers {
            communities_store::set_member(&txn, row.id, ids[manager], CommunityRole::Manager)
                .await?;
        }
        txn.commit().await?;
        created.insert(community.slug, row.id);
    }

    // Threads only for communities created just now: seeding twice adds
    // nothing. They are spread over the last months, newest last.
    let mut threads = 0;
    let seeded_at = praxis_store::now();
    for (index, demo) in THREADS.iter().enumerate() {
        let Some(&community_id) = created.get(demo.community) else {
            continue;
        };
        let txn = app.db.begin().await?;
        let tags = owned(demo.tags);
        let expertise = owned(demo.expertise);
        let (thread, _) = discussions_store::insert_thread(
            &txn,
            NewThread {
                community_id,
                author_id: ids[demo.author],
                kind: ThreadKind::parse(demo.kind).unwrap_or(ThreadKind::Discussion),
                title: demo.title,
                tags: &tags,
                expertise: &expertise,
                body: demo.body,
                body_html: &to_safe_html(demo.body),
                language: demo.language,
                content_language: praxis_domain::locale::content_language(
                    demo.language,
                    demo.title,
                    demo.body,
                ),
            },
        )
        .await?;
        discussions_store::follow_thread(&txn, thread.id, ids[demo.author]).await?;
        let mut reply_ids = Vec::with_capacity(demo.replies.len());
        for reply in demo.replies {
            let post = discussions_store::insert_reply(
                &txn,
                &thread,
                ids[reply.author],
                None,
                reply.body,
                &to_safe_html(reply.body),
            )
            .await?;
            reply_ids.push(post.id);
        }
        if let Some(accepted) = demo.accepted.and_then(|i| reply_ids.get(i)) {
            discussions_store::set_accepted(&txn, thread.id, Some(*accepted)).await?;
        }
        let age_hours = (THREADS.len() - index) as i64 * 29 + (index as i64 % 7) * 3;
        praxis_store::bulk::backdate_thread(
            &txn,
            thread.id.0,
            seeded_at - chrono::Duration::hours(age_hours),
            chrono::Duration::minutes(95 + (index as i64 % 5) * 40),
        )
        .await?;
        txn.commit().await?;
        threads += 1;
    }
    if threads > 0 {
        praxis_store::bulk::refresh_community_activity(&app.db).await?;
    }
    let events = seed_events(app, &created, &ids, seeded_at).await?;
    app.caches.clear();

    println!();
    println!("Demo accounts (password for all: {DEMO_PASSWORD}):");
    for person in PEOPLE.iter().take(6) {
        println!("  {:<10} {}", person.role, person.email);
    }
    for person in PEOPLE.iter().filter(|p| p.role == "guest") {
        println!("  {:<10} {}", person.role, person.email);
    }
    println!("  … and more members (see `praxis admin`).",);
    if !created.is_empty() {
        println!(
            "Seeded {} communities, {threads} threads and {events} events.",
            created.len()
        );
    }
    println!("Anyone registering with an address @{DEMO_DOMAIN} is active once verified;");
    println!("mail is written to {}", app.config.outbox_dir().display());
    println!();
    Ok(())
}

/// An event of the demo, `in_days` from the seeding (negative: past),
/// `hours` from–to in UTC.
struct DemoEvent {
    community: Option<&'static str>,
    title: &'static str,
    description: &'static str,
    in_days: i64,
    hours: (u32, u32),
    location: &'static str,
    online_url: &'static str,
    capacity: Option<i32>,
}

/// A few events around today: a conference for everyone, peer exchanges in
/// communities, and a past webinar. Only with communities created just now,
/// so seeding twice adds nothing.
async fn seed_events(
    app: &App,
    created: &HashMap<&str, praxis_domain::CommunityId>,
    ids: &[UserId],
    at: chrono::DateTime<chrono::Utc>,
) -> anyhow::Result<usize> {
    use praxis_store::events::{self as events_store, NewEvent};
    if created.is_empty() {
        return Ok(0);
    }
    let day = |offset: i64, hour: u32| {
        (at + chrono::Duration::days(offset))
            .date_naive()
            .and_hms_opt(hour, 0, 0)
            .map(|t| t.and_utc())
            .unwrap_or(at)
    };
    let plans = [
        DemoEvent {
            community: None,
            title: "Annual public procurement conference",
            description: "A day of talks and workshops on the revision of the procurement \
                directives, life-cycle costing and social return. Lunch included.",
            in_days: 24,
            hours: (8, 16),
            location: "Jaarbeurs, Utrecht",
            online_url: "https://meet.demo-ministry.example/conference",
            capacity: Some(250),
        },
        DemoEvent {
            community: Some("framework-agreements-dps"),
            title: "Peer exchange: call-offs and mini-competitions",
            description: "Bring one call-off that went well and one that did not. Twelve \
                seats, so we all speak.",
            in_days: 9,
            hours: (13, 15),
            location: "Ministry of Finance, room 4.12, The Hague",
            online_url: "",
            capacity: Some(12),
        },
        DemoEvent {
            community: Some("green-circular-procurement"),
            title: "Webinar: CO2 criteria that bidders can meet",
            description: "Three buyers show the award criteria they used and what the market \
                offered.",
            in_days: 16,
            hours: (10, 11),
            location: "",
            online_url: "https://meet.demo-ministry.example/co2-criteria",
            capacity: None,
        },
        DemoEvent {
            community: Some("espd-eforms"),
            title: "Webinar: eForms, six months on",
            description: "What changed for notices, what went wrong, and the tools that \
                helped. Slides in the library.",
            in_days: -21,
            hours: (10, 11),
            location: "",
            online_url: "https://meet.demo-ministry.example/eforms",
            capacity: None,
        },
    ];
    let mut seeded = 0;
    for plan in plans {
        let community_id = match plan.community {
            Some(slug) => match created.get(slug) {
                Some(id) => Some(*id),
                None => continue,
            },
            None => None,
        };
        events_store::insert(
            &app.db,
            NewEvent {
                community_id,
                title: plan.title,
                description: plan.description,
                description_html: &to_safe_html(plan.description),
                starts_at: day(plan.in_days, plan.hours.0),
                ends_at: day(plan.in_days, plan.hours.1),
                time_zone: "Europe/Amsterdam",
                location: plan.location,
                online_url: plan.online_url,
                capacity: plan.capacity,
                // The platform moderator organises them.
                created_by: ids.get(1).copied().unwrap_or(UserId(1)),
            },
        )
        .await?;
        seeded += 1;
    }
    Ok(seeded)
}
