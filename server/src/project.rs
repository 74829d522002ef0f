//! `http-status.toml`: a project's own settings, found upward from each file
//! and read by both `check` and the server.
//!
//! ```toml
//! locale = "zh-CN"                      # "en" or "zh-CN"
//! exclude = ["vendor/**", "**/*.gen.go"]
//! constant-style = "names"              # "names", "numbers" or "either"
//!
//! [rules]
//! magic-status-number = "off"           # off, hint, information, warning, error
//! redirect-method-change = "error"
//!
//! [custom-codes.299]
//! reason = "Partial Success"
//! description = "Some items of the batch failed; the body lists them."
//! ```
//!
//! Unknown keys and bad values are errors that name the file, the line and
//! the key; nothing is silently ignored.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use http_status_registry::Locale;
use serde::Deserialize;
use toml::Spanned;

use crate::rules::{self, Severity};

/// The file name looked for.
pub const FILE_NAME: &str = "http-status.toml";

/// What the project prefers where a library names status codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ConstantStyle {
    /// Named constants (`http.StatusNotFound`, `:not_found`): bare numbers
    /// get a hint where the file already uses such a library.
    #[default]
    Names,
    /// Numbers: named constants get the hint, with a fix to the number
    /// (RuboCop's numeric style).
    Numbers,
    /// No preference.
    Either,
}

/// A code the organization uses on purpose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomCode {
    pub code: u16,
    pub reason: String,
    pub description: String,
}

/// One project's settings. [`Project::default`] is what applies without a
/// file.
#[derive(Debug, Clone, Default)]
pub struct Project {
    /// The file these came from.
    pub path: Option<PathBuf>,
    pub locale: Option<Locale>,
    /// Per rule name: `None` turns the rule off.
    pub rules: HashMap<&'static str, Option<Severity>>,
    pub constant_style: ConstantStyle,
    pub custom_codes: BTreeMap<u16, CustomCode>,
    exclude: Option<globset::GlobSet>,
    /// The exclude patterns as written.
    pub exclude_patterns: Vec<String>,
}

/// A problem in a config file, located.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub path: PathBuf,
    /// 1-based.
    pub line: usize,
    pub column: usize,
    /// The key at fault, when there is one (`rules.no-such-rule`).
    pub key: Option<String>,
    pub message: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}:{}: ", self.path.display(), self.line, self.column)?;
        if let Some(key) = &self.key {
            write!(f, "`{key}`: ")?;
        }
        f.write_str(&self.message)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct File {
    locale: Option<Spanned<String>>,
    exclude: Option<Vec<Spanned<String>>>,
    constant_style: Option<Spanned<String>>,
    rules: Option<BTreeMap<Spanned<String>, Spanned<String>>>,
    custom_codes: Option<BTreeMap<Spanned<String>, Spanned<CustomEntry>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CustomEntry {
    reason: String,
    #[serde(default)]
    description: String,
}

impl Project {
    /// Reads and checks the text of a config file at `path`.
    pub fn parse(path: &Path, text: &str) -> Result<Project, ConfigError> {
        let error = |span: Range<usize>, key: Option<String>, message: String| {
            let (line, column) = line_column(text, span.start);
            ConfigError {
                path: path.to_owned(),
                line,
                column,
                key,
                message,
            }
        };
        let file: File = toml::from_str(text).map_err(|e| {
            let span = e.span().unwrap_or(0..0);
            let message = e.message().trim().to_owned();
            let key = message
                .split('`')
                .nth(1)
                .filter(|_| message.starts_with("unknown field"))
                .map(str::to_owned);
            let message = match &key {
                Some(_) => format!(
                    "unknown key; the keys are locale, exclude, constant-style, [rules] and [custom-codes.N] ({message})"
                ),
                None => message,
            };
            error(span, key, message)
        })?;
        let mut project = Project {
            path: Some(path.to_owned()),
            ..Project::default()
        };
        if let Some(locale) = file.locale {
            project.locale = Some(Locale::parse(locale.get_ref()).ok_or_else(|| {
                error(
                    locale.span(),
                    Some("locale".into()),
                    format!(
                        "\"{}\" is not a supported locale; use \"en\" or \"zh-CN\"",
                        locale.get_ref()
                    ),
                )
            })?);
        }
        if let Some(style) = file.constant_style {
            project.constant_style = match style.get_ref().as_str() {
                "names" => ConstantStyle::Names,
                "numbers" => ConstantStyle::Numbers,
                "either" => ConstantStyle::Either,
                other => {
                    return Err(error(
                        style.span(),
                        Some("constant-style".into()),
                        format!(
                            "\"{other}\" is not a style; use \"names\", \"numbers\" or \"either\""
                        ),
                    ));
                }
            };
        }
        for (name, level) in file.rules.unwrap_or_default() {
            let Some(rule) = rules::rule(name.get_ref()) else {
                let known: Vec<&str> = rules::RULES.iter().map(|r| r.name).collect();
                return Err(error(
                    name.span(),
                    Some(format!("rules.{}", name.get_ref())),
                    format!("no rule has this name; the rules are {}", known.join(", ")),
                ));
            };
            let severity = match level.get_ref().as_str() {
                "off" => None,
                other => Some(Severity::parse(other).ok_or_else(|| {
                    error(
                        level.span(),
                        Some(format!("rules.{}", rule.name)),
                        format!("\"{other}\" is not a severity; use off, hint, information, warning or error"),
                    )
                })?),
            };
            project.rules.insert(rule.name, severity);
        }
        for (code, entry) in file.custom_codes.unwrap_or_default() {
            let key = format!("custom-codes.{}", code.get_ref());
            let number: u16 = code
                .get_ref()
                .parse()
                .ok()
                .filter(|n| (100..=999).contains(n))
                .ok_or_else(|| {
                    error(
                        code.span(),
                        Some(key.clone()),
                        "a custom code is a number from 100 to 999".into(),
                    )
                })?;
            let span = entry.span();
            let entry = entry.into_inner();
            if entry.reason.trim().is_empty() {
                return Err(error(span, Some(key), "needs a non-empty `reason`".into()));
            }
            project.custom_codes.insert(
                number,
                CustomCode {
                    code: number,
                    reason: entry.reason,
                    description: entry.description,
                },
            );
        }
        if let Some(patterns) = file.exclude {
            let mut set = globset::GlobSetBuilder::new();
            for pattern in patterns {
                let glob = globset::GlobBuilder::new(pattern.get_ref())
                    .literal_separator(true)
                    .build()
                    .map_err(|e| {
                        error(
                            pattern.span(),
                            Some("exclude".into()),
                            format!("bad glob: {}", e.kind()),
                        )
                    })?;
                set.add(glob);
                project.exclude_patterns.push(pattern.into_inner());
            }
            project.exclude = set.build().ok();
        }
        Ok(project)
    }

    /// Reads the config file at `path`.
    pub fn load(path: &Path) -> Result<Project, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError {
            path: path.to_owned(),
            line: 1,
            column: 1,
            key: None,
            message: format!("cannot read it: {e}"),
        })?;
        Project::parse(path, &text)
    }

    /// The directory the file is in: where `exclude` patterns start.
    pub fn root(&self) -> Option<&Path> {
        self.path.as_deref().and_then(Path::parent)
    }

    /// Whether `path` matches an `exclude` pattern.
    pub fn excludes(&self, path: &Path) -> bool {
        let (Some(set), Some(root)) = (&self.exclude, self.root()) else {
            return false;
        };
        let absolute = absolute(path);
        let Ok(relative) = absolute.strip_prefix(absolute_dir(root)) else {
            return false;
        };
        // A pattern matches the path or one of its directories (`vendor/**`
        // and `vendor` both leave out everything under vendor/).
        relative
            .ancestors()
            .filter(|p| !p.as_os_str().is_empty())
            .any(|p| set.is_match(p))
    }

    /// The severity a rule runs at here, or `None` when it is off.
    pub fn severity(&self, rule: &rules::Rule) -> Option<Severity> {
        match self.rules.get(rule.name) {
            Some(level) => *level,
            None => Some(rule.default_severity),
        }
    }

    pub fn custom(&self, code: u16) -> Option<&CustomCode> {
        self.custom_codes.get(&code)
    }
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_owned())
}

fn absolute_dir(path: &Path) -> PathBuf {
    absolute(if path.as_os_str().is_empty() {
        Path::new(".")
    } else {
        path
    })
}

/// 1-based line and column (in characters) of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// The config file that applies to `path`: the nearest `http-status.toml` in
/// its directory or above.
pub fn find(path: &Path) -> Option<PathBuf> {
    let start = absolute(path);
    let dir = if start.is_dir() {
        start.as_path()
    } else {
        start.parent()?
    };
    dir.ancestors()
        .map(|d| d.join(FILE_NAME))
        .find(|candidate| candidate.is_file())
}

/// Config files read once per run (the CLI) or until they change (the
/// server calls [`Projects::forget`]).
#[derive(Debug, Default)]
pub struct Projects {
    by_dir: std::sync::Mutex<HashMap<PathBuf, Option<PathBuf>>>,
    by_file: std::sync::Mutex<HashMap<PathBuf, Result<Arc<Project>, ConfigError>>>,
}

impl Projects {
    /// The settings for `path` (the defaults when no file applies), or the
    /// error of the file that does.
    pub fn for_path(&self, path: &Path) -> Result<Arc<Project>, ConfigError> {
        let dir = absolute(path)
            .parent()
            .map_or_else(|| PathBuf::from("/"), Path::to_owned);
        let file = {
            let mut by_dir = lock(&self.by_dir);
            by_dir
                .entry(dir)
                .or_insert_with_key(|d| find(&d.join("x")))
                .clone()
        };
        let Some(file) = file else {
            return Ok(Arc::new(Project::default()));
        };
        let mut by_file = lock(&self.by_file);
        by_file
            .entry(file.clone())
            .or_insert_with(|| Project::load(&file).map(Arc::new))
            .clone()
    }

    /// Forgets what was read, after a config file was created, changed or
    /// deleted.
    pub fn forget(&self) {
        lock(&self.by_dir).clear();
        lock(&self.by_file).clear();
    }

    /// The errors of every config file read so far.
    pub fn errors(&self) -> Vec<ConfigError> {
        lock(&self.by_file)
            .values()
            .filter_map(|r| r.as_ref().err().cloned())
            .collect()
    }
}

fn lock<T>(m: &std::sync::Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Project, ConfigError> {
        Project::parse(Path::new("proj/http-status.toml"), text)
    }

    #[test]
    fn a_full_file() {
        let project = parse(
            "locale = \"zh-CN\"\nexclude = [\"vendor/**\", \"gen\"]\nconstant-style = \"numbers\"\n\n[rules]\nmagic-status-number = \"off\"\nredirect-method-change = \"error\"\n\n[custom-codes.299]\nreason = \"Partial Success\"\ndescription = \"Some items failed.\"\n",
        )
        .unwrap();
        assert_eq!(project.locale, Some(Locale::ZhCn));
        assert_eq!(project.constant_style, ConstantStyle::Numbers);
        assert_eq!(project.rules["magic-status-number"], None);
        assert_eq!(
            project.rules["redirect-method-change"],
            Some(Severity::Error)
        );
        assert_eq!(project.custom(299).unwrap().reason, "Partial Success");
        let root = absolute(Path::new("proj"));
        assert!(project.excludes(&root.join("vendor/lib/a.go")));
        assert!(project.excludes(&root.join("gen/a.go")));
        assert!(!project.excludes(&root.join("src/vendor.go")));
        assert!(!project.excludes(Path::new("/elsewhere/vendor/a.go")));
    }

    #[test]
    fn errors_name_the_line_and_key() {
        let e = parse("locale = \"en\"\n\n[rules]\nno-such-rule = \"warning\"\n").unwrap_err();
        assert_eq!((e.line, e.key.as_deref()), (4, Some("rules.no-such-rule")));
        assert!(
            e.to_string()
                .starts_with("proj/http-status.toml:4:1: `rules.no-such-rule`: no rule"),
            "{e}"
        );
        let e = parse("[rules]\nunknown-status = \"loud\"\n").unwrap_err();
        assert_eq!(
            (e.line, e.key.as_deref()),
            (2, Some("rules.unknown-status"))
        );
        assert!(e.message.contains("\"loud\""), "{e}");
        let e = parse("locale = \"en\"\ncolour = \"red\"\n").unwrap_err();
        assert_eq!((e.line, e.key.as_deref()), (2, Some("colour")));
        let e = parse("locale = \"fr\"\n").unwrap_err();
        assert_eq!((e.line, e.key.as_deref()), (1, Some("locale")));
        let e = parse("[custom-codes.abc]\nreason = \"x\"\n").unwrap_err();
        assert_eq!(e.key.as_deref(), Some("custom-codes.abc"));
        let e = parse("[custom-codes.299]\ndescription = \"x\"\n").unwrap_err();
        assert!(e.message.contains("reason"), "{e}");
        let e = parse("exclude = [\"a/[\"]\n").unwrap_err();
        assert_eq!(e.key.as_deref(), Some("exclude"));
        let e = parse("locale = \n").unwrap_err();
        assert_eq!(e.line, 1);
    }

    #[test]
    fn found_upward() {
        let dir = tempfile_dir("found-upward");
        std::fs::create_dir_all(dir.join("a/b")).unwrap();
        std::fs::write(dir.join(FILE_NAME), "locale = \"en\"\n").unwrap();
        std::fs::write(dir.join("a/b/x.py"), "").unwrap();
        assert_eq!(find(&dir.join("a/b/x.py")), Some(dir.join(FILE_NAME)));
        let projects = Projects::default();
        let p = projects.for_path(&dir.join("a/b/x.py")).unwrap();
        assert_eq!(p.locale, Some(Locale::En));
        std::fs::write(dir.join("a/http-status.toml"), "locale = 1\n").unwrap();
        projects.forget();
        let e = projects.for_path(&dir.join("a/b/x.py")).unwrap_err();
        assert_eq!(e.path, dir.join("a/http-status.toml"));
        assert_eq!(projects.errors().len(), 1);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    fn tempfile_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("hsl-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }
}
