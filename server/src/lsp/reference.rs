//! A reference model of LSP positions over a plain `String`, written apart
//! from `position.rs` (no rope, no shared code) so that the property tests
//! and the fuzz targets can check the real conversion against it.

use super::position::Encoding;

/// The model's own reading of an LSP position: lines end at `\r\n`, `\n` or
/// `\r`; a line past the end is the end of the text; a column past the end
/// of its line is the end of the line; a column inside a character (a
/// surrogate pair, a UTF-8 sequence) is that character's start.
pub fn model_offset(text: &str, line: u32, character: u32, encoding: Encoding) -> usize {
    let bytes = text.as_bytes();
    let mut starts = vec![0usize];
    let mut ends = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                ends.push(i);
                starts.push(i + 2);
                i += 2;
            }
            b'\r' | b'\n' => {
                ends.push(i);
                starts.push(i + 1);
                i += 1;
            }
            _ => i += 1,
        }
    }
    ends.push(text.len());
    let line = line as usize;
    if line >= starts.len() {
        return text.len();
    }
    let (start, end) = (starts[line], ends[line]);
    let mut units = 0usize;
    for (at, ch) in text[start..end].char_indices() {
        let width = match encoding {
            Encoding::Utf16 => ch.len_utf16(),
            Encoding::Utf8 => ch.len_utf8(),
        };
        if units >= character as usize || units + width > character as usize {
            return start + at;
        }
        units += width;
    }
    end
}
