//! From a syntax tree to the status codes in it.

use std::collections::HashMap;

use http_status_registry as registry;
use streaming_iterator::StreamingIterator;
use tree_sitter::{Node, QueryCursor, Tree};

use super::query::{Check, Pattern, compiled};
use super::{Api, Form, Language, Occurrence, Role, constants, evidence, handler, literal};

/// Every status code in `text`, ordered by position. `tree` must be the
/// parse of `text` in `language`.
pub fn scan(language: Language, text: &str, tree: &Tree) -> Vec<Occurrence> {
    scan_within(language, text, tree, None)
}

/// Like [`scan`], but only for occurrences inside `within` (byte ranges,
/// sorted and disjoint): the part of a document an edit can have changed.
pub fn scan_within(
    language: Language,
    text: &str,
    tree: &Tree,
    within: Option<&[std::ops::Range<usize>]>,
) -> Vec<Occurrence> {
    let compiled = compiled(language);
    let src = text.as_bytes();
    let mut scanner = Scanner {
        language,
        src,
        found: HashMap::new(),
        file_http: evidence::mentions_http(src),
        file_other: evidence::mentions_other_protocol(src),
        scope_cache: HashMap::new(),
        tables: HashMap::new(),
        static_enum: static_status_import(language, src),
    };
    let mut cursor = QueryCursor::new();
    // Bounds the work a pathological file can cause.
    cursor.set_match_limit(4096);
    // Run the patterns only around places that could hold a status: most of
    // a file is never visited.
    for region in regions(language, src, tree, within) {
        let mut matches = cursor.matches(&compiled.query, region, src);
        while let Some(m) = matches.next() {
            let pattern = compiled.patterns[m.pattern_index];
            let capture = |index: Option<u32>| {
                index.and_then(|i| m.captures().iter().find(|c| c.index == i).map(|c| c.node))
            };
            if let Some(slot) = capture(compiled.status) {
                scanner.slot(
                    &pattern,
                    slot,
                    capture(compiled.name),
                    capture(compiled.phrase),
                    capture(compiled.body).is_some_and(|b| literal::is_body(language, b, src)),
                    m.pattern_index,
                );
            } else if let Some(node) = capture(compiled.constant) {
                scanner.constant(node);
            }
        }
    }
    let mut found = scanner.finish();
    if let Some(within) = within {
        found.retain(|o| inside(within, &o.range));
    }
    let root = tree.root_node();
    for o in &mut found {
        if (300..=399).contains(&o.code) && matches!(o.api, Api::Redirect | Api::Response) {
            o.method = root
                .descendant_for_byte_range(o.range.start, o.range.end)
                .and_then(|node| handler::method_at(language, src, node));
        }
    }
    found
}

/// Whether `range` lies inside one of the sorted, disjoint `ranges`.
pub fn inside(ranges: &[std::ops::Range<usize>], range: &std::ops::Range<usize>) -> bool {
    let i = ranges.partition_point(|r| r.end < range.end);
    ranges
        .get(i)
        .is_some_and(|r| r.start <= range.start && range.end <= r.end)
}

/// How many ancestors above a candidate token a pattern may start at. The
/// deepest patterns (a `case` arm under its `switch`, an `expect(...)` chain)
/// start four levels up.
pub const PATTERN_HEIGHT: usize = 5;

/// Subtrees around every token that could be or name a status: three-digit
/// numbers, words containing `Status`, `HTTP`, `SC_` or `codes`, and Rack
/// symbols. Each token is widened to an ancestor high enough for any pattern
/// to match whole; subtrees inside another are dropped.
fn regions<'t>(
    language: Language,
    src: &[u8],
    tree: &'t Tree,
    within: Option<&[std::ops::Range<usize>]>,
) -> Vec<Node<'t>> {
    let root = tree.root_node();
    let mut tokens: Vec<(usize, usize)> = Vec::new();
    // Only the parts of the text in question (all of it for a full scan).
    let spans: Vec<std::ops::Range<usize>> = match within {
        Some(within) => within
            .iter()
            .map(|r| r.start.min(src.len())..r.end.min(src.len()))
            .collect(),
        None => std::iter::once(0..src.len()).collect(),
    };
    for span in spans {
        let mut i = span.start;
        while i < span.end {
            let b = src[i];
            if b.is_ascii_digit() {
                let start = i;
                while i < src.len() && src[i].is_ascii_digit() {
                    i += 1;
                }
                let before_ok = start == 0
                    || !(src[start - 1].is_ascii_alphanumeric() || src[start - 1] == b'_');
                if i - start == 3 && src[start] != b'0' && before_ok {
                    tokens.push((start, i));
                }
                continue;
            }
            if b.is_ascii_alphabetic() || b == b'_' || (b == b':' && language == Language::Ruby) {
                let start = i;
                i += 1;
                while i < src.len() && (src[i].is_ascii_alphanumeric() || src[i] == b'_') {
                    i += 1;
                }
                let word = &src[start..i];
                let marked = memchr::memmem::find(word, b"Status").is_some()
                    || memchr::memmem::find(word, b"STATUS").is_some()
                    || memchr::memmem::find(word, b"status").is_some()
                    || memchr::memmem::find(word, b"HTTP").is_some()
                    || memchr::memmem::find(word, b"Http").is_some()
                    || word.starts_with(b"SC_")
                    || word.eq_ignore_ascii_case(b"codes")
                    || (word.first() == Some(&b':')
                        && std::str::from_utf8(word)
                            .ok()
                            .and_then(constants::resolve_symbol)
                            .is_some());
                if marked {
                    tokens.push((start, i));
                }
                continue;
            }
            i += 1;
        }
    }
    if let Some(within) = within {
        tokens.retain(|&(start, end)| inside(within, &(start..end)));
    }
    let mut tops: Vec<Node<'t>> = tokens
        .into_iter()
        .filter_map(|(start, end)| root.descendant_for_byte_range(start, end))
        .map(|node| {
            let mut top = node;
            for _ in 0..PATTERN_HEIGHT {
                match top.parent() {
                    Some(p) if p.id() != root.id() => top = p,
                    _ => break,
                }
            }
            top
        })
        .collect();
    // Outermost first at each start, so nested subtrees are skipped.
    tops.sort_by_key(|n| (n.start_byte(), std::cmp::Reverse(n.end_byte())));
    let mut merged: Vec<Node<'t>> = Vec::with_capacity(tops.len());
    for node in tops {
        if merged
            .last()
            .is_some_and(|last| node.end_byte() <= last.end_byte())
        {
            continue;
        }
        merged.push(node);
    }
    merged
}

struct Scanner<'a> {
    language: Language,
    src: &'a [u8],
    /// By byte range; the value keeps the pattern index so the earliest
    /// pattern in the query file wins when two describe the same node.
    found: HashMap<(usize, usize), (usize, Occurrence)>,
    file_http: bool,
    file_other: bool,
    /// Per enclosing function: (mentions HTTP, mentions another protocol).
    scope_cache: HashMap<usize, (bool, bool)>,
    /// Phrase tables by container node: entries whose phrase matched, and
    /// entries waiting for the table to prove itself (their phrase is
    /// worded differently: `203: "non_authoritative_info"`).
    tables: HashMap<usize, (usize, Vec<(usize, Occurrence)>)>,
    /// `HttpStatus` when the file statically imports its members, so a bare
    /// `NOT_FOUND` means `HttpStatus.NOT_FOUND`.
    static_enum: Option<&'static str>,
}

fn static_status_import(language: Language, src: &[u8]) -> Option<&'static str> {
    let java = matches!(language, Language::Java | Language::Kotlin);
    let imported = memchr::memmem::find_iter(src, b"import static ").any(|at| {
        let line = &src[at..src[at..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(src.len(), |e| at + e)];
        memchr::memmem::find(line, b".HttpStatus.").is_some()
    }) || (language == Language::Kotlin
        && memchr::memmem::find(src, b"import org.springframework.http.HttpStatus.").is_some());
    (java && imported).then_some("HttpStatus")
}

/// What a constant seen outside any slot is.
const BARE: Pattern = Pattern {
    role: Role::Constant,
    api: Api::Other,
    weak: false,
    check: Check::None,
};

/// A table with this many entries whose phrases match is a status table, so
/// its other entries count too.
const TABLE_QUORUM: usize = 3;

impl<'a> Scanner<'a> {
    fn slot(
        &mut self,
        pattern: &Pattern,
        slot: Node,
        name: Option<Node>,
        phrase: Option<Node>,
        body: bool,
        pattern_index: usize,
    ) {
        if pattern.weak && !self.weak_allowed(slot) {
            return;
        }
        let mut values = Vec::new();
        self.values(slot, &mut values);
        if values.is_empty() && pattern.role == Role::Case {
            self.enum_member(slot, &mut values);
        }
        if values.is_empty() && literal::is_collection(self.language, slot) {
            let mut cursor = slot.walk();
            for child in slot.named_children(&mut cursor) {
                self.values(child, &mut values);
            }
        }
        for (node, code, form) in values {
            let checked = match pattern.check {
                Check::None => true,
                Check::Name => name.is_some_and(|n| self.name_matches(n, code)),
                Check::Phrase => phrase.is_some_and(|p| self.phrase_matches(p, code)),
            };
            let container = slot.parent().and_then(|p| p.parent());
            // Phrase tables prove themselves anywhere; named entries only in an
            // enum, where every member is one kind of thing (top-level
            // constants share a file with ports and limits).
            let provable = match pattern.check {
                Check::Phrase => true,
                Check::Name => container.is_some_and(|c| c.kind().contains("enum")),
                Check::None => false,
            };
            if provable {
                let container = container.map_or(0, |c| c.id());
                let table = self.tables.entry(container).or_default();
                // Only codes someone defined: `Degraded = 299` in a status enum is the
                // project's own value.
                let known =
                    registry::status(code).is_some() || !registry::unofficial(code).is_empty();
                if checked {
                    table.0 += 1;
                } else if known {
                    let pending = Occurrence {
                        range: node.clone(),
                        code,
                        language: self.language,
                        form,
                        role: pattern.role,
                        api: pattern.api,
                        method: None,
                        body,
                    };
                    table.1.push((pattern_index, pending));
                }
            }
            if !checked {
                continue;
            }
            let in_range = (100..=599).contains(&code);
            // Outside 100-599 only where a status is plainly expected, so the
            // rules can call it invalid; never in tables or bounds.
            let plausible_invalid = form == Form::Literal
                && (100..=999).contains(&code)
                && !pattern.weak
                && matches!(
                    pattern.role,
                    Role::Argument | Role::Assignment | Role::Annotation
                );
            if !(in_range || plausible_invalid) {
                continue;
            }
            self.add(pattern_index, node.clone(), code, form, pattern, body);
        }
    }

    /// The status values inside `node`, looking through wrappers. Iterative,
    /// with a budget, so `200 | 201 | ... | 599` chains of any length work and
    /// nothing can recurse without bound.
    fn values(&self, node: Node, out: &mut Vec<(std::ops::Range<usize>, u16, Form)>) {
        let mut stack = vec![node];
        let mut budget = 1024;
        while let Some(node) = stack.pop() {
            budget -= 1;
            if budget == 0 {
                return;
            }
            if literal::is_integer(self.language, node) {
                if let Some(v) = node_text(node, self.src).and_then(literal::integer_value) {
                    if let Ok(code) = u16::try_from(v) {
                        out.push((node.byte_range(), code, Form::Literal));
                    }
                }
                continue;
            }
            if let Some(children) = literal::transparent_children(self.language, node, self.src) {
                // Reversed so values come out in source order.
                stack.extend(children.into_iter().rev());
                continue;
            }
            if self.language == Language::Ruby
                && matches!(node.kind(), "simple_symbol" | "hash_key_symbol")
            {
                if let Some(code) = node_text(node, self.src).and_then(constants::resolve_symbol) {
                    out.push((node.byte_range(), code, Form::Symbol));
                }
                continue;
            }
            if let Some((range, path)) = self.token_path(node) {
                if let Some(code) = constants::resolve(self.language, path) {
                    out.push((range, code, Form::Constant));
                }
                continue;
            }
            if literal::is_constant_shape(self.language, node) {
                if let Some(code) =
                    node_text(node, self.src).and_then(|t| constants::resolve(self.language, t))
                {
                    out.push((node.byte_range(), code, Form::Constant));
                }
            }
        }
    }

    fn constant(&mut self, node: Node) {
        let Some(text) = node_text(node, self.src) else {
            return;
        };
        // The name being defined (`HTTP_404_NOT_FOUND = 404`) is not a use.
        let defined = node.parent().is_some_and(|p| {
            ["left", "name"].iter().any(|f| {
                p.child_by_field_name(f)
                    .is_some_and(|c| c.id() == node.id())
            })
        });
        if defined {
            return;
        }
        if let Some((range, path)) = self.token_path(node) {
            if let Some(code) = constants::resolve(self.language, path) {
                self.add(usize::MAX, range, code, Form::Constant, &BARE, false);
            }
            return;
        }
        let resolved = constants::resolve(self.language, text).or_else(|| {
            let prefix = self.static_enum.filter(|_| node.kind() == "identifier")?;
            constants::resolve(self.language, &format!("{prefix}.{text}"))
        });
        if let Some(code) = resolved {
            self.add(
                usize::MAX,
                node.byte_range(),
                code,
                Form::Constant,
                &BARE,
                false,
            );
        }
    }

    fn add(
        &mut self,
        pattern_index: usize,
        range: std::ops::Range<usize>,
        code: u16,
        form: Form,
        pattern: &Pattern,
        body: bool,
    ) {
        let key = (range.start, range.end);
        let occurrence = Occurrence {
            range,
            code,
            language: self.language,
            form,
            role: pattern.role,
            api: pattern.api,
            method: None,
            body,
        };
        // The earliest pattern describes the slot; a body any pattern saw
        // counts.
        match self.found.get_mut(&key) {
            Some((existing, kept)) if *existing <= pattern_index => kept.body |= body,
            Some(entry) => {
                let body = body || entry.1.body;
                *entry = (pattern_index, Occurrence { body, ..occurrence });
            }
            None => {
                self.found.insert(key, (pattern_index, occurrence));
            }
        }
    }

    /// `case NOT_FOUND ->` in a switch over an `HttpStatus`: Java and Kotlin
    /// let the enum's members stand bare in case labels.
    fn enum_member(&self, slot: Node, out: &mut Vec<(std::ops::Range<usize>, u16, Form)>) {
        if !matches!(self.language, Language::Java | Language::Kotlin)
            || slot.kind() != "identifier"
        {
            return;
        }
        let Some(name) = node_text(slot, self.src) else {
            return;
        };
        for qualifier in ["HttpStatus", "HttpStatusCode"] {
            if memchr::memmem::find(self.src, qualifier.as_bytes()).is_none()
                && self.static_enum.is_none()
            {
                continue;
            }
            if let Some(code) = constants::resolve(self.language, &format!("{qualifier}.{name}")) {
                out.push((slot.byte_range(), code, Form::Constant));
                return;
            }
        }
    }

    /// A Rust path inside a macro's token tree (`StatusCode::OK` in
    /// `assert_eq!`), which has no node of its own: from its first identifier,
    /// the range and text up to the last `::`-joined identifier.
    fn token_path(&self, node: Node) -> Option<(std::ops::Range<usize>, &'a str)> {
        if self.language != Language::Rust
            || node.kind() != "identifier"
            || node.parent()?.kind() != "token_tree"
        {
            return None;
        }
        if node.prev_sibling().is_some_and(|p| p.kind() == "::") {
            return None;
        }
        let mut last = node;
        while let Some(sep) = last.next_sibling().filter(|n| n.kind() == "::") {
            match sep.next_sibling().filter(|n| n.kind() == "identifier") {
                Some(next) => last = next,
                None => break,
            }
        }
        if last.id() == node.id() {
            return None;
        }
        let range = node.start_byte()..last.end_byte();
        let text = std::str::from_utf8(&self.src[range.clone()]).ok()?;
        Some((range, text))
    }

    /// Weak slots (a variable merely named `code`) count only in HTTP code:
    /// the file is about HTTP, the enclosing function does not mention SMTP,
    /// FTP and the like, and in a file that does, the function itself says
    /// `http` (FTP code is full of "request" and "response" too).
    fn weak_allowed(&mut self, node: Node) -> bool {
        let Some(scope) = enclosing_function(node) else {
            return self.file_http && !self.file_other;
        };
        let src = self.src;
        let (scope_http, scope_other) = *self.scope_cache.entry(scope.id()).or_insert_with(|| {
            // The function with the comment lines just above it.
            let start = scope.start_byte();
            let lookback = src[..start].iter().rev().take(400).count();
            let text = &src[start - lookback..scope.end_byte()];
            (
                evidence::mentions_http_word(text),
                evidence::mentions_other_protocol(text),
            )
        });
        if scope_other {
            return false;
        }
        if self.file_other && !scope_http {
            return false;
        }
        self.file_http
    }

    fn name_matches(&self, node: Node, code: u16) -> bool {
        let Some(name) = node_text(node, self.src) else {
            return false;
        };
        if constants::resolve(self.language, name) == Some(code) {
            return true;
        }
        let words = without_filler(name_words(name, code));
        !words.is_empty()
            && phrase_forms(code)
                .into_iter()
                .any(|p| without_filler(p) == words)
    }

    fn phrase_matches(&self, node: Node, code: u16) -> bool {
        let Some(text) = node_text(node, self.src) else {
            return false;
        };
        let unescaped = text.replace("\\'", "'").replace("\\\"", "\"");
        let words = words_of(unescaped.trim_matches(|c: char| c == '"' || c == '\'' || c == '`'));
        !words.is_empty() && phrase_forms(code).contains(&words)
    }

    fn finish(mut self) -> Vec<Occurrence> {
        for (verified, pending) in std::mem::take(&mut self.tables).into_values() {
            if verified >= TABLE_QUORUM {
                for (pattern_index, o) in pending {
                    self.found
                        .entry((o.range.start, o.range.end))
                        .or_insert((pattern_index, o));
                }
            }
        }
        let mut all: Vec<Occurrence> = self.found.into_values().map(|(_, o)| o).collect();
        all.sort_by_key(|o| (o.range.start, std::cmp::Reverse(o.range.end)));
        // A constant inside a larger resolved one (`StatusOK` in `http.StatusOK`) is the same occurrence.
        let mut kept: Vec<Occurrence> = Vec::with_capacity(all.len());
        for o in all {
            if kept
                .last()
                .is_some_and(|k| k.range.start <= o.range.start && o.range.end <= k.range.end)
            {
                continue;
            }
            kept.push(o);
        }
        kept
    }
}

fn node_text<'a>(node: Node, src: &'a [u8]) -> Option<&'a str> {
    node.utf8_text(src).ok()
}

fn enclosing_function(node: Node) -> Option<Node> {
    let mut current = node.parent();
    while let Some(n) = current {
        let kind = n.kind();
        if is_function(kind) {
            return Some(n);
        }
        current = n.parent();
    }
    None
}

/// Lowercase words of an identifier or phrase: `StatusNotFound` → status, not,
/// found; `HTTP_404_NOT_FOUND` → http, 404, not, found; `I'm a teapot` → im, a, teapot.
fn words_of(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c == '\'' || c == '\u{2019}' {
            continue;
        }
        if !c.is_alphanumeric() {
            if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
            continue;
        }
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1).copied();
        let boundary = match prev {
            Some(p) if p.is_alphanumeric() => {
                (p.is_lowercase() && c.is_uppercase())
                    || (p.is_uppercase()
                        && c.is_uppercase()
                        && next.is_some_and(char::is_lowercase))
                    || (p.is_ascii_digit() != c.is_ascii_digit())
            }
            _ => false,
        };
        if boundary && !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
        word.extend(c.to_lowercase());
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// The words of a table entry's name with status prefixes and the code's own
/// digits removed: `HTTP_404_NOT_FOUND` → not, found.
fn name_words(name: &str, code: u16) -> Vec<String> {
    let digits = code.to_string();
    let mut words = words_of(name.rsplit(['.', ':']).next().unwrap_or(name));
    words.retain(|w| *w != digits);
    while words.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "status" | "http" | "sc" | "code" | "codes" | "statuscode" | "httpstatus" | "k"
        )
    }) && words.len() > 1
    {
        words.remove(0);
    }
    words
}

/// `I_AM_A_TEAPOT`, `IM_A_TEAPOT` and `Teapot` all name 418.
fn without_filler(mut words: Vec<String>) -> Vec<String> {
    while words.len() > 1 && matches!(words[0].as_str(), "i" | "im" | "am" | "a") {
        words.remove(0);
    }
    words
}

/// Every name a code goes by, as word lists.
fn phrase_forms(code: u16) -> Vec<Vec<String>> {
    let mut forms = Vec::new();
    if let Some(s) = registry::status(code) {
        forms.push(words_of(s.phrase));
        forms.extend(s.aliases.iter().map(|a| words_of(a.name)));
    }
    forms.extend(
        registry::unofficial(code)
            .iter()
            .map(|u| words_of(u.reason)),
    );
    forms.retain(|f| !f.is_empty());
    forms
}

/// Declarations and literals of functions and methods in the eleven grammars
/// (not calls such as `method_invocation` or `function_call_expression`).
pub fn is_function(kind: &str) -> bool {
    matches!(
        kind,
        "function_declaration"
            | "function_definition"
            | "function_expression"
            | "function_item"
            | "function"
            | "generator_function_declaration"
            | "arrow_function"
            | "method_definition"
            | "method_declaration"
            | "method"
            | "singleton_method"
            | "func_literal"
            | "closure_expression"
            | "lambda"
            | "lambda_expression"
            | "lambda_literal"
            | "anonymous_function"
            | "anonymous_function_creation_expression"
            | "constructor_declaration"
            | "local_function_statement"
            | "anonymous_method_expression"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifier_words() {
        assert_eq!(words_of("StatusNotFound"), ["status", "not", "found"]);
        assert_eq!(
            words_of("HTTP_404_NOT_FOUND"),
            ["http", "404", "not", "found"]
        );
        assert_eq!(
            words_of("Status404NotFound"),
            ["status", "404", "not", "found"]
        );
        assert_eq!(words_of("HTTPNotFound"), ["http", "not", "found"]);
        assert_eq!(words_of("I'm a teapot"), ["im", "a", "teapot"]);
        assert_eq!(name_words("StatusOK", 200), ["ok"]);
        assert_eq!(name_words("HTTP_404_NOT_FOUND", 404), ["not", "found"]);
        assert_eq!(name_words("StatusCommandOK", 200), ["command", "ok"]);
    }
}
