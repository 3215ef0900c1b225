//! The look of one deployment: its accent colour and its logo
//! (`[theme]` in the configuration), checked once at start.
//!
//! The accent is the background of the header and of buttons (under white
//! text) and the colour of links (on white and on the light panels), so a
//! colour that cannot carry white text, or that links on a panel would not
//! stand out against, at 4.5:1 (WCAG 2.1 AA) is refused. The hover shade is
//! derived from it (darker, so its contrast only grows). Focus rings are
//! yellow and near-black together, so one of the two stands out against any
//! accepted accent.

use crate::config::ThemeConfig;
use sha2::{Digest, Sha256};
use std::fmt;
use std::path::Path;

/// Praxis's own accent, used when a deployment sets none.
pub const DEFAULT_ACCENT: &str = "#1d4f91";
/// The light background of panels, cards and the footer (`--bg-soft` in
/// `praxis.css`), on which links are drawn in the accent.
pub const PANEL_BACKGROUND: Rgb = Rgb(0xf3, 0xf5, 0xf8);
pub const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);
/// WCAG 2.1 AA contrast for ordinary text.
pub const MINIMUM_CONTRAST: f64 = 4.5;
/// The largest logo accepted: it is kept in memory and sent with every
/// first visit.
pub const MAX_LOGO_BYTES: u64 = 512 * 1024;

/// A colour of the sRGB space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Reads `#rrggbb` (either case).
    pub fn parse(text: &str) -> Option<Rgb> {
        let hex = text.trim().strip_prefix('#')?;
        if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        Some(Rgb(channel(0)?, channel(2)?, channel(4)?))
    }

    /// Relative luminance as WCAG 2.1 defines it.
    pub fn luminance(self) -> f64 {
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }

    /// The contrast ratio of two colours, from 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (light, dark) = if a > b { (a, b) } else { (b, a) };
        (light + 0.05) / (dark + 0.05)
    }

    /// The colour mixed with black: `share` of black (0–1).
    pub fn darker(self, share: f64) -> Rgb {
        let keep = 1.0 - share.clamp(0.0, 1.0);
        // In 0..=255 by construction, so the cast cannot truncate.
        let channel = |c: u8| (f64::from(c) * keep).round() as u8;
        Rgb(channel(self.0), channel(self.1), channel(self.2))
    }
}

impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// A setting that keeps Praxis from starting, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeError {
    /// The setting, as written in the TOML file (`theme.accent_colour`).
    pub setting: &'static str,
    pub message: String,
}

impl fmt::Display for ThemeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "configuration: {}: {}", self.setting, self.message)
    }
}

impl std::error::Error for ThemeError {}

/// The deployment's logo, read at start.
#[derive(Debug, Clone)]
pub struct Logo {
    pub bytes: Vec<u8>,
    /// `image/svg+xml` or `image/png`.
    pub content_type: &'static str,
    /// A hash of the bytes, for the address (caches keep it a year).
    pub version: String,
}

impl Logo {
    pub fn is_svg(&self) -> bool {
        self.content_type == "image/svg+xml"
    }
}

/// The accent as CSS custom properties (`/theme.css`), and the logo.
#[derive(Debug, Clone)]
pub struct Theme {
    pub accent: Rgb,
    /// Hover and pressed states: the accent with a quarter of black.
    pub accent_dark: Rgb,
    pub stylesheet: String,
    /// A hash of the stylesheet, for its address.
    pub stylesheet_version: String,
    pub logo: Option<Logo>,
}

impl Default for Theme {
    fn default() -> Self {
        Theme::from_config(&ThemeConfig::default()).expect("the default theme is valid")
    }
}

impl Theme {
    /// Checks the settings and reads the logo: a malformed colour, one
    /// that fails the contrast, or a logo that is not a PNG or SVG file
    /// (or is too large) is refused, naming the setting.
    pub fn from_config(config: &ThemeConfig) -> Result<Theme, ThemeError> {
        let accent = accent_of(config.accent_colour.as_deref())?;
        let accent_dark = accent.darker(0.25);
        let stylesheet = format!(
            "/* The accent of this deployment (theme.accent_colour). */\n\
             :root {{ --accent: {accent}; --accent-dark: {accent_dark}; }}\n"
        );
        let stylesheet_version = short_hash(stylesheet.as_bytes());
        let logo = match &config.logo {
            Some(path) if !path.as_os_str().is_empty() => Some(read_logo(path)?),
            _ => None,
        };
        Ok(Theme {
            accent,
            accent_dark,
            stylesheet,
            stylesheet_version,
            logo,
        })
    }

    /// Where pages link the stylesheet; the hash changes with the colour.
    pub fn stylesheet_url(&self) -> String {
        format!("/theme.css?v={}", self.stylesheet_version)
    }

    /// Where pages show the logo, if there is one.
    pub fn logo_url(&self) -> Option<String> {
        self.logo
            .as_ref()
            .map(|logo| format!("/logo?v={}", logo.version))
    }
}

fn accent_of(configured: Option<&str>) -> Result<Rgb, ThemeError> {
    const SETTING: &str = "theme.accent_colour";
    let text = match configured {
        Some(text) if !text.trim().is_empty() => text.trim(),
        _ => DEFAULT_ACCENT,
    };
    let accent = Rgb::parse(text).ok_or_else(|| ThemeError {
        setting: SETTING,
        message: format!("{text:?} is not a colour written #rrggbb (for example \"#1d4f91\")"),
    })?;
    let on_white = accent.contrast(WHITE);
    if on_white < MINIMUM_CONTRAST {
        return Err(ThemeError {
            setting: SETTING,
            message: format!(
                "white text on {accent} has a contrast ratio of {on_white:.2}:1, below the \
                 {MINIMUM_CONTRAST}:1 that WCAG 2.1 AA requires; choose a darker colour"
            ),
        });
    }
    let on_panel = accent.contrast(PANEL_BACKGROUND);
    if on_panel < MINIMUM_CONTRAST {
        return Err(ThemeError {
            setting: SETTING,
            message: format!(
                "links in {accent} on the light panel background {PANEL_BACKGROUND} have a \
                 contrast ratio of {on_panel:.2}:1 (white text on it: {on_white:.2}:1), below \
                 the {MINIMUM_CONTRAST}:1 that WCAG 2.1 AA requires; choose a darker colour"
            ),
        });
    }
    Ok(accent)
}

fn read_logo(path: &Path) -> Result<Logo, ThemeError> {
    const SETTING: &str = "theme.logo";
    let error = |message: String| ThemeError {
        setting: SETTING,
        message: format!("{}: {message}", path.display()),
    };
    let size = std::fs::metadata(path)
        .map_err(|e| error(format!("cannot be read ({e})")))?
        .len();
    if size > MAX_LOGO_BYTES {
        return Err(error(format!(
            "is {size} bytes; a logo may have at most {MAX_LOGO_BYTES} bytes (512 KiB)"
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| error(format!("cannot be read ({e})")))?;
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let content_type = match (extension.as_str(), logo_kind(&bytes)) {
        ("png", Some(kind @ "image/png")) | ("svg", Some(kind @ "image/svg+xml")) => kind,
        _ => {
            return Err(error(
                "is not an SVG (.svg) or PNG (.png) image; a logo must be one of the two, \
                 and its content must match its name"
                    .to_owned(),
            ));
        }
    };
    Ok(Logo {
        version: short_hash(&bytes),
        bytes,
        content_type,
    })
}

/// What the bytes are: a PNG by its signature, an SVG by an `<svg` root
/// element in UTF-8 text.
fn logo_kind(bytes: &[u8]) -> Option<&'static str> {
    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n";
    if bytes.starts_with(PNG) {
        return Some("image/png");
    }
    let text = std::str::from_utf8(bytes).ok()?;
    let text = text.trim_start_matches('\u{feff}').trim_start();
    let starts_like_xml = text.starts_with("<?xml")
        || text.starts_with("<svg")
        || text.starts_with("<!--")
        || text.starts_with("<!DOCTYPE svg");
    (starts_like_xml && text.contains("<svg") && text.trim_end().ends_with('>'))
        .then_some("image/svg+xml")
}

fn short_hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn theme(accent: Option<&str>, logo: Option<PathBuf>) -> Result<Theme, ThemeError> {
        Theme::from_config(&ThemeConfig {
            accent_colour: accent.map(str::to_owned),
            logo,
        })
    }

    /// A file in a folder of its own, removed when the guard drops.
    struct Folder(PathBuf);

    impl Drop for Folder {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn file(name: &str, bytes: &[u8]) -> (Folder, PathBuf) {
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("praxis-theme-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a folder");
        let path = dir.join(name);
        std::fs::write(&path, bytes).expect("written");
        (Folder(dir), path)
    }

    const SVG: &[u8] = b"<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" \
viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>\n";
    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

    #[test]
    fn contrast_follows_wcag() {
        let black = Rgb(0, 0, 0);
        assert!((black.contrast(WHITE) - 21.0).abs() < 1e-9);
        assert!((WHITE.contrast(WHITE) - 1.0).abs() < 1e-9);
        // #767676 is the well-known lightest grey that passes on white.
        let grey = Rgb::parse("#767676").expect("a colour");
        assert!((grey.contrast(WHITE) - 4.54).abs() < 0.01);
    }

    #[test]
    fn the_default_accent_passes_and_reaches_the_stylesheet() {
        let theme = theme(None, None).expect("the default");
        assert_eq!(theme.accent.to_string(), DEFAULT_ACCENT);
        assert!(theme.stylesheet.contains("--accent: #1d4f91;"));
        assert!(theme.stylesheet.contains("--accent-dark: #163b6d;"));
        assert!(theme.logo_url().is_none());
        assert!(theme.stylesheet_url().starts_with("/theme.css?v="));
    }

    #[test]
    fn a_dark_enough_accent_is_used_with_a_derived_hover_shade() {
        let theme = theme(Some(" #0B6E4F "), None).expect("a dark green");
        assert_eq!(theme.accent, Rgb(0x0b, 0x6e, 0x4f));
        assert!(theme.stylesheet.contains("--accent: #0b6e4f;"));
        assert!(theme.accent_dark.contrast(WHITE) > theme.accent.contrast(WHITE));
        let other = self::theme(Some("#1d4f91"), None).expect("blue");
        assert_ne!(theme.stylesheet_url(), other.stylesheet_url());
    }

    #[test]
    fn a_malformed_colour_is_refused_naming_the_setting() {
        for bad in [
            "1d4f91",
            "#1d4f9",
            "#1d4f911",
            "#gggggg",
            "navy",
            "rgb(0,0,0)",
        ] {
            let error = theme(Some(bad), None).expect_err(bad);
            assert_eq!(error.setting, "theme.accent_colour");
            assert!(error.to_string().contains("theme.accent_colour"), "{error}");
            assert!(error.message.contains("#rrggbb"), "{error}");
        }
    }

    #[test]
    fn a_light_accent_is_refused_with_its_measured_ratio() {
        let error = theme(Some("#88aaff"), None).expect_err("too light");
        assert_eq!(error.setting, "theme.accent_colour");
        let measured = format!("{:.2}:1", Rgb(0x88, 0xaa, 0xff).contrast(WHITE));
        assert!(error.message.contains(&measured), "{error}");
        assert!(error.message.contains("4.5:1"), "{error}");
        // Passes with white text (4.5–4.8:1) yet too pale for links on panels.
        let error = theme(Some("#767676"), None).expect_err("too pale on panels");
        assert!(error.message.contains("light panel background"), "{error}");
        assert!(error.message.contains("4.54:1"), "{error}");
    }

    #[test]
    fn an_svg_or_png_logo_is_read_with_its_type() {
        let (_dir, svg) = file("logo.svg", SVG);
        let theme = theme(None, Some(svg)).expect("an SVG logo");
        let logo = theme.logo.as_ref().expect("a logo");
        assert_eq!(logo.content_type, "image/svg+xml");
        assert!(logo.is_svg());
        assert_eq!(logo.bytes, SVG);
        assert_eq!(theme.logo_url(), Some(format!("/logo?v={}", logo.version)));
        let (_dir, png) = file("Logo.PNG", PNG);
        let theme = self::theme(None, Some(png)).expect("a PNG logo");
        assert_eq!(theme.logo.expect("a logo").content_type, "image/png");
    }

    #[test]
    fn a_logo_that_is_not_svg_or_png_is_refused() {
        let cases: [(&str, &[u8]); 4] = [
            ("logo.gif", b"GIF89a\x01\0\x01\0"),
            ("logo.svg", b"<html><script>alert(1)</script></html>"),
            ("logo.png", SVG),
            ("logo.svg", PNG),
        ];
        for (name, bytes) in cases {
            let (_dir, path) = file(name, bytes);
            let error = theme(None, Some(path)).expect_err(name);
            assert_eq!(error.setting, "theme.logo");
            assert!(error.message.contains("not an SVG"), "{error}");
        }
        let missing =
            theme(None, Some(PathBuf::from("/nonexistent/logo.svg"))).expect_err("missing");
        assert!(
            missing
                .to_string()
                .starts_with("configuration: theme.logo: /nonexistent/logo.svg")
        );
        let (_dir, big) = file("big.png", &vec![0u8; MAX_LOGO_BYTES as usize + 1]);
        let error = theme(None, Some(big)).expect_err("too large");
        assert!(error.message.contains("at most"), "{error}");
    }
}
