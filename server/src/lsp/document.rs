//! An open document: its text as a rope (for positions) and a string (for the
//! parser), and a tree-sitter tree kept up to date with `Tree::edit`.

use std::sync::Arc;

use ropey::Rope;
use tower_lsp_server::ls_types::Range;
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
        };
        doc.reparse(false);
        doc
    }

    pub fn too_large(&self) -> bool {
        self.text.len() > MAX_ANALYSIS_BYTES
    }

    /// Applies one content change: a range edit, or the whole text when
    /// `range` is `None`. Call [`Document::reparse`] after the last change of
    /// a notification.
    pub fn apply(&mut self, range: Option<Range>, new_text: &str, encoding: Encoding) {
        self.occurrences = None;
        let Some(range) = range else {
            self.rope = Rope::from_str(new_text);
            self.text = Arc::new(new_text.to_owned());
            self.tree = None;
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
        let old = if incremental {
            self.tree.as_ref()
        } else {
            None
        };
        self.tree = Some(syntax::parse(language, &self.text, old));
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// A snapshot with this version's occurrences (scanned now if needed).
    pub fn snapshot(&mut self) -> Snapshot {
        let occurrences = match (&self.occurrences, self.language, &self.tree) {
            (Some(cached), _, _) => cached.clone(),
            (None, Some(language), Some(tree)) => {
                let found = Arc::new(syntax::scan(language, &self.text, tree));
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

    fn range(a: (u32, u32), b: (u32, u32)) -> Option<Range> {
        Some(Range::new(Position::new(a.0, a.1), Position::new(b.0, b.1)))
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
