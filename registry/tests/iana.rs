//! Every row of the IANA registry copy in `data/iana.csv` against the crate.

use http_status_registry::{Standing, status, statuses};

struct Row {
    code: String,
    description: String,
    reference: String,
}

fn rows() -> Vec<Row> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/iana.csv");
    csv::Reader::from_path(path)
        .expect("data/iana.csv")
        .records()
        .map(|r| {
            let r = r.expect("iana.csv row");
            Row {
                code: r[0].to_owned(),
                description: r[1].to_owned(),
                reference: r[2].to_owned(),
            }
        })
        .collect()
}

#[test]
fn every_assigned_code_matches_the_registry() {
    let mut assigned = 0;
    for row in rows() {
        if row.description == "Unassigned" {
            continue;
        }
        assigned += 1;
        let code: u16 = row.code.parse().expect("an assigned row names one code");
        let s = status(code).unwrap_or_else(|| panic!("{code} missing from the registry crate"));
        // IANA appends notes in parentheses to two phrases; they become the standing.
        let (phrase, note) = match row.description.split_once(" (") {
            Some((p, n)) if !row.description.starts_with('(') => (p, Some(n)),
            _ => (row.description.as_str(), None),
        };
        assert_eq!(s.phrase, phrase, "{code}: phrase");
        let reference = row
            .reference
            .trim_start_matches('[')
            .trim_end_matches(']')
            .replace("][", "; ");
        assert_eq!(s.iana_reference, reference, "{code}: reference");
        match note {
            Some(n) if n.starts_with("TEMPORARY") => {
                assert_eq!(s.standing, Standing::Temporary, "{code}");
                let t = s.temporary.expect("temporary registration dates");
                assert!(
                    n.contains(&format!("registered {}", t.registered)),
                    "{code}: {n}"
                );
                assert!(n.contains(&format!("expires {}", t.expires)), "{code}: {n}");
                if let Some(ext) = t.extended {
                    assert!(
                        n.contains(&format!("extension registered {ext}")),
                        "{code}: {n}"
                    );
                }
            }
            Some(n) if n.starts_with("OBSOLETED") => {
                assert_eq!(s.standing, Standing::Obsoleted, "{code}");
            }
            Some(n) => panic!("{code}: unexpected note {n}"),
            None if phrase == "(Unused)" => assert_eq!(s.standing, Standing::Unused, "{code}"),
            None => assert!(
                !matches!(
                    s.standing,
                    Standing::Temporary | Standing::Obsoleted | Standing::Unused
                ),
                "{code}: the registry gives no note, the crate says {:?}",
                s.standing
            ),
        }
    }
    assert_eq!(assigned, 64, "the 2025-09-15 registry assigns 64 codes");
    assert_eq!(
        statuses().len(),
        assigned,
        "the crate has codes IANA does not list"
    );
}

#[test]
fn unassigned_ranges_hold_no_registered_code() {
    for row in rows().iter().filter(|r| r.description == "Unassigned") {
        let (lo, hi) = match row.code.split_once('-') {
            Some((lo, hi)) => (
                lo.parse::<u16>().expect("lo"),
                hi.parse::<u16>().expect("hi"),
            ),
            None => {
                let c = row.code.parse::<u16>().expect("code");
                (c, c)
            }
        };
        for code in lo..=hi {
            assert!(status(code).is_none(), "{code} is unassigned in IANA");
        }
    }
}

#[test]
fn properties_follow_rfc_9110() {
    // Content is forbidden exactly for 1xx, 204, 205 and 304.
    for s in statuses() {
        let expected = s.code < 200 || matches!(s.code, 204 | 205 | 304);
        assert_eq!(s.content_forbidden, expected, "{}", s.code);
    }
    // RFC 9110, Section 15.1: the heuristically cacheable codes.
    let cacheable: Vec<u16> = statuses()
        .iter()
        .filter(|s| s.cacheable)
        .map(|s| s.code)
        .collect();
    assert_eq!(
        cacheable,
        [
            200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501
        ]
    );
    assert!(status(303).is_some_and(|s| s.link.ends_with("#section-15.4.4")));
}
