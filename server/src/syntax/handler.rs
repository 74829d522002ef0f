//! Which HTTP method the code around a status serves, when the code says.
//!
//! Read from the nearest enclosing place that decides it, walking outwards:
//! a branch on the request method (`if request.method == "POST":`,
//! `case http.MethodPost:`), a handler's decorators, annotations or
//! attributes (`@app.post`, `@PostMapping`, `[HttpPost]`, `#[post("/")]`,
//! `methods=["POST"]`), the route call a handler is passed to
//! (`app.post("/x", (req, res) => ...)`, `r.POST("/x", func...)`, Sinatra
//! `post "/x" do`), a method named after the verb (Django's `def post(self,
//! request)`, a Rails controller's `create`), or, for a named function, the
//! lines of the file that register it (`r.POST("/login", login)`).

use tree_sitter::Node;

use super::Language;
use super::scan::is_function;

/// An HTTP request method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Method {
    Get,
    Head,
    Options,
    Post,
    Put,
    Patch,
    Delete,
}

impl Method {
    pub fn parse(word: &str) -> Option<Method> {
        Some(match word.to_ascii_lowercase().as_str() {
            "get" => Method::Get,
            "head" => Method::Head,
            "options" => Method::Options,
            "post" => Method::Post,
            "put" => Method::Put,
            "patch" => Method::Patch,
            "delete" | "del" => Method::Delete,
            _ => return None,
        })
    }

    pub const fn name(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Head => "HEAD",
            Method::Options => "OPTIONS",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }

    /// GET, HEAD and OPTIONS: a redirect keeps them whatever its code.
    pub const fn is_safe(self) -> bool {
        matches!(self, Method::Get | Method::Head | Method::Options)
    }
}

/// What one place says about the method.
enum Verdict {
    /// Nothing: look further out.
    Silent,
    /// These methods (one kind: all safe or all unsafe).
    Serves(Method),
    /// Both safe and unsafe methods: the code does not say which applies.
    Mixed,
}

impl Verdict {
    fn of(methods: &[Method]) -> Verdict {
        let Some(&first) = methods.first() else {
            return Verdict::Silent;
        };
        if methods.iter().all(|m| m.is_safe() == first.is_safe()) {
            // The first unsafe one names it best ("POST" of POST and PUT).
            Verdict::Serves(first)
        } else {
            Verdict::Mixed
        }
    }
}

/// The method served where `node` sits, if the code around says.
pub fn method_at(language: Language, src: &[u8], node: Node) -> Option<Method> {
    let mut prev = node;
    let mut current = node.parent();
    // Whether the walk has left a function, block or lambda: only then does
    // a call around it register a handler (`app.post(path, fn)`), rather
    // than take the status (`client.post(url, {status: 302})`).
    let mut through_function = false;
    while let Some(n) = current {
        let verdict = if is_conditional(n.kind()) {
            branch(src, n, prev)
        } else if is_case(n.kind()) {
            case_label(src, n, prev)
        } else if is_function(n.kind()) || is_block(language, n.kind()) {
            through_function = true;
            match decorations(language, src, n) {
                Verdict::Silent => named(language, src, n),
                decided => decided,
            }
        } else if through_function && is_call(n.kind()) && !is_callee(n, prev) {
            route_call(src, n)
        } else {
            Verdict::Silent
        };
        match verdict {
            Verdict::Silent => {}
            Verdict::Serves(m) => return Some(m),
            Verdict::Mixed => return None,
        }
        prev = n;
        current = n.parent();
    }
    None
}

fn is_conditional(kind: &str) -> bool {
    matches!(
        kind,
        "if_statement" | "if_expression" | "if" | "elif_clause" | "else_if_clause"
    )
}

fn is_case(kind: &str) -> bool {
    matches!(
        kind,
        "expression_case"
            | "switch_case"
            | "case_clause"
            | "when"
            | "switch_block_statement_group"
            | "switch_rule"
            | "switch_section"
            | "case_statement"
            | "when_entry"
            | "match_arm"
    )
}

/// A Ruby block or Kotlin trailing lambda: code run by the call it follows.
fn is_block(language: Language, kind: &str) -> bool {
    match language {
        Language::Ruby => matches!(kind, "do_block" | "block"),
        Language::Kotlin => kind == "annotated_lambda",
        _ => false,
    }
}

fn is_call(kind: &str) -> bool {
    matches!(
        kind,
        "call_expression"
            | "call"
            | "method_invocation"
            | "invocation_expression"
            | "scoped_call_expression"
            | "member_call_expression"
            | "function_call_expression"
    )
}

/// Whether `child` is the called part of `call` (`app.post` in
/// `app.post(...)`), not an argument or block.
fn is_callee(call: Node, child: Node) -> bool {
    ["function", "method", "name", "scope", "object", "receiver"]
        .iter()
        .any(|field| {
            call.child_by_field_name(field)
                .is_some_and(|c| c.id() == child.id())
        })
}

fn text<'a>(src: &'a [u8], node: Node) -> &'a str {
    node.utf8_text(src).unwrap_or("")
}

/// `if <condition>` on the way out: decides only from its then-branch, and
/// only when the condition is about the request method.
fn branch(src: &[u8], n: Node, prev: Node) -> Verdict {
    let Some(condition) = n.child_by_field_name("condition") else {
        return Verdict::Silent;
    };
    if condition.id() == prev.id()
        || n.child_by_field_name("alternative")
            .is_some_and(|a| a.id() == prev.id())
        || prev.kind().contains("else")
    {
        return Verdict::Silent;
    }
    method_test(text(src, condition))
}

/// A condition or subject that reads the request method, and the methods it
/// names: `request.method == "POST"`, `r.Method == http.MethodPost`,
/// `request.post?`, `$_SERVER['REQUEST_METHOD'] === 'POST'`.
fn method_test(condition: &str) -> Verdict {
    let lower = condition.to_ascii_lowercase();
    let rails = ["get?", "post?", "put?", "patch?", "delete?", "head?"]
        .iter()
        .any(|q| lower.contains(&format!(".{q}")));
    if !(lower.contains("method") || rails) {
        return Verdict::Silent;
    }
    // A negated test (`!=`, `not in`, `unless`) says what is *not* served.
    if lower.contains("!=") || lower.contains(" not ") || lower.trim_start().starts_with('!') {
        return Verdict::Silent;
    }
    Verdict::of(&methods_in(condition))
}

/// A `case`/`when` arm inside a switch over the request method.
fn case_label(src: &[u8], n: Node, prev: Node) -> Verdict {
    let label = n
        .child_by_field_name("value")
        .or_else(|| n.child_by_field_name("pattern"))
        .or_else(|| n.named_child(0));
    let Some(label) = label.filter(|l| l.id() != prev.id()) else {
        return Verdict::Silent;
    };
    let mut up = n.parent();
    let subject = loop {
        match up {
            Some(s)
                if s.kind().contains("switch")
                    || s.kind().contains("match")
                    || s.kind() == "case"
                    || s.kind() == "when_expression" =>
            {
                break s
                    .child_by_field_name("value")
                    .or_else(|| s.child_by_field_name("condition"))
                    .or_else(|| s.child_by_field_name("subject"))
                    .or_else(|| s.named_child(0));
            }
            Some(s) if is_function(s.kind()) => return Verdict::Silent,
            Some(s) => up = s.parent(),
            None => return Verdict::Silent,
        }
    };
    let Some(subject) = subject else {
        return Verdict::Silent;
    };
    if !text(src, subject).to_ascii_lowercase().contains("method") {
        return Verdict::Silent;
    }
    Verdict::of(&methods_in(text(src, label)))
}

/// The decorators, annotations or attributes of a function.
fn decorations(language: Language, src: &[u8], function: Node) -> Verdict {
    let mut texts: Vec<&str> = Vec::new();
    // Python: `@app.post(...)` wraps the definition.
    if let Some(parent) = function
        .parent()
        .filter(|p| p.kind() == "decorated_definition")
    {
        let mut cursor = parent.walk();
        texts.extend(
            parent
                .named_children(&mut cursor)
                .filter(|c| c.kind() == "decorator")
                .map(|c| text(src, c)),
        );
    }
    // Java, Kotlin, C#, PHP: annotations and attributes are children
    // (`modifiers`, `attribute_list`); TypeScript and Rust put them just
    // before the function, as siblings.
    let mut cursor = function.walk();
    for child in function.named_children(&mut cursor) {
        if matches!(
            child.kind(),
            "modifiers" | "attribute_list" | "decorator" | "annotation" | "marker_annotation"
        ) {
            texts.push(text(src, child));
        }
    }
    let mut sibling = function.prev_named_sibling();
    while let Some(s) = sibling {
        if !matches!(s.kind(), "decorator" | "attribute_item" | "attribute_list") {
            break;
        }
        texts.push(text(src, s));
        sibling = s.prev_named_sibling();
    }
    let _ = language;
    let mut found = Vec::new();
    for t in texts {
        found.extend(decoration_methods(t));
    }
    Verdict::of(&found)
}

/// Methods named by one decoration: its name (`app.post`, `PostMapping`,
/// `HttpPost`, `POST`) or its arguments (`methods=["POST"]`,
/// `method = RequestMethod.POST`, `methods: ['POST']`).
fn decoration_methods(decoration: &str) -> Vec<Method> {
    let mut out = Vec::new();
    for token in tokens(decoration) {
        let method = match token {
            Token::Word(w) => verb_word(w),
            Token::Str(s) => verb_string(s),
        };
        if let Some(m) = method {
            if !out.contains(&m) {
                out.push(m);
            }
        }
    }
    out
}

/// The route call a handler is passed to: `app.post(path, handler)`,
/// `Route::put(...)`, `post "/x" do`, `post("/x") { }`, and Go 1.22
/// patterns `mux.HandleFunc("POST /x", ...)`.
fn route_call(src: &[u8], call: Node) -> Verdict {
    let callee = ["function", "method", "name"]
        .iter()
        .find_map(|f| call.child_by_field_name(f))
        .or_else(|| call.named_child(0));
    let Some(callee) = callee else {
        return Verdict::Silent;
    };
    let callee_text = text(src, callee);
    // Kotlin's `post("/x") { }` is a call of the call `post("/x")`.
    let (name_text, arguments) = if callee.kind() == "call_expression" && !callee_text.contains('{')
    {
        let inner = callee.named_child(0).map_or("", |c| text(src, c));
        (inner, text(src, callee))
    } else {
        let arguments = call
            .child_by_field_name("arguments")
            .map_or("", |a| text(src, a));
        (callee_text, arguments)
    };
    let last = name_text
        .rsplit(['.', ':', ' ', '>'])
        .next()
        .unwrap_or(name_text);
    let lower_receiver = name_text.to_ascii_lowercase();
    if [
        "client", "axios", "request", "session", "agent", "fetch", "$.",
    ]
    .iter()
    .any(|r| lower_receiver.contains(r))
    {
        return Verdict::Silent;
    }
    let first_string = tokens(arguments).into_iter().find_map(|t| match t {
        Token::Str(s) => Some(s),
        Token::Word(_) => None,
    });
    if first_string.is_some_and(|s| s.contains("://")) {
        return Verdict::Silent;
    }
    if let Some(m) = Method::parse(last) {
        return Verdict::Serves(m);
    }
    // `HandleFunc("POST /items/{id}", ...)`.
    if matches!(last, "HandleFunc" | "Handle" | "HandlerFunc") {
        if let Some(m) = first_string.and_then(pattern_method) {
            return Verdict::Serves(m);
        }
    }
    Verdict::Silent
}

/// A function named after what it serves: Django and Tornado class views'
/// `def post(self, ...)`, a Rails controller's actions; else the lines that
/// register it by name.
fn named(language: Language, src: &[u8], function: Node) -> Verdict {
    let Some(name) = function.child_by_field_name("name").map(|n| text(src, n)) else {
        return Verdict::Silent;
    };
    let in_class = enclosing_class(function);
    match language {
        Language::Python if in_class.is_some() => {
            if let Some(m) = Method::parse(name).filter(|_| name != "del") {
                return Verdict::Serves(m);
            }
        }
        Language::Ruby => {
            let controller = in_class
                .and_then(|c| c.child_by_field_name("name"))
                .is_some_and(|n| text(src, n).ends_with("Controller"));
            if controller {
                let action = match name {
                    "create" => Some(Method::Post),
                    "update" => Some(Method::Patch),
                    "destroy" => Some(Method::Delete),
                    "index" | "show" | "new" | "edit" => Some(Method::Get),
                    _ => None,
                };
                if let Some(m) = action {
                    return Verdict::Serves(m);
                }
            }
        }
        _ => {}
    }
    Verdict::of(&registrations(src, name, function.start_byte()))
}

fn enclosing_class(node: Node) -> Option<Node> {
    let mut up = node.parent();
    while let Some(n) = up {
        if matches!(n.kind(), "class_definition" | "class" | "class_declaration") {
            return Some(n);
        }
        if is_function(n.kind()) {
            return None;
        }
        up = n.parent();
    }
    None
}

/// Methods of the route registrations that name `handler` on one line:
/// `app.post("/login", login)`, `r.POST("/login", h.Login)`,
/// `mux.HandleFunc("POST /login", login)`.
pub fn registrations(src: &[u8], handler: &str, definition: usize) -> Vec<Method> {
    let mut out = Vec::new();
    if handler.len() < 2 {
        return out;
    }
    let Ok(text) = std::str::from_utf8(src) else {
        return out;
    };
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        if (start..offset).contains(&definition) || !line.contains(handler) {
            continue;
        }
        if let Some(m) = registration(line, handler) {
            if !out.contains(&m) {
                out.push(m);
            }
        }
    }
    out
}

/// The method of a one-line route registration of `handler`.
fn registration(line: &str, handler: &str) -> Option<Method> {
    let toks = tokens(line);
    // The handler must appear as a whole word after the route call.
    let handler_at = toks
        .iter()
        .position(|t| matches!(t, Token::Word(w) if w.rsplit('.').next() == Some(handler)))?;
    let before = &toks[..handler_at];
    let lower = line.to_ascii_lowercase();
    if ["client", "axios", "fetch", "://"]
        .iter()
        .any(|w| lower.contains(w))
    {
        return None;
    }
    for t in before.iter().rev() {
        match t {
            Token::Word(w) => {
                let last = w.rsplit(['.', ':']).next().unwrap_or(w);
                let is_member = w.contains('.') || w.contains("::");
                if is_member {
                    if let Some(m) = Method::parse(last) {
                        return Some(m);
                    }
                    if matches!(last, "HandleFunc" | "Handle") {
                        return before.iter().find_map(|t| match t {
                            Token::Str(s) => pattern_method(s),
                            Token::Word(_) => None,
                        });
                    }
                }
            }
            Token::Str(_) => {}
        }
    }
    None
}

/// `POST /items/{id}`: a Go 1.22 mux pattern with a method.
fn pattern_method(pattern: &str) -> Option<Method> {
    let (verb, rest) = pattern.split_once(' ')?;
    (verb.chars().all(|c| c.is_ascii_uppercase()) && rest.trim_start().starts_with('/'))
        .then(|| Method::parse(verb))
        .flatten()
}

/// A method named by an identifier: `post`, `POST`, `PostMapping`,
/// `HttpPost`, `MethodPost`, `IsPost`, `RequestMethod.POST`'s `POST`.
fn verb_word(word: &str) -> Option<Method> {
    let last = word.rsplit(['.', ':']).next().unwrap_or(word);
    let lower = last.to_ascii_lowercase();
    let mut core = lower.as_str();
    for prefix in ["http", "method", "is", "request"] {
        if let Some(rest) = core.strip_prefix(prefix) {
            if Method::parse(rest).is_some() {
                core = rest;
            }
        }
    }
    if let Some(rest) = core.strip_suffix("mapping") {
        core = rest;
    }
    let core = core.trim_end_matches('?');
    Method::parse(core).filter(|_| core != "del")
}

/// A string that is exactly a method (`"POST"`, `'get'`), or a Go pattern.
fn verb_string(s: &str) -> Option<Method> {
    let trimmed = s.trim();
    Method::parse(trimmed)
        .filter(|_| trimmed != "del")
        .or_else(|| pattern_method(trimmed))
}

/// The methods named in a condition or case label.
fn methods_in(text: &str) -> Vec<Method> {
    let mut out = Vec::new();
    for t in tokens(text) {
        let m = match t {
            Token::Word(w) => verb_word(w),
            Token::Str(s) => verb_string(s),
        };
        if let Some(m) = m {
            if !out.contains(&m) {
                out.push(m);
            }
        }
    }
    // Unsafe methods first: they name the verdict.
    out.sort_by_key(|m| m.is_safe());
    out
}

#[derive(Debug, PartialEq, Eq)]
enum Token<'a> {
    /// An identifier path, dots and `::` included: `app.post`, `Route::put`,
    /// `request.post?`.
    Word(&'a str),
    /// The content of a quoted string.
    Str(&'a str),
}

/// Identifier paths and string contents, ignoring everything else.
fn tokens(text: &str) -> Vec<Token<'_>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'"' || b == b'\'' || b == b'`' {
            let start = i + 1;
            let mut j = start;
            while j < bytes.len() && bytes[j] != b {
                if bytes[j] == b'\\' {
                    j += 1;
                }
                j += 1;
            }
            let end = j.min(bytes.len());
            out.push(Token::Str(&text[start..end]));
            i = end + 1;
            continue;
        }
        if b.is_ascii_alphabetic() || b == b'_' || b == b'$' {
            let start = i;
            while i < bytes.len()
                && (bytes[i].is_ascii_alphanumeric()
                    || bytes[i] == b'_'
                    || bytes[i] == b'$'
                    || bytes[i] == b'?'
                    || (bytes[i] == b'.'
                        && bytes.get(i + 1).is_some_and(|c| c.is_ascii_alphabetic()))
                    || (bytes[i] == b':'
                        && bytes.get(i + 1) == Some(&b':')
                        && bytes.get(i + 2).is_some_and(|c| c.is_ascii_alphabetic())))
            {
                i += if bytes[i] == b':' { 2 } else { 1 };
            }
            out.push(Token::Word(&text[start..i]));
            continue;
        }
        i += 1;
    }
    out
}

/// A fingerprint of the lines that could register a handler by name
/// (`.post(`, `::put(`, `HandleFunc(`), so an incremental rescan knows to
/// start over when one changes.
pub fn registration_fingerprint(src: &[u8]) -> u64 {
    use std::hash::{Hash as _, Hasher as _};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    let mut last_line = usize::MAX;
    for paren in memchr::memchr_iter(b'(', src) {
        let word_start = src[..paren]
            .iter()
            .rposition(|b| !b.is_ascii_alphanumeric())
            .map_or(0, |i| i + 1);
        let word = &src[word_start..paren];
        let member = word_start > 0 && matches!(src[word_start - 1], b'.' | b':');
        let verb = ["post", "put", "patch", "delete"]
            .iter()
            .any(|v| word.eq_ignore_ascii_case(v.as_bytes()));
        if !((member && verb) || word == b"HandleFunc" || word == b"Handle") {
            continue;
        }
        let line_start = memchr::memrchr(b'\n', &src[..paren]).map_or(0, |i| i + 1);
        if line_start == last_line {
            continue;
        }
        last_line = line_start;
        let line_end = memchr::memchr(b'\n', &src[paren..]).map_or(src.len(), |i| paren + i);
        src[line_start..line_end].hash(&mut hasher);
    }
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::parse;

    /// The method at the first occurrence of `needle`.
    fn at(language: Language, text: &str, needle: &str) -> Option<Method> {
        let tree = parse(language, text, None);
        let start = text.find(needle).expect("needle");
        let node = tree
            .root_node()
            .descendant_for_byte_range(start, start + needle.len())
            .expect("node");
        method_at(language, text.as_bytes(), node)
    }

    #[test]
    fn route_calls_and_blocks() {
        let js = "app.post('/login', (req, res) => { db.save().then(() => res.redirect(302, '/')); });\napp.get('/x', (req, res) => res.redirect(301, '/y'));\n";
        assert_eq!(at(Language::JavaScript, js, "302"), Some(Method::Post));
        assert_eq!(at(Language::JavaScript, js, "301"), Some(Method::Get));
        let go = "package main\nfunc main() {\n\tr.POST(\"/login\", func(c *gin.Context) {\n\t\tc.Redirect(302, \"/\")\n\t})\n}\n";
        assert_eq!(at(Language::Go, go, "302"), Some(Method::Post));
        let rb =
            "post '/x' do\n  redirect '/y', 302\nend\nget '/z' do\n  redirect '/y', 301\nend\n";
        assert_eq!(at(Language::Ruby, rb, "302"), Some(Method::Post));
        assert_eq!(at(Language::Ruby, rb, "301"), Some(Method::Get));
        let kt = "fun Route.r() { post(\"/x\") { call.respond(HttpStatusCode.Found) } }\n";
        assert_eq!(at(Language::Kotlin, kt, "Found"), Some(Method::Post));
        let client = "axios.post('/api', { status: 302 });\nrequest.post('http://x', function (err, res) { res.status(302); });\n";
        assert_eq!(at(Language::JavaScript, client, "302"), None);
    }

    #[test]
    fn decorators_annotations_attributes() {
        let py = "@app.route('/x', methods=['POST'])\ndef f():\n    return redirect('/y', code=302)\n\n@app.route('/post-list', methods=['GET', 'POST'])\ndef g():\n    return redirect('/y', code=301)\n\n@router.get('/post')\ndef h():\n    return RedirectResponse('/', status_code=307)\n";
        assert_eq!(at(Language::Python, py, "302"), Some(Method::Post));
        assert_eq!(at(Language::Python, py, "301"), None, "GET and POST");
        assert_eq!(at(Language::Python, py, "307"), Some(Method::Get));
        let java = "class C {\n  @PostMapping(\"/x\")\n  ResponseEntity<?> a() { return ResponseEntity.status(302).build(); }\n  @RequestMapping(value = \"/y\", method = RequestMethod.DELETE)\n  ResponseEntity<?> b() { return ResponseEntity.status(301).build(); }\n}\n";
        assert_eq!(at(Language::Java, java, "302"), Some(Method::Post));
        assert_eq!(at(Language::Java, java, "301"), Some(Method::Delete));
        let cs = "class C {\n  [HttpPost(\"x\")]\n  public IActionResult A() { return StatusCode(302); }\n}\n";
        assert_eq!(at(Language::CSharp, cs, "302"), Some(Method::Post));
        let rs = "#[post(\"/x\")]\nasync fn f() -> StatusCode { StatusCode::FOUND }\n";
        assert_eq!(at(Language::Rust, rs, "FOUND"), Some(Method::Post));
        let ts = "class C {\n  @Post()\n  @Redirect('/', 302)\n  create() {}\n  @Get()\n  show() { return 301; }\n}\n";
        assert_eq!(at(Language::TypeScript, ts, "301"), Some(Method::Get));
    }

    #[test]
    fn method_branches_and_cases() {
        let py = "def view(request):\n    if request.method == 'POST':\n        return HttpResponse(status=302)\n    else:\n        return HttpResponse(status=301)\n";
        assert_eq!(at(Language::Python, py, "302"), Some(Method::Post));
        assert_eq!(at(Language::Python, py, "301"), None);
        let go = "package main\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tswitch r.Method {\n\tcase http.MethodPost:\n\t\thttp.Redirect(w, r, \"/\", 302)\n\tcase \"GET\":\n\t\thttp.Redirect(w, r, \"/\", 301)\n\t}\n\tif r.Method != http.MethodPut {\n\t\tw.WriteHeader(308)\n\t}\n}\n";
        assert_eq!(at(Language::Go, go, "302"), Some(Method::Post));
        assert_eq!(at(Language::Go, go, "301"), Some(Method::Get));
        assert_eq!(at(Language::Go, go, "308"), None);
        let php = "<?php\nif ($_SERVER['REQUEST_METHOD'] === 'POST') {\n    header('Location: /', true, 302);\n}\n";
        assert_eq!(at(Language::Php, php, "302"), Some(Method::Post));
    }

    #[test]
    fn names_and_registrations() {
        let py = "class Login(View):\n    def post(self, request):\n        return HttpResponse(status=302)\n";
        assert_eq!(at(Language::Python, py, "302"), Some(Method::Post));
        let rb = "class UsersController < ApplicationController\n  def create\n    redirect_to user, status: :found\n  end\n  def show\n    redirect_to user, status: :moved_permanently\n  end\nend\n";
        assert_eq!(at(Language::Ruby, rb, ":found"), Some(Method::Post));
        assert_eq!(at(Language::Ruby, rb, ":moved"), Some(Method::Get));
        let go = "package main\nfunc main() {\n\tr.POST(\"/login\", login)\n\tmux.HandleFunc(\"DELETE /items/{id}\", drop)\n}\nfunc login(c *gin.Context) {\n\tc.Redirect(302, \"/\")\n}\nfunc drop(w http.ResponseWriter, r *http.Request) {\n\thttp.Redirect(w, r, \"/\", 301)\n}\n";
        assert_eq!(at(Language::Go, go, "302"), Some(Method::Post));
        assert_eq!(at(Language::Go, go, "301"), Some(Method::Delete));
        let js = "function helper(res) { res.redirect(302, '/'); }\n";
        assert_eq!(at(Language::JavaScript, js, "302"), None);
    }

    #[test]
    fn fingerprint_follows_registrations_only() {
        let a = registration_fingerprint(b"app.post('/x', login)\nlet y = 1;\n");
        assert_eq!(
            a,
            registration_fingerprint(b"app.post('/x', login)\nlet y = 2;\n")
        );
        assert_ne!(
            a,
            registration_fingerprint(b"app.get('/x', login)\nlet y = 1;\n")
        );
        assert_ne!(
            a,
            registration_fingerprint(b"app.post('/x', logout)\nlet y = 1;\n")
        );
    }

    #[test]
    fn words_and_strings() {
        assert_eq!(verb_word("PostMapping"), Some(Method::Post));
        assert_eq!(verb_word("HttpDelete"), Some(Method::Delete));
        assert_eq!(verb_word("http.MethodPatch"), Some(Method::Patch));
        assert_eq!(verb_word("request.post?"), Some(Method::Post));
        assert_eq!(verb_word("get_or_set"), None);
        assert_eq!(verb_word("posts"), None);
        assert_eq!(verb_string("/post"), None);
        assert_eq!(verb_string("POST /x"), Some(Method::Post));
    }
}
