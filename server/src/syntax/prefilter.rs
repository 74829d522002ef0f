//! A cheap look at the raw text that decides whether parsing can find
//! anything. Most files in a large tree fail it and are never parsed.

/// Whether `text` could hold a status code: a standalone decimal number from
/// 100 to 599 with a word a status lives with nearby on its line, or the
/// spelling of a status constant.
pub fn may_contain_status(text: &[u8]) -> bool {
    has_constant_marker(text) || has_status_number(text)
}

/// How far around a number to look for a hint, so a minified one-line file
/// costs no more than a normal one.
const WINDOW: usize = 160;

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
        if i - start == 3
            && (b'1'..=b'5').contains(&text[start])
            && before_ok
            && after_ok
            && hint_near(text, start, i)
        {
            return true;
        }
    }
    false
}

fn is_word_or_number(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'.'
}

/// Words that share a line with a status: the calls and fields of the
/// patterns. Each must start a word (`code` but not `opcode`).
const HINTS: [&[u8]; 24] = [
    b"status",
    b"code",
    b"abort",
    b"redirect",
    b"halt",
    b"head ",
    b"head(",
    b"header(",
    b"response",
    b"raise",
    b"throw",
    b"error(",
    b"exception(",
    b"expect(",
    b"assert",
    b"render",
    b"reply",
    b"respond",
    b"json(",
    b"string(",
    b"html(",
    b"data(",
    b"nocontent(",
    b"catch(",
];

/// `word` (lowercase) in `lower` at a word start of the original `line`: after
/// a non-letter, or at an uppercase letter (`WriteHeader(`, `SendStatus`).
fn has_word(line: &[u8], lower: &[u8], word: &[u8]) -> bool {
    memchr::memmem::find_iter(lower, word)
        .any(|at| at == 0 || !line[at - 1].is_ascii_alphabetic() || line[at].is_ascii_uppercase())
}

fn hint_near(text: &[u8], start: usize, end: usize) -> bool {
    let low = start.saturating_sub(WINDOW);
    let from = text[low..start]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(low, |p| low + p + 1);
    let high = (end + WINDOW).min(text.len());
    let to = text[end..high]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(high, |p| end + p);
    let before = &text[from..start];
    // A number in a line comment is never code.
    let lead = trim_start(before);
    // (`//` after code could be a URL in a string, so only a leading one counts.)
    if lead.starts_with(b"//") || lead.starts_with(b"#") || lead.starts_with(b"*") {
        return false;
    }
    let original = &text[from..to];
    let line = original.to_ascii_lowercase();
    if HINTS.iter().any(|h| has_word(original, &line, h)) {
        return true;
    }
    // `http` outside URLs: `http.Error`, `HTTPException`, `httpStatus`.
    let http = memchr::memmem::find_iter(&line, b"http")
        .any(|at| !matches!(line.get(at + 4), Some(b's' | b':')));
    if http {
        return true;
    }
    if phrase_follows(&text[end..to]) {
        return true;
    }
    // `], 201);` ends a multi-line call whose status comes last (Laravel `response()->json([...], 201)`).
    let closing = before.trim_ascii();
    if matches!(closing, b"]," | b"}," | b"),") && trim_start(&text[end..to]).starts_with(b")") {
        return true;
    }
    // `return body, 404` (Flask).
    if has_word(original, &line, b"return") && before.trim_ascii_end().ends_with(b",") {
        return true;
    }
    // `case 301:` / `when 404` count when the file talks about statuses at all.
    let arm = |w: &[u8]| {
        memchr::memmem::find_iter(&line, w).any(|at| {
            (at == 0 || !line[at - 1].is_ascii_alphanumeric())
                && line
                    .get(at + w.len())
                    .is_none_or(|b| !b.is_ascii_alphanumeric())
        })
    };
    (arm(b"case") || arm(b"when")) && mentions_status(text)
}

/// `404: "Not Found"`, `404 => 'Not Found'`, `404: ("not_found", ...)`: a
/// table entry whose text starts with a word of some reason phrase.
fn phrase_follows(after: &[u8]) -> bool {
    let after = trim_start(after);
    let Some(rest) = after
        .strip_prefix(b":")
        .or_else(|| after.strip_prefix(b"=>"))
        .or_else(|| after.strip_prefix(b","))
    else {
        return false;
    };
    let rest = trim_start(rest);
    let rest = rest
        .strip_prefix(b"(")
        .or_else(|| rest.strip_prefix(b"["))
        .unwrap_or(rest);
    let Some(text) = rest.strip_prefix(b"\"").or_else(|| rest.strip_prefix(b"'")) else {
        return false;
    };
    let word_len = text.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let word = text[..word_len].to_ascii_lowercase();
    !word.is_empty()
        && phrase_first_words()
            .iter()
            .any(|w| w.as_bytes() == word.as_slice())
}

/// The first word of every reason phrase, former name and vendor reason.
fn phrase_first_words() -> &'static [String] {
    static WORDS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        use http_status_registry as registry;
        let names = registry::statuses()
            .iter()
            .flat_map(|s| std::iter::once(s.phrase).chain(s.aliases.iter().map(|a| a.name)))
            .chain(registry::unofficials().iter().map(|u| u.reason));
        let mut words: Vec<String> = names
            .filter_map(|n| {
                let first: String = n.chars().take_while(char::is_ascii_alphabetic).collect();
                // One-letter words ("I'm a teapot") would match too much ("I/O error").
                (first.len() > 1).then(|| first.to_ascii_lowercase())
            })
            .collect();
        words.sort();
        words.dedup();
        words
    })
}

fn trim_start(bytes: &[u8]) -> &[u8] {
    let n = bytes
        .iter()
        .take_while(|b| **b == b' ' || **b == b'\t')
        .count();
    &bytes[n..]
}

fn mentions_status(text: &[u8]) -> bool {
    memchr::memmem::find(text, b"status").is_some()
        || memchr::memmem::find(text, b"Status").is_some()
        || memchr::memmem::find(text, b"STATUS").is_some()
}

/// Spellings that only status constants have.
const MARKERS: [&[u8]; 10] = [
    b"StatusCode",
    b"HttpStatus",
    b"HTTPStatus",
    b"http.Status",
    b"codes.",
    b"Status.",
    b"web.HTTP",
    b"status: :",
    b"head :",
    b"::HTTP_",
];

fn has_constant_marker(text: &[u8]) -> bool {
    MARKERS.iter().any(|m| memchr::memmem::find(text, m).is_some())
        // Rails and Rack symbols: `assert_response :not_found`, `have_http_status(:created)`.
        || rack_symbol(text)
        // HTTP_NOT_FOUND, HTTP_404_NOT_FOUND as a whole word (not ERROR_HTTP_...).
        || word_prefix(text, b"HTTP_")
        || word_prefix(text, b"SC_")
        // `fiber.StatusOK`, `iris.StatusOK`: a framework's copy of Go's names.
        || memchr::memmem::find_iter(text, b".Status")
            .any(|at| text.get(at + 7).is_some_and(u8::is_ascii_uppercase))
        // Go's own `StatusNotFound` inside package http.
        || (memchr::memmem::find(text, b"package http").is_some()
            && memchr::memmem::find_iter(text, b"Status")
                .any(|at| text.get(at + 6).is_some_and(u8::is_ascii_uppercase)))
}

fn rack_symbol(text: &[u8]) -> bool {
    memchr::memchr_iter(b':', text).any(|at| {
        let word_len = text[at + 1..]
            .iter()
            .take_while(|b| b.is_ascii_lowercase() || **b == b'_')
            .count();
        word_len > 1
            && (at == 0 || !(text[at - 1].is_ascii_alphanumeric() || text[at - 1] == b':'))
            && std::str::from_utf8(&text[at..at + 1 + word_len])
                .ok()
                .and_then(super::constants::resolve_symbol)
                .is_some()
    })
}

/// `prefix` at the start of a word and followed by two uppercase letters or
/// digits (`HTTP_NOT_FOUND`, `SC_OK`, but not `HTTP_E_STATUS` or `ERROR_HTTP_`).
fn word_prefix(text: &[u8], prefix: &[u8]) -> bool {
    let upper = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    memchr::memmem::find_iter(text, prefix).any(|at| {
        (at == 0 || !(text[at - 1].is_ascii_alphanumeric() || text[at - 1] == b'_'))
            && upper(text.get(at + prefix.len()))
            && upper(text.get(at + prefix.len() + 1))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn needs_a_number_and_a_hint() {
        assert!(may_contain_status(b"res.status(404)"));
        assert!(may_contain_status(b"abort(404)"));
        assert!(!may_contain_status(b"x = 404"));
        assert!(!may_contain_status(b"status = 1\nx = 404\n"));
        assert!(may_contain_status(b"  404: 'Not Found',"));
        assert!(!may_contain_status(b"    case 301:"));
        assert!(may_contain_status(b"switch status {\n    case 301:"));
        assert!(may_contain_status(b"    404: (\"not_found\", \"-o-\"),"));
        assert!(!may_contain_status(b"    111: \"I/O completed\","));
        assert!(!may_contain_status(b"// status 404"));
        assert!(may_contain_status(
            b"http.Redirect(w, r, \"https://example.com/new\", 301)"
        ));
        assert!(!may_contain_status(b"opcode = 104"));
        assert!(may_contain_status(b"w.WriteHeader(404)"));
        assert!(may_contain_status(
            b"    return response()->json([\n        'ok' => true,\n    ], 201);"
        ));
        assert!(!may_contain_status(b"  {0x1, 2, 3}, 123, {4}"));
        assert!(may_contain_status(b"c.JSON(200, obj)"));
        assert!(may_contain_status(b"return c.SendStatus(fiber.StatusOK)"));
        assert!(may_contain_status(b"return HTTP_NOT_FOUND"));
        assert!(!may_contain_status(b"ERROR_HTTP_HEADER_NOT_FOUND = 1"));
        assert!(!may_contain_status(b"type ExitStatus int"));
        assert!(!may_contain_status(b"port = 8080; status = 1"));
        assert!(!may_contain_status(b"status = 1.404"));
        assert!(may_contain_status(b"w.WriteHeader(http.StatusOK)"));
        assert!(may_contain_status(b"head :not_found"));
        assert!(!may_contain_status(b"let a = [1, 2, 3];"));
    }
}
