//! The store on both backends: run with `PRAXIS_TEST_DATABASE_URL` set for
//! PostgreSQL, without for SQLite. The same assertions must hold on each.

use chrono::Duration;
use praxis_domain::{Paging, Role, UserStatus};
use praxis_store::accounts::{self, NewUser, TokenPurpose};
use praxis_store::{StoreError, jobs, now};
use praxis_test_support::TestDb;

fn new_user(email: &str) -> NewUser<'_> {
    NewUser {
        email,
        display_name: "Test Person",
        organisation: "Test Ministry",
        password_hash: "$argon2id$unused",
        role: Role::Member,
        status: UserStatus::Active,
        email_verified: true,
        locale: "en",
    }
}

#[tokio::test]
async fn a_taken_email_is_a_conflict() {
    let t = TestDb::new().await;
    accounts::insert_user(&t.db, new_user("a@x.gov"))
        .await
        .expect("first");
    let second = accounts::insert_user(&t.db, new_user("a@x.gov")).await;
    assert!(matches!(second, Err(StoreError::Conflict(_))), "{second:?}");
}

#[tokio::test]
async fn timestamps_read_back_exactly_as_written() {
    let t = TestDb::new().await;
    let user = accounts::insert_user(&t.db, new_user("a@x.gov"))
        .await
        .expect("user");
    let read = accounts::find_user(&t.db, user.id)
        .await
        .expect("read")
        .expect("found");
    assert_eq!(read.created_at, user.created_at);
    assert_eq!(read, user);
}

#[tokio::test]
async fn a_token_is_consumed_exactly_once() {
    let t = TestDb::new().await;
    let user = accounts::insert_user(&t.db, new_user("a@x.gov"))
        .await
        .expect("user");
    accounts::insert_email_token(
        &t.db,
        user.id,
        TokenPurpose::VerifyEmail,
        "hash1",
        now() + Duration::hours(1),
    )
    .await
    .expect("token");
    let token = accounts::find_email_token(&t.db, TokenPurpose::VerifyEmail, "hash1")
        .await
        .expect("query")
        .expect("found");
    // Another purpose does not find it.
    assert!(
        accounts::find_email_token(&t.db, TokenPurpose::ResetPassword, "hash1")
            .await
            .expect("query")
            .is_none()
    );
    let (a, b) = tokio::join!(
        accounts::consume_email_token(&t.db, token.id),
        accounts::consume_email_token(&t.db, token.id)
    );
    let wins = [a.expect("a"), b.expect("b")]
        .iter()
        .filter(|won| **won)
        .count();
    assert_eq!(wins, 1);
}

#[tokio::test]
async fn a_job_is_claimed_by_one_worker_and_retried_after_failure() {
    let t = TestDb::new().await;
    let id = jobs::enqueue(&t.db, "mail", "{}", now())
        .await
        .expect("enqueue");
    let (a, b) = tokio::join!(
        jobs::claim_next(&t.db, Duration::minutes(5)),
        jobs::claim_next(&t.db, Duration::minutes(5))
    );
    let claimed: Vec<_> = [a.expect("a"), b.expect("b")]
        .into_iter()
        .flatten()
        .collect();
    assert_eq!(claimed.len(), 1);
    assert_eq!(claimed[0].id, id);
    assert_eq!(claimed[0].attempts, 1);

    // Failing with a retry in the past makes it due again.
    jobs::fail(&t.db, id, "smtp down", Some(now() - Duration::seconds(1)))
        .await
        .expect("fail");
    let again = jobs::claim_next(&t.db, Duration::minutes(5))
        .await
        .expect("claim")
        .expect("due");
    assert_eq!(again.attempts, 2);
    jobs::complete(&t.db, id).await.expect("complete");
    assert!(
        jobs::claim_next(&t.db, Duration::minutes(5))
            .await
            .expect("claim")
            .is_none()
    );
    assert_eq!(jobs::count_pending(&t.db).await.expect("count"), 0);
}

#[tokio::test]
async fn a_job_scheduled_later_waits_and_an_expired_lease_is_reclaimed() {
    let t = TestDb::new().await;
    jobs::enqueue(&t.db, "mail", "{}", now() + Duration::hours(1))
        .await
        .expect("enqueue");
    assert!(
        jobs::claim_next(&t.db, Duration::minutes(5))
            .await
            .expect("claim")
            .is_none()
    );

    let id = jobs::enqueue(&t.db, "mail", "{}", now())
        .await
        .expect("enqueue");
    // A worker that died: its lease is already over.
    let first = jobs::claim_next(&t.db, Duration::seconds(-1))
        .await
        .expect("claim")
        .expect("job");
    assert_eq!(first.id, id);
    let reclaimed = jobs::claim_next(&t.db, Duration::minutes(5))
        .await
        .expect("claim")
        .expect("job");
    assert_eq!(reclaimed.id, id);
}

#[tokio::test]
async fn the_user_search_is_case_insensitive_and_treats_wildcards_literally() {
    let t = TestDb::new().await;
    accounts::insert_user(&t.db, new_user("Anna.Smith@x.gov"))
        .await
        .expect("user");
    accounts::insert_user(&t.db, new_user("bob_100%@x.gov"))
        .await
        .expect("user");
    let found = accounts::list_users(&t.db, Some("ANNA"), Paging::default())
        .await
        .expect("list");
    assert_eq!(found.total, 1);
    let literal = accounts::list_users(&t.db, Some("_100%"), Paging::default())
        .await
        .expect("list");
    assert_eq!(literal.total, 1);
    let none = accounts::list_users(&t.db, Some("%"), Paging::default())
        .await
        .expect("list");
    assert_eq!(none.total, 1, "a % matches only a literal %");
}

#[tokio::test]
async fn buyer_domains_match_an_email_domain_or_its_parents() {
    let t = TestDb::new().await;
    accounts::insert_buyer_domain(&t.db, "minfin.nl", None)
        .await
        .expect("domain");
    let dup = accounts::insert_buyer_domain(&t.db, "minfin.nl", None).await;
    assert!(matches!(dup, Err(StoreError::Conflict(_))));
    let candidates = praxis_domain::BuyerDomain::candidates("belasting.minfin.nl");
    assert!(
        accounts::any_buyer_domain(&t.db, &candidates)
            .await
            .expect("query")
    );
    let candidates = praxis_domain::BuyerDomain::candidates("minfin.nl.evil.com");
    assert!(
        !accounts::any_buyer_domain(&t.db, &candidates)
            .await
            .expect("query")
    );
}

#[tokio::test]
async fn usage_code_versions_count_up_and_acceptances_are_recorded_once() {
    let t = TestDb::new().await;
    let user = accounts::insert_user(&t.db, new_user("a@x.gov"))
        .await
        .expect("user");
    let v1 = accounts::publish_usage_code(&t.db, "first text", None)
        .await
        .expect("v1");
    let v2 = accounts::publish_usage_code(&t.db, "second text", Some(user.id))
        .await
        .expect("v2");
    assert_eq!((v1.version, v2.version), (1, 2));
    accounts::record_usage_code_acceptance(&t.db, user.id, 2)
        .await
        .expect("accept");
    accounts::record_usage_code_acceptance(&t.db, user.id, 2)
        .await
        .expect("accept again");
    assert_eq!(
        accounts::count_usage_code_acceptances(&t.db, 2)
            .await
            .expect("count"),
        1
    );
    let read = accounts::find_user(&t.db, user.id)
        .await
        .expect("read")
        .expect("found");
    assert_eq!(read.accepted_usage_code_version, Some(2));
}

#[tokio::test]
async fn the_content_language_migration_fills_in_existing_threads() {
    use praxis_domain::{Locale, ThreadKind};
    use praxis_store::TransactionTrait;
    use praxis_store::discussions::{self, NewThread, ThreadFilter};
    use praxis_store::migrations::{Migrator, MigratorTrait};
    let t = TestDb::new().await;
    let author = accounts::insert_user(&t.db, new_user("anna@minfin.example.gov"))
        .await
        .expect("user");
    let community = praxis_store::communities::insert(
        &t.db,
        praxis_store::communities::NewCommunity {
            slug: "ict",
            name: "ICT",
            kind: praxis_domain::CommunityKind::Sector,
            description: "",
            description_html: "",
            membership: praxis_domain::Membership::Open,
            created_by: Some(author.id),
        },
    )
    .await
    .expect("community");
    let dutch = "Hoe wegen jullie de prijs tegenover de kwaliteit bij een openbare \
                 aanbesteding van schoonmaakdiensten? Wij twijfelen nog.";
    let french = "Comment pondérez-vous le prix et la qualité dans une procédure ouverte \
                  pour des services de nettoyage ?";
    // More threads than one batch of the backfill.
    let mut expected = Vec::new();
    let txn = t.db.begin().await.expect("transaction");
    for n in 0..1_203 {
        let (declared, body, language) = match n % 4 {
            0 => ("", dutch, Some(Locale::Nl)),
            1 => ("", french, Some(Locale::Fr)),
            2 => ("en", dutch, Some(Locale::En)),
            _ => ("", "12345", None),
        };
        let title = if language.is_none() {
            format!("{n}")
        } else {
            format!("Thread {n}")
        };
        discussions::insert_thread(
            &txn,
            NewThread {
                community_id: community.id,
                author_id: author.id,
                kind: ThreadKind::Discussion,
                title: &title,
                tags: &[],
                expertise: &[],
                body,
                body_html: body,
                language: declared,
                content_language: None,
            },
        )
        .await
        .expect("thread");
        expected.push(language);
    }
    txn.commit().await.expect("commit");
    // Back to before migration 21 (the column goes, with every later
    // migration), then up again: the migration fills in what the rows say.
    let after_twenty = Migrator::migrations().len() as u32 - 20;
    Migrator::down(&t.db, Some(after_twenty))
        .await
        .expect("down");
    Migrator::up(&t.db, None).await.expect("up");
    let count = |language| {
        let db = t.db.clone();
        async move {
            discussions::list_threads(
                &db,
                community.id,
                &ThreadFilter {
                    language: Some(language),
                    ..ThreadFilter::default()
                },
                Paging {
                    page: 1,
                    per_page: 1,
                },
                None,
            )
            .await
            .expect("list")
            .total
        }
    };
    let expect = |l: Locale| expected.iter().filter(|e| **e == Some(l)).count() as u64;
    assert_eq!(count(Locale::Nl).await, expect(Locale::Nl));
    assert_eq!(count(Locale::Fr).await, expect(Locale::Fr));
    assert_eq!(count(Locale::En).await, expect(Locale::En));
    for page in 1..=13 {
        let all = discussions::list_threads(
            &t.db,
            community.id,
            &ThreadFilter::default(),
            Paging {
                page,
                per_page: 100,
            },
            None,
        )
        .await
        .expect("list");
        assert_eq!(all.total, 1_203);
        for thread in all.items {
            let n: usize = thread
                .title
                .trim_start_matches("Thread ")
                .parse()
                .expect("number");
            assert_eq!(thread.content_language, expected[n], "thread {n}");
        }
    }
}
