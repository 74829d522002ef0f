//! A cheap look at the raw text that decides whether parsing can find
//! anything. Most files in a large tree fail it and are never parsed.

/// Whether `text` could hold a status code: a standalone decimal number from
/// 100 to 599 near a word that status code lives with, or the spelling of a
/// status constant.
pub fn may_contain_status(text: &[u8]) -> bool {
    has_constant_marker(text) || (has_status_number(text) && has_hint(text))
}

fn has_status_number(text: &[u8]) -> bool {
    let mut i = 0;
    while i < text.len() {
        if !text[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < text.len() && text[i].is_ascii_digit() {
            i += 1;
        }
        let before_ok = start == 0 || !is_word_or_number(text[start - 1]);
        let after_ok = text
            .get(i)
            .is_none_or(|&b| !is_word_or_number(b) || matches!(b, b'u' | b'L'));
        if i - start == 3 && (b'1'..=b'5').contains(&text[start]) && before_ok && after_ok {
            return true;
        }
    }
    false
}

fn is_word_or_number(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'.'
}

const HINTS: [&[u8]; 16] = [
    b"status", b"code", b"abort", b"redirect", b"halt", b"head ", b"http", b"response", b"raise", b"throw",
    b"error", b"expect", b"assert", b"writehead", b"render", b"reply",
];

fn has_hint(text: &[u8]) -> bool {
    let lower = text.to_ascii_lowercase();
    HINTS.iter().any(|h| memchr::memmem::find(&lower, h).is_some())
}

const MARKERS: [&[u8]; 11] = [
    b"StatusCode", b"HttpStatus", b"HTTPStatus", b"HTTP_", b"SC_", b"codes.", b"Status.", b"web.HTTP",
    b"status: :", b"head :", b"http.Status",
];

fn has_constant_marker(text: &[u8]) -> bool {
    MARKERS.iter().any(|m| memchr::memmem::find(text, m).is_some())
        // Go's own `StatusNotFound` inside package http.
        || memchr::memmem::find_iter(text, b"Status")
            .any(|at| text.get(at + 6).is_some_and(u8::is_ascii_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn needs_a_number_and_a_hint() {
        assert!(may_contain_status(b"res.status(404)"));
        assert!(may_contain_status(b"abort(404)"));
        assert!(!may_contain_status(b"x = 404"));
        assert!(!may_contain_status(b"port = 8080; status = 1"));
        assert!(!may_contain_status(b"status = 1.404"));
        assert!(may_contain_status(b"w.WriteHeader(http.StatusOK)"));
        assert!(may_contain_status(b"head :not_found"));
        assert!(!may_contain_status(b"let a = [1, 2, 3];"));
    }
}
