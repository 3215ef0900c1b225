use crate::PASSWORD;
use crate::db::TestDb;
use crate::outbox::{Mail, read_outbox};
use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::ConnectInfo;
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use http_body_util::BodyExt;
use praxis_app::{App, Config};
use praxis_domain::{Role, UserId};
use serde_json::Value;
use std::net::SocketAddr;
use tempfile::TempDir;
use tower::ServiceExt;

/// The whole application in process: router, database, data directory.
pub struct TestApp {
    pub app: App,
    pub router: Router,
    pub db: TestDb,
    pub data_dir: TempDir,
}

/// A response with its body read.
#[derive(Debug)]
pub struct TestResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl TestResponse {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "body is not JSON ({e}): {}",
                String::from_utf8_lossy(&self.body)
            )
        })
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The `error.code` of an API error.
    pub fn error_code(&self) -> String {
        self.json()["error"]["code"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    pub fn header(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    }
}

impl TestApp {
    pub async fn new() -> Self {
        Self::with_config(|_| {}).await
    }

    /// A test app with some settings changed.
    pub async fn with_config(change: impl FnOnce(&mut Config)) -> Self {
        let db = TestDb::new().await;
        let data_dir = tempfile::tempdir().expect("data directory");
        let mut config = Config {
            data_dir: data_dir.path().to_path_buf(),
            public_url: Some("http://praxis.test".into()),
            ..Config::default()
        };
        config.database.url = Some(db.url.clone());
        change(&mut config);
        let app = App::with_db(config, db.db.clone())
            .await
            .expect("application starts");
        let router = praxis_web::router(app.clone());
        TestApp {
            app,
            router,
            db,
            data_dir,
        }
    }

    /// Sends a request through the router, as if from `127.0.0.1`.
    pub async fn request(&self, request: Request<Body>) -> TestResponse {
        self.request_from(request, "127.0.0.1:40000").await
    }

    /// Sends a request as if from the given client address.
    pub async fn request_from(&self, mut request: Request<Body>, peer: &str) -> TestResponse {
        if let Ok(addr) = peer.parse::<SocketAddr>() {
            request.extensions_mut().insert(ConnectInfo(addr));
        }
        let response = self
            .router
            .clone()
            .oneshot(request)
            .await
            .expect("router answers");
        let status = response.status();
        let headers = response.headers().clone();
        let body = response
            .into_body()
            .collect()
            .await
            .map(|b| b.to_bytes())
            .unwrap_or_default();
        TestResponse {
            status,
            headers,
            body,
        }
    }

    pub async fn call(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
        token: Option<&str>,
    ) -> TestResponse {
        let mut builder = Request::builder().method(method).uri(path);
        if let Some(token) = token {
            builder = builder.header(header::AUTHORIZATION, format!("Bearer {token}"));
        }
        let request = match body {
            Some(json) => builder
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(json.to_string())),
            None => builder.body(Body::empty()),
        }
        .expect("request");
        self.request(request).await
    }

    /// Joins an open community as the member `token` signs in, as
    /// `POST /api/v1/communities/{slug}/join` does.
    pub async fn join(&self, slug: &str, token: &str) {
        let joined = self
            .call(
                Method::POST,
                &format!("/api/v1/communities/{slug}/join"),
                None,
                Some(token),
            )
            .await;
        assert_eq!(joined.status, 200, "joining {slug}: {}", joined.text());
    }

    pub async fn get(&self, path: &str, token: Option<&str>) -> TestResponse {
        self.call(Method::GET, path, None, token).await
    }

    pub async fn post(&self, path: &str, body: Value, token: Option<&str>) -> TestResponse {
        self.call(Method::POST, path, Some(body), token).await
    }

    pub async fn put(&self, path: &str, body: Value, token: Option<&str>) -> TestResponse {
        self.call(Method::PUT, path, Some(body), token).await
    }

    pub async fn delete(&self, path: &str, token: Option<&str>) -> TestResponse {
        self.call(Method::DELETE, path, None, token).await
    }

    /// Runs the background jobs that are due (mail, …), as the worker would.
    pub async fn run_jobs(&self) {
        praxis_app::jobs::run_due_jobs(&self.app)
            .await
            .expect("jobs run");
    }

    /// Every mail sent so far (after running due jobs), oldest first.
    pub async fn mails(&self) -> Vec<Mail> {
        self.run_jobs().await;
        read_outbox(&self.app.config.outbox_dir())
    }

    /// The newest mail to an address (compared case-insensitively).
    pub async fn last_mail_to(&self, email: &str) -> Option<Mail> {
        let email = email.to_lowercase();
        self.mails()
            .await
            .into_iter()
            .rev()
            .find(|m| m.to.to_lowercase().contains(&email))
    }

    /// Creates an active account with a role, without signing in.
    pub async fn create_user(&self, email: &str, role: Role) -> UserId {
        let name = email
            .split('@')
            .next()
            .unwrap_or("member")
            .replace('.', " ");
        praxis_app::accounts::operator::create_user(
            &self.app,
            email,
            &format!("{name} tester"),
            "Test Ministry",
            role,
            PASSWORD,
        )
        .await
        .expect("test user created")
        .id
    }

    /// Signs in through the API and returns the bearer token.
    pub async fn sign_in(&self, email: &str) -> String {
        let response = self
            .post(
                "/api/v1/auth/login",
                serde_json::json!({ "email": email, "password": PASSWORD }),
                None,
            )
            .await;
        assert_eq!(
            response.status,
            StatusCode::OK,
            "sign-in of {email}: {}",
            response.text()
        );
        response.json()["token"].as_str().expect("token").to_owned()
    }

    /// An active person with a role who has accepted the usage code; returns
    /// their bearer token.
    pub async fn with_role(&self, email: &str, role: Role) -> String {
        self.create_user(email, role).await;
        let token = self.sign_in(email).await;
        let code = self.get("/api/v1/usage-code", None).await.json();
        let accepted = self
            .post(
                "/api/v1/usage-code/accept",
                serde_json::json!({ "version": code["version"] }),
                Some(&token),
            )
            .await;
        assert_eq!(accepted.status, StatusCode::OK, "{}", accepted.text());
        token
    }

    /// An active member who has accepted the usage code.
    pub async fn with_member(&self, email: &str) -> String {
        self.with_role(email, Role::Member).await
    }

    pub async fn with_admin(&self, email: &str) -> String {
        self.with_role(email, Role::Admin).await
    }
}
