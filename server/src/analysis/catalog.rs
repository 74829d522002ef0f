//! Every status code an editor can offer in a picker: the registered codes,
//! the project's own codes from `http-status.toml`, and the codes vendors
//! use without registering them. Each entry carries its full card, so a
//! client needs no copy of the registry.

use http_status_registry::{self as registry, Locale};

use super::hover::{card, custom_card};
use crate::project::Project;
use crate::syntax::Language;

/// Where an entry's meaning comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// The IANA registry; the value is its standing (`standard`,
    /// `deprecated`, ...).
    Registered(&'static str),
    /// The project's `http-status.toml`.
    Project,
    /// A vendor's code; the value names the vendor(s).
    Vendor(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub code: u16,
    pub phrase: String,
    pub summary: String,
    pub origin: Origin,
    /// Markdown, as the hover shows it.
    pub documentation: String,
}

/// The entries in code order. A code the project declares comes first in
/// its place, then the registered meaning, then vendors'. `language` and
/// `text` choose the constant names the cards mention.
pub fn catalog(
    language: Option<Language>,
    text: &str,
    locale: Locale,
    project: &Project,
) -> Vec<Entry> {
    let mut entries = Vec::new();
    for custom in project.custom_codes.values() {
        entries.push(Entry {
            code: custom.code,
            phrase: custom.reason.clone(),
            summary: first_sentence(&custom.description),
            origin: Origin::Project,
            documentation: custom_card(custom, project, locale),
        });
    }
    for status in registry::statuses() {
        if project.custom(status.code).is_some() {
            continue;
        }
        entries.push(Entry {
            code: status.code,
            phrase: status.phrase.to_owned(),
            summary: status.text(locale).summary.to_owned(),
            origin: Origin::Registered(status.standing.id()),
            documentation: card(language, text, status.code, locale).unwrap_or_default(),
        });
    }
    let mut vendor_codes: Vec<u16> = registry::unofficials().iter().map(|u| u.code).collect();
    vendor_codes.dedup();
    for code in vendor_codes {
        if registry::status(code).is_some() || project.custom(code).is_some() {
            continue;
        }
        let vendors = registry::unofficial(code);
        let Some(first) = vendors.first() else {
            continue;
        };
        let names: Vec<&str> = vendors.iter().map(|v| v.vendor).collect();
        entries.push(Entry {
            code,
            phrase: first.reason.to_owned(),
            summary: first.text(locale).summary.to_owned(),
            origin: Origin::Vendor(names.join(", ")),
            documentation: card(language, text, code, locale).unwrap_or_default(),
        });
    }
    entries.sort_by_key(|e| e.code);
    entries
}

fn first_sentence(text: &str) -> String {
    let line = text.lines().next().unwrap_or("");
    match line.find(". ") {
        Some(end) => line[..=end].to_owned(),
        None => line.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_registered_code_once_in_order_with_its_card() {
        let entries = catalog(Some(Language::Go), "", Locale::En, &Project::default());
        let registered = entries
            .iter()
            .filter(|e| matches!(e.origin, Origin::Registered(_)))
            .count();
        assert_eq!(registered, registry::statuses().len());
        assert!(entries.windows(2).all(|w| w[0].code <= w[1].code));
        let not_found = entries.iter().find(|e| e.code == 404).expect("404");
        assert_eq!(not_found.phrase, "Not Found");
        assert!(not_found.documentation.starts_with("**404 Not Found**"));
        assert!(not_found.documentation.contains("`http.StatusNotFound`"));
        let teapot_or_vendor = entries
            .iter()
            .find(|e| matches!(e.origin, Origin::Vendor(_)))
            .expect("a vendor code");
        assert!(!teapot_or_vendor.documentation.is_empty());
    }

    #[test]
    fn project_codes_and_chinese() {
        let project = Project::parse(
            std::path::Path::new("http-status.toml"),
            "[custom-codes.290]\nreason = \"Queued\"\ndescription = \"Accepted into the batch queue. Poll later.\"\n",
        )
        .expect("config");
        let entries = catalog(None, "", Locale::ZhCn, &project);
        let queued = entries.iter().find(|e| e.code == 290).expect("290");
        assert_eq!(queued.origin, Origin::Project);
        assert_eq!(queued.summary, "Accepted into the batch queue.");
        let created = entries.iter().find(|e| e.code == 201).expect("201");
        assert!(created.documentation.contains("201 Created"));
        assert!(
            created
                .summary
                .chars()
                .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{}",
            created.summary
        );
    }
}
