//! Writing another code in the form the code used: a number as a number, a
//! library constant as the same library's constant with the same qualifier,
//! a Rails symbol as a symbol.

use http_status_registry::{self as registry, Constant};

use super::Edit;
use crate::syntax::{Form, Language, Occurrence};

/// The edit that turns occurrence `o` (written in `text`) into `code`.
/// `None` when its library has no name for `code`.
pub fn respell(language: Language, text: &str, o: &Occurrence, code: u16) -> Option<Edit> {
    match o.form {
        Form::Literal => Some(Edit {
            range: o.range.clone(),
            text: code.to_string(),
        }),
        Form::Symbol => {
            let rack = registry::ecosystem("ruby-rack-3.1+")?;
            Some(Edit {
                range: o.range.clone(),
                text: registry::preferred_constant(rack, code)?.name.to_owned(),
            })
        }
        Form::Constant => {
            let written = text.get(o.range.clone())?;
            let old = known_constant(language, written, o.code, |_| true)?;
            let new = registry::preferred_constant(old.ecosystem, code)?;
            // Replace only the last segment, so qualifiers as written stay.
            let (old_last, new_last) = (last_segment(old.name), last_segment(new.name));
            let start = o.range.start + written.rfind(old_last)?;
            Some(Edit {
                range: start..start + old_last.len(),
                text: new_last.to_owned(),
            })
        }
    }
}

/// `StatusFound` of `http.StatusFound`, `FOUND` of `StatusCode::FOUND`.
pub fn last_segment(name: &str) -> &str {
    name.rsplit(['.', ':']).next().unwrap_or(name)
}

/// The registry's constant for `code` that `written` spells in a file of
/// `language`, matched by its longest qualified suffix
/// (`org.springframework.http.HttpStatus.FOUND` is `HttpStatus.FOUND`), and
/// accepted by `accept`.
pub fn known_constant(
    language: Language,
    written: &str,
    code: u16,
    accept: impl Fn(&Constant) -> bool,
) -> Option<&'static Constant> {
    let language = language.name();
    let written = written.trim_matches(['"', '\'']);
    let mut candidates: Vec<&str> = vec![written];
    let mut rest = written;
    while let Some((_, tail)) = rest.split_once(['.', ':']) {
        let tail = tail.trim_start_matches(':');
        candidates.push(tail);
        rest = tail;
    }
    let fits =
        |c: &&Constant| c.code == code && c.ecosystem.languages.contains(&language) && accept(c);
    for name in candidates {
        let found = registry::constants_named(name).find(fits);
        // A name can also be known without its qualifier in the registry
        // (`HTTPStatus.X` is listed as `http.HTTPStatus.X`).
        let found = found.or_else(|| {
            registry::constants().iter().find(|c| {
                fits(c)
                    && c.name.ends_with(name)
                    && c.name[..c.name.len() - name.len()].ends_with(['.', ':'])
            })
        });
        if found.is_some() {
            return found;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::scan_text;

    fn respelled(language: Language, text: &str, code: u16) -> String {
        let o = scan_text(language, text)
            .into_iter()
            .next()
            .expect("occurrence");
        let edit = respell(language, text, &o, code).expect("edit");
        let mut out = text.to_owned();
        out.replace_range(edit.range, &edit.text);
        out
    }

    #[test]
    fn same_form_as_written() {
        assert_eq!(
            respelled(Language::JavaScript, "res.redirect(302, '/');", 303),
            "res.redirect(303, '/');"
        );
        assert_eq!(
            respelled(
                Language::Go,
                "package main\nfunc h() { http.Redirect(w, r, \"/\", http.StatusFound) }\n",
                303
            ),
            "package main\nfunc h() { http.Redirect(w, r, \"/\", http.StatusSeeOther) }\n"
        );
        assert_eq!(
            respelled(
                Language::Ruby,
                "def create\n  redirect_to x, status: :found\nend\n",
                307
            ),
            "def create\n  redirect_to x, status: :temporary_redirect\nend\n"
        );
        assert_eq!(
            respelled(
                Language::Python,
                "from fastapi import status\nreturn RedirectResponse('/', status_code=status.HTTP_302_FOUND)\n",
                303
            ),
            "from fastapi import status\nreturn RedirectResponse('/', status_code=status.HTTP_303_SEE_OTHER)\n"
        );
    }
}
