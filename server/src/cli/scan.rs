//! `http-status-lsp scan`: every status code in a tree of files.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use clap::ValueEnum;
use http_status_registry as registry;
use serde_json::json;

use crate::syntax::{self, Language, Occurrence};

/// List every HTTP status code in source files: literals such as `404` where a
/// status is meant, and constants such as `http.StatusNotFound`.
///
/// Directories are walked in parallel, honouring .gitignore, .ignore and
/// hidden-file rules. Binary files and files over --max-size are skipped with
/// a note on stderr. Results stream as each file is done.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or directories to scan (default: the current directory).
    paths: Vec<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,

    /// Skip files larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = 10 * 1024 * 1024)]
    max_size: u64,

    /// Worker threads (default: one per core).
    #[arg(long, value_name = "N")]
    threads: Option<usize>,

    /// Print totals to stderr at the end: files, bytes, files parsed, occurrences, time, MB/s.
    #[arg(long)]
    stats: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// `path:line:column: 404 Not Found (argument, response)`.
    Human,
    /// One JSON object per line: path, line, column, end_line, end_column
    /// (1-based, columns in characters, end exclusive), code, language, role,
    /// context, form, text.
    Jsonl,
}

struct Shared {
    format: Format,
    max_size: u64,
    out: Mutex<std::io::Stdout>,
    files: AtomicUsize,
    bytes: AtomicUsize,
    parsed: AtomicUsize,
    parsed_bytes: AtomicUsize,
    found: AtomicUsize,
}

/// The paths to walk (the current directory when none is given), or `None`
/// after a note on stderr when one does not exist.
pub(crate) fn input_paths(given: &[PathBuf]) -> Option<Vec<PathBuf>> {
    let paths = if given.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        given.to_vec()
    };
    for path in &paths {
        if !path.exists() {
            note(path, "no such file or directory");
            return None;
        }
    }
    Some(paths)
}

pub fn run(args: &Args) -> ExitCode {
    let Some(paths) = input_paths(&args.paths) else {
        return ExitCode::from(super::EXIT_USAGE);
    };
    let shared = Shared {
        format: args.format,
        max_size: args.max_size,
        out: Mutex::new(std::io::stdout()),
        files: AtomicUsize::new(0),
        bytes: AtomicUsize::new(0),
        parsed: AtomicUsize::new(0),
        parsed_bytes: AtomicUsize::new(0),
        found: AtomicUsize::new(0),
    };
    let started = std::time::Instant::now();
    let mut builder = ignore::WalkBuilder::new(&paths[0]);
    for path in &paths[1..] {
        builder.add(path);
    }
    builder.require_git(false).threads(
        args.threads
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, usize::from)),
    );
    builder.build_parallel().run(|| {
        let shared = &shared;
        Box::new(move |entry| {
            match entry {
                Ok(entry) => {
                    let explicit = entry.depth() == 0;
                    if entry.file_type().is_some_and(|t| t.is_file()) {
                        scan_file(shared, entry.path(), explicit);
                    }
                }
                Err(err) => {
                    let _ = writeln!(std::io::stderr(), "http-status-lsp: {err}");
                }
            }
            ignore::WalkState::Continue
        })
    });
    if let Ok(mut out) = shared.out.lock() {
        let _ = out.flush();
    }
    if args.stats {
        let seconds = started.elapsed().as_secs_f64();
        let bytes = shared.bytes.load(Ordering::Relaxed);
        let _ = writeln!(
            std::io::stderr(),
            "scanned {} files ({:.1} MB), parsed {} ({:.1} MB), found {} in {seconds:.3} s: {:.1} MB/s",
            shared.files.load(Ordering::Relaxed),
            bytes as f64 / 1e6,
            shared.parsed.load(Ordering::Relaxed),
            shared.parsed_bytes.load(Ordering::Relaxed) as f64 / 1e6,
            shared.found.load(Ordering::Relaxed),
            bytes as f64 / 1e6 / seconds.max(1e-9),
        );
    }
    ExitCode::SUCCESS
}

pub(crate) fn note(path: &Path, message: &str) {
    let _ = writeln!(
        std::io::stderr(),
        "http-status-lsp: {}: {message}",
        path.display()
    );
}

/// A source file's language and text, or `None` after a note on stderr
/// saying why it is skipped. `explicit`: named on the command line (a file of
/// a language we do not scan gets a note then). Files that cannot hold a
/// status code are `None` without a note.
pub(crate) fn read_source(
    path: &Path,
    max_size: u64,
    explicit: bool,
    bytes_read: &AtomicUsize,
) -> Option<(Language, String)> {
    let Some(language) = Language::from_path(path) else {
        if explicit {
            note(path, "skipped: not a language we scan");
        }
        return None;
    };
    let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    if size > max_size {
        note(
            path,
            &format!("skipped: {size} bytes is over --max-size {max_size}"),
        );
        return None;
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            note(path, &format!("skipped: {e}"));
            return None;
        }
    };
    bytes_read.fetch_add(bytes.len(), Ordering::Relaxed);
    if bytes[..bytes.len().min(8192)].contains(&0) {
        note(path, "skipped: binary file");
        return None;
    }
    if !syntax::may_contain_status(&bytes) {
        return None;
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            note(path, "not valid UTF-8; invalid bytes read as U+FFFD");
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    };
    Some((language, text))
}

fn scan_file(shared: &Shared, path: &Path, explicit: bool) {
    if Language::from_path(path).is_some() {
        shared.files.fetch_add(1, Ordering::Relaxed);
    }
    let Some((language, text)) = read_source(path, shared.max_size, explicit, &shared.bytes) else {
        return;
    };
    shared.parsed.fetch_add(1, Ordering::Relaxed);
    shared.parsed_bytes.fetch_add(text.len(), Ordering::Relaxed);
    // A bug in a grammar or in our code must cost one file, not the run.
    let found = match std::panic::catch_unwind(|| syntax::scan_text(language, &text)) {
        // Numbers outside 100-599 in a status slot matter to the rules (an
        // invalid status) but are not status codes to list.
        Ok(found) => found
            .into_iter()
            .filter(|o| (100..=599).contains(&o.code))
            .collect::<Vec<_>>(),
        Err(_) => {
            note(
                path,
                "skipped: the scanner failed on this file (please report it)",
            );
            return;
        }
    };
    if found.is_empty() {
        return;
    }
    shared.found.fetch_add(found.len(), Ordering::Relaxed);
    let rendered = render(shared.format, path, &text, &found);
    if let Ok(mut out) = shared.out.lock() {
        let _ = out.write_all(rendered.as_bytes());
    }
}

fn render(format: Format, path: &Path, text: &str, found: &[Occurrence]) -> String {
    use std::fmt::Write as _;
    let lines = LineIndex::new(text);
    let display = path
        .strip_prefix("./")
        .unwrap_or(path)
        .display()
        .to_string();
    let mut out = String::new();
    for o in found {
        let (line, column) = lines.position(text, o.range.start);
        let (end_line, end_column) = lines.position(text, o.range.end);
        let snippet = &text[o.range.clone()];
        match format {
            Format::Jsonl => {
                let value = json!({
                    "path": display,
                    "line": line,
                    "column": column,
                    "end_line": end_line,
                    "end_column": end_column,
                    "code": o.code,
                    "language": o.language.name(),
                    "role": o.role.name(),
                    "context": o.api.name(),
                    "form": o.form.name(),
                    "text": snippet,
                });
                let _ = writeln!(out, "{value}");
            }
            Format::Human => {
                let name = registry::status(o.code)
                    .map(|s| s.phrase)
                    .or_else(|| registry::unofficial(o.code).first().map(|u| u.reason))
                    .unwrap_or("(unassigned)");
                let _ = writeln!(
                    out,
                    "{display}:{line}:{column}: {} {name} ({}, {}){}",
                    o.code,
                    o.role.name(),
                    o.api.name(),
                    if snippet == o.code.to_string() {
                        String::new()
                    } else {
                        format!(" {snippet}")
                    }
                );
            }
        }
    }
    out
}

/// Line starts, for turning byte offsets into 1-based lines and character columns.
pub(crate) struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub(crate) fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { starts }
    }

    pub(crate) fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let column = text.get(start..offset).map_or(0, |s| s.chars().count());
        (line + 1, column + 1)
    }
}
