//! `http-status-lsp check`: the language server's diagnostics for CI.

use std::io::{IsTerminal as _, Write as _};
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::AtomicUsize;
use std::sync::{Arc, Mutex};

use clap::ValueEnum;
use codespan_reporting::diagnostic as report;
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, termcolor};
use http_status_registry::Locale;
use serde_json::{Value, json};

use super::scan::{LineIndex, input_paths, note, read_source};
use crate::project::{ConfigError, Project, Projects};
use crate::rules::{self, Diagnostic, RULES, Severity};
use crate::syntax::{self, Language};

/// Report mistakes with HTTP status codes: deprecated, unknown or invalid
/// codes, vendor codes, redirect helpers given a non-redirect code, error
/// helpers given a success code.
///
/// Exit status: 0 when nothing at or above --fail-on was found, 1 when
/// something was, 2 for a usage error. Files and directories are walked as
/// by `scan`, honouring .gitignore.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or directories to check (default: the current directory).
    paths: Vec<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,

    /// The lowest severity that makes the exit status 1.
    #[arg(long, value_enum, default_value_t = FailOn::Warning)]
    fail_on: FailOn,

    /// Apply the fixes marked safe and write the files back (atomically, with
    /// their encoding, BOM and line endings as they were); report what is
    /// left.
    #[arg(long)]
    fix: bool,

    /// Print a rule's documentation and exit.
    #[arg(long, value_name = "RULE")]
    explain: Option<String>,

    /// Language of messages: en or zh-CN (default: from LC_ALL, LC_MESSAGES or LANG).
    #[arg(long, value_parser = super::explain::parse_locale)]
    locale: Option<Locale>,

    /// Colours in human output.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,

    /// Skip files larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = 10 * 1024 * 1024)]
    max_size: u64,

    /// Run RULE at LEVEL (off, hint, information, warning, error), over the
    /// rule's default and http-status.toml. Repeatable.
    #[arg(long = "rule", value_name = "RULE=LEVEL", value_parser = parse_rule_level)]
    rules: Vec<(&'static str, Option<Severity>)>,
}

fn parse_rule_level(s: &str) -> Result<(&'static str, Option<Severity>), String> {
    let (name, level) = s
        .split_once('=')
        .ok_or_else(|| format!("expected RULE=LEVEL, got {s:?}"))?;
    let rule = rules::rule(name.trim()).ok_or_else(|| {
        let names: Vec<&str> = RULES.iter().map(|r| r.name).collect();
        format!(
            "no rule named {name:?}; the rules are: {}",
            names.join(", ")
        )
    })?;
    let level = match level.trim() {
        "off" => None,
        other => Some(Severity::parse(other).ok_or_else(|| {
            format!("{other:?} is not a level; use off, hint, information, warning or error")
        })?),
    };
    Ok((rule.name, level))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// Each problem with the source lines around it.
    Human,
    /// One JSON array of problems: path, line, column, end_line, end_column
    /// (1-based, columns in characters, end exclusive), rule, severity,
    /// message, code, fixes.
    Json,
    /// SARIF 2.1.0, for code-scanning services.
    Sarif,
    /// GitHub Actions workflow commands (annotations on the pull request).
    Github,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Information,
    Hint,
    /// Always exit 0 when the run itself worked.
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

/// One file's problems.
struct Checked {
    path: PathBuf,
    text: String,
    problems: Vec<Diagnostic>,
    setup: Setup,
}

/// What a file is checked with: its `http-status.toml`, the locale, and
/// the `--rule` overrides.
#[derive(Clone)]
struct Setup {
    project: Arc<Project>,
    locale: Locale,
    overrides: Arc<Vec<(&'static str, Option<Severity>)>>,
}

impl Setup {
    fn severity(&self, rule: &rules::Rule) -> Option<Severity> {
        match self
            .overrides
            .iter()
            .rev()
            .find(|(name, _)| *name == rule.name)
        {
            Some((_, level)) => *level,
            None => self.project.severity(rule),
        }
    }
}

pub fn run(args: &Args) -> ExitCode {
    if let Some(name) = &args.explain {
        return explain(name);
    }
    let Some(paths) = input_paths(&args.paths) else {
        return ExitCode::from(super::EXIT_USAGE);
    };
    let options = Options {
        locale: args.locale,
        overrides: Arc::new(args.rules.clone()),
        max_size: args.max_size,
    };
    let (mut checked, config_errors) = collect(&paths, &options);
    if !config_errors.is_empty() {
        for e in &config_errors {
            eprintln!("http-status-lsp: {e}");
        }
        return ExitCode::from(super::EXIT_USAGE);
    }
    checked.sort_by(|a, b| a.path.cmp(&b.path));
    if args.fix {
        fix_all(&mut checked);
    }
    let rendered = match args.format {
        Format::Human => return human(&checked, args),
        Format::Json => format!("{:#}\n", json_report(&checked)),
        Format::Sarif => format!("{:#}\n", sarif(&checked)),
        Format::Github => github(&checked),
    };
    let _ = std::io::stdout().write_all(rendered.as_bytes());
    exit_status(&checked, args.fail_on)
}

fn explain(name: &str) -> ExitCode {
    match rules::rule(name) {
        Some(rule) => {
            let text = format!(
                "# {}\n\nDefault severity: {}.\n\n{}\n",
                rule.name,
                rule.default_severity.name(),
                rule.documentation()
            );
            let _ = std::io::stdout().write_all(text.as_bytes());
            ExitCode::SUCCESS
        }
        None => {
            let names: Vec<&str> = RULES.iter().map(|r| r.name).collect();
            eprintln!(
                "http-status-lsp: no rule named {name:?}; the rules are: {}",
                names.join(", ")
            );
            ExitCode::from(super::EXIT_USAGE)
        }
    }
}

struct Options {
    locale: Option<Locale>,
    overrides: Arc<Vec<(&'static str, Option<Severity>)>>,
    max_size: u64,
}

/// Checks every file under `paths`, leaving out what `http-status.toml`
/// excludes (unless named on the command line). Returns the files with
/// problems and the errors of config files that could not be read.
fn collect(paths: &[PathBuf], options: &Options) -> (Vec<Checked>, Vec<ConfigError>) {
    let out = Mutex::new(Vec::new());
    let errors = Mutex::new(Vec::new());
    let bytes = AtomicUsize::new(0);
    let projects = Arc::new(Projects::default());
    let mut builder = ignore::WalkBuilder::new(&paths[0]);
    for path in &paths[1..] {
        builder.add(path);
    }
    builder.require_git(false);
    {
        let projects = projects.clone();
        builder.filter_entry(move |entry| {
            entry.depth() == 0
                || projects
                    .for_path(entry.path())
                    .map_or(true, |p| !p.excludes(entry.path()))
        });
    }
    let environment = super::explain::environment_locale();
    builder.build_parallel().run(|| {
        let (out, errors, bytes, projects) = (&out, &errors, &bytes, &projects);
        Box::new(move |entry| {
            match entry {
                Ok(entry) if entry.file_type().is_some_and(|t| t.is_file()) => {
                    let path = entry.path();
                    match projects.for_path(path) {
                        Ok(project) => {
                            let setup = Setup {
                                locale: options.locale.or(project.locale).unwrap_or(environment),
                                project,
                                overrides: options.overrides.clone(),
                            };
                            if let Some(done) =
                                check_file(path, entry.depth() == 0, options.max_size, setup, bytes)
                                && let Ok(mut out) = out.lock()
                            {
                                out.push(done);
                            }
                        }
                        Err(e) => {
                            if let Ok(mut errors) = errors.lock()
                                && !errors.contains(&e)
                            {
                                errors.push(e);
                            }
                        }
                    }
                }
                Ok(_) => {}
                Err(err) => eprintln!("http-status-lsp: {err}"),
            }
            ignore::WalkState::Continue
        })
    });
    (
        out.into_inner().unwrap_or_default(),
        errors.into_inner().unwrap_or_default(),
    )
}

fn check_file(
    path: &Path,
    explicit: bool,
    max_size: u64,
    setup: Setup,
    bytes: &AtomicUsize,
) -> Option<Checked> {
    let (language, text) = read_source(path, max_size, explicit, bytes)?;
    let problems = std::panic::catch_unwind(AssertUnwindSafe(|| problems(language, &text, &setup)));
    match problems {
        Ok(problems) if problems.is_empty() => None,
        Ok(problems) => Some(Checked {
            path: path.strip_prefix("./").unwrap_or(path).to_path_buf(),
            text,
            problems,
            setup,
        }),
        Err(_) => {
            note(
                path,
                "skipped: the scanner failed on this file (please report it)",
            );
            None
        }
    }
}

/// Applies the first safe fix of every problem, writes each changed file
/// atomically, and replaces its problems with those left in the new text.
fn fix_all(checked: &mut Vec<Checked>) {
    let mut fixed_problems = 0;
    let mut fixed_files = 0;
    for c in checked.iter_mut() {
        let Some(language) = Language::from_path(&c.path) else {
            continue;
        };
        let setup = &c.setup;
        let Some(text) = rules::fix_until_stable(&c.text, |t| problems(language, t, setup)) else {
            continue;
        };
        match write_back(&c.path, &c.text, &text) {
            Ok(()) => {
                let left = problems(language, &text, &c.setup);
                fixed_problems += c.problems.len().saturating_sub(left.len());
                fixed_files += 1;
                c.text = text;
                c.problems = left;
            }
            Err(why) => note(&c.path, &format!("not fixed: {why}")),
        }
    }
    checked.retain(|c| !c.problems.is_empty());
    if fixed_files > 0 {
        eprintln!(
            "Fixed {fixed_problems} problem{} in {fixed_files} file{}.",
            if fixed_problems == 1 { "" } else { "s" },
            if fixed_files == 1 { "" } else { "s" }
        );
    }
}

/// Replaces the file at `path`, which must still hold exactly `before`, with
/// `after`: written to a temporary file beside it with the same permissions,
/// then renamed over it, so a reader never sees half a file.
fn write_back(path: &Path, before: &str, after: &str) -> Result<(), String> {
    let current = std::fs::read(path).map_err(|e| format!("cannot read it again: {e}"))?;
    if current != before.as_bytes() {
        return Err("it changed since it was read, or is not valid UTF-8".to_owned());
    }
    let metadata = std::fs::metadata(path).map_err(|e| e.to_string())?;
    if metadata.permissions().readonly() {
        return Err("it is read-only".to_owned());
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = path.with_file_name(format!(".{name}.http-status-{}.tmp", std::process::id()));
    let result = std::fs::write(&temp, after.as_bytes())
        .and_then(|()| std::fs::set_permissions(&temp, metadata.permissions()))
        .and_then(|()| std::fs::rename(&temp, path));
    if let Err(e) = result {
        let _ = std::fs::remove_file(&temp);
        return Err(e.to_string());
    }
    Ok(())
}

fn problems(language: Language, text: &str, setup: &Setup) -> Vec<Diagnostic> {
    let found = syntax::scan_text(language, text);
    rules::check(language, text, &found, setup.locale, &setup.project, |r| {
        setup.severity(r)
    })
}

fn exit_status(checked: &[Checked], fail_on: FailOn) -> ExitCode {
    let threshold = match fail_on {
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
        FailOn::Information => Severity::Information,
        FailOn::Hint => Severity::Hint,
        FailOn::Never => return ExitCode::SUCCESS,
    };
    let failed = checked
        .iter()
        .flat_map(|c| &c.problems)
        .any(|d| d.severity >= threshold);
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn human(checked: &[Checked], args: &Args) -> ExitCode {
    let choice = match args.color {
        Color::Always => termcolor::ColorChoice::Always,
        Color::Never => termcolor::ColorChoice::Never,
        Color::Auto
            if std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none() =>
        {
            termcolor::ColorChoice::Auto
        }
        Color::Auto => termcolor::ColorChoice::Never,
    };
    let stdout = termcolor::StandardStream::stdout(choice);
    let mut writer = stdout.lock();
    let config = term::Config::default();
    let mut counts = [0usize; 4];
    for c in checked {
        let file = SimpleFile::new(c.path.display().to_string(), c.text.as_str());
        for d in &c.problems {
            counts[d.severity as usize] += 1;
            let diagnostic = match d.severity {
                Severity::Error => report::Diagnostic::error(),
                Severity::Warning => report::Diagnostic::warning(),
                Severity::Information => report::Diagnostic::note(),
                Severity::Hint => report::Diagnostic::help(),
            }
            .with_code(d.rule)
            .with_message(&d.message)
            .with_labels(vec![report::Label::primary((), d.range.clone())])
            .with_notes(vec![format!(
                "see: http-status-lsp check --explain {}",
                d.rule
            )]);
            if let Err(e) = term::emit(&mut writer, &config, &file, &diagnostic) {
                eprintln!("http-status-lsp: cannot write the report: {e}");
                return ExitCode::from(super::EXIT_USAGE);
            }
        }
    }
    let total: usize = counts.iter().sum();
    let summary = if total == 0 {
        "No problems found.".to_owned()
    } else {
        let parts: Vec<String> = [
            (Severity::Error, "error"),
            (Severity::Warning, "warning"),
            (Severity::Information, "information"),
            (Severity::Hint, "hint"),
        ]
        .iter()
        .filter(|(s, _)| counts[*s as usize] > 0)
        .map(|(s, name)| {
            let n = counts[*s as usize];
            let plural = if n == 1 || *name == "information" {
                ""
            } else {
                "s"
            };
            format!("{n} {name}{plural}")
        })
        .collect();
        format!(
            "Found {} in {} file{}.",
            parts.join(", "),
            checked.len(),
            if checked.len() == 1 { "" } else { "s" }
        )
    };
    let _ = writeln!(writer, "{summary}");
    drop(writer);
    exit_status(checked, args.fail_on)
}

/// Each problem with 1-based lines and character columns.
fn located(checked: &[Checked]) -> Vec<(&Checked, &Diagnostic, [usize; 4])> {
    let mut out = Vec::new();
    for c in checked {
        let lines = LineIndex::new(&c.text);
        for d in &c.problems {
            let (line, column) = lines.position(&c.text, d.range.start);
            let (end_line, end_column) = lines.position(&c.text, d.range.end);
            out.push((c, d, [line, column, end_line, end_column]));
        }
    }
    out
}

fn json_report(checked: &[Checked]) -> Value {
    let items: Vec<Value> = located(checked)
        .into_iter()
        .map(|(c, d, [line, column, end_line, end_column])| {
            let lines = LineIndex::new(&c.text);
            let fixes: Vec<Value> = d
                .fixes
                .iter()
                .map(|f| {
                    let edits: Vec<Value> = f
                        .edits
                        .iter()
                        .map(|e| {
                            let (line, column) = lines.position(&c.text, e.range.start);
                            let (end_line, end_column) = lines.position(&c.text, e.range.end);
                            json!({
                                "line": line,
                                "column": column,
                                "end_line": end_line,
                                "end_column": end_column,
                                "text": e.text,
                            })
                        })
                        .collect();
                    json!({ "title": f.title, "safe": f.safe, "edits": edits })
                })
                .collect();
            json!({
                "path": c.path.display().to_string(),
                "line": line,
                "column": column,
                "end_line": end_line,
                "end_column": end_column,
                "rule": d.rule,
                "severity": d.severity.name(),
                "message": d.message,
                "code": c.text[d.range.clone()].to_owned(),
                "fixes": fixes,
            })
        })
        .collect();
    Value::Array(items)
}

fn sarif_level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Information | Severity::Hint => "note",
    }
}

fn sarif_result_level(severity: Severity) -> serde_sarif::sarif::ResultLevel {
    use serde_sarif::sarif;
    match severity {
        Severity::Error => sarif::ResultLevel::Error,
        Severity::Warning => sarif::ResultLevel::Warning,
        Severity::Information | Severity::Hint => sarif::ResultLevel::Note,
    }
}

/// The SARIF 2.1.0 log, built with serde-sarif's typed builders.
fn sarif(checked: &[Checked]) -> Value {
    use serde_sarif::sarif;
    let text = |t: String| sarif::MultiformatMessageString::builder().text(t).build();
    let rules: Vec<sarif::ReportingDescriptor> = RULES
        .iter()
        .map(|r| {
            sarif::ReportingDescriptor::builder()
                .id(r.name)
                .name(r.name)
                .short_description(text(r.summary()))
                .full_description(text(r.documentation()))
                .help(
                    sarif::MultiformatMessageString::builder()
                        .text(r.documentation())
                        .markdown(r.documentation())
                        .build(),
                )
                .help_uri(rules::rule_url(r.name))
                .default_configuration(
                    sarif::ReportingConfiguration::builder()
                        .level(json!(sarif_level(r.default_severity)))
                        .build(),
                )
                .build()
        })
        .collect();
    let results: Vec<sarif::Result> = located(checked)
        .into_iter()
        .map(|(c, d, [line, column, end_line, end_column])| {
            let index = RULES.iter().position(|r| r.name == d.rule).unwrap_or(0);
            let uri = c
                .path
                .components()
                .map(|p| {
                    p.as_os_str()
                        .to_string_lossy()
                        .replace('%', "%25")
                        .replace(' ', "%20")
                })
                .collect::<Vec<_>>()
                .join("/");
            let number = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
            let region = sarif::Region::builder()
                .start_line(number(line))
                .start_column(number(column))
                .end_line(number(end_line))
                .end_column(number(end_column))
                .snippet(
                    sarif::ArtifactContent::builder()
                        .text(&c.text[d.range.clone()])
                        .build(),
                )
                .build();
            let location = sarif::Location::builder()
                .physical_location(
                    sarif::PhysicalLocation::builder()
                        .artifact_location(
                            sarif::ArtifactLocation::builder()
                                .uri(uri)
                                .uri_base_id("%SRCROOT%")
                                .build(),
                        )
                        .region(region)
                        .build(),
                )
                .build();
            sarif::Result::builder()
                .rule_id(d.rule)
                .rule_index(number(index))
                .level(sarif_result_level(d.severity))
                .message(sarif::Message::builder().text(d.message.clone()).build())
                .locations(vec![location])
                .build()
        })
        .collect();
    let driver = sarif::ToolComponent::builder()
        .name("http-status-lsp")
        .version(env!("CARGO_PKG_VERSION"))
        .information_uri("https://github.com/http-status-lsp/http-status-lsp")
        .rules(rules)
        .build();
    let run = sarif::Run::builder()
        .tool(sarif::Tool::builder().driver(driver).build())
        .column_kind(json!("unicodeCodePoints"))
        .results(results)
        .build();
    let log = sarif::Sarif::builder()
        .schema("https://json.schemastore.org/sarif-2.1.0.json")
        .version(json!("2.1.0"))
        .runs(vec![run])
        .build();
    serde_json::to_value(log).unwrap_or(Value::Null)
}

/// Escapes for a workflow command's message (`%`, CR, LF) and, with
/// `property`, for its properties (also `:` and `,`).
fn escape(text: &str, property: bool) -> String {
    let mut out = text
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    if property {
        out = out.replace(':', "%3A").replace(',', "%2C");
    }
    out
}

fn github(checked: &[Checked]) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    for (c, d, [line, column, end_line, end_column]) in located(checked) {
        let kind = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Information | Severity::Hint => "notice",
        };
        let _ = writeln!(
            out,
            "::{kind} file={},line={line},col={column},endLine={end_line},endColumn={end_column},title={}::{}",
            escape(&c.path.display().to_string(), true),
            escape(d.rule, true),
            escape(&d.message, false),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::write_back;

    #[test]
    fn write_back_replaces_atomically_and_keeps_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("run.py");
        std::fs::write(&path, "abort(404)\n").expect("write");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o750)).expect("chmod");
        write_back(&path, "abort(404)\n", "abort(410)\n").expect("written");
        assert_eq!(
            std::fs::read_to_string(&path).expect("read"),
            "abort(410)\n"
        );
        let mode = std::fs::metadata(&path).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode, 0o750);
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .expect("dir")
            .filter_map(|e| e.ok().map(|e| e.file_name()))
            .collect();
        assert_eq!(names, ["run.py"], "no temporary file left");
    }

    #[test]
    fn a_vanished_or_changed_file_is_not_written() {
        let dir = tempfile::tempdir().expect("dir");
        let gone = dir.path().join("gone.go");
        let why = write_back(&gone, "x", "y").expect_err("vanished");
        assert!(why.starts_with("cannot read it again"), "{why}");
        assert!(!gone.exists(), "a vanished file is not recreated");
        let changed = dir.path().join("changed.go");
        std::fs::write(&changed, "edited meanwhile").expect("write");
        let why = write_back(&changed, "as read", "fixed").expect_err("changed");
        assert!(why.contains("changed since it was read"), "{why}");
        assert_eq!(
            std::fs::read_to_string(&changed).expect("read"),
            "edited meanwhile"
        );
    }
}
