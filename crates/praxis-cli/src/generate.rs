//! `praxis demo --scale large`: a benchmark data set of about 100,000
//! members, 1,000 communities, 100,000 threads and 1,000,000 posts, loaded
//! in bulk with a progress bar. Deterministic (seeded) so runs compare.

use indicatif::{ProgressBar, ProgressStyle};
use praxis_app::App;
use praxis_domain::discussion::handle;
use praxis_domain::markdown::to_safe_html;
use praxis_store::bulk::{self, BulkCommunity, BulkMember, BulkPost, BulkThread, BulkUser};
use praxis_store::{TransactionTrait, now};
use rand::distr::Distribution;
use rand::distr::weighted::WeightedIndex;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::time::Instant;

/// Every generated member signs in with this password.
pub const BENCH_PASSWORD: &str = "praxis bench harbour 2026";
/// The email of generated member number `n` (1-based).
pub fn bench_email(n: usize) -> String {
    format!("member{n}@bench.demo-ministry.example")
}
/// Marks a database that already holds the data set.
const MARKER_SLUG: &str = "bench-0001";

#[derive(Debug, Clone, Copy)]
pub struct Scale {
    pub users: usize,
    pub communities: usize,
    pub threads: usize,
    pub posts: usize,
    /// Library documents with extracted text, for search.
    pub documents: usize,
}

impl Scale {
    pub const LARGE: Scale = Scale {
        users: 100_000,
        communities: 1_000,
        threads: 100_000,
        posts: 1_000_000,
        documents: 50_000,
    };
}

const FIRST: &[&str] = &[
    "Anna", "Bram", "Claire", "Daan", "Elise", "Femke", "Gilles", "Hanna", "Isabelle", "Joost",
    "Karim", "Lotte", "Marc", "Nina", "Olivier", "Pieter", "Quentin", "Rosa", "Sander", "Thomas",
    "Ursula", "Valérie", "Willem", "Yasmina", "Zoë", "Lucas", "Emma", "Noah", "Julie", "Sofia",
];
const LAST: &[&str] = &[
    "de Vries", "Jansen", "Martin", "Bernard", "Dubois", "Bakker", "Visser", "Smit", "Meijer",
    "Leroy", "Moreau", "Laurent", "Mulder", "de Boer", "Bos", "Vos", "Peters", "Hendriks", "Rossi",
    "Novak", "Schmidt", "Fontaine", "Girard", "Dijkstra", "Willems",
];
const ORGANISATIONS: &[&str] = &[
    "Ministry of Infrastructure",
    "Ministry of Finance",
    "Ministry of Economy",
    "Ministry of Health",
    "Ministry of Defence",
    "Ministry of the Interior",
    "Ministry of Education",
    "Tax Agency",
    "National Police",
    "Water Board Rivierenland",
    "Region Occitanie",
    "City of Utrecht",
    "City of Lyon",
    "University Hospital Leiden",
    "University Hospital Lille",
    "Rijkswaterstaat-style Road Agency",
    "Central Purchasing Body",
    "Defence Materiel Organisation",
    "Statistics Office",
    "Court Administration",
    "Prison Service",
    "Meteorological Institute",
    "Public Employment Service",
    "Social Security Agency",
    "University of Groningen",
    "University of Bordeaux",
    "Province of Gelderland",
    "Department of Gironde",
    "National Library",
    "Environmental Agency",
];
const TOPICS: &[&str] = &[
    "Construction",
    "ICT services",
    "Cloud",
    "Medical devices",
    "Pharmaceuticals",
    "Facility services",
    "Cleaning",
    "Catering",
    "Energy",
    "Fleet and mobility",
    "Office furniture",
    "Security services",
    "Legal services",
    "Consultancy",
    "Road maintenance",
    "Water management",
    "Waste",
    "Laboratory equipment",
    "Printing",
    "Travel",
    "Temporary staff",
    "Telecoms",
    "Software licences",
    "Social return",
    "Circular procurement",
    "Innovation partnerships",
    "Framework agreements",
    "ESPD and eForms",
    "Market consultation",
    "Below-threshold procurement",
    "Contract management",
    "Defence equipment",
];
const REGIONS: &[&str] = &[
    "North",
    "South",
    "East",
    "West",
    "Randstad",
    "Île-de-France",
    "Occitanie",
    "Brabant",
    "Flanders",
    "national",
    "hospitals",
    "municipalities",
    "universities",
    "agencies",
];
const TAGS: &[&str] = &[
    "espd",
    "eforms",
    "framework-agreement",
    "dps",
    "meat",
    "lcc",
    "market-consultation",
    "standstill",
    "lots",
    "below-threshold",
    "social-return",
    "circular",
    "innovation",
    "contract-management",
    "thresholds",
    "abnormally-low-tender",
    "modification",
    "joint-procurement",
];
const SENTENCES: &[&str] = &[
    "We are preparing a tender for a framework agreement with several lots.",
    "The estimated value is just above the EU threshold, so the directive applies.",
    "Has anyone used life-cycle costing as an award criterion for this kind of purchase?",
    "Our legal department doubts whether a modification under article 72 is possible here.",
    "We held a market consultation first, which changed our specifications considerably.",
    "The ESPD questions on selection criteria confused several bidders.",
    "In my experience a price/quality ratio of 40/60 works well for services.",
    "Splitting into lots helped SMEs to bid, but increased our contract management work.",
    "We included a social return clause of 5% of the contract value.",
    "The standstill period ended without any objection from the unsuccessful bidders.",
    "A dynamic purchasing system gave us flexibility for recurring purchases.",
    "Check the eForms notice fields carefully: the award criteria must match the documents.",
    "This is my personal reading of the rules, not an official position.",
    "We joined forces with two other hospitals for a joint procurement.",
    "The abnormally low tender procedure requires asking the bidder for an explanation first.",
    "Circular criteria on reuse of furniture were easier to verify than we feared.",
];

fn body(rng: &mut StdRng) -> String {
    let sentences = rng.random_range(2..=6);
    let mut text = String::new();
    for i in 0..sentences {
        if i == 2 {
            text.push_str("\n\n");
        } else if i > 0 {
            text.push(' ');
        }
        text.push_str(SENTENCES[rng.random_range(0..SENTENCES.len())]);
    }
    if rng.random_bool(0.2) {
        text.push_str("\n\n- **Lot 1**: delivery\n- **Lot 2**: maintenance");
    }
    text
}

fn progress(len: usize, what: &str) -> ProgressBar {
    let bar = ProgressBar::new(len as u64);
    bar.set_style(
        ProgressStyle::with_template("{msg:>12} [{bar:40}] {pos}/{len} ({eta} left)")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    bar.set_message(what.to_owned());
    bar
}

/// Whether the database already holds the generated data set.
pub async fn exists(app: &App) -> anyhow::Result<bool> {
    Ok(
        praxis_store::communities::find_by_slug(&app.db, MARKER_SLUG)
            .await?
            .is_some(),
    )
}

/// Loads the data set unless it is there; returns whether it loaded
/// anything (so the search index must be rebuilt).
pub async fn generate(app: &App, scale: Scale) -> anyhow::Result<bool> {
    if exists(app).await? {
        let before = bulk::count_documents(&app.db).await? as usize;
        ensure_documents(app, scale.documents).await?;
        if before >= scale.documents {
            println!("The benchmark data set is already loaded.");
            return Ok(false);
        }
        return Ok(true);
    }
    generate_discussions(app, scale).await?;
    ensure_documents(app, scale.documents).await?;
    Ok(true)
}

async fn generate_discussions(app: &App, scale: Scale) -> anyhow::Result<()> {
    let started = Instant::now();
    let mut rng = StdRng::seed_from_u64(2026);
    let mut expertise_rng = StdRng::seed_from_u64(2028);
    let ids = bulk::next_ids(&app.db).await?;
    let password_hash = praxis_app::accounts::operator::password_hash(BENCH_PASSWORD)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let usage_code = praxis_app::accounts::current_usage_code(app)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?
        .version;
    let bodies: Vec<(&'static str, &'static str)> = (0..400)
        .map(|_| {
            let text = body(&mut rng);
            let html = to_safe_html(&text);
            (
                &*Box::leak(text.into_boxed_str()),
                &*Box::leak(html.into_boxed_str()),
            )
        })
        .collect();
    let base_time = now() - chrono::Duration::days(730);

    // Members.
    let bar = progress(scale.users, "members");
    let txn = app.db.begin().await?;
    let mut batch = Vec::with_capacity(1000);
    for n in 1..=scale.users {
        let name = format!(
            "{} {} {n}",
            FIRST[rng.random_range(0..FIRST.len())],
            LAST[rng.random_range(0..LAST.len())]
        );
        batch.push(BulkUser {
            id: ids.user + n as i64 - 1,
            email: bench_email(n),
            handle: handle(&name),
            display_name: name,
            organisation: ORGANISATIONS[rng.random_range(0..ORGANISATIONS.len())].to_owned(),
            password_hash: password_hash.clone(),
            accepted_usage_code_version: usage_code,
            created_at: base_time + chrono::Duration::minutes(n as i64),
            // From their own generator, so the rest of the data set stays
            // what it was before members had expertise.
            expertise: (0..expertise_rng.random_range(0..4))
                .map(|_| {
                    let all = praxis_domain::taxonomy::ALL;
                    all[expertise_rng.random_range(0..all.len())]
                        .code
                        .to_owned()
                })
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect(),
        });
        if batch.len() == 1000 {
            bulk::insert_users(&txn, &batch).await?;
            bar.inc(batch.len() as u64);
            batch.clear();
        }
    }
    bulk::insert_users(&txn, &batch).await?;
    bar.inc(batch.len() as u64);
    txn.commit().await?;
    bar.finish();

    // Community sizes follow a long tail: a few large, many small.
    let weights: Vec<f64> = (1..=scale.communities)
        .map(|rank| 1.0 / (rank as f64).powf(0.8))
        .collect();
    let pick_community = WeightedIndex::new(&weights)?;

    // Memberships: every member joins 1 to 9 communities; each community
    // has a manager. Computed first, written once the communities exist.
    let mut members_of: Vec<Vec<i64>> = vec![Vec::new(); scale.communities];
    let mut member_rows: Vec<BulkMember> = Vec::with_capacity(scale.users * 5);
    for (c, members) in members_of.iter_mut().enumerate() {
        let manager = ids.user + rng.random_range(0..scale.users) as i64;
        members.push(manager);
        member_rows.push(BulkMember {
            community_id: ids.community + c as i64,
            user_id: manager,
            manager: true,
            joined_at: base_time,
        });
    }
    for n in 0..scale.users {
        let user = ids.user + n as i64;
        let count = rng.random_range(1..=9);
        let mut chosen: Vec<usize> = Vec::with_capacity(count);
        for _ in 0..count {
            let c = pick_community.sample(&mut rng);
            if !chosen.contains(&c) && members_of[c].first() != Some(&user) {
                chosen.push(c);
            }
        }
        for c in chosen {
            members_of[c].push(user);
            member_rows.push(BulkMember {
                community_id: ids.community + c as i64,
                user_id: user,
                manager: false,
                joined_at: base_time + chrono::Duration::minutes(n as i64),
            });
        }
    }

    // How many threads each community has, and how many replies each thread.
    let threads_per: Vec<usize> = {
        let mut counts = vec![0usize; scale.communities];
        for _ in 0..scale.threads {
            counts[pick_community.sample(&mut rng)] += 1;
        }
        counts
    };
    let replies_per_thread =
        scale.posts.saturating_sub(scale.threads) as f64 / scale.threads.max(1) as f64;
    let replies_plan: Vec<Vec<usize>> = threads_per
        .iter()
        .map(|&n| {
            (0..n)
                .map(|_| {
                    // Mostly a handful; some long threads of 20 to 80 posts.
                    if rng.random_bool(0.05) {
                        rng.random_range(20..80)
                    } else {
                        let mean = (replies_per_thread - 0.05 * 50.0).max(1.0) / 0.95;
                        rng.random_range(0..=(2.0 * mean).round() as usize)
                    }
                })
                .collect()
        })
        .collect();

    let communities: Vec<BulkCommunity> = (0..scale.communities)
        .map(|c| {
            let topic = TOPICS[c % TOPICS.len()];
            let region = REGIONS[(c / TOPICS.len()) % REGIONS.len()];
            let description = format!(
                "Buyers working on **{}** ({region}) share tenders, templates and experience.",
                topic.to_lowercase()
            );
            BulkCommunity {
                id: ids.community + c as i64,
                slug: format!("bench-{:04}", c + 1),
                name: format!("{topic} {region} {}", c + 1),
                kind: ["sector", "network", "project", "policy"][c % 4],
                description_html: to_safe_html(&description),
                description,
                membership: if c % 50 == 49 {
                    "invite"
                } else if c % 12 == 11 {
                    "approval"
                } else {
                    "open"
                },
                member_count: members_of[c].len() as i64,
                thread_count: threads_per[c] as i64,
                post_count: replies_plan[c].iter().map(|r| *r as i64 + 1).sum(),
                last_activity_at: None,
                created_at: base_time,
            }
        })
        .collect();
    let txn = app.db.begin().await?;
    for chunk in communities.chunks(500) {
        bulk::insert_communities(&txn, chunk).await?;
    }
    txn.commit().await?;

    let bar = progress(member_rows.len(), "memberships");
    for rows in member_rows.chunks(20_000) {
        let txn = app.db.begin().await?;
        for chunk in rows.chunks(2000) {
            bulk::insert_members(&txn, chunk).await?;
        }
        txn.commit().await?;
        bar.inc(rows.len() as u64);
    }
    bar.finish();

    // Threads and posts, community by community.
    let total_posts: usize = communities.iter().map(|c| c.post_count as usize).sum();
    let bar = progress(total_posts, "posts");
    let mut next_thread = ids.thread;
    let mut next_post = ids.post;
    let mut pending_threads: Vec<BulkThread> = Vec::new();
    let mut pending_posts: Vec<BulkPost> = Vec::new();
    let span_minutes = 730 * 24 * 60;
    for (c, plan) in replies_plan.iter().enumerate() {
        let community_id = ids.community + c as i64;
        let members = &members_of[c];
        for &replies in plan {
            let author = members[rng.random_range(0..members.len())];
            let created_at =
                base_time + chrono::Duration::minutes(rng.random_range(0..span_minutes));
            let mut at = created_at;
            let thread_id = next_thread;
            next_thread += 1;
            let question = rng.random_bool(0.6);
            let mut last_poster = author;
            let first_post = next_post;
            for p in 0..=replies {
                let poster = if p == 0 {
                    author
                } else {
                    members[rng.random_range(0..members.len())]
                };
                let (text, html) = bodies[rng.random_range(0..bodies.len())];
                pending_posts.push(BulkPost {
                    id: next_post,
                    thread_id,
                    community_id,
                    author_id: poster,
                    body: text,
                    body_html: html,
                    helpful_count: if p > 0 { rng.random_range(0..4) } else { 0 },
                    created_at: at,
                });
                next_post += 1;
                last_poster = poster;
                if p < replies {
                    at += chrono::Duration::minutes(rng.random_range(5..600));
                }
            }
            let mut tags: Vec<String> = Vec::new();
            for _ in 0..rng.random_range(0..3) {
                let tag = TAGS[rng.random_range(0..TAGS.len())].to_owned();
                if !tags.contains(&tag) {
                    tags.push(tag);
                }
            }
            let sentence: String = SENTENCES[rng.random_range(0..SENTENCES.len())]
                .trim_end_matches(['.', '?'])
                .chars()
                .take(120)
                .collect();
            pending_threads.push(BulkThread {
                id: thread_id,
                community_id,
                author_id: author,
                kind: if question { "question" } else { "discussion" },
                title: format!(
                    "{} #{thread_id}: {sentence}",
                    TOPICS[rng.random_range(0..TOPICS.len())]
                ),
                tags,
                accepted_post_id: (question && replies > 0 && rng.random_bool(0.6))
                    .then_some(first_post + 1),
                reply_count: replies as i64,
                last_post_at: at,
                last_poster_id: last_poster,
                created_at,
            });
            if pending_posts.len() >= 20_000 {
                flush(app, &mut pending_threads, &mut pending_posts, &bar).await?;
            }
        }
    }
    flush(app, &mut pending_threads, &mut pending_posts, &bar).await?;
    bar.finish();
    bulk::finish(&app.db).await?;
    println!(
        "Loaded {} members, {} communities, {} threads and {} posts in {:.0?}.",
        scale.users,
        scale.communities,
        next_thread - ids.thread,
        next_post - ids.post,
        started.elapsed()
    );
    Ok(())
}

async fn flush(
    app: &App,
    threads: &mut Vec<BulkThread>,
    posts: &mut Vec<BulkPost>,
    bar: &ProgressBar,
) -> anyhow::Result<()> {
    let txn = app.db.begin().await?;
    for chunk in threads.chunks(500) {
        bulk::insert_threads(&txn, chunk).await?;
    }
    for chunk in posts.chunks(500) {
        bulk::insert_posts(&txn, chunk).await?;
    }
    txn.commit().await?;
    bar.inc(posts.len() as u64);
    threads.clear();
    posts.clear();
    Ok(())
}

/// Sentences of procurement reports in the three languages, from which the
/// documents' text is drawn (written for Praxis).
const REPORT_EN: &[&str] = &[
    "The contracting authority published a contract notice for a framework agreement in four lots.",
    "Bidders had to submit the ESPD together with proof of their economic and financial standing.",
    "The award criteria combined price with quality, sustainability and the delivery schedule.",
    "Life-cycle costing showed that the cheaper machines would cost more over ten years.",
    "The evaluation committee scored each tender independently before a consensus meeting.",
    "One tender appeared abnormally low and the bidder was asked to explain its prices.",
    "The standstill period of ten days passed without a review procedure.",
    "Contract management meetings take place every quarter with each supplier.",
    "The market consultation revealed that few suppliers could deliver nationwide.",
    "Small and medium-sized enterprises won three of the four lots.",
    "Social return obligations were met by hiring apprentices and long-term unemployed people.",
    "Circular criteria required refurbished furniture wherever possible.",
    "The dynamic purchasing system remains open to new suppliers throughout its term.",
    "A modification of the contract was justified by unforeseeable circumstances.",
    "Joint procurement with neighbouring municipalities lowered the prices per unit.",
    "The innovation partnership moved to its second phase after a successful prototype.",
];
const REPORT_NL: &[&str] = &[
    "De aanbestedende dienst publiceerde een aankondiging voor een raamovereenkomst in vier percelen.",
    "Inschrijvers moesten het UEA indienen met bewijs van hun financiële draagkracht.",
    "De gunningscriteria combineerden prijs met kwaliteit, duurzaamheid en levertijd.",
    "Uit de levenscycluskosten bleek dat de goedkoopste machines over tien jaar duurder uitvallen.",
    "De beoordelingscommissie scoorde elke inschrijving eerst afzonderlijk.",
    "Eén inschrijving leek abnormaal laag en de inschrijver moest zijn prijzen toelichten.",
    "De opschortende termijn van twintig dagen verstreek zonder kort geding.",
    "Elk kwartaal is er een contractmanagementoverleg met iedere leverancier.",
    "De marktconsultatie liet zien dat weinig leveranciers landelijk kunnen leveren.",
    "Het mkb won drie van de vier percelen van de aanbesteding.",
    "De social return verplichting werd ingevuld met leerlingen en langdurig werklozen.",
    "Circulaire eisen vroegen waar mogelijk om gereviseerd meubilair.",
    "Het dynamisch aankoopsysteem blijft de hele looptijd open voor nieuwe leveranciers.",
    "Een wijziging van de overeenkomst was gerechtvaardigd door onvoorziene omstandigheden.",
    "Gezamenlijk inkopen met buurgemeenten verlaagde de prijs per eenheid.",
    "Het innovatiepartnerschap ging na een geslaagd prototype naar de tweede fase.",
];
const REPORT_FR: &[&str] = &[
    "Le pouvoir adjudicateur a publié un avis de marché pour un accord-cadre en quatre lots.",
    "Les soumissionnaires devaient fournir le DUME et la preuve de leur capacité financière.",
    "Les critères d'attribution combinaient le prix, la qualité, la durabilité et les délais.",
    "Le coût du cycle de vie a montré que les machines les moins chères coûteraient plus sur dix ans.",
    "La commission d'évaluation a noté chaque offre séparément avant de se réunir.",
    "Une offre paraissait anormalement basse et le soumissionnaire a dû justifier ses prix.",
    "Le délai de suspension s'est écoulé sans recours.",
    "Une réunion de suivi du marché a lieu chaque trimestre avec chaque titulaire.",
    "Le sourcing a montré que peu de fournisseurs pouvaient livrer sur tout le territoire.",
    "Les petites et moyennes entreprises ont remporté trois lots sur quatre.",
    "Les clauses sociales ont été remplies en recrutant des apprentis et des chômeurs de longue durée.",
    "Les critères d'économie circulaire demandaient du mobilier reconditionné.",
    "Le système d'acquisition dynamique reste ouvert à de nouveaux fournisseurs.",
    "Une modification du marché était justifiée par des circonstances imprévisibles.",
    "L'achat groupé avec les communes voisines a fait baisser les prix unitaires.",
    "Le partenariat d'innovation est passé à sa deuxième phase après un prototype réussi.",
];

/// A report of 2 to 8 KB in one language, with reference numbers that make
/// every document's vocabulary a little different.
fn report(rng: &mut StdRng, n: i64) -> (String, String) {
    let (pool, title_word) = match rng.random_range(0..10) {
        0..=4 => (REPORT_EN, "Report"),
        5..=7 => (REPORT_NL, "Verslag"),
        _ => (REPORT_FR, "Rapport"),
    };
    let sentences = rng.random_range(20..80);
    let mut text = String::with_capacity(sentences * 100);
    for i in 0..sentences {
        if i % 6 == 5 {
            text.push_str(&format!(
                "\n\nRef. PX-{n}-{i}-{}.\n",
                rng.random_range(1000..99999)
            ));
        } else if i > 0 {
            text.push(' ');
        }
        text.push_str(pool[rng.random_range(0..pool.len())]);
    }
    let title = format!(
        "{title_word} {} {n}",
        TOPICS[rng.random_range(0..TOPICS.len())].to_lowercase()
    );
    (title, text)
}

/// Library documents with extracted text, up to `count` in all (loaded once).
pub async fn ensure_documents(app: &App, count: usize) -> anyhow::Result<()> {
    let existing = bulk::count_documents(&app.db).await? as usize;
    if existing >= count {
        return Ok(());
    }
    let started = Instant::now();
    let mut rng = StdRng::seed_from_u64(2027);
    let first_id = bulk::next_document_id(&app.db).await?;
    let ids = bulk::next_ids(&app.db).await?;
    let communities = praxis_store::search::community_ids(&app.db).await?;
    let users = ids.user - 1;
    anyhow::ensure!(
        !communities.is_empty() && users > 0,
        "no communities to share documents in"
    );
    let bar = progress(count - existing, "documents");
    let base_time = now() - chrono::Duration::days(730);
    let mut batch = Vec::with_capacity(200);
    for k in 0..(count - existing) as i64 {
        let id = first_id + k;
        let (title, text) = report(&mut rng, id);
        batch.push(bulk::BulkDocument {
            id,
            community_id: communities[rng.random_range(0..communities.len())],
            uploader_id: rng.random_range(1..=users),
            title,
            tags: vec![TAGS[rng.random_range(0..TAGS.len())].to_owned()],
            file_name: format!("report-{id}.txt"),
            text,
            created_at: base_time + chrono::Duration::minutes(rng.random_range(0..730 * 24 * 60)),
        });
        if batch.len() == 200 {
            let txn = app.db.begin().await?;
            bulk::insert_documents(&txn, &batch).await?;
            txn.commit().await?;
            bar.inc(batch.len() as u64);
            batch.clear();
        }
    }
    let txn = app.db.begin().await?;
    bulk::insert_documents(&txn, &batch).await?;
    bulk::finish(&txn).await?;
    txn.commit().await?;
    bar.finish();
    println!(
        "Loaded {} documents with text in {:.0?}.",
        count - existing,
        started.elapsed()
    );
    Ok(())
}
