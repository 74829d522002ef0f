//! Scanner fixtures: `tests/fixtures/<language>/*` with inline markers.
//!
//! A marker is a comment line whose text, after the comment token, is carets
//! under the columns of an occurrence on the nearest code line above:
//!
//! ```text
//! res.status(404).json(err);
//! //         ^^^ 404 argument response
//! smtp.send(250);
//! //        !!! smtp reply code
//! ```
//!
//! `^^^ CODE [ROLE [API]]` expects an occurrence with exactly that range and
//! code (and role and API when given). `!!!` marks a deliberate negative: the
//! scanner must find nothing there. Anything found without a marker is a
//! false positive. The test prints precision and recall per language.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use http_status_lsp::syntax::{Language, Occurrence, scan_text};

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Spot {
    line: usize,
    start: usize,
    end: usize,
}

#[derive(Debug)]
struct Expected {
    spot: Spot,
    code: u16,
    role: Option<String>,
    api: Option<String>,
}

fn comment_token(language: Language) -> &'static str {
    match language {
        Language::Python | Language::Ruby => "#",
        _ => "//",
    }
}

/// Expected occurrences and deliberate negatives, with line numbers of the code lines.
fn markers(language: Language, text: &str) -> (Vec<Expected>, Vec<Spot>, Vec<usize>) {
    let token = comment_token(language);
    let lines: Vec<&str> = text.split('\n').collect();
    let mut expected = Vec::new();
    let mut negatives = Vec::new();
    let mut marker_lines = Vec::new();
    let mut last_code = None;
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let body = trimmed
            .strip_prefix(token)
            .map(|rest| (rest, indent + token.len()));
        let Some((rest, rest_col)) = body.filter(|(rest, _)| {
            let r = rest.trim_start();
            r.starts_with('^') || r.starts_with("!!!")
        }) else {
            last_code = Some(i);
            continue;
        };
        marker_lines.push(i);
        let target =
            last_code.unwrap_or_else(|| panic!("marker on line {} has no code line above", i + 1));
        let lead = rest.len() - rest.trim_start().len();
        let start = rest_col + lead;
        let r = rest.trim_start();
        let mark = if r.starts_with('^') { '^' } else { '!' };
        let width = r.chars().take_while(|&c| c == mark).count();
        // Marker columns are characters on the target line.
        let spot = Spot {
            line: target,
            start,
            end: start + width,
        };
        if mark == '!' {
            negatives.push(spot);
            continue;
        }
        let mut words = r[width..].split_whitespace();
        let code = words
            .next()
            .and_then(|w| w.parse().ok())
            .unwrap_or_else(|| panic!("marker on line {} needs a code", i + 1));
        expected.push(Expected {
            spot,
            code,
            role: words.next().map(str::to_owned),
            api: words.next().map(str::to_owned),
        });
    }
    (expected, negatives, marker_lines)
}

fn spot_of(text: &str, o: &Occurrence) -> Spot {
    let line = text[..o.range.start].matches('\n').count();
    let line_start = text[..o.range.start].rfind('\n').map_or(0, |i| i + 1);
    let start = text[line_start..o.range.start].chars().count();
    let end = start + text[o.range.clone()].chars().count();
    Spot { line, start, end }
}

fn fixture_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures")
}

#[derive(Default)]
struct Tally {
    true_pos: usize,
    false_pos: usize,
    false_neg: usize,
}

#[test]
fn fixtures() {
    let mut tallies: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut files = 0;
    for dir in std::fs::read_dir(fixture_root()).expect("tests/fixtures") {
        let dir = dir.expect("entry").path();
        if !dir.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&dir).expect("language dir") {
            let path = file.expect("entry").path();
            let Some(language) = Language::from_path(&path) else {
                continue;
            };
            files += 1;
            let text = std::fs::read_to_string(&path).expect("fixture text");
            let (expected, negatives, _) = markers(language, &text);
            let found = scan_text(language, &text);
            let tally = tallies.entry(language.name()).or_default();
            let name = path
                .strip_prefix(fixture_root())
                .unwrap_or(&path)
                .display()
                .to_string();
            for e in &expected {
                let hit = found.iter().find(|o| spot_of(&text, o) == e.spot);
                match hit {
                    Some(o) if o.code == e.code => {
                        tally.true_pos += 1;
                        let role_ok = e.role.as_deref().is_none_or(|r| r == o.role.name());
                        let api_ok = e.api.as_deref().is_none_or(|a| a == o.api.name());
                        if !(role_ok && api_ok) {
                            failures.push(format!(
                                "{name}:{}:{}: {} found as {} {}, marked {} {}",
                                e.spot.line + 1,
                                e.spot.start + 1,
                                e.code,
                                o.role.name(),
                                o.api.name(),
                                e.role.as_deref().unwrap_or("-"),
                                e.api.as_deref().unwrap_or("-")
                            ));
                        }
                    }
                    Some(o) => {
                        tally.false_neg += 1;
                        failures.push(format!(
                            "{name}:{}:{}: found {} where {} is marked",
                            e.spot.line + 1,
                            e.spot.start + 1,
                            o.code,
                            e.code
                        ));
                    }
                    None => {
                        tally.false_neg += 1;
                        failures.push(format!(
                            "{name}:{}:{}: missed {}",
                            e.spot.line + 1,
                            e.spot.start + 1,
                            e.code
                        ));
                    }
                }
            }
            for o in &found {
                let spot = spot_of(&text, o);
                if expected.iter().any(|e| e.spot == spot) {
                    continue;
                }
                tally.false_pos += 1;
                let why = if negatives.contains(&spot) {
                    " (marked !!!)"
                } else {
                    ""
                };
                failures.push(format!(
                    "{name}:{}:{}: unexpected {} {} {}{why}",
                    spot.line + 1,
                    spot.start + 1,
                    o.code,
                    o.role.name(),
                    o.api.name()
                ));
            }
        }
    }
    assert!(files > 0, "no fixtures found");
    eprintln!("\nlanguage      precision  recall   (tp/fp/fn)");
    for (language, t) in &tallies {
        let precision = t.true_pos as f64 / (t.true_pos + t.false_pos).max(1) as f64;
        let recall = t.true_pos as f64 / (t.true_pos + t.false_neg).max(1) as f64;
        eprintln!(
            "{language:<12}  {precision:>9.3}  {recall:>6.3}   ({}/{}/{})",
            t.true_pos, t.false_pos, t.false_neg
        );
    }
    assert!(failures.is_empty(), "\n{}\n", failures.join("\n"));
}

#[test]
fn markers_parse() {
    let text = "res.status(404);\n//         ^^^ 404 argument response\nsmtp(250);\n//   !!!\n";
    let (expected, negatives, lines) = markers(Language::JavaScript, text);
    assert_eq!(lines, [1, 3]);
    assert_eq!(expected.len(), 1);
    assert_eq!(
        expected[0].spot,
        Spot {
            line: 0,
            start: 11,
            end: 14
        }
    );
    assert_eq!(expected[0].role.as_deref(), Some("argument"));
    assert_eq!(
        negatives,
        [Spot {
            line: 2,
            start: 5,
            end: 8
        }]
    );
}
