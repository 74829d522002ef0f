//! `http-status-lsp syntax-tree FILE`: prints the tree-sitter tree, for
//! people writing query patterns.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::syntax::{Language, parse};

/// Print a file's syntax tree as tree-sitter sees it (for writing patterns in
/// server/src/syntax/queries).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The file to parse; its extension picks the language.
    file: PathBuf,
}

pub fn run(args: &Args) -> ExitCode {
    let mut err = std::io::stderr().lock();
    let Some(lang) = Language::from_path(&args.file) else {
        let _ = writeln!(err, "{}: not a language we parse", args.file.display());
        return ExitCode::from(super::EXIT_USAGE);
    };
    let text = match std::fs::read_to_string(&args.file) {
        Ok(t) => t,
        Err(e) => {
            let _ = writeln!(err, "{}: {e}", args.file.display());
            return ExitCode::from(super::EXIT_USAGE);
        }
    };
    let tree = parse(lang, &text, None);
    let mut out = String::new();
    print_node(&mut out, tree.root_node(), text.as_bytes());
    let _ = std::io::stdout().lock().write_all(out.as_bytes());
    ExitCode::SUCCESS
}

fn print_node(out: &mut String, root: tree_sitter::Node, src: &[u8]) {
    use std::fmt::Write as _;
    // Iterative, so a deeply nested file cannot overflow the stack.
    let mut cursor = root.walk();
    let mut depth = 0usize;
    loop {
        let node = cursor.node();
        if node.is_named() {
            let indent = "  ".repeat(depth);
            let field = cursor
                .field_name()
                .map(|f| format!("{f}: "))
                .unwrap_or_default();
            let text = if node.child_count() == 0 {
                format!(" {:?}", node.utf8_text(src).unwrap_or(""))
            } else {
                String::new()
            };
            let _ = writeln!(
                out,
                "{indent}{field}({}){text}  [{}]",
                node.kind(),
                node.start_position().row + 1
            );
        }
        if cursor.goto_first_child() {
            depth += 1;
            continue;
        }
        while !cursor.goto_next_sibling() {
            if !cursor.goto_parent() {
                return;
            }
            depth -= 1;
        }
    }
}
