//! Validated text values typed by people.

use crate::validation::ValidationError;
use std::fmt;

/// Trims and checks the length (in characters) of a free-text field. Control
/// characters other than newlines and tabs are refused: they never belong in
/// names or prose and can corrupt logs and mails.
pub fn bounded_text(
    field: &str,
    value: &str,
    min: usize,
    max: usize,
) -> Result<String, ValidationError> {
    let trimmed = value.trim();
    let len = trimmed.chars().count();
    if min > 0 && len == 0 {
        return Err(ValidationError::required(field));
    }
    if len < min {
        return Err(ValidationError::too_short(field, min));
    }
    if len > max {
        return Err(ValidationError::too_long(field, max));
    }
    if trimmed
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
    {
        return Err(ValidationError::new(
            field,
            "invalid_characters",
            "This text contains control characters.",
        ));
    }
    Ok(trimmed.to_owned())
}

/// Like [`bounded_text`] but on one line: names, titles, organisations.
pub fn single_line(
    field: &str,
    value: &str,
    min: usize,
    max: usize,
) -> Result<String, ValidationError> {
    let text = bounded_text(field, value, min, max)?;
    if text.contains(['\n', '\r', '\t']) {
        return Err(ValidationError::new(
            field,
            "invalid_characters",
            "This must fit on one line.",
        ));
    }
    Ok(text)
}

/// An email address, trimmed and lower-cased so that one person has one account.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    pub const MAX_LEN: usize = 254;

    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        let invalid = || {
            ValidationError::new(
                "email",
                "invalid_email",
                "Enter an email address like name@ministry.example.gov.",
            )
        };
        let value = raw.trim().to_lowercase();
        if value.is_empty() {
            return Err(ValidationError::required("email"));
        }
        if value.chars().count() > Self::MAX_LEN {
            return Err(ValidationError::too_long("email", Self::MAX_LEN));
        }
        let (local, domain) = value.rsplit_once('@').ok_or_else(invalid)?;
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..")
            && local
                .chars()
                .all(|c| c.is_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c));
        if !local_ok || DomainName::parse(domain).is_none() || !domain.contains('.') {
            return Err(invalid());
        }
        Ok(Self(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The part after the `@`.
    pub fn domain(&self) -> &str {
        self.0.rsplit_once('@').map(|(_, d)| d).unwrap_or_default()
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A DNS host name, lower-cased (internationalised names must be given in
/// their ASCII `xn--` form, as mail systems do).
struct DomainName;

impl DomainName {
    fn parse(value: &str) -> Option<()> {
        if value.is_empty() || value.len() > 253 {
            return None;
        }
        let labels_ok = value.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        });
        labels_ok.then_some(())
    }
}

/// A public-buyer email domain on the allow-list. It also covers its
/// subdomains: `minfin.nl` admits `rijksoverheid.minfin.nl`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct BuyerDomain(String);

impl BuyerDomain {
    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        let value = raw
            .trim()
            .trim_start_matches('@')
            .trim_end_matches('.')
            .to_lowercase();
        if value.is_empty() {
            return Err(ValidationError::required("domain"));
        }
        if DomainName::parse(&value).is_none() || !value.contains('.') {
            return Err(ValidationError::new(
                "domain",
                "invalid_domain",
                "Enter a domain name like minfin.example.gov, without @ or http://.",
            ));
        }
        Ok(Self(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether an email domain is this domain or one of its subdomains.
    pub fn admits(&self, email_domain: &str) -> bool {
        email_domain == self.0
            || email_domain
                .strip_suffix(&self.0)
                .is_some_and(|prefix| prefix.ends_with('.'))
    }

    /// The domain itself and every parent domain of an email domain, the
    /// candidates an allow-list lookup must try: `a.b.gov` → `a.b.gov`, `b.gov`, `gov`.
    pub fn candidates(email_domain: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut rest = email_domain;
        loop {
            out.push(rest.to_owned());
            match rest.split_once('.') {
                Some((_, parent)) if !parent.is_empty() => rest = parent,
                _ => break,
            }
        }
        out
    }
}

impl fmt::Display for BuyerDomain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The name a person shows to others. Also the handle of `@mentions`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisplayName(String);

impl DisplayName {
    pub const MAX_LEN: usize = 60;

    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        let value = single_line("display_name", raw, 2, Self::MAX_LEN)?;
        if value.contains(['@', '<', '>']) {
            return Err(ValidationError::new(
                "display_name",
                "invalid_characters",
                "A display name cannot contain @, < or >.",
            ));
        }
        Ok(Self(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_inner(self) -> String {
        self.0
    }
}

/// The organisation a person works for (ministry, agency, hospital…).
pub fn organisation(raw: &str) -> Result<String, ValidationError> {
    single_line("organisation", raw, 2, 120)
}

/// An optional http(s) address (a meeting link, a legal source): empty
/// stays empty; anything else must be a full web address without spaces.
pub fn web_address(field: &str, raw: &str) -> Result<String, ValidationError> {
    let url = raw.trim();
    if url.is_empty() {
        return Ok(String::new());
    }
    if url.len() > 500
        || !(url.starts_with("https://") || url.starts_with("http://"))
        || url.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        return Err(ValidationError::new(
            field,
            "invalid_url",
            "Give a full web address starting with https://, without spaces.",
        ));
    }
    Ok(url.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_normalised_and_checked() {
        let email = Email::parse("  Alice.Dupont@MinFin.Example.GOV ").expect("valid");
        assert_eq!(email.as_str(), "alice.dupont@minfin.example.gov");
        assert_eq!(email.domain(), "minfin.example.gov");
        for bad in [
            "",
            "alice",
            "alice@",
            "@x.gov",
            "a@b",
            "a b@x.gov",
            "a@-x.gov",
            "a..b@x.gov",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad} should be refused");
        }
        let long = format!("{}@x.gov", "a".repeat(300));
        assert_eq!(Email::parse(&long).unwrap_err().code, "too_long");
    }

    #[test]
    fn a_buyer_domain_admits_its_subdomains_only() {
        let domain = BuyerDomain::parse("@MinFin.nl").expect("valid");
        assert_eq!(domain.as_str(), "minfin.nl");
        assert!(domain.admits("minfin.nl"));
        assert!(domain.admits("belastingdienst.minfin.nl"));
        assert!(!domain.admits("notminfin.nl"));
        assert!(!domain.admits("minfin.nl.evil.com"));
        assert_eq!(
            BuyerDomain::candidates("a.b.gov"),
            vec!["a.b.gov".to_owned(), "b.gov".to_owned(), "gov".to_owned()]
        );
        assert!(BuyerDomain::parse("http://x.nl").is_err());
    }

    #[test]
    fn display_names_are_bounded_single_lines() {
        assert!(DisplayName::parse("Anna de Vries").is_ok());
        assert!(DisplayName::parse(" ").is_err());
        assert!(DisplayName::parse("a\nb").is_err());
        assert!(DisplayName::parse(&"x".repeat(61)).is_err());
        assert!(DisplayName::parse("<script>").is_err());
    }
}
