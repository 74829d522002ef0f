//! The prose is complete in both languages and in the right language.

use http_status_registry::{Locale, Standing, Text, statuses, unofficials};

const OFTEN_WRONG: [u16; 24] = [
    200, 201, 202, 204, 301, 302, 303, 307, 308, 304, 400, 422, 401, 403, 404, 410, 405, 409, 412,
    429, 500, 502, 503, 504,
];

fn chinese(s: &str) -> bool {
    s.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
}

fn check(text: &Text, locale: Locale, what: &str) {
    let fields = [
        Some(text.summary),
        Some(text.description),
        text.use_when,
        text.mistake,
        text.standing_why,
    ];
    for field in fields.into_iter().flatten() {
        assert!(!field.trim().is_empty(), "{what}: empty text");
        match locale {
            Locale::ZhCn => assert!(chinese(field), "{what}: not Chinese: {field}"),
            Locale::En => assert!(!chinese(field), "{what}: Chinese in English text: {field}"),
        }
    }
    assert!(
        !text.summary.contains('\n'),
        "{what}: the summary is one line"
    );
    let limit = match locale {
        Locale::En => 110,
        Locale::ZhCn => 70,
    };
    assert!(
        text.summary.chars().count() <= limit,
        "{what}: summary too long: {}",
        text.summary
    );
    assert!(
        text.description.len() > text.summary.len(),
        "{what}: description shorter than summary"
    );
}

#[test]
fn every_code_is_explained_in_both_languages() {
    for s in statuses() {
        for locale in [Locale::En, Locale::ZhCn] {
            let what = format!("{} ({})", s.code, locale.tag());
            let text = s.text(locale);
            check(text, locale, &what);
            let often_wrong = OFTEN_WRONG.contains(&s.code);
            assert_eq!(text.use_when.is_some(), often_wrong, "{what}: use-when");
            assert_eq!(text.mistake.is_some(), often_wrong, "{what}: mistake");
            assert_eq!(
                text.standing_why.is_some(),
                s.standing != Standing::Standard,
                "{what}: standing-why goes with a non-standard standing"
            );
        }
    }
    for v in unofficials() {
        for locale in [Locale::En, Locale::ZhCn] {
            check(
                v.text(locale),
                locale,
                &format!("{} {} ({})", v.code, v.vendor, locale.tag()),
            );
        }
    }
}
