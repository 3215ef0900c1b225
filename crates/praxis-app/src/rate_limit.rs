//! Throttles on the doors attackers knock on: sign-in, registration and
//! password reset, per client address and per account.

use crate::config::SecurityConfig;
use crate::error::AppError;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct RateLimits {
    per_ip: DefaultKeyedRateLimiter<IpAddr>,
    login_failures: SlidingWindow,
    /// Mails triggered per address (registration, reset), so nobody can
    /// flood someone's inbox through our forms.
    mails_per_address: SlidingWindow,
}

impl RateLimits {
    pub fn new(config: &SecurityConfig) -> Self {
        let per_minute = NonZeroU32::new(config.auth_requests_per_ip_per_minute.max(1))
            .unwrap_or(NonZeroU32::MIN);
        Self {
            per_ip: RateLimiter::keyed(Quota::per_minute(per_minute)),
            login_failures: SlidingWindow::new(
                config.login_failures_per_account.max(1) as usize,
                Duration::from_secs(config.login_failure_window_minutes.max(1) * 60),
            ),
            mails_per_address: SlidingWindow::new(
                config.mails_per_address_per_hour.max(1) as usize,
                Duration::from_secs(3600),
            ),
        }
    }

    /// Counts one request on an authentication door from `ip`.
    pub fn check_ip(&self, ip: Option<IpAddr>) -> Result<(), AppError> {
        let Some(ip) = ip else { return Ok(()) };
        self.per_ip.check_key(&ip).map_err(|not_until| {
            let wait = not_until.wait_time_from(DefaultClock::default().now());
            AppError::RateLimited {
                retry_after_secs: wait.as_secs().max(1),
            }
        })?;
        if self.per_ip.len() > 100_000 {
            self.per_ip.retain_recent();
        }
        Ok(())
    }

    /// Refuses an account that has failed too many sign-ins lately.
    pub fn check_account(&self, account: &str) -> Result<(), AppError> {
        self.login_failures.check(account)
    }

    pub fn record_login_failure(&self, account: &str) {
        self.login_failures.record(account);
    }

    pub fn clear_login_failures(&self, account: &str) {
        self.login_failures.clear(account);
    }

    /// Counts a mail-triggering request for an address (whether or not it
    /// has an account, so the answer reveals nothing).
    pub fn check_mail_to(&self, address: &str) -> Result<(), AppError> {
        self.mails_per_address.check(address)?;
        self.mails_per_address.record(address);
        Ok(())
    }
}

/// Events per key in a sliding window. For sign-ins only failures are
/// recorded, so a member who signs in often is never throttled, while
/// guessing stops after a few tries.
struct SlidingWindow {
    max: usize,
    window: Duration,
    failures: Mutex<HashMap<String, VecDeque<Instant>>>,
}

impl SlidingWindow {
    fn new(max: usize, window: Duration) -> Self {
        Self {
            max,
            window,
            failures: Mutex::new(HashMap::new()),
        }
    }

    fn check(&self, key: &str) -> Result<(), AppError> {
        let now = Instant::now();
        let mut map = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        let Some(times) = map.get_mut(key) else {
            return Ok(());
        };
        while times
            .front()
            .is_some_and(|t| now.duration_since(*t) > self.window)
        {
            times.pop_front();
        }
        if times.len() >= self.max {
            let oldest = times.front().copied().unwrap_or(now);
            let wait = self.window.saturating_sub(now.duration_since(oldest));
            return Err(AppError::RateLimited {
                retry_after_secs: wait.as_secs().max(1),
            });
        }
        Ok(())
    }

    fn record(&self, key: &str) {
        let mut map = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        if map.len() > 100_000 {
            let window = self.window;
            map.retain(|_, times| times.back().is_some_and(|t| t.elapsed() < window));
        }
        map.entry(key.to_owned())
            .or_default()
            .push_back(Instant::now());
    }

    fn clear(&self, key: &str) {
        self.failures
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_lock_an_account_until_the_window_passes() {
        let window = SlidingWindow::new(3, Duration::from_secs(60));
        for _ in 0..3 {
            assert!(window.check("a@x.gov").is_ok());
            window.record("a@x.gov");
        }
        match window.check("a@x.gov") {
            Err(AppError::RateLimited { retry_after_secs }) => assert!(retry_after_secs <= 60),
            other => panic!("expected a rate limit, got {other:?}"),
        }
        assert!(window.check("b@x.gov").is_ok());
        window.clear("a@x.gov");
        assert!(window.check("a@x.gov").is_ok());
    }
}
