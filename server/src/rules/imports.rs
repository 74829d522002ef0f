//! Adding an import a fix needs, where the language's conventions put it.

use super::Edit;
use crate::syntax::Language;

/// The edit that imports `import` into `text`, or `None` when it is already
/// there (or the file's layout is one we do not recognise). `import` is
/// written as the language spells it: `net/http` for Go, `from http import
/// HTTPStatus` for Python, `Microsoft.AspNetCore.Http` for C#,
/// `Symfony\Component\HttpFoundation\Response` for PHP,
/// `org.springframework.http.HttpStatus` for Java and Kotlin.
pub fn add_import(language: Language, text: &str, import: &str) -> Option<Edit> {
    let line = match language {
        Language::Python => import.to_owned(),
        Language::CSharp => format!("using {import};"),
        Language::Php => format!("use {import};"),
        Language::Java => format!("import {import};"),
        Language::Kotlin => format!("import {import}"),
        _ => String::new(),
    };
    if !line.is_empty()
        && text
            .lines()
            .any(|l| l.trim_start_matches('\u{feff}').trim_end() == line)
    {
        return None;
    }
    let edit = match language {
        Language::Go => go(text, import),
        Language::Python => after_last_line(text, import, |l| {
            l.starts_with("import ") || l.starts_with("from ")
        })
        .or_else(|| at_top(text, &format!("{import}\n"), python_preamble_end(text))),
        Language::CSharp => {
            let line = format!("using {import};");
            after_last_line(text, &line, |l| l.starts_with("using ") && l.ends_with(';'))
                .or_else(|| at_top(text, &format!("{line}\n"), 0))
        }
        Language::Php => {
            let line = format!("use {import};");
            after_last_line(text, &line, |l| l.starts_with("use ") && l.ends_with(';')).or_else(
                || {
                    // After the namespace line (a `use` before it is an
                    // error in PHP), else after `<?php`.
                    let at = after_first_line(text, |l| l.starts_with("namespace "))
                        .or_else(|| after_first_line(text, |l| l.starts_with("<?php")))?;
                    at_top(text, &format!("\n{line}\n"), at)
                },
            )
        }
        Language::Java | Language::Kotlin => {
            let semicolon = if language == Language::Java { ";" } else { "" };
            let line = format!("import {import}{semicolon}");
            after_last_line(text, &line, |l| l.starts_with("import ")).or_else(|| {
                let package_end =
                    after_first_line(text, |l| l.starts_with("package ")).unwrap_or(0);
                at_top(text, &format!("\n{line}\n"), package_end)
            })
        }
        _ => None,
    }?;
    // Written with the file's own line endings.
    Some(match eol(text) {
        "\r\n" => Edit {
            text: edit.text.replace('\n', "\r\n"),
            ..edit
        },
        _ => edit,
    })
}

/// The line ending the file uses: `\r\n` if its first line ends so.
fn eol(text: &str) -> &'static str {
    match text.find('\n') {
        Some(i) if i > 0 && text.as_bytes()[i - 1] == b'\r' => "\r\n",
        _ => "\n",
    }
}

/// The offset just past the line break of the first line `accept` takes
/// (lines as written, `\r\n` included), or the end of a last line without
/// one.
fn after_first_line(text: &str, accept: impl Fn(&str) -> bool) -> Option<usize> {
    let mut offset = 0;
    for l in text.split_inclusive('\n') {
        offset += l.len();
        if accept(l.trim_start_matches('\u{feff}').trim_end()) {
            return Some(offset);
        }
    }
    None
}

/// After the last top-level line that `is_import` accepts.
fn after_last_line(text: &str, line: &str, is_import: impl Fn(&str) -> bool) -> Option<Edit> {
    let mut offset = 0;
    let mut after = None;
    for l in text.split_inclusive('\n') {
        let start = offset;
        offset += l.len();
        let trimmed = l.trim_start_matches('\u{feff}').trim_end();
        if is_import(trimmed) && !trimmed.ends_with('(') && !trimmed.ends_with('\\') {
            after = Some((start, offset, l.ends_with('\n')));
        }
    }
    let (_, end, newline) = after?;
    // `\n` here; the caller turns it into the file's line ending.
    let text = if newline {
        format!("{line}\n")
    } else {
        format!("\n{line}")
    };
    Some(Edit {
        range: end..end,
        text,
    })
}

fn at_top(text: &str, insert: &str, at: usize) -> Option<Edit> {
    let at = at.min(text.len());
    text.is_char_boundary(at).then(|| Edit {
        range: at..at,
        text: insert.to_owned(),
    })
}

/// Past a Python file's shebang, encoding line and module docstring.
fn python_preamble_end(text: &str) -> usize {
    let mut offset = 0;
    let mut in_docstring: Option<&str> = None;
    for l in text.split_inclusive('\n') {
        let t = l.trim();
        if let Some(quote) = in_docstring {
            offset += l.len();
            if t.ends_with(quote) {
                in_docstring = None;
            }
            continue;
        }
        if t.starts_with("#!") || t.starts_with("# -*-") || t.is_empty() {
            offset += l.len();
            continue;
        }
        if let Some(quote) = ["\"\"\"", "'''"].into_iter().find(|q| t.starts_with(q)) {
            offset += l.len();
            if !(t.len() >= 6 && t.ends_with(quote)) {
                in_docstring = Some(quote);
            }
            continue;
        }
        break;
    }
    offset
}

/// Go: into the `import ( ... )` block, after a single `import "x"`, or
/// after the `package` clause.
fn go(text: &str, path: &str) -> Option<Edit> {
    let quoted = format!("\"{path}\"");
    if text.lines().any(|l| {
        let l = l.trim();
        l == quoted || l == format!("import {quoted}") || l.ends_with(&format!(" {quoted}"))
    }) {
        return None;
    }
    let mut offset = 0;
    let mut package_end = None;
    let mut single_import_end = None;
    for l in text.split_inclusive('\n') {
        let start = offset;
        offset += l.len();
        let t = l.trim_start_matches('\u{feff}').trim_end();
        if t.starts_with("package ") && package_end.is_none() {
            package_end = Some(offset);
        }
        if t == "import (" {
            return Some(Edit {
                range: offset..offset,
                text: format!("\t{quoted}\n"),
            });
        }
        if t.starts_with("import \"") {
            single_import_end = Some(offset);
        }
        let _ = start;
    }
    if let Some(end) = single_import_end {
        return Some(Edit {
            range: end..end,
            text: format!("import {quoted}\n"),
        });
    }
    let end = package_end?;
    Some(Edit {
        range: end..end,
        text: format!("\nimport {quoted}\n"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(language: Language, text: &str, import: &str) -> String {
        let mut out = text.to_owned();
        if let Some(e) = add_import(language, text, import) {
            out.replace_range(e.range, &e.text);
        }
        out
    }

    #[test]
    fn go_blocks_lines_and_none() {
        assert_eq!(
            with(
                Language::Go,
                "package main\n\nimport (\n\t\"fmt\"\n)\n",
                "net/http"
            ),
            "package main\n\nimport (\n\t\"net/http\"\n\t\"fmt\"\n)\n"
        );
        assert_eq!(
            with(
                Language::Go,
                "package main\n\nimport \"fmt\"\n\nfunc f() {}\n",
                "net/http"
            ),
            "package main\n\nimport \"fmt\"\nimport \"net/http\"\n\nfunc f() {}\n"
        );
        assert_eq!(
            with(Language::Go, "package main\n\nfunc f() {}\n", "net/http"),
            "package main\n\nimport \"net/http\"\n\nfunc f() {}\n"
        );
        let has = "package main\n\nimport (\n\t\"net/http\"\n)\n";
        assert!(add_import(Language::Go, has, "net/http").is_none());
    }

    #[test]
    fn python_after_imports_or_docstring() {
        assert_eq!(
            with(
                Language::Python,
                "from flask import abort\n\ndef f():\n    abort(404)\n",
                "from http import HTTPStatus"
            ),
            "from flask import abort\nfrom http import HTTPStatus\n\ndef f():\n    abort(404)\n"
        );
        assert_eq!(
            with(
                Language::Python,
                "\"\"\"Views.\n\nMore.\n\"\"\"\ndef f():\n    pass\n",
                "from http import HTTPStatus"
            ),
            "\"\"\"Views.\n\nMore.\n\"\"\"\nfrom http import HTTPStatus\ndef f():\n    pass\n"
        );
        let has = "from http import HTTPStatus\n";
        assert!(add_import(Language::Python, has, "from http import HTTPStatus").is_none());
    }

    #[test]
    fn byte_order_mark_and_crlf() {
        let bom = "\u{feff}from http import HTTPStatus\r\nx = 1\r\n";
        assert!(add_import(Language::Python, bom, "from http import HTTPStatus").is_none());
        assert_eq!(
            with(
                Language::Python,
                "import os\r\nx = 1\r\n",
                "from http import HTTPStatus"
            ),
            "import os\r\nfrom http import HTTPStatus\r\nx = 1\r\n"
        );
    }

    #[test]
    fn crlf_files_get_the_import_after_the_whole_line_break() {
        let php = "<?php\r\n\r\nnamespace App;\r\n\r\nclass C {}\r\n";
        let edit = add_import(
            Language::Php,
            php,
            "Symfony\\Component\\HttpFoundation\\Response",
        )
        .expect("edit");
        let mut out = php.to_owned();
        out.replace_range(edit.range.clone(), &edit.text);
        assert_eq!(
            out,
            "<?php\r\n\r\nnamespace App;\r\n\r\nuse Symfony\\Component\\HttpFoundation\\Response;\r\n\r\nclass C {}\r\n"
        );
        let java = "package a.b;\r\n\r\nclass C {}\r\n";
        let edit =
            add_import(Language::Java, java, "org.springframework.http.HttpStatus").expect("edit");
        let mut out = java.to_owned();
        out.replace_range(edit.range.clone(), &edit.text);
        assert!(!out.replace("\r\n", "").contains('\n'), "{out:?}");
        assert!(
            out.starts_with("package a.b;\r\n\r\nimport org.springframework.http.HttpStatus;\r\n"),
            "{out:?}"
        );
    }

    #[test]
    fn csharp_php_java() {
        assert_eq!(
            with(
                Language::CSharp,
                "using System;\n\nclass C {}\n",
                "Microsoft.AspNetCore.Http"
            ),
            "using System;\nusing Microsoft.AspNetCore.Http;\n\nclass C {}\n"
        );
        assert_eq!(
            with(
                Language::Php,
                "<?php\nnamespace App;\n\nuse Foo\\Bar;\n\nclass C {}\n",
                "Symfony\\Component\\HttpFoundation\\Response"
            ),
            "<?php\nnamespace App;\n\nuse Foo\\Bar;\nuse Symfony\\Component\\HttpFoundation\\Response;\n\nclass C {}\n"
        );
        assert_eq!(
            with(
                Language::Java,
                "package a;\n\nimport java.util.List;\n\nclass C {}\n",
                "org.springframework.http.HttpStatus"
            ),
            "package a;\n\nimport java.util.List;\nimport org.springframework.http.HttpStatus;\n\nclass C {}\n"
        );
    }
}
