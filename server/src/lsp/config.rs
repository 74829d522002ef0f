//! Settings from `initializationOptions`, `workspace/configuration` and
//! `didChangeConfiguration`. Every key is optional; an unknown key or a bad
//! value is reported by name and the default is used.

use std::collections::HashMap;

use http_status_registry::Locale;
use serde_json::Value;

use std::sync::Arc;

use crate::project::{ConstantStyle, Project};
use crate::rules::{RULES, Severity};
use crate::syntax::Language;

/// The resolved settings.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// `None`: follow the client's locale.
    pub locale: Option<Locale>,
    pub inlay_hints: bool,
    /// Per rule: `None` turns it off; missing means the rule's default.
    pub rules: HashMap<String, Option<Severity>>,
    /// `None`: every language.
    pub languages: Option<Vec<Language>>,
    pub log_level: Option<String>,
    /// `None`: the project's `constant-style`.
    pub constant_style: Option<ConstantStyle>,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            locale: None,
            inlay_hints: true,
            rules: HashMap::new(),
            languages: None,
            log_level: None,
            constant_style: None,
        }
    }
}

impl Settings {
    /// Reads a settings object; returns the settings and one message per
    /// problem. `value` may be the object itself or wrap it in `httpStatus`.
    pub fn from_json(value: &Value) -> (Settings, Vec<String>) {
        let mut settings = Settings::default();
        let mut problems = Vec::new();
        let value = value.get("httpStatus").unwrap_or(value);
        let Some(object) = value.as_object() else {
            if !value.is_null() {
                problems.push("httpStatus settings must be an object".to_owned());
            }
            return (settings, problems);
        };
        for (key, v) in object {
            match key.as_str() {
                "locale" => match v {
                    Value::Null => {}
                    Value::String(tag) if tag.is_empty() || tag == "auto" => {}
                    Value::String(tag) => match Locale::parse(tag) {
                        Some(locale) => settings.locale = Some(locale),
                        None => problems.push(format!("httpStatus.locale: \"{tag}\" is not supported; use \"en\" or \"zh-CN\"")),
                    },
                    _ => problems.push("httpStatus.locale must be a string".to_owned()),
                },
                "inlayHints" => match v {
                    Value::Bool(b) => settings.inlay_hints = *b,
                    Value::Object(o) => match o.get("enabled").and_then(Value::as_bool) {
                        Some(b) => settings.inlay_hints = b,
                        None => problems.push("httpStatus.inlayHints.enabled must be true or false".to_owned()),
                    },
                    _ => problems.push("httpStatus.inlayHints must be true or false".to_owned()),
                },
                "rules" => match v.as_object() {
                    Some(rules) => {
                        for (name, level) in rules {
                            if !RULES.iter().any(|r| r.name == name) {
                                problems.push(format!("httpStatus.rules: unknown rule \"{name}\""));
                                continue;
                            }
                            match level.as_str() {
                                Some("off") => {
                                    settings.rules.insert(name.clone(), None);
                                }
                                Some(s) => match Severity::parse(s) {
                                    Some(sev) => {
                                        settings.rules.insert(name.clone(), Some(sev));
                                    }
                                    None => problems.push(format!(
                                        "httpStatus.rules.{name}: \"{s}\" is not one of off, hint, information, warning, error"
                                    )),
                                },
                                None => problems.push(format!("httpStatus.rules.{name} must be a string")),
                            }
                        }
                    }
                    None => problems.push("httpStatus.rules must be an object".to_owned()),
                },
                "languages" => match v.as_array() {
                    Some(items) => {
                        let mut langs = Vec::new();
                        for item in items {
                            match item.as_str().and_then(Language::from_language_id) {
                                Some(l) => {
                                    langs.push(l);
                                    // TypeScript settings cover TSX too.
                                    if l == Language::TypeScript {
                                        langs.push(Language::Tsx);
                                    }
                                }
                                None => problems.push(format!("httpStatus.languages: unknown language {item}")),
                            }
                        }
                        // Only unknown ids: keep the default (every language), as the warning says.
                        settings.languages = (!langs.is_empty() || items.is_empty()).then_some(langs);
                    }
                    None => problems.push("httpStatus.languages must be a list of language ids".to_owned()),
                },
                "logLevel" | "trace" => match v.as_str() {
                    Some(level @ ("error" | "warn" | "info" | "debug" | "trace" | "off")) => {
                        settings.log_level = Some(level.to_owned());
                    }
                    _ if key == "trace" => {}
                    _ => problems.push(format!("httpStatus.logLevel: {v} is not one of off, error, warn, info, debug, trace")),
                },
                "constantStyle" => match v {
                    Value::Null => {}
                    Value::String(style) => match style.as_str() {
                        "" | "auto" | "project" => {}
                        "names" => settings.constant_style = Some(ConstantStyle::Names),
                        "numbers" => settings.constant_style = Some(ConstantStyle::Numbers),
                        "either" => settings.constant_style = Some(ConstantStyle::Either),
                        other => problems.push(format!(
                            "httpStatus.constantStyle: \"{other}\" is not one of auto, names, numbers, either"
                        )),
                    },
                    _ => problems.push("httpStatus.constantStyle must be a string".to_owned()),
                },
                // Read by the VS Code extension, not by the server.
                "server" => {}
                other => problems.push(format!("httpStatus.{other}: unknown setting")),
            }
        }
        (settings, problems)
    }

    /// The severity a rule runs at, or `None` when it is off: the editor
    /// setting, else the project's `http-status.toml`, else the rule's own.
    pub fn severity(&self, rule: &crate::rules::Rule, project: &Project) -> Option<Severity> {
        match self.rules.get(rule.name) {
            Some(level) => *level,
            None => project.severity(rule),
        }
    }

    /// The project as these settings see it: an editor `constantStyle`
    /// replaces the file's.
    pub fn adjust(&self, project: Arc<Project>) -> Arc<Project> {
        match self.constant_style {
            Some(style) if style != project.constant_style => {
                let mut adjusted = (*project).clone();
                adjusted.constant_style = style;
                Arc::new(adjusted)
            }
            _ => project,
        }
    }

    pub fn enabled(&self, language: Language) -> bool {
        self.languages
            .as_ref()
            .is_none_or(|l| l.contains(&language))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_every_setting() {
        let (s, problems) = Settings::from_json(&json!({
            "httpStatus": {
                "locale": "zh-CN",
                "inlayHints": { "enabled": false },
                "rules": { "deprecated-status": "off", "unknown-status": "error" },
                "languages": ["python", "typescript"],
                "logLevel": "debug",
                "constantStyle": "numbers"
            }
        }));
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(s.locale, Some(Locale::ZhCn));
        assert!(!s.inlay_hints);
        assert_eq!(s.rules.get("deprecated-status"), Some(&None));
        assert_eq!(s.rules.get("unknown-status"), Some(&Some(Severity::Error)));
        assert!(s.enabled(Language::Tsx) && !s.enabled(Language::Go));
        assert_eq!(s.log_level.as_deref(), Some("debug"));
        assert_eq!(s.constant_style, Some(ConstantStyle::Numbers));
        let project = s.adjust(Arc::new(Project::default()));
        assert_eq!(project.constant_style, ConstantStyle::Numbers);
    }

    #[test]
    fn names_each_bad_setting_and_keeps_defaults() {
        let (s, problems) = Settings::from_json(&json!({
            "locale": "fr",
            "inlayHints": "yes",
            "rules": { "no-such-rule": "warning", "invalid-status": "loud" },
            "colour": true,
            "constantStyle": "shouty"
        }));
        assert_eq!(s, Settings::default());
        assert_eq!(problems.len(), 6, "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("\"shouty\"")));
        assert!(problems.iter().any(|p| p.contains("\"fr\"")));
        assert!(problems.iter().any(|p| p.contains("httpStatus.colour")));
        assert!(problems.iter().any(|p| p.contains("no-such-rule")));
    }
}
