use std::path::Path;

/// A mail read back from the outbox folder.
#[derive(Debug, Clone)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body: String,
    pub file_name: String,
}

impl Mail {
    /// The action link: the first body line that starts with `http`.
    pub fn link(&self) -> Option<String> {
        self.body
            .lines()
            .find(|line| line.starts_with("http"))
            .map(|line| line.trim().to_owned())
    }

    /// The `token` query parameter of the action link.
    pub fn token(&self) -> Option<String> {
        let link = self.link()?;
        let query = link.split_once('?')?.1;
        query
            .split('&')
            .find_map(|pair| pair.strip_prefix("token="))
            .map(str::to_owned)
    }
}

/// Every mail in the folder, oldest first.
pub fn read_outbox(dir: &Path) -> Vec<Mail> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut names: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".eml") && !name.starts_with('.'))
        .collect();
    names.sort();
    names
        .into_iter()
        .filter_map(|name| {
            let raw = std::fs::read_to_string(dir.join(&name)).ok()?;
            Some(parse(&raw, name))
        })
        .collect()
}

fn parse(raw: &str, file_name: String) -> Mail {
    let raw = raw.replace("\r\n", "\n");
    let (head, body) = raw.split_once("\n\n").unwrap_or((&raw, ""));
    let header = |name: &str| {
        head.lines()
            .find_map(|line| {
                line.split_once(':')
                    .filter(|(k, _)| k.eq_ignore_ascii_case(name))
                    .map(|(_, v)| v.trim().to_owned())
            })
            .unwrap_or_default()
    };
    Mail {
        to: header("To"),
        subject: header("Subject"),
        body: body.to_owned(),
        file_name,
    }
}
