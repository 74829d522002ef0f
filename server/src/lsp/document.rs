//! An open document: its text as a rope (for positions) and a string (for the
//! parser), and a tree-sitter tree kept up to date with `Tree::edit`.

use std::sync::Arc;

use ropey::Rope;
use std::ops::Range;

use tower_lsp_server::ls_types::Range as LspRange;
use tree_sitter::{InputEdit, Point, Tree};

use super::position::{Encoding, to_byte};
use crate::syntax::{self, Language, Occurrence};

/// Files larger than this are kept in sync but not analysed.
pub const MAX_ANALYSIS_BYTES: usize = 8 * 1024 * 1024;

/// Below this size an incremental parse of the whole file is fast enough
/// that keystrokes never take the local path.
const LOCAL_PARSE_MIN_BYTES: usize = 32 * 1024;

#[derive(Debug)]
pub struct Document {
    pub language: Option<Language>,
    pub version: i32,
    rope: Rope,
    text: Arc<String>,
    tree: Option<Tree>,
    /// Occurrences of the current version, computed on first use.
    occurrences: Option<Arc<Vec<Occurrence>>>,
    /// Since the last scan: the occurrences edits left untouched (moved to
    /// current offsets), the ranges edits touched, and the file-level
    /// evidence the last scan saw. `None` means scan everything.
    carried: Option<Carried>,
    /// Top-level nodes parsed on their own since the last full parse (see
    /// [`Document::reparse`]): inside these ranges the tree's structure is
    /// older than the text, and a full parse is still owed.
    stale: Vec<Range<usize>>,
    /// Whether the tree came from a parse without an old tree. Error recovery
    /// in an incremental parse can differ from a fresh one, so a tree with
    /// errors owes a fresh parse.
    fresh: bool,
    /// Whether a statement parsed on its own since the last full parse had
    /// syntax errors (then the owed parse is a fresh one).
    local_error: bool,
    /// Edits not yet applied to `tree` with `Tree::edit`. Editing a tree
    /// with error nodes can cost milliseconds (their lookahead reaches far,
    /// and every node it reaches is copied), so keystrokes that take the
    /// local path leave it to the owed full parse.
    pending: Vec<InputEdit>,
}

/// A parse owed after keystrokes, to run off the document lock.
#[derive(Debug)]
pub struct SettleJob {
    language: Language,
    text: Arc<String>,
    /// The tree to reuse and the edits to apply to it first; `None` for a
    /// fresh parse.
    base: Option<(Tree, Vec<InputEdit>)>,
}

/// What a [`SettleJob`] produced.
#[derive(Debug)]
pub struct Settled {
    tree: Tree,
    /// For an incremental parse: where the structure changed.
    changed: Vec<Range<usize>>,
    /// For a fresh parse: the full scan of it.
    scanned: Option<Vec<Occurrence>>,
}

impl SettleJob {
    pub fn run(self) -> Settled {
        match self.base {
            Some((mut old, edits)) => {
                for e in &edits {
                    old.edit(e);
                }
                let tree = syntax::parse(self.language, &self.text, Some(&old));
                let changed = old
                    .changed_ranges(&tree)
                    .map(|r| r.start_byte..r.end_byte)
                    .collect();
                Settled {
                    tree,
                    changed,
                    scanned: None,
                }
            }
            None => {
                let tree = syntax::parse(self.language, &self.text, None);
                let scanned = Some(syntax::scan(self.language, &self.text, &tree));
                Settled {
                    tree,
                    changed: Vec::new(),
                    scanned,
                }
            }
        }
    }
}

#[derive(Debug, Clone)]
struct Carried {
    occurrences: Vec<Occurrence>,
    dirty: Vec<Range<usize>>,
    evidence: Evidence,
}

/// An immutable view of a document for one request.
#[derive(Debug, Clone)]
pub struct Snapshot {
    pub language: Option<Language>,
    pub version: i32,
    pub rope: Rope,
    pub text: Arc<String>,
    pub tree: Option<Tree>,
    pub occurrences: Arc<Vec<Occurrence>>,
}

impl Document {
    pub fn new(language: Option<Language>, version: i32, text: String) -> Document {
        let mut doc = Document {
            language,
            version,
            rope: Rope::from_str(&text),
            text: Arc::new(text),
            tree: None,
            occurrences: None,
            carried: None,
            stale: Vec::new(),
            fresh: true,
            local_error: false,
            pending: Vec::new(),
        };
        doc.reparse(false);
        doc
    }

    /// Whether a syntax tree is held (for incremental reparsing).
    pub fn has_tree(&self) -> bool {
        self.tree.is_some()
    }

    /// Frees the syntax tree, keeping this version's results. The next edit
    /// parses from scratch. Trees take about forty times the text's size, so
    /// only recently edited documents keep one.
    pub fn drop_tree(&mut self) {
        if let (Some(language), true) = (self.language, self.owes_parse()) {
            self.occurrences = None;
            self.full_parse(language, true);
        }
        if self.tree.is_some() {
            // Results of this version first; a scanner failure here must not
            // take the server down, so it only costs the cached results.
            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.snapshot()));
            if let Some(tree) = self.tree.take() {
                super::background::discard(tree);
            }
            self.carried = None;
            self.pending.clear();
        }
    }

    /// Whether the tree is behind the text: edits not applied to it, or
    /// statements parsed only on their own.
    fn owes_parse(&self) -> bool {
        !self.pending.is_empty() || !self.stale.is_empty()
    }

    pub fn too_large(&self) -> bool {
        self.text.len() > MAX_ANALYSIS_BYTES
    }

    /// Applies one content change: a range edit, or the whole text when
    /// `range` is `None`. Call [`Document::reparse`] after the last change of
    /// a notification.
    pub fn apply(&mut self, range: Option<LspRange>, new_text: &str, encoding: Encoding) {
        self.occurrences = None;
        if self.tree.is_none() {
            // Without a tree there is nothing to edit: parse afresh later.
            self.carried = None;
        }
        let Some(range) = range else {
            self.rope = Rope::from_str(new_text);
            self.text = Arc::new(new_text.to_owned());
            self.tree = None;
            self.carried = None;
            self.stale.clear();
            self.pending.clear();
            return;
        };
        let mut start = to_byte(&self.rope, range.start, encoding);
        let mut end = to_byte(&self.rope, range.end, encoding);
        if start > end {
            std::mem::swap(&mut start, &mut end);
        }
        let text = Arc::make_mut(&mut self.text);
        let start_position = point_at(text, start);
        let old_end_position = point_at(text, end);
        let start_char = self.rope.byte_to_char(start);
        let end_char = self.rope.byte_to_char(end);
        self.rope.remove(start_char..end_char);
        self.rope.insert(start_char, new_text);
        text.replace_range(start..end, new_text);
        let new_end_byte = start + new_text.len();
        let new_end_position = advance(start_position, new_text);
        if let Some(carried) = self.carried.as_mut() {
            carried.edit(start, end, new_end_byte);
        }
        for r in &mut self.stale {
            *r = moved(r, start, end, new_end_byte);
        }
        if self.tree.is_some() {
            self.pending.push(InputEdit {
                start_byte: start,
                old_end_byte: end,
                new_end_byte,
                start_position,
                old_end_position,
                new_end_position,
            });
        }
    }

    /// Parses again after the changes of one notification.
    ///
    /// With `incremental`, a large file whose edits all fall inside one
    /// top-level statement takes the local path: only that statement is
    /// parsed (tree-sitter's incremental reparse of a whole file can cost
    /// milliseconds, for instance where JavaScript arrow functions make
    /// subtrees unreusable), its results are merged with the carried ones, and
    /// the full parse is owed until [`Document::settle_job`] is run. Otherwise
    /// the edited tree is reparsed incrementally.
    pub fn reparse(&mut self, incremental: bool) {
        self.occurrences = None;
        let Some(language) = self.language else {
            self.tree = None;
            return;
        };
        if self.too_large() {
            self.tree = None;
            return;
        }
        let started = std::time::Instant::now();
        if incremental && self.reparse_locally(language) {
            tracing::debug!("local reparse in {:?}", started.elapsed());
            return;
        }
        self.full_parse(language, incremental);
        tracing::debug!(
            "full parse (incremental: {incremental}) in {:?}",
            started.elapsed()
        );
    }

    fn full_parse(&mut self, language: Language, incremental: bool) {
        let mut old = if incremental { self.tree.take() } else { None };
        if let Some(old) = old.as_mut() {
            for e in &self.pending {
                old.edit(e);
            }
        }
        let tree = syntax::parse(language, &self.text, old.as_ref());
        self.fresh = old.is_none();
        let changed = old.map(|old| {
            old.changed_ranges(&tree)
                .map(|r| r.start_byte..r.end_byte)
                .collect()
        });
        self.install(changed, tree);
    }

    /// Takes `tree`, a full parse of the current text. `changed`: where its
    /// structure differs from the edited old tree (an edit that opens a
    /// string changes far more than its range); `None` if there was no old
    /// tree to compare, and everything is scanned again.
    fn install(&mut self, changed: Option<Vec<Range<usize>>>, tree: Tree) {
        match (changed, self.carried.as_mut()) {
            // With the statements the local path parsed on their own.
            (Some(changed), Some(carried)) => {
                for r in changed.into_iter().chain(self.stale.drain(..)) {
                    carried.touch(r);
                }
            }
            _ => self.carried = None,
        }
        self.stale.clear();
        self.pending.clear();
        self.local_error = false;
        self.tree = Some(tree);
    }

    /// The local path of [`Document::reparse`]; false when it does not apply
    /// and nothing was changed.
    fn reparse_locally(&mut self, language: Language) -> bool {
        // Typing that never pauses still gets a full parse now and then, so
        // pending edits and stale ranges stay bounded.
        if self.text.len() < LOCAL_PARSE_MIN_BYTES || self.pending.len() >= 512 {
            return false;
        }
        let (Some(tree), Some(carried)) = (&self.tree, &self.carried) else {
            return false;
        };
        let (Some(first), Some(last)) = (carried.dirty.first(), carried.dirty.last()) else {
            return false;
        };
        let (lo, hi) = (first.start, last.end);
        // The tree has not seen the pending edits: find the statement in its
        // coordinates, then carry its range over to the text's.
        let before = self.pending.iter().rev().fold(lo, |at, e| {
            if at >= e.new_end_byte {
                at - e.new_end_byte + e.old_end_byte
            } else {
                at.min(e.start_byte)
            }
        });
        let root = tree.root_node();
        let Some(node) = root.first_child_for_byte(before) else {
            return false;
        };
        let bounds = self.pending.iter().fold(node.byte_range(), |r, e| {
            moved(&r, e.start_byte, e.old_end_byte, e.new_end_byte)
        });
        // Strictly inside, so the statement's first and last tokens are the
        // ones the tree knows; small enough that the local parse pays off.
        if !(bounds.start < lo && hi < bounds.end)
            || bounds.len() * 4 > self.text.len()
            || node.is_error()
            || is_decoration(node.kind())
            || !closed_at(self.text.as_bytes(), bounds.end)
        {
            return false;
        }
        let range = tree_sitter::Range {
            start_byte: bounds.start,
            end_byte: bounds.end,
            start_point: point_at(&self.text, bounds.start),
            end_point: point_at(&self.text, bounds.end),
        };
        let Some(local) = syntax::parse_range(language, &self.text, range) else {
            return false;
        };
        // On its own the statement must parse to one node of the same kind
        // over the same bytes; otherwise its edges moved.
        // Syntax errors inside it are allowed: its edges held, and the full
        // parse owed afterwards is a fresh one that settles any difference.
        let local_root = local.root_node();
        let same = local_root.child_count() == 1
            && local_root.child(0).is_some_and(|c| {
                !c.is_error() && c.kind_id() == node.kind_id() && c.byte_range() == bounds
            });
        if !same {
            return false;
        }
        let evidence = file_evidence(&self.text);
        if carried.evidence != evidence {
            return false;
        }
        let within: Vec<Range<usize>> = widen(&local, &carried.dirty)
            .into_iter()
            .map(|r| r.start.max(bounds.start)..r.end.min(bounds.end))
            .filter(|r| !r.is_empty())
            .collect();
        let mut found: Vec<Occurrence> = carried
            .occurrences
            .iter()
            .filter(|o| !syntax::inside(&within, &o.range))
            .cloned()
            .collect();
        found.extend(syntax::scan_within(
            language,
            &self.text,
            &local,
            Some(&within),
        ));
        found.sort_by_key(|o| (o.range.start, std::cmp::Reverse(o.range.end)));
        self.local_error |= local_root.has_error();
        self.stale.push(bounds.clone());
        self.stale = merged(std::mem::take(&mut self.stale));
        self.occurrences = Some(Arc::new(found.clone()));
        self.carried = Some(Carried {
            occurrences: found,
            dirty: Vec::new(),
            evidence,
        });
        true
    }

    /// The parse still owed after keystrokes, to run off the document lock:
    /// a full incremental one after the local path, or a fresh one when the
    /// tree has errors and came from an incremental parse (tree-sitter's
    /// error recovery can differ between the two).
    pub fn settle_job(&self) -> Option<SettleJob> {
        let language = self.language?;
        let tree = self.tree.as_ref()?;
        let errors = tree.root_node().has_error() || self.local_error;
        let base = if self.owes_parse() && !errors {
            Some((tree.clone(), self.pending.clone()))
        } else if self.owes_parse() || (!self.fresh && errors) {
            None
        } else {
            return None;
        };
        Some(SettleJob {
            language,
            text: self.text.clone(),
            base,
        })
    }

    /// Takes what a [`Document::settle_job`] taken at `version` produced.
    /// Returns whether the occurrences differ from the quick ones, in which
    /// case diagnostics must be sent again.
    pub fn settle(&mut self, version: i32, settled: Settled) -> bool {
        if version != self.version || self.settle_job().is_none() {
            return false;
        }
        let Settled {
            tree,
            changed,
            scanned,
        } = settled;
        if let Some(old) = self.tree.take() {
            super::background::discard(old);
        }
        let Some(found) = scanned else {
            // An incremental parse; where it recovered from errors a fresh
            // one follows, so the quick results stand until then.
            let errors = tree.root_node().has_error();
            self.fresh = false;
            self.install(Some(changed), tree);
            if errors {
                return false;
            }
            let before = self.occurrences.take();
            let after = self.snapshot().occurrences;
            return before.is_none_or(|b| *b != *after);
        };
        self.fresh = true;
        self.install(None, tree);
        let changed = self.occurrences.as_deref() != Some(&found);
        self.carried = Some(Carried {
            occurrences: found.clone(),
            dirty: Vec::new(),
            evidence: file_evidence(&self.text),
        });
        self.occurrences = Some(Arc::new(found));
        changed
    }

    /// Scans what the edits since the last scan can have changed, and keeps
    /// the rest.
    fn rescan(&mut self, language: Language, tree: &Tree) -> Vec<Occurrence> {
        let evidence = file_evidence(&self.text);
        let found = match self.carried.take() {
            // Error recovery can regroup code far from an edit (an unclosed
            // brace turns the rest of the file into one function), which
            // changes the scopes weak matches read: scan everything then.
            Some(carried) if carried.evidence == evidence && !tree.root_node().has_error() => {
                let within = widen(tree, &carried.dirty);
                let mut found: Vec<Occurrence> = carried
                    .occurrences
                    .into_iter()
                    .filter(|o| !syntax::inside(&within, &o.range))
                    .collect();
                found.extend(syntax::scan_within(
                    language,
                    &self.text,
                    tree,
                    Some(&within),
                ));
                found.sort_by_key(|o| (o.range.start, std::cmp::Reverse(o.range.end)));
                found
            }
            _ => syntax::scan(language, &self.text, tree),
        };
        self.carried = Some(Carried {
            occurrences: found.clone(),
            dirty: Vec::new(),
            evidence,
        });
        found
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// A snapshot with this version's occurrences (scanned now if needed).
    pub fn snapshot(&mut self) -> Snapshot {
        if let (None, Some(language), true) = (&self.occurrences, self.language, self.owes_parse())
        {
            self.full_parse(language, true);
        }
        let occurrences = match (&self.occurrences, self.language, &self.tree) {
            (Some(cached), _, _) => cached.clone(),
            (None, Some(language), Some(tree)) => {
                let tree = tree.clone();
                let found = Arc::new(self.rescan(language, &tree));
                self.occurrences = Some(found.clone());
                found
            }
            _ => Arc::new(Vec::new()),
        };
        Snapshot {
            language: self.language,
            version: self.version,
            rope: self.rope.clone(),
            text: self.text.clone(),
            tree: if self.owes_parse() {
                None
            } else {
                self.tree.clone()
            },
            occurrences,
        }
    }
}

impl Carried {
    /// Moves the carried occurrences and dirty ranges past an edit that
    /// replaced `start..old_end` with text ending at `new_end`.
    fn edit(&mut self, start: usize, old_end: usize, new_end: usize) {
        self.occurrences
            .retain(|o| o.range.end < start || o.range.start > old_end);
        for o in &mut self.occurrences {
            o.range = moved(&o.range, start, old_end, new_end);
        }
        for r in &mut self.dirty {
            *r = moved(r, start, old_end, new_end);
        }
        self.touch(start..new_end);
    }

    fn touch(&mut self, range: Range<usize>) {
        self.dirty.push(range);
        self.dirty = merged(std::mem::take(&mut self.dirty));
    }
}

/// `r` after the bytes `start..old_end` were replaced by text ending at
/// `new_end`: moved when after the edit, stretched over it when overlapping.
fn moved(r: &Range<usize>, start: usize, old_end: usize, new_end: usize) -> Range<usize> {
    let shift = |at: usize| {
        if at >= old_end {
            at - old_end + new_end
        } else {
            at
        }
    };
    let lo = if r.start > old_end {
        shift(r.start)
    } else {
        r.start.min(start)
    };
    let hi = if r.end >= old_end {
        shift(r.end)
    } else if r.end > start {
        new_end
    } else {
        r.end
    };
    lo..hi.max(lo)
}

/// Sorted, with overlapping and touching ranges joined.
fn merged(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by_key(|r| r.start);
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

/// File-wide facts the scanner reads outside the edited region.
fn file_evidence(text: &str) -> Evidence {
    let src = text.as_bytes();
    (
        syntax::mentions_http(src),
        syntax::mentions_other_protocol(src),
        memchr::memmem::find(src, b"HttpStatus").is_some(),
        syntax::registration_fingerprint(src),
    )
}

/// What a scan read from the whole file rather than near an occurrence:
/// whether it mentions HTTP or another protocol, uses `HttpStatus`, and the
/// lines registering handlers by name. When it changes, everything is
/// scanned again.
type Evidence = (bool, bool, bool, u64);

/// Decorators, attributes and annotations before a function.
fn is_decoration(kind: &str) -> bool {
    matches!(
        kind,
        "decorator" | "attribute_item" | "attribute_list" | "annotation" | "marker_annotation"
    )
}

/// Whether a top-level statement ending at `end` cannot be continued by
/// what follows it: the next token does not start with a character or word
/// that extends an expression or statement in any of our languages (a call's
/// `(`, a chained `.method`, `else`, `rescue`, ...).
fn closed_at(src: &[u8], end: usize) -> bool {
    let mut rest = &src[end.min(src.len())..];
    // Skip whitespace and comments (`//`, `/* */`, `#`).
    loop {
        let Some(at) = rest.iter().position(|b| !b.is_ascii_whitespace()) else {
            return true;
        };
        rest = &rest[at..];
        if rest.starts_with(b"//") || rest.starts_with(b"#") {
            match memchr::memchr(b'\n', rest) {
                Some(nl) => rest = &rest[nl..],
                None => return true,
            }
        } else if rest.starts_with(b"/*") {
            match memchr::memmem::find(rest, b"*/") {
                Some(close) => rest = &rest[close + 2..],
                None => return false,
            }
        } else {
            break;
        }
    }
    if b".([?:,+-*/%&|=<>!^~`{".contains(&rest[0]) {
        return false;
    }
    let word_len = rest
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || *b == b'_'))
        .unwrap_or(rest.len());
    let word = &rest[..word_len];
    ![
        &b"else"[..],
        b"elif",
        b"elsif",
        b"catch",
        b"finally",
        b"except",
        b"rescue",
        b"ensure",
        b"when",
        b"in",
        b"instanceof",
        b"as",
        b"and",
        b"or",
        b"not",
        b"is",
        b"if",
        b"unless",
        b"while",
        b"until",
        b"do",
        b"then",
        b"end",
    ]
    .contains(&word)
}

/// The subtrees any pattern touching `dirty` can span: each dirty range's
/// node, raised as high as a pattern reaches, and to its enclosing function
/// (whose text decides weak matches) when that is not huge. Sorted, merged.
fn widen(tree: &Tree, dirty: &[Range<usize>]) -> Vec<Range<usize>> {
    let root = tree.root_node();
    let mut out: Vec<Range<usize>> = Vec::new();
    for r in dirty {
        // An empty range (a deletion) sits between tokens, where the smallest
        // covering node can be the whole file: take the token on either side.
        let (lo, hi) = if r.is_empty() {
            (r.start.saturating_sub(1), r.start + 1)
        } else {
            (r.start, r.end)
        };
        let Some(mut node) =
            root.descendant_for_byte_range(lo, lo.max(hi.min(tree.root_node().end_byte())))
        else {
            continue;
        };
        for _ in 0..=syntax::PATTERN_HEIGHT {
            match node.parent() {
                Some(p) => node = p,
                None => break,
            }
        }
        let mut up = Some(node);
        while let Some(n) = up {
            let kind = n.kind();
            if syntax::is_function(kind) {
                if n.byte_range().len() < 64 * 1024 {
                    node = n;
                }
                break;
            }
            up = n.parent();
        }
        // A decorator or attribute says what the function after it serves
        // (`@app.post`, `#[post("/")]`): that function is rescanned too.
        let mut end = node.end_byte();
        let mut up = Some(node);
        while let Some(n) = up {
            if n.kind() == "decorated_definition" {
                node = n;
                end = n.end_byte();
                break;
            }
            if is_decoration(n.kind()) {
                let mut next = n.next_named_sibling();
                while let Some(s) = next.filter(|s| is_decoration(s.kind())) {
                    next = s.next_named_sibling();
                }
                end = end.max(next.map_or(n.end_byte(), |s| s.end_byte()));
            }
            up = n.parent();
        }
        // Numbers and words at the edges of the range belong to it too.
        out.push(node.start_byte().min(r.start)..end.max(r.end));
    }
    merged(out)
}

/// tree-sitter's point (rows at `\n`, columns in bytes) of a byte offset.
fn point_at(text: &str, byte: usize) -> Point {
    let before = &text.as_bytes()[..byte];
    let row = memchr::memchr_iter(b'\n', before).count();
    let column = byte - memchr::memrchr(b'\n', before).map_or(0, |i| i + 1);
    Point { row, column }
}

fn advance(start: Point, inserted: &str) -> Point {
    let bytes = inserted.as_bytes();
    match memchr::memrchr(b'\n', bytes) {
        Some(last) => Point {
            row: start.row + memchr::memchr_iter(b'\n', bytes).count(),
            column: bytes.len() - last - 1,
        },
        None => Point {
            row: start.row,
            column: start.column + bytes.len(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower_lsp_server::ls_types::Position;

    fn range(a: (u32, u32), b: (u32, u32)) -> Option<LspRange> {
        Some(LspRange::new(
            Position::new(a.0, a.1),
            Position::new(b.0, b.1),
        ))
    }

    #[test]
    fn incremental_edits_match_a_fresh_parse() {
        let mut doc = Document::new(Some(Language::JavaScript), 1, "res.status(200);\n".into());
        doc.apply(range((0, 11), (0, 14)), "404", Encoding::Utf16);
        doc.apply(
            range((1, 0), (1, 0)),
            "// 中文\r\nres.redirect(301, '/');\n",
            Encoding::Utf16,
        );
        doc.reparse(true);
        let incremental = doc.snapshot();
        assert_eq!(
            doc.text(),
            "res.status(404);\n// 中文\r\nres.redirect(301, '/');\n"
        );
        let fresh = Document::new(Some(Language::JavaScript), 2, doc.text().to_owned()).snapshot();
        assert_eq!(incremental.occurrences, fresh.occurrences);
        let codes: Vec<u16> = incremental.occurrences.iter().map(|o| o.code).collect();
        assert_eq!(codes, [404, 301]);
        assert_eq!(
            incremental.tree.as_ref().map(|t| t.root_node().to_sexp()),
            fresh.tree.as_ref().map(|t| t.root_node().to_sexp())
        );
    }

    const PIECES: [&str; 24] = [
        "404",
        "res.status(",
        ")",
        ";\n",
        "\n",
        "'",
        "\"",
        "// ",
        "smtp",
        "status",
        "code = ",
        "500",
        "switch (res.status) { case 301: }",
        "{ 404: 'Not Found' }",
        "if (code === 250) {}",
        "😀",
        "中文",
        "\r\n",
        "function f() {",
        "}",
        "[",
        "]",
        " ",
        "x",
    ];

    /// Random edits of every kind; after each, the incremental result equals
    /// a fresh scan of the same text (after the owed fresh parse where the
    /// edit left syntax errors).
    #[test]
    fn incremental_scans_equal_fresh_scans() {
        let local = random_edits(3, 400, 0x2545_f491_4f6c_dd1d, &PIECES, 12);
        assert_eq!(local, 0, "a small file never takes the local path");
    }

    /// The same with keystrokes in a file large enough for the local path:
    /// it must be taken (about one edit in seven here: many keystrokes break
    /// the statement they land in), agree with a fresh scan whenever the code
    /// is valid, and agree after settling always.
    #[test]
    fn local_reparses_equal_fresh_scans() {
        // Keystrokes: short insertions and single-character deletions.
        let typing = [
            "4",
            "0",
            "7",
            " ",
            "x",
            "res",
            ".status(",
            "503",
            ")",
            "\n",
            "res.status(201);",
            "'",
            "😀",
            "中文",
            "// c\n",
        ];
        let local = random_edits(280, 200, 0x9e37_79b9_7f4a_7c15, &typing, 1);
        assert!(
            local >= 20,
            "the local path was taken {local} times in 200 edits"
        );
    }

    /// Applies `steps` random edits to `copies` copies of a small Express
    /// file, checking each reparse against a fresh scan; returns how often
    /// the local path was taken.
    fn random_edits(
        copies: usize,
        steps: usize,
        mut seed: u64,
        pieces: &[&str],
        max_delete: usize,
    ) -> usize {
        let base = "const express = require('express');\nfunction h(req, res) {\n  res.status(404).json({});\n  if (res.statusCode >= 500) {}\n}\n";
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let mut doc = Document::new(Some(Language::JavaScript), 1, base.repeat(copies));
        let _ = doc.snapshot();
        let mut local = 0;
        for step in 0..steps {
            let text = doc.text().to_owned();
            let boundaries: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            let a = boundaries[next(boundaries.len())];
            let b = boundaries[next(boundaries.len())];
            let (start, end) = (a.min(b), a.max(b).min(a.min(b) + max_delete));
            let end = (start..=end)
                .rev()
                .find(|&i| text.is_char_boundary(i))
                .unwrap_or(start);
            let insert = if next(3) == 0 {
                ""
            } else {
                pieces[next(pieces.len())]
            };
            let rope = Rope::from_str(&text);
            let range = LspRange::new(
                crate::lsp::position::to_position(&rope, start, Encoding::Utf16),
                crate::lsp::position::to_position(&rope, end, Encoding::Utf16),
            );
            doc.apply(Some(range), insert, Encoding::Utf16);
            if next(4) != 0 {
                doc.reparse(true);
                if !doc.stale.is_empty() {
                    local += 1;
                }
                let quick = doc.snapshot().occurrences;
                let fresh =
                    Document::new(Some(Language::JavaScript), 0, doc.text().to_owned()).snapshot();
                let valid = fresh
                    .tree
                    .as_ref()
                    .is_some_and(|t| !t.root_node().has_error());
                // On valid code the answer is exact at once; where error
                // recovery is involved, once the owed parse has settled.
                if valid {
                    same_occurrences(&doc, step, &quick, &fresh.occurrences);
                }
                // As the server does after a pause: at most two owed parses.
                for _ in 0..2 {
                    let Some(job) = doc.settle_job() else {
                        break;
                    };
                    let version = doc.version;
                    let changed = doc.settle(version, job.run());
                    assert!(
                        !(valid && changed),
                        "step {step}: settling valid code changed the results"
                    );
                }
                assert!(
                    doc.settle_job().is_none(),
                    "step {step}: still owes a parse"
                );
                let settled = doc.snapshot().occurrences;
                same_occurrences(&doc, step, &settled, &fresh.occurrences);
            }
        }
        local
    }

    fn same_occurrences(doc: &Document, step: usize, got: &[Occurrence], want: &[Occurrence]) {
        let only = |a: &[Occurrence], b: &[Occurrence]| -> Vec<String> {
            let text = doc.text();
            a.iter()
                .filter(|o| !b.contains(o))
                .map(|o| {
                    let around =
                        o.range.start.saturating_sub(40)..(o.range.end + 20).min(text.len());
                    let around = text.get(around).unwrap_or("");
                    format!("{o:?} in {around:?}")
                })
                .collect()
        };
        assert!(
            got == want,
            "step {step}: only incremental: {:#?}\nonly fresh: {:#?}",
            only(got, want),
            only(want, got),
        );
    }

    #[test]
    fn full_replacement_and_reversed_ranges() {
        let mut doc = Document::new(Some(Language::Python), 1, "abort(404)\n".into());
        doc.apply(None, "abort(500)\n", Encoding::Utf8);
        doc.reparse(true);
        assert_eq!(doc.snapshot().occurrences[0].code, 500);
        // An end before its start is read as the same range reversed.
        doc.apply(range((0, 9), (0, 6)), "403", Encoding::Utf8);
        doc.reparse(true);
        assert_eq!(doc.text(), "abort(403)\n");
    }
}
