//! The languages we parse, and how to recognise them.

use std::path::Path;

/// A language the scanner understands. TypeScript and TSX are separate
/// grammars; JSX is part of the JavaScript grammar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    JavaScript,
    TypeScript,
    Tsx,
    Python,
    Go,
    Rust,
    Java,
    Kotlin,
    CSharp,
    Php,
    Ruby,
}

impl Language {
    pub const ALL: [Language; 11] = [
        Language::JavaScript,
        Language::TypeScript,
        Language::Tsx,
        Language::Python,
        Language::Go,
        Language::Rust,
        Language::Java,
        Language::Kotlin,
        Language::CSharp,
        Language::Php,
        Language::Ruby,
    ];

    /// The name used in output and in the registry's ecosystem table.
    pub const fn name(self) -> &'static str {
        match self {
            Language::JavaScript => "javascript",
            Language::TypeScript => "typescript",
            Language::Tsx => "tsx",
            Language::Python => "python",
            Language::Go => "go",
            Language::Rust => "rust",
            Language::Java => "java",
            Language::Kotlin => "kotlin",
            Language::CSharp => "csharp",
            Language::Php => "php",
            Language::Ruby => "ruby",
        }
    }

    /// The language family whose library constants apply (TSX uses
    /// TypeScript's, TypeScript uses JavaScript's).
    pub const fn ecosystem_language(self) -> &'static str {
        match self {
            Language::Tsx | Language::TypeScript => "typescript",
            other => other.name(),
        }
    }

    /// From an LSP language id (`javascriptreact`, `typescriptreact`, ...),
    /// including the names other editors send (Neovim's filetypes, Helix's
    /// language names).
    pub fn from_language_id(id: &str) -> Option<Language> {
        Some(match id {
            "javascript" | "javascriptreact" | "js" | "jsx" => Language::JavaScript,
            "typescript" | "ts" => Language::TypeScript,
            "typescriptreact" | "tsx" => Language::Tsx,
            "python" | "py" => Language::Python,
            "go" | "golang" => Language::Go,
            "rust" | "rs" => Language::Rust,
            "java" => Language::Java,
            "kotlin" | "kt" => Language::Kotlin,
            // VS Code says csharp, Neovim cs, Helix c-sharp.
            "csharp" | "c#" | "cs" | "c-sharp" => Language::CSharp,
            "php" => Language::Php,
            "ruby" | "rb" => Language::Ruby,
            _ => return None,
        })
    }

    /// From a file name's extension.
    /// Every file extension [`Language::from_path`] knows, without the dot.
    pub const EXTENSIONS: [&'static str; 17] = [
        "js", "mjs", "cjs", "jsx", "ts", "mts", "cts", "tsx", "py", "pyi", "go", "rs", "java",
        "kt", "kts", "cs", "php",
    ];

    pub fn from_path(path: &Path) -> Option<Language> {
        let name = path.file_name()?.to_str()?;
        if matches!(name, "Rakefile" | "Gemfile" | "config.ru") {
            return Some(Language::Ruby);
        }
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "js" | "mjs" | "cjs" | "jsx" => Language::JavaScript,
            "ts" | "mts" | "cts" => Language::TypeScript,
            "tsx" => Language::Tsx,
            "py" | "pyi" => Language::Python,
            "go" => Language::Go,
            "rs" => Language::Rust,
            "java" => Language::Java,
            "kt" | "kts" => Language::Kotlin,
            "cs" => Language::CSharp,
            "php" => Language::Php,
            "rb" | "rake" | "ru" => Language::Ruby,
            _ => return None,
        })
    }

    pub fn grammar(self) -> tree_sitter::Language {
        match self {
            Language::JavaScript => tree_sitter_javascript::LANGUAGE.into(),
            Language::TypeScript => tree_sitter_typescript::LANGUAGE_TYPESCRIPT.into(),
            Language::Tsx => tree_sitter_typescript::LANGUAGE_TSX.into(),
            Language::Python => tree_sitter_python::LANGUAGE.into(),
            Language::Go => tree_sitter_go::LANGUAGE.into(),
            Language::Rust => tree_sitter_rust::LANGUAGE.into(),
            Language::Java => tree_sitter_java::LANGUAGE.into(),
            Language::Kotlin => tree_sitter_kotlin_ng::LANGUAGE.into(),
            Language::CSharp => tree_sitter_c_sharp::LANGUAGE.into(),
            Language::Php => tree_sitter_php::LANGUAGE_PHP.into(),
            Language::Ruby => tree_sitter_ruby::LANGUAGE.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_ids_and_extensions() {
        assert_eq!(
            Language::from_language_id("typescriptreact"),
            Some(Language::Tsx)
        );
        assert_eq!(Language::from_language_id("plaintext"), None);
        assert_eq!(
            Language::from_path(Path::new("a/b.MJS")),
            Some(Language::JavaScript)
        );
        assert_eq!(
            Language::from_path(Path::new("config.ru")),
            Some(Language::Ruby)
        );
        assert_eq!(
            Language::from_path(Path::new("Rakefile")),
            Some(Language::Ruby)
        );
        assert_eq!(Language::from_path(Path::new("README.md")), None);
        assert_eq!(Language::from_path(Path::new("Makefile")), None);
    }

    #[test]
    fn every_grammar_loads() {
        for lang in Language::ALL {
            let mut parser = tree_sitter::Parser::new();
            parser
                .set_language(&lang.grammar())
                .expect("grammar version");
            assert!(parser.parse("x", None).is_some(), "{}", lang.name());
        }
    }
}
