//! The reason phrase after each status literal: `404` then `Not Found`.

use http_status_registry as registry;

use crate::syntax::{Form, Occurrence, Role};

/// `(byte offset, label)` for each literal in `range` that a phrase helps:
/// not for named constants (their name says it) nor table entries (the
/// phrase is usually beside them).
pub fn inlay_hints(
    occurrences: &[Occurrence],
    range: std::ops::Range<usize>,
) -> Vec<(usize, &'static str)> {
    occurrences
        .iter()
        .filter(|o| o.form == Form::Literal && o.role != Role::Table)
        .filter(|o| o.range.start >= range.start && o.range.end <= range.end)
        .filter_map(|o| {
            let label = registry::status(o.code)
                .map(|s| s.phrase)
                .or_else(|| registry::unofficial(o.code).first().map(|u| u.reason))?;
            Some((o.range.end, label))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::{Language, scan_text};

    #[test]
    fn phrases_after_literals_only() {
        let text = "res.status(404); res.status(StatusCodes.OK); const T = { 200: 'OK' };";
        let found = scan_text(Language::JavaScript, text);
        let hints = inlay_hints(&found, 0..text.len());
        assert_eq!(hints, [(text.find("404").expect("404") + 3, "Not Found")]);
    }
}
