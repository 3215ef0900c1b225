use praxis_store::Db;
use rand::Rng;
use sea_orm::{ConnectionTrait, Database};
use tempfile::TempDir;

/// One test's own database.
pub struct TestDb {
    pub db: Db,
    pub url: String,
    postgres: Option<PostgresDrop>,
    _dir: Option<TempDir>,
}

struct PostgresDrop {
    admin_url: String,
    name: String,
}

impl TestDb {
    /// SQLite by default; PostgreSQL when `PRAXIS_TEST_DATABASE_URL` is set
    /// (e.g. `postgres://postgres@127.0.0.1:5432/postgres`).
    pub async fn new() -> Self {
        match std::env::var("PRAXIS_TEST_DATABASE_URL") {
            Ok(url) if url.starts_with("postgres") => Self::postgres(&url).await,
            _ => Self::sqlite().await,
        }
    }

    async fn sqlite() -> Self {
        let dir = tempfile::tempdir().expect("temporary directory");
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("test.db").display());
        let db = praxis_store::connect(&url, 4)
            .await
            .expect("SQLite test database");
        TestDb {
            db,
            url,
            postgres: None,
            _dir: Some(dir),
        }
    }

    async fn postgres(admin_url: &str) -> Self {
        let name = format!(
            "praxis_test_{}_{:08x}",
            std::process::id(),
            rand::rng().random::<u32>()
        );
        let admin = Database::connect(admin_url)
            .await
            .expect("PostgreSQL server for tests (PRAXIS_TEST_DATABASE_URL)");
        admin
            .execute_unprepared(&format!("CREATE DATABASE {name}"))
            .await
            .expect("create test database");
        let _ = admin.close().await;
        let base = admin_url
            .rsplit_once('/')
            .map(|(base, _)| base)
            .unwrap_or(admin_url);
        let url = format!("{base}/{name}");
        let db = praxis_store::connect(&url, 4)
            .await
            .expect("PostgreSQL test database");
        TestDb {
            db,
            url,
            postgres: Some(PostgresDrop {
                admin_url: admin_url.to_owned(),
                name,
            }),
            _dir: None,
        }
    }

    pub fn is_postgres(&self) -> bool {
        self.postgres.is_some()
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let Some(pg) = self.postgres.take() else {
            return;
        };
        // Drop runs outside async context: use a thread with its own runtime.
        let _ = std::thread::spawn(move || {
            let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                return;
            };
            runtime.block_on(async move {
                if let Ok(admin) = Database::connect(&pg.admin_url).await {
                    let _ = admin
                        .execute_unprepared(&format!(
                            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                            pg.name
                        ))
                        .await;
                    let _ = admin.close().await;
                }
            });
        })
        .join();
    }
}
