//! Every constant in `data/constants.csv` resolves through the crate, and the
//! codes each ecosystem lacks agree with the survey in `constants-coverage.csv`.

use std::collections::BTreeSet;

use http_status_registry::{constants, constants_named, ecosystem, ecosystems, missing_constants};

#[test]
fn every_constant_resolves_by_name_and_by_code() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/constants.csv");
    let mut rows = 0;
    for record in csv::Reader::from_path(path)
        .expect("constants.csv")
        .records()
    {
        let r = record.expect("row");
        let (eco, code, name, kind) = (&r[0], r[1].parse::<u16>().expect("code"), &r[2], &r[3]);
        rows += 1;
        let found = constants_named(name)
            .find(|c| c.ecosystem.id == eco)
            .unwrap_or_else(|| panic!("{name} ({eco}) does not resolve"));
        assert_eq!(found.code, code, "{name}");
        assert_eq!(found.kind.id(), kind, "{name}");
        let e = ecosystem(eco).expect("known ecosystem");
        assert!(
            http_status_registry::constants_for(e, code)
                .iter()
                .any(|c| c.name == name),
            "{name} missing from constants_for({eco}, {code})"
        );
    }
    assert_eq!(constants().len(), rows);
    assert_eq!(ecosystems().len(), 19);
}

#[test]
fn each_ecosystem_prefers_exactly_one_name_per_code() {
    for eco in ecosystems() {
        let codes: BTreeSet<u16> = constants()
            .iter()
            .filter(|c| c.ecosystem.id == eco.id)
            .map(|c| c.code)
            .collect();
        for code in codes {
            let preferred = http_status_registry::constants_for(eco, code)
                .iter()
                .filter(|c| c.kind == http_status_registry::ConstantKind::Preferred)
                .count();
            assert!(
                preferred <= 1,
                "{} {code}: {preferred} preferred names",
                eco.id
            );
        }
    }
}

#[test]
fn missing_codes_match_the_survey() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/constants-coverage.csv");
    let mut checked = 0;
    for record in csv::Reader::from_path(path).expect("coverage").records() {
        let r = record.expect("row");
        let eco = ecosystem(&r[0]).unwrap_or_else(|| panic!("unknown ecosystem {}", &r[0]));
        let surveyed: BTreeSet<u16> = r[2]
            .split_whitespace()
            .map(|c| c.parse().expect("code"))
            .collect();
        let derived: BTreeSet<u16> = missing_constants(eco).map(|s| s.code).collect();
        // The survey describes each library's current release, so a code whose
        // only names were removed (Spring 7) counts as missing.
        let live_missing: BTreeSet<u16> = http_status_registry::statuses()
            .iter()
            .map(|s| s.code)
            .filter(|&code| {
                http_status_registry::constants_for(eco, code)
                    .iter()
                    .all(|c| c.kind == http_status_registry::ConstantKind::Removed)
            })
            .collect();
        assert!(
            surveyed == derived || surveyed == live_missing,
            "{}: survey says {surveyed:?}, data gives {derived:?} (or {live_missing:?} ignoring removed names)",
            eco.id
        );
        checked += 1;
    }
    assert_eq!(checked, 19);
}
