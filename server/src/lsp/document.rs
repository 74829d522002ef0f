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
}

#[derive(Debug, Clone)]
struct Carried {
    occurrences: Vec<Occurrence>,
    dirty: Vec<Range<usize>>,
    evidence: (bool, bool, bool),
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
        if self.tree.is_some() {
            // Results of this version first; a scanner failure here must not
            // take the server down, so it only costs the cached results.
            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.snapshot()));
            self.tree = None;
            self.carried = None;
        }
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
        if let Some(tree) = self.tree.as_mut() {
            tree.edit(&InputEdit {
                start_byte: start,
                old_end_byte: end,
                new_end_byte,
                start_position,
                old_end_position,
                new_end_position,
            });
        }
    }

    /// Parses again, reusing the edited tree when there is one.
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
        let old = if incremental { self.tree.take() } else { None };
        if old.is_none() {
            self.carried = None;
        }
        let tree = syntax::parse(language, &self.text, old.as_ref());
        match (old, self.carried.as_mut()) {
            // Where the new tree's structure differs from the edited old one
            // (an edit that opens a string changes far more than its range).
            (Some(old), Some(carried)) => {
                for r in old.changed_ranges(&tree) {
                    carried.touch(r.start_byte..r.end_byte);
                }
            }
            _ => self.carried = None,
        }
        self.tree = Some(tree);
    }

    /// Scans what the edits since the last scan can have changed, and keeps
    /// the rest.
    fn rescan(&mut self, language: Language, tree: &Tree) -> Vec<Occurrence> {
        let src = self.text.as_bytes();
        // File-wide facts the scanner reads outside the edited region.
        let evidence = (
            syntax::mentions_http(src),
            syntax::mentions_other_protocol(src),
            memchr::memmem::find(src, b"HttpStatus").is_some(),
        );
        let found = match self.carried.take() {
            Some(carried) if carried.evidence == evidence => {
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
            tree: self.tree.clone(),
            occurrences,
        }
    }
}

impl Carried {
    /// Moves the carried occurrences and dirty ranges past an edit that
    /// replaced `start..old_end` with text ending at `new_end`.
    fn edit(&mut self, start: usize, old_end: usize, new_end: usize) {
        let shift = |at: usize| {
            if at >= old_end {
                at - old_end + new_end
            } else {
                at
            }
        };
        self.occurrences
            .retain(|o| o.range.end < start || o.range.start > old_end);
        for o in &mut self.occurrences {
            o.range = shift(o.range.start)..shift(o.range.end);
        }
        for r in &mut self.dirty {
            let lo = if r.start > old_end {
                shift(r.start)
            } else {
                r.start.min(start.max(r.start.min(start)))
            };
            let hi = if r.end >= old_end {
                shift(r.end)
            } else if r.end > start {
                new_end
            } else {
                r.end
            };
            *r = lo..hi.max(lo);
        }
        self.touch(start..new_end);
    }

    fn touch(&mut self, range: Range<usize>) {
        self.dirty.push(range);
        self.dirty.sort_by_key(|r| r.start);
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(self.dirty.len());
        for r in self.dirty.drain(..) {
            match merged.last_mut() {
                Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
                _ => merged.push(r),
            }
        }
        self.dirty = merged;
    }
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
        // Numbers and words at the edges of the range belong to it too.
        out.push(node.start_byte().min(r.start)..node.end_byte().max(r.end));
    }
    out.sort_by_key(|r| r.start);
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(out.len());
    for r in out {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
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

    /// Random edits of every kind; after each, the incremental result equals
    /// a fresh scan of the same text.
    #[test]
    fn incremental_scans_equal_fresh_scans() {
        let pieces = [
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
        let base = "const express = require('express');\nfunction h(req, res) {\n  res.status(404).json({});\n  if (res.statusCode >= 500) {}\n}\n";
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = move |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let mut doc = Document::new(Some(Language::JavaScript), 1, base.repeat(3));
        let _ = doc.snapshot();
        for step in 0..400 {
            let text = doc.text().to_owned();
            let boundaries: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            let a = boundaries[next(boundaries.len())];
            let b = boundaries[next(boundaries.len())];
            let (start, end) = (a.min(b), a.max(b).min(a.min(b) + 12));
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
                let incremental = doc.snapshot();
                let fresh =
                    Document::new(Some(Language::JavaScript), 0, doc.text().to_owned()).snapshot();
                assert_eq!(
                    incremental.occurrences,
                    fresh.occurrences,
                    "step {step}: after inserting {insert:?} at {start}..{end}\n{}",
                    doc.text()
                );
            }
        }
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
