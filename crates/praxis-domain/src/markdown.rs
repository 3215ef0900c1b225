//! Markdown to safe HTML, done once when text is written and stored beside
//! the source, so pages never render Markdown on the hot path.
//!
//! Two layers of defence: raw HTML in the source is shown as text, never
//! interpreted; and the generated HTML passes an allow-list sanitiser
//! (ammonia) that drops scripts, event attributes and `javascript:`/`data:`
//! URLs, and marks links `rel="nofollow ugc noopener"`.

use pulldown_cmark::{Event, Options, Parser, html};
use std::collections::HashSet;
use std::sync::OnceLock;

fn sanitizer() -> &'static ammonia::Builder<'static> {
    static BUILDER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    BUILDER.get_or_init(|| {
        let tags: HashSet<&str> = [
            "a",
            "p",
            "br",
            "hr",
            "strong",
            "em",
            "del",
            "code",
            "pre",
            "blockquote",
            "ul",
            "ol",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "img",
            "input",
            "sup",
            "sub",
        ]
        .into_iter()
        .collect();
        let mut builder = ammonia::Builder::default();
        builder
            .tags(tags)
            .url_schemes(["http", "https", "mailto"].into_iter().collect())
            .link_rel(Some("nofollow ugc noopener"))
            .add_tag_attributes("img", ["src", "alt", "title"])
            .add_tag_attributes("a", ["href", "title"])
            .add_tag_attributes("input", ["type", "checked", "disabled"])
            .add_tag_attributes("th", ["align"])
            .add_tag_attributes("td", ["align"])
            .add_tag_attributes("ol", ["start"]);
        builder
    })
}

/// The words of a Markdown text without its markup, for search and
/// snippets: blocks are separated by a blank line, links keep their text.
pub fn to_plain_text(source: &str) -> String {
    use pulldown_cmark::TagEnd;
    let mut out = String::with_capacity(source.len());
    for event in Parser::new_ext(source, Options::ENABLE_TABLES) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                out.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::CodeBlock
                | TagEnd::TableCell
                | TagEnd::BlockQuote(_),
            ) => out.push('\n'),
            _ => {}
        }
    }
    out.trim().to_owned()
}

/// Renders CommonMark (with tables, strikethrough and task lists) to
/// sanitised HTML.
pub fn to_safe_html(source: &str) -> String {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    let parser = Parser::new_ext(source, options).map(|event| match event {
        // Raw HTML is shown as typed, not interpreted.
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        other => other,
    });
    let mut unsafe_html = String::with_capacity(source.len() * 3 / 2);
    html::push_html(&mut unsafe_html, parser);
    sanitizer().clean(&unsafe_html).to_string()
}

#[cfg(test)]
mod tests {
    use super::{to_plain_text, to_safe_html};

    #[test]
    fn plain_text_keeps_words_and_drops_markup() {
        let text = to_plain_text("# Title\n\nSee **the** [guide](https://example.org) and `code`.");
        assert_eq!(text, "Title\nSee the guide and code.");
    }

    /// The markup of every tag in the output (the text between `<` and `>`).
    fn tags(html: &str) -> Vec<&str> {
        html.split('<')
            .skip(1)
            .filter_map(|rest| rest.split_once('>').map(|(tag, _)| tag))
            .collect()
    }

    #[test]
    fn formatting_survives() {
        let html = to_safe_html("**bold** and [link](https://example.org)");
        assert!(html.contains("<strong>bold</strong>"));
        assert!(html.contains(r#"href="https://example.org""#));
        assert!(html.contains(r#"rel="nofollow ugc noopener""#));
    }

    #[test]
    fn script_and_event_handlers_never_survive() {
        for payload in [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![alt\" onerror=\"alert(1)](https://example.org/a.png)",
            "<a href=\"javascript:alert(1)\">x</a>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "<svg/onload=alert(1)>",
            "[x](&#106;avascript:alert(1))",
        ] {
            let html = to_safe_html(payload).to_lowercase();
            // Text and quoted values may mention anything once escaped;
            // tag names, attribute names and URLs may not.
            for tag in tags(&html) {
                let names: String = tag.split('"').step_by(2).collect();
                assert!(!names.starts_with("script"), "{payload} gave {html}");
                assert!(!names.starts_with("svg"), "{payload} gave {html}");
                assert!(!names.contains(" on"), "{payload} gave {html}");
                for url in [
                    "href=\"javascript:",
                    "src=\"javascript:",
                    "href=\"data:",
                    "src=\"data:",
                ] {
                    assert!(!tag.contains(url), "{payload} gave {html}");
                }
            }
        }
    }
}
