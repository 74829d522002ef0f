//! Inline markers in fixture files, shared by the scanner and rule fixtures.
//!
//! A marker is a comment line whose text, after the comment token, is carets
//! (`^^^`) or bangs (`!!!`) under the columns of the nearest code line above,
//! followed by words the test reads:
//!
//! ```text
//! res.status(404).json(err);
//! //         ^^^ 404 argument response
//! smtp.send(250);
//! //        !!! smtp reply code
//! ```

use http_status_lsp::syntax::Language;

/// A place on a code line: 0-based line, and character columns.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Spot {
    pub line: usize,
    pub start: usize,
    pub end: usize,
}

impl Spot {
    /// The spot of a byte range of `text`.
    pub fn of(text: &str, range: std::ops::Range<usize>) -> Spot {
        let line = text[..range.start].matches('\n').count();
        let line_start = text[..range.start].rfind('\n').map_or(0, |i| i + 1);
        let start = text[line_start..range.start].chars().count();
        let end = start + text[range].chars().count();
        Spot { line, start, end }
    }
}

impl std::fmt::Display for Spot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.line + 1, self.start + 1)
    }
}

#[derive(Debug)]
pub struct Marker {
    pub spot: Spot,
    /// `!!!`: something must *not* be found here.
    pub negative: bool,
    /// The words after the carets or bangs.
    pub rest: String,
    /// The 1-based line of the marker itself, for messages.
    pub marker_line: usize,
}

pub fn comment_token(language: Language) -> &'static str {
    match language {
        Language::Python | Language::Ruby => "#",
        _ => "//",
    }
}

/// Every marker in `text`.
pub fn markers(language: Language, text: &str) -> Vec<Marker> {
    let token = comment_token(language);
    let mut out = Vec::new();
    let mut last_code = None;
    for (i, line) in text.split('\n').enumerate() {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let body = trimmed
            .strip_prefix(token)
            .map(|rest| (rest, indent + token.len()));
        let Some((rest, rest_col)) = body.filter(|(rest, _)| {
            let r = rest.trim_start();
            r.starts_with('^') || r.starts_with("!!!")
        }) else {
            last_code = Some(i);
            continue;
        };
        let target =
            last_code.unwrap_or_else(|| panic!("marker on line {} has no code line above", i + 1));
        let lead = rest.len() - rest.trim_start().len();
        let start = rest_col + lead;
        let r = rest.trim_start();
        let mark = if r.starts_with('^') { '^' } else { '!' };
        let width = r.chars().take_while(|&c| c == mark).count();
        out.push(Marker {
            // Marker columns are characters on the target line.
            spot: Spot {
                line: target,
                start,
                end: start + width,
            },
            negative: mark == '!',
            rest: r[width..].trim().to_owned(),
            marker_line: i + 1,
        });
    }
    out
}

#[test]
fn markers_parse() {
    let text = "res.status(404);\n//         ^^^ 404 argument response\nsmtp(250);\n//   !!!\n";
    let found = markers(Language::JavaScript, text);
    assert_eq!(found.len(), 2);
    assert_eq!(
        found[0].spot,
        Spot {
            line: 0,
            start: 11,
            end: 14
        }
    );
    assert_eq!(found[0].rest, "404 argument response");
    assert!(!found[0].negative);
    assert!(found[1].negative);
    assert_eq!(found[1].marker_line, 4);
    assert_eq!(
        found[1].spot,
        Spot {
            line: 2,
            start: 5,
            end: 8
        }
    );
}
