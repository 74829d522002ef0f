//! Per-language node kinds: integer literals, the wrappers a status can hide
//! in, and the shapes of named constants.

use tree_sitter::Node;

use super::Language;

/// Whether `node` is an integer literal in `language`.
pub fn is_integer(language: Language, node: Node) -> bool {
    let kind = node.kind();
    match language {
        Language::JavaScript | Language::TypeScript | Language::Tsx => kind == "number",
        Language::Python | Language::Php | Language::Ruby => kind == "integer",
        Language::Go => kind == "int_literal",
        Language::Rust | Language::CSharp => kind == "integer_literal",
        Language::Java => kind == "decimal_integer_literal",
        Language::Kotlin => kind == "number_literal" || kind == "integer_literal",
    }
}

/// The value of a decimal integer literal, with the type suffixes people
/// write (`404u16`, `404L`); `None` for hex, octal, binary, floats and
/// anything with separators, which nobody uses for a status code.
pub fn integer_value(text: &str) -> Option<u32> {
    let digits_end = text
        .bytes()
        .position(|b| !b.is_ascii_digit())
        .unwrap_or(text.len());
    let (digits, suffix) = text.split_at(digits_end);
    if digits.is_empty() || digits.len() > 4 || (digits.len() > 1 && digits.starts_with('0')) {
        return None;
    }
    let suffix_ok = matches!(
        suffix,
        "" | "u16"
            | "u32"
            | "u64"
            | "usize"
            | "i16"
            | "i32"
            | "i64"
            | "isize"
            | "L"
            | "l"
            | "u"
            | "U"
            | "n"
    );
    if !suffix_ok {
        return None;
    }
    digits.parse().ok()
}

/// Nodes a status value can be wrapped in without changing what it is. For
/// each, the children that carry the value.
pub fn transparent_children<'t>(
    language: Language,
    node: Node<'t>,
    src: &[u8],
) -> Option<Vec<Node<'t>>> {
    let kind = node.kind();
    let fields = |names: &[&str]| -> Vec<Node<'t>> {
        names
            .iter()
            .filter_map(|f| node.child_by_field_name(f))
            .collect()
    };
    let named = || -> Vec<Node<'t>> {
        let mut cursor = node.walk();
        node.named_children(&mut cursor)
            .filter(|c| !c.is_extra())
            .collect()
    };
    let operator = || -> &str {
        node.child_by_field_name("operator")
            .and_then(|o| o.utf8_text(src).ok())
            .unwrap_or("")
    };
    let out = match (language, kind) {
        (_, "parenthesized_expression") => named(),
        // `cond ? 200 : 404` and the like.
        (
            Language::JavaScript | Language::TypeScript | Language::Tsx | Language::Java,
            "ternary_expression",
        ) => fields(&["consequence", "alternative"]),
        (Language::Python, "conditional_expression") => {
            // `200 if ok else 404`: the first and last children are the values.
            let all = named();
            match (all.first(), all.last()) {
                (Some(&a), Some(&b)) if all.len() == 3 => vec![a, b],
                _ => Vec::new(),
            }
        }
        (Language::CSharp, "conditional_expression") => fields(&["consequence", "alternative"]),
        (Language::Php, "conditional_expression") => fields(&["body", "alternative"]),
        (Language::Ruby, "conditional") => fields(&["consequence", "alternative"]),
        // Defaults: `status || 500`, `code ?? 200`, `status or 500`.
        (
            Language::JavaScript | Language::TypeScript | Language::Tsx | Language::Php,
            "binary_expression",
        ) if matches!(operator(), "||" | "??" | "?:") => fields(&["left", "right"]),
        (Language::Python, "boolean_operator") if operator() == "or" => fields(&["left", "right"]),
        (Language::Ruby, "binary") if matches!(operator(), "||" | "or") => {
            fields(&["left", "right"])
        }
        (Language::Kotlin, "elvis_expression") => named(),
        (Language::Kotlin, "binary_expression")
            if node.child(1).and_then(|o| o.utf8_text(src).ok()) == Some("?:") =>
        {
            named()
        }
        // `if (ok) 200 else 503`: the branches, not the condition.
        (Language::Kotlin, "if_expression") => {
            let condition = node.child_by_field_name("condition").map(|c| c.id());
            named()
                .into_iter()
                .filter(|c| Some(c.id()) != condition)
                .collect()
        }
        // `when (e) { is A -> 400; else -> 500 }`, `e switch { A => 400, _ => 500 }`:
        // the value of each arm.
        (Language::Kotlin, "when_expression") | (Language::CSharp, "switch_expression") => named()
            .into_iter()
            .filter(|c| matches!(c.kind(), "when_entry" | "switch_expression_arm"))
            .filter_map(|arm| {
                let mut cursor = arm.walk();
                arm.named_children(&mut cursor)
                    .filter(|c| !c.is_extra())
                    .last()
            })
            .collect(),
        (Language::Kotlin, "block") | (Language::Java, "expression_statement")
            if node.named_child_count() == 1 =>
        {
            named()
        }
        // Java `switch (e) { case A -> 400; default -> 500; }` used as a value.
        (Language::Java, "switch_expression") => node
            .child_by_field_name("body")
            .map(|body| {
                let mut cursor = body.walk();
                body.named_children(&mut cursor)
                    .filter(|r| r.kind() == "switch_rule")
                    .filter_map(|rule| {
                        let mut c = rule.walk();
                        rule.named_children(&mut c).filter(|c| !c.is_extra()).last()
                    })
                    .collect()
            })
            .unwrap_or_default(),
        // Casts and assertions: `404 as u16`, `(int)404`, `404 as const`.
        (Language::Rust, "type_cast_expression") => fields(&["value"]),
        (
            Language::TypeScript | Language::Tsx,
            "as_expression" | "satisfies_expression" | "non_null_expression",
        ) => named().into_iter().take(1).collect(),
        (Language::CSharp | Language::Java | Language::Php, "cast_expression") => {
            fields(&["value"])
        }
        // A PHP list element without a key: `[301, 302]`.
        (Language::Php, "array_element_initializer") if node.named_child_count() == 1 => named(),
        // Argument wrappers: `f(404)` is `(argument (integer_literal))`.
        (Language::CSharp | Language::Php, "argument") | (Language::Kotlin, "value_argument") => {
            named().into_iter().last().into_iter().collect()
        }
        (Language::Go, "literal_element") => named(),
        // Literal types: `400 | 404`.
        (
            Language::TypeScript | Language::Tsx,
            "union_type" | "literal_type" | "parenthesized_type",
        ) => named(),
        _ => return None,
    };
    Some(out)
}

/// Whether a node captured as `@body` sends something: not `null`, `None`,
/// `nil`, `undefined`, `()`, an empty string or an empty list.
pub fn is_body(language: Language, node: Node, src: &[u8]) -> bool {
    let _ = language;
    let text = node.utf8_text(src).unwrap_or("").trim();
    let unquoted = text
        .trim_start_matches(['b', 'r', 'f', 'u', 'B', 'R', 'F', 'U', '@', '$'])
        .trim_matches(|c| c == '"' || c == '\'' || c == '`');
    let empty_string = unquoted.is_empty() && text.len() >= 2;
    let nothing = matches!(
        text,
        "null" | "undefined" | "None" | "nil" | "()" | "[]" | "[\"\"]" | "['']" | "NULL"
    );
    !(text.is_empty() || empty_string || nothing)
}

/// Collections whose elements are each a status when the collection sits
/// where a status list is expected (`status in (301, 302)`, `case 301, 302`).
pub fn is_collection(language: Language, node: Node) -> bool {
    let kind = node.kind();
    match language {
        Language::JavaScript | Language::TypeScript | Language::Tsx => kind == "array",
        Language::Python => matches!(kind, "tuple" | "list" | "set" | "expression_list"),
        Language::Ruby => matches!(kind, "array" | "argument_list"),
        Language::Php => kind == "array_creation_expression" || kind == "array_element_initializer",
        Language::Go => kind == "expression_list" || kind == "literal_value",
        Language::Rust => kind == "array_expression" || kind == "tuple_expression",
        Language::Java => kind == "array_initializer",
        Language::Kotlin => kind == "collection_literal",
        Language::CSharp => kind == "initializer_expression" || kind == "collection_expression",
    }
}

/// Node kinds that can spell a named constant (`http.StatusNotFound`,
/// `HttpStatus::NOT_FOUND`, a bare `StatusNotFound`).
pub fn is_constant_shape(language: Language, node: Node) -> bool {
    let kind = node.kind();
    match language {
        Language::JavaScript | Language::TypeScript | Language::Tsx => {
            matches!(kind, "member_expression" | "identifier")
        }
        Language::Python => matches!(kind, "attribute" | "identifier"),
        Language::Go => matches!(
            kind,
            "selector_expression" | "identifier" | "qualified_type"
        ),
        Language::Rust => matches!(
            kind,
            "scoped_identifier" | "identifier" | "field_expression"
        ),
        Language::Java => matches!(kind, "field_access" | "identifier"),
        Language::Kotlin => matches!(
            kind,
            "navigation_expression" | "identifier" | "simple_identifier"
        ),
        Language::CSharp => matches!(kind, "member_access_expression" | "identifier"),
        Language::Php => matches!(
            kind,
            "class_constant_access_expression" | "name" | "scoped_property_access_expression"
        ),
        Language::Ruby => matches!(
            kind,
            "scope_resolution" | "constant" | "simple_symbol" | "call"
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integer_values() {
        assert_eq!(integer_value("404"), Some(404));
        assert_eq!(integer_value("404u16"), Some(404));
        assert_eq!(integer_value("404L"), Some(404));
        assert_eq!(integer_value("0x194"), None);
        assert_eq!(integer_value("0404"), None);
        assert_eq!(integer_value("404.0"), None);
        assert_eq!(integer_value("4_04"), None);
        assert_eq!(integer_value("40400"), None);
        assert_eq!(integer_value("0"), Some(0));
    }
}
