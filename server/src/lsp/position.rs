//! LSP positions to byte offsets and back, in the negotiated encoding.
//!
//! LSP counts lines at `\n`, `\r\n` and `\r` (ropey's `cr_lines`, without
//! Unicode line breaks such as U+2028) and columns in UTF-16 code units unless
//! the client accepted UTF-8. tree-sitter and the scanner work in bytes.

use ropey::Rope;
use tower_lsp_server::ls_types::Position;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encoding {
    #[default]
    Utf16,
    Utf8,
}

/// The character index just past the last character of `line`, before its
/// line break.
fn line_end_char(rope: &Rope, line: usize) -> usize {
    let start = rope.line_to_char(line);
    let slice = rope.line(line);
    let mut len = slice.len_chars();
    // Strip "\n", "\r\n" or "\r".
    if len > 0 && slice.char(len - 1) == '\n' {
        len -= 1;
    }
    if len > 0 && slice.char(len - 1) == '\r' {
        len -= 1;
    }
    start + len
}

/// The byte offset of `pos`. Lines past the end give the end of the text; a
/// column past the end of its line gives the end of the line; a UTF-16 column
/// inside a surrogate pair or a UTF-8 column inside a character snaps to the
/// start of that character.
pub fn to_byte(rope: &Rope, pos: Position, encoding: Encoding) -> usize {
    let line = pos.line as usize;
    if line >= rope.len_lines() {
        return rope.len_bytes();
    }
    let start_char = rope.line_to_char(line);
    let end_char = line_end_char(rope, line);
    let char_idx = match encoding {
        Encoding::Utf16 => {
            let base = rope.char_to_utf16_cu(start_char);
            let end = rope.char_to_utf16_cu(end_char);
            let target = (base + pos.character as usize).min(end);
            rope.utf16_cu_to_char(target)
        }
        Encoding::Utf8 => {
            let base = rope.char_to_byte(start_char);
            let end = rope.char_to_byte(end_char);
            let target = (base + pos.character as usize).min(end);
            rope.byte_to_char(target)
        }
    };
    rope.char_to_byte(char_idx.min(end_char))
}

/// The position of byte offset `byte` (clamped to the text; a byte inside a
/// character counts as that character's start).
pub fn to_position(rope: &Rope, byte: usize, encoding: Encoding) -> Position {
    let byte = byte.min(rope.len_bytes());
    let char_idx = rope.byte_to_char(byte);
    let line = rope.char_to_line(char_idx);
    let line_start = rope.line_to_char(line);
    let character = match encoding {
        Encoding::Utf16 => rope.char_to_utf16_cu(char_idx) - rope.char_to_utf16_cu(line_start),
        Encoding::Utf8 => rope.char_to_byte(char_idx) - rope.char_to_byte(line_start),
    };
    Position::new(
        u32::try_from(line).unwrap_or(u32::MAX),
        u32::try_from(character).unwrap_or(u32::MAX),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(text: &str, byte: usize, encoding: Encoding, expect: (u32, u32)) {
        let rope = Rope::from_str(text);
        let pos = to_position(&rope, byte, encoding);
        assert_eq!(
            (pos.line, pos.character),
            expect,
            "{text:?} byte {byte} {encoding:?}"
        );
        assert_eq!(
            to_byte(&rope, pos, encoding),
            byte,
            "{text:?} back from {pos:?}"
        );
    }

    #[test]
    fn chinese_emoji_and_crlf_before_a_literal() {
        let text = "// 中文说明\r\nlet e = '😀'; res.status(404);\r\n";
        let byte = text.find("404").expect("literal");
        // Line 1: `let e = '` is 9 units, the emoji 2 in UTF-16 and 4 bytes in UTF-8.
        round_trip(text, byte, Encoding::Utf16, (1, 25));
        round_trip(text, byte, Encoding::Utf8, (1, 27));
        // Before the CRLF on line 0: 中文说明 is 4 UTF-16 units, 12 bytes.
        round_trip(text, text.find('\r').expect("cr"), Encoding::Utf16, (0, 7));
        round_trip(text, text.find('\r').expect("cr"), Encoding::Utf8, (0, 15));
    }

    #[test]
    fn lone_cr_is_a_line_break_but_u2028_is_not() {
        let text = "a\rb\u{2028}c 404";
        let byte = text.find("404").expect("literal");
        round_trip(text, byte, Encoding::Utf16, (1, 4));
    }

    #[test]
    fn clamps_out_of_range_positions() {
        let rope = Rope::from_str("ab\r\ncd");
        assert_eq!(to_byte(&rope, Position::new(0, 99), Encoding::Utf16), 2);
        assert_eq!(to_byte(&rope, Position::new(9, 0), Encoding::Utf16), 6);
        assert_eq!(to_byte(&rope, Position::new(1, 1), Encoding::Utf8), 5);
    }

    #[test]
    fn inside_a_surrogate_pair_snaps_to_the_character() {
        let rope = Rope::from_str("😀x");
        assert_eq!(to_byte(&rope, Position::new(0, 1), Encoding::Utf16), 0);
        assert_eq!(to_byte(&rope, Position::new(0, 2), Encoding::Utf16), 4);
        // Inside the UTF-8 sequence.
        assert_eq!(to_byte(&rope, Position::new(0, 2), Encoding::Utf8), 0);
    }
}
