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

mod markers;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use http_status_lsp::syntax::{Language, Occurrence, scan_text};
use markers::Spot;

#[derive(Debug)]
struct Expected {
    spot: Spot,
    code: u16,
    role: Option<String>,
    api: Option<String>,
}

/// Expected occurrences and deliberate negatives.
fn expectations(language: Language, text: &str) -> (Vec<Expected>, Vec<Spot>) {
    let mut expected = Vec::new();
    let mut negatives = Vec::new();
    for m in markers::markers(language, text) {
        if m.negative {
            negatives.push(m.spot);
            continue;
        }
        let mut words = m.rest.split_whitespace();
        let code = words
            .next()
            .and_then(|w| w.parse().ok())
            .unwrap_or_else(|| panic!("marker on line {} needs a code", m.marker_line));
        expected.push(Expected {
            spot: m.spot,
            code,
            role: words.next().map(str::to_owned),
            api: words.next().map(str::to_owned),
        });
    }
    (expected, negatives)
}

fn spot_of(text: &str, o: &Occurrence) -> Spot {
    Spot::of(text, o.range.clone())
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
            let (expected, negatives) = expectations(language, &text);
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
