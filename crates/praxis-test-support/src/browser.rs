use crate::test_app::{TestApp, TestResponse};
use axum::body::Body;
use axum::http::{Method, Request, header};
use std::collections::BTreeMap;

/// A person with a browser: keeps cookies, reads the CSRF token from the
/// last page, and submits forms as url-encoded posts.
pub struct Browser<'a> {
    app: &'a TestApp,
    cookies: BTreeMap<String, String>,
    last_page: String,
    /// Sent as `Accept-Language` when set.
    accept_language: Option<String>,
}

impl<'a> Browser<'a> {
    pub fn new(app: &'a TestApp) -> Self {
        Browser {
            app,
            cookies: BTreeMap::new(),
            last_page: String::new(),
            accept_language: None,
        }
    }

    /// A browser whose reader prefers these languages (`nl-BE,nl;q=0.9`).
    pub fn with_accept_language(mut self, languages: &str) -> Self {
        self.accept_language = Some(languages.to_owned());
        self
    }

    fn request_to(&self, method: Method, path: &str) -> axum::http::request::Builder {
        let builder = Request::builder()
            .method(method)
            .uri(path)
            .header(header::COOKIE, self.cookie_header());
        match &self.accept_language {
            Some(languages) => builder.header(header::ACCEPT_LANGUAGE, languages),
            None => builder,
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn remember(&mut self, response: &TestResponse) {
        for value in response.headers.get_all(header::SET_COOKIE) {
            let Ok(value) = value.to_str() else { continue };
            let pair = value.split(';').next().unwrap_or("");
            if let Some((name, val)) = pair.split_once('=') {
                if val.is_empty() || value.contains("Max-Age=0") {
                    self.cookies.remove(name);
                } else {
                    self.cookies.insert(name.to_owned(), val.to_owned());
                }
            }
        }
        if response
            .header("content-type")
            .is_some_and(|t| t.starts_with("text/html"))
        {
            self.last_page = response.text();
        }
    }

    pub fn cookie(&self, name: &str) -> Option<&str> {
        self.cookies.get(name).map(String::as_str)
    }

    pub async fn get(&mut self, path: &str) -> TestResponse {
        let request = self
            .request_to(Method::GET, path)
            .body(Body::empty())
            .expect("request");
        let response = self.app.request(request).await;
        self.remember(&response);
        response
    }

    /// The `_csrf` value of the last HTML page seen.
    pub fn csrf(&self) -> String {
        let marker = "name=\"_csrf\" value=\"";
        self.last_page
            .split_once(marker)
            .and_then(|(_, rest)| rest.split('"').next())
            .unwrap_or_default()
            .to_owned()
    }

    /// Posts a form with the page's CSRF token added.
    pub async fn submit(&mut self, path: &str, fields: &[(&str, &str)]) -> TestResponse {
        let csrf = self.csrf();
        let mut all: Vec<(&str, &str)> = vec![("_csrf", csrf.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(path, &all).await
    }

    /// Posts exactly these fields (no CSRF token added).
    pub async fn post_raw(&mut self, path: &str, fields: &[(&str, &str)]) -> TestResponse {
        let body = serde_urlencoded::to_string(fields).expect("form encodes");
        let request = self
            .request_to(Method::POST, path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .expect("request");
        let response = self.app.request(request).await;
        self.remember(&response);
        response
    }

    /// Posts a `multipart/form-data` form (the page's CSRF token first, as a
    /// browser sends the form's fields in order) with one file.
    pub async fn submit_multipart(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        file: (&str, &[u8]),
    ) -> TestResponse {
        const BOUNDARY: &str = "praxis-browser-boundary";
        let csrf = self.csrf();
        let mut body = Vec::new();
        let all = std::iter::once(("_csrf", csrf.as_str())).chain(fields.iter().copied());
        for (name, value) in all {
            body.extend_from_slice(
                format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                    .as_bytes(),
            );
        }
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{}\"\r\nContent-Type: application/octet-stream\r\n\r\n",
                file.0
            )
            .as_bytes(),
        );
        body.extend_from_slice(file.1);
        body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
        let request = self
            .request_to(Method::POST, path)
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={BOUNDARY}"),
            )
            .body(Body::from(body))
            .expect("request");
        let response = self.app.request(request).await;
        self.remember(&response);
        response
    }

    /// Signs in through the sign-in form.
    pub async fn sign_in(&mut self, email: &str, password: &str) -> TestResponse {
        self.get("/login").await;
        self.submit("/login", &[("email", email), ("password", password)])
            .await
    }
}
