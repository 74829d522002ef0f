//! Generates `src/generated.rs` from the plain files in `data/` and fails when
//! the committed file differs. Rewrite it with:
//!
//! ```sh
//! BLESS=1 cargo test -p http-status-registry-codegen
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CodeFile {
    status: Vec<StatusRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct StatusRow {
    code: u16,
    phrase: String,
    iana_reference: String,
    spec: String,
    link: String,
    #[serde(default = "yes")]
    mdn: bool,
    standing: String,
    temporary_registration: Option<Temporary>,
    cacheable: bool,
    content_forbidden: bool,
    method_on_redirect: String,
    headers: Vec<String>,
    request_headers: Vec<String>,
    #[serde(default)]
    aliases: Vec<AliasRow>,
    en: TextRow,
    #[serde(rename = "zh-CN")]
    zh_cn: TextRow,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Temporary {
    registered: String,
    extended: Option<String>,
    expires: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct AliasRow {
    name: String,
    used_by: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct TextRow {
    summary: String,
    description: String,
    use_when: Option<String>,
    mistake: Option<String>,
    standing_why: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UnofficialFile {
    unofficial: Vec<UnofficialRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UnofficialRow {
    code: u16,
    reason: String,
    vendor: String,
    source: String,
    en: TextRow,
    #[serde(rename = "zh-CN")]
    zh_cn: TextRow,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EcosystemFile {
    ecosystem: Vec<EcosystemRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EcosystemRow {
    id: String,
    label: String,
    languages: Vec<String>,
    import: String,
    source: String,
}

#[derive(Deserialize)]
struct ConstantRow {
    ecosystem: String,
    code: u16,
    constant: String,
    kind: String,
}

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../data")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn parse_toml<T: serde::de::DeserializeOwned>(path: &Path) -> T {
    toml::from_str(&read(path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Joins wrapped lines into one paragraph per blank-line-separated block. A
/// line break between two Chinese characters becomes nothing, not a space.
fn unwrap_text(text: &str) -> String {
    let mut out = String::new();
    for paragraph in text.trim().split("\n\n") {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        let mut first = true;
        for line in paragraph.lines().map(str::trim).filter(|l| !l.is_empty()) {
            if !first {
                let prev_wide = out.chars().last().is_some_and(is_wide);
                let next_wide = line.chars().next().is_some_and(is_wide);
                if !(prev_wide || next_wide) {
                    out.push(' ');
                }
            }
            out.push_str(line);
            first = false;
        }
    }
    out
}

fn is_wide(c: char) -> bool {
    matches!(c, '\u{2E80}'..='\u{9FFF}' | '\u{FF00}'..='\u{FFEF}')
}

fn lit(s: &str) -> String {
    format!("{s:?}")
}

fn opt(s: &Option<String>) -> String {
    match s {
        Some(s) => format!("Some({})", lit(&unwrap_text(s))),
        None => "None".into(),
    }
}

fn list(items: &[String]) -> String {
    let inner: Vec<String> = items.iter().map(|s| lit(s)).collect();
    format!("&[{}]", inner.join(", "))
}

fn text(t: &TextRow, what: &str) -> String {
    for (field, value) in [("summary", &t.summary), ("description", &t.description)] {
        assert!(
            !value.trim().is_empty() && !value.contains("TODO"),
            "{what}: {field} is not written yet"
        );
    }
    for value in [&t.use_when, &t.mistake, &t.standing_why]
        .into_iter()
        .flatten()
    {
        assert!(!value.contains("TODO"), "{what}: a field still says TODO");
    }
    format!(
        "Text {{ summary: {}, description: {}, use_when: {}, mistake: {}, standing_why: {} }}",
        lit(&unwrap_text(&t.summary)),
        lit(&unwrap_text(&t.description)),
        opt(&t.use_when),
        opt(&t.mistake),
        opt(&t.standing_why),
    )
}

fn generate() -> String {
    let dir = data_dir();
    let mut statuses: Vec<StatusRow> = Vec::new();
    for class in 1..=5 {
        let path = dir.join(format!("codes/{class}xx.toml"));
        let file: CodeFile = parse_toml(&path);
        for row in file.status {
            assert_eq!(
                row.code / 100,
                class,
                "{}: {} is in the wrong file",
                path.display(),
                row.code
            );
            statuses.push(row);
        }
    }
    statuses.sort_by_key(|s| s.code);
    for pair in statuses.windows(2) {
        assert_ne!(pair[0].code, pair[1].code, "{} appears twice", pair[0].code);
    }

    let mut unofficial: Vec<UnofficialRow> =
        parse_toml::<UnofficialFile>(&dir.join("unofficial.toml")).unofficial;
    // Stable: vendors of one number keep the order of the data file.
    unofficial.sort_by_key(|u| u.code);

    let ecosystems = parse_toml::<EcosystemFile>(&dir.join("ecosystems.toml")).ecosystem;
    let rank: BTreeMap<&str, usize> = ecosystems
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    assert_eq!(rank.len(), ecosystems.len(), "duplicate ecosystem id");

    let known: BTreeSet<u16> = statuses
        .iter()
        .map(|s| s.code)
        .chain(unofficial.iter().map(|u| u.code))
        .collect();
    let mut constants: Vec<ConstantRow> = csv::Reader::from_path(dir.join("constants.csv"))
        .expect("constants.csv")
        .deserialize()
        .map(|r| r.expect("constants.csv row"))
        .collect();
    for c in &constants {
        assert!(
            rank.contains_key(c.ecosystem.as_str()),
            "constants.csv: unknown ecosystem {}",
            c.ecosystem
        );
        assert!(
            known.contains(&c.code),
            "constants.csv: {} names {}, which is neither registered nor a known vendor code",
            c.constant,
            c.code
        );
    }
    let kind_order = |k: &str| match k {
        "preferred" => 0,
        "alias" => 1,
        "renamed" => 2,
        "deprecated" => 3,
        "removed" => 4,
        other => panic!("constants.csv: unknown kind {other}"),
    };
    constants.sort_by(|a, b| {
        (
            rank[a.ecosystem.as_str()],
            a.code,
            kind_order(&a.kind),
            &a.constant,
        )
            .cmp(&(
                rank[b.ecosystem.as_str()],
                b.code,
                kind_order(&b.kind),
                &b.constant,
            ))
    });

    let mut out = String::new();
    out.push_str(
        "// @generated by registry/codegen/tests/codegen.rs from the files in data/. Do not edit by hand:\n\
         // change the data and run `BLESS=1 cargo test -p http-status-registry-codegen`.\n\n\
         use crate::{Alias, Constant, ConstantKind, Ecosystem, MethodOnRedirect, Standing, Status, TemporaryRegistration, Text, Unofficial};\n\n",
    );
    let snapshot = read(&dir.join("iana-snapshot.txt"));
    writeln!(
        out,
        "pub(crate) const IANA_SNAPSHOT: &str = {};\n",
        lit(snapshot.trim())
    )
    .ok();

    writeln!(
        out,
        "pub(crate) static STATUSES: [Status; {}] = [",
        statuses.len()
    )
    .ok();
    for s in &statuses {
        let what = format!("status {}", s.code);
        let standing = match s.standing.as_str() {
            "standard" => "Standard",
            "deprecated" => "Deprecated",
            "obsoleted" => "Obsoleted",
            "unused" => "Unused",
            "temporary" => "Temporary",
            "experimental" => "Experimental",
            other => panic!("{what}: unknown standing {other}"),
        };
        assert_eq!(
            s.standing == "temporary",
            s.temporary_registration.is_some(),
            "{what}: temporary standing and temporary-registration go together"
        );
        let method = match s.method_on_redirect.as_str() {
            "may-change" => "MayChange",
            "becomes-get" => "BecomesGet",
            "kept" => "Kept",
            "n/a" => "NotApplicable",
            other => panic!("{what}: unknown method-on-redirect {other}"),
        };
        let temporary = match &s.temporary_registration {
            Some(t) => format!(
                "Some(TemporaryRegistration {{ registered: {}, extended: {}, expires: {} }})",
                lit(&t.registered),
                opt(&t.extended),
                lit(&t.expires)
            ),
            None => "None".into(),
        };
        let aliases: Vec<String> = s
            .aliases
            .iter()
            .map(|a| {
                format!(
                    "Alias {{ name: {}, used_by: {} }}",
                    lit(&a.name),
                    lit(&a.used_by)
                )
            })
            .collect();
        writeln!(
            out,
            "    Status {{\n        code: {},\n        phrase: {},\n        iana_reference: {},\n        spec: {},\n        link: {},\n        mdn: {},\n        standing: Standing::{standing},\n        temporary: {temporary},\n        cacheable: {},\n        content_forbidden: {},\n        method_on_redirect: MethodOnRedirect::{method},\n        headers: {},\n        request_headers: {},\n        aliases: &[{}],\n        en: {},\n        zh_cn: {},\n    }},",
            s.code,
            lit(&s.phrase),
            lit(&s.iana_reference),
            lit(&s.spec),
            lit(&s.link),
            s.mdn,
            s.cacheable,
            s.content_forbidden,
            list(&s.headers),
            list(&s.request_headers),
            aliases.join(", "),
            text(&s.en, &format!("{what} (en)")),
            text(&s.zh_cn, &format!("{what} (zh-CN)")),
        )
        .ok();
    }
    out.push_str("];\n\n");

    // Index by code - 100: 0 means unassigned, otherwise position + 1.
    let mut index = vec![0u8; 500];
    for (i, s) in statuses.iter().enumerate() {
        index[usize::from(s.code - 100)] = u8::try_from(i + 1).expect("fewer than 255 codes");
    }
    writeln!(
        out,
        "pub(crate) static STATUS_INDEX: [u8; 500] = {index:?};\n"
    )
    .ok();

    writeln!(
        out,
        "pub(crate) static UNOFFICIAL: [Unofficial; {}] = [",
        unofficial.len()
    )
    .ok();
    for u in &unofficial {
        assert!(
            (100..=599).contains(&u.code),
            "vendor code {} out of range",
            u.code
        );
        let what = format!("unofficial {} ({})", u.code, u.vendor);
        writeln!(
            out,
            "    Unofficial {{\n        code: {},\n        reason: {},\n        vendor: {},\n        source: {},\n        en: {},\n        zh_cn: {},\n    }},",
            u.code,
            lit(&u.reason),
            lit(&u.vendor),
            lit(&u.source),
            text(&u.en, &format!("{what} (en)")),
            text(&u.zh_cn, &format!("{what} (zh-CN)")),
        )
        .ok();
    }
    out.push_str("];\n\n");
    let mut ranges = vec![(0u8, 0u8); 500];
    for (i, u) in unofficial.iter().enumerate() {
        let slot = &mut ranges[usize::from(u.code - 100)];
        if slot.1 == 0 {
            slot.0 = u8::try_from(i).expect("fewer than 255 vendor codes");
        }
        slot.1 += 1;
    }
    writeln!(
        out,
        "pub(crate) static UNOFFICIAL_INDEX: [(u8, u8); 500] = {ranges:?};\n"
    )
    .ok();

    writeln!(
        out,
        "pub(crate) static ECOSYSTEMS: [Ecosystem; {}] = [",
        ecosystems.len()
    )
    .ok();
    for (i, e) in ecosystems.iter().enumerate() {
        writeln!(
            out,
            "    Ecosystem {{ id: {}, label: {}, languages: {}, import: {}, source: {}, index: {i} }},",
            lit(&e.id),
            lit(&e.label),
            list(&e.languages),
            lit(&e.import),
            lit(&e.source),
        )
        .ok();
    }
    out.push_str("];\n\n");

    writeln!(
        out,
        "pub(crate) static CONSTANTS: [Constant; {}] = [",
        constants.len()
    )
    .ok();
    for c in &constants {
        let kind = match c.kind.as_str() {
            "preferred" => "Preferred",
            "alias" => "Alias",
            "renamed" => "Renamed",
            "deprecated" => "Deprecated",
            _ => "Removed",
        };
        writeln!(
            out,
            "    Constant {{ ecosystem: &ECOSYSTEMS[{}], code: {}, name: {}, kind: ConstantKind::{kind} }},",
            rank[c.ecosystem.as_str()],
            c.code,
            lit(&c.constant)
        )
        .ok();
    }
    out.push_str("];\n\n");
    let mut constant_ranges = Vec::new();
    for i in 0..ecosystems.len() {
        let start = constants.partition_point(|c| rank[c.ecosystem.as_str()] < i);
        let end = constants.partition_point(|c| rank[c.ecosystem.as_str()] <= i);
        constant_ranges.push((
            u16::try_from(start).expect("small"),
            u16::try_from(end).expect("small"),
        ));
    }
    writeln!(
        out,
        "pub(crate) static CONSTANT_RANGES: [(u16, u16); {}] = {constant_ranges:?};\n",
        ecosystems.len()
    )
    .ok();
    let mut by_name: Vec<u16> = (0..u16::try_from(constants.len()).expect("small")).collect();
    by_name.sort_by(|&a, &b| {
        constants[usize::from(a)]
            .constant
            .cmp(&constants[usize::from(b)].constant)
            .then(a.cmp(&b))
    });
    writeln!(
        out,
        "pub(crate) static CONSTANTS_BY_NAME: [u16; {}] = {by_name:?};",
        by_name.len()
    )
    .ok();
    out
}

#[test]
fn generated_code_matches_the_data() {
    let fresh = generate();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../src/generated.rs");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if std::env::var_os("BLESS").is_some() {
        if committed != fresh {
            std::fs::write(&path, &fresh).expect("write generated.rs");
        }
        return;
    }
    assert!(
        committed == fresh,
        "src/generated.rs is out of date with data/; run `BLESS=1 cargo test -p http-status-registry-codegen`"
    );
}

#[test]
fn unwrapping_joins_lines_without_spacing_chinese() {
    assert_eq!(unwrap_text("one\ntwo\n\nthree"), "one two\n\nthree");
    assert_eq!(unwrap_text("中文\n继续"), "中文继续");
    assert_eq!(unwrap_text("Use 303\n而不是"), "Use 303而不是");
}
