//! A router that remembers what it serves. Every route is added through
//! [`RouteTable`], which registers it with axum and lists its method and
//! path, so tests can enumerate the router itself (the authorization matrix
//! fails when a route is added without an expectation).

use axum::Router;
use axum::handler::Handler;
use axum::http::Method;
use axum::routing::{MethodRouter, delete, get, patch, post, put};
use praxis_app::App;

/// One method on one path, as the router matches it (`/api/v1/threads/{id}`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RouteEntry {
    pub method: Method,
    pub path: String,
}

impl std::fmt::Display for RouteEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.method, self.path)
    }
}

pub struct RouteTable {
    pub router: Router<App>,
    /// Where this table will be nested (`/api/v1`), for the listing.
    prefix: &'static str,
    pub listed: Vec<RouteEntry>,
}

macro_rules! method {
    ($name:ident, $axum:ident, $method:expr) => {
        pub fn $name<H, T>(self, path: &str, handler: H) -> Self
        where
            H: Handler<T, App>,
            T: 'static,
        {
            self.add($method, path, $axum(handler))
        }
    };
}

impl RouteTable {
    pub fn new(prefix: &'static str) -> Self {
        RouteTable {
            router: Router::new(),
            prefix,
            listed: Vec::new(),
        }
    }

    method!(get, get, Method::GET);
    method!(post, post, Method::POST);
    method!(put, put, Method::PUT);
    method!(patch, patch, Method::PATCH);
    method!(delete, delete, Method::DELETE);

    fn add(mut self, method: Method, path: &str, route: MethodRouter<App>) -> Self {
        // axum merges the methods of one path added one by one.
        self.router = self.router.route(path, route);
        self.listed.push(RouteEntry {
            method,
            path: format!("{}{path}", self.prefix),
        });
        self
    }
}
