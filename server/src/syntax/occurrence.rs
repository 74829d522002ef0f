//! What the scanner reports.

use std::ops::Range;

use super::Language;
use super::handler::Method;

/// One status code found in source text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occurrence {
    /// Byte range of the literal or constant in the text.
    pub range: Range<usize>,
    pub code: u16,
    pub language: Language,
    pub form: Form,
    pub role: Role,
    pub api: Api,
    /// For a 3xx sent as a redirect or response status: the HTTP method of
    /// the handler it is in, when the code around says (`app.post(...)`,
    /// `@PostMapping`, `if request.method == "POST":`). `None` otherwise.
    pub method: Option<Method>,
    /// Whether the same call or return also sends a non-empty body
    /// (`res.status(204).json(x)`, `c.JSON(204, obj)`, `return "x", 204`).
    pub body: bool,
}

/// How the code is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Form {
    /// An integer literal: `404`.
    Literal,
    /// A library constant: `http.StatusNotFound`, `HttpStatus.NOT_FOUND`.
    Constant,
    /// A Rails/Rack symbol: `:not_found`.
    Symbol,
}

/// The syntactic place the code sits in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// A call argument, keyword argument or option: `res.status(404)`, `status_code=404`, `{ status: 404 }`.
    Argument,
    /// Assigned or defaulted: `ctx.status = 404`, `def redirect(url, code=302)`.
    Assignment,
    /// Compared with a status: `resp.status_code == 200`, `status in (301, 302)`.
    Comparison,
    /// A range bound: `status >= 400`, `500 <= code < 600`, `200..=299`. Rules leave these alone.
    Bound,
    /// Defines a code: `StatusOK = 200`, `{404: "Not Found"}`, `status: 400 | 404`. Rules leave these alone.
    Table,
    /// A `case`/`match`/`when` arm over a status.
    Case,
    /// Part of a returned response: `return body, 404`, `[404, headers, body]`.
    Return,
    /// An annotation, attribute or decorator: `@ResponseStatus(…)`, `[ProducesResponseType(404)]`.
    Annotation,
    /// A named constant outside any of the places above.
    Constant,
}

/// What the status meets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Api {
    /// Sets the status of a response being built: `res.status`, `WriteHeader`, `HttpResponse(status=…)`.
    Response,
    /// A redirect helper: `res.redirect`, `http.Redirect`, `redirect_to`, `RedirectResponse`.
    Redirect,
    /// An error or abort helper: `abort`, `http.Error`, `HTTPException`, `ctx.throw`.
    Error,
    /// Reads a status a client received: `resp.status_code == 200`.
    Client,
    /// A test assertion about a status.
    Test,
    /// A route or handler declaration: `@app.post(…, status_code=201)`, `responses={404: …}`.
    Route,
    /// A definition in a status table.
    Definition,
    /// A status-shaped place with no more specific API.
    Other,
}

impl Role {
    pub fn parse(s: &str) -> Option<Role> {
        Some(match s {
            "argument" => Role::Argument,
            "assignment" => Role::Assignment,
            "comparison" => Role::Comparison,
            "bound" => Role::Bound,
            "table" => Role::Table,
            "case" => Role::Case,
            "return" => Role::Return,
            "annotation" => Role::Annotation,
            "constant" => Role::Constant,
            _ => return None,
        })
    }

    pub const fn name(self) -> &'static str {
        match self {
            Role::Argument => "argument",
            Role::Assignment => "assignment",
            Role::Comparison => "comparison",
            Role::Bound => "bound",
            Role::Table => "table",
            Role::Case => "case",
            Role::Return => "return",
            Role::Annotation => "annotation",
            Role::Constant => "constant",
        }
    }
}

impl Api {
    pub fn parse(s: &str) -> Option<Api> {
        Some(match s {
            "response" => Api::Response,
            "redirect" => Api::Redirect,
            "error" => Api::Error,
            "client" => Api::Client,
            "test" => Api::Test,
            "route" => Api::Route,
            "definition" => Api::Definition,
            "other" => Api::Other,
            _ => return None,
        })
    }

    pub const fn name(self) -> &'static str {
        match self {
            Api::Response => "response",
            Api::Redirect => "redirect",
            Api::Error => "error",
            Api::Client => "client",
            Api::Test => "test",
            Api::Route => "route",
            Api::Definition => "definition",
            Api::Other => "other",
        }
    }
}

impl Form {
    pub const fn name(self) -> &'static str {
        match self {
            Form::Literal => "literal",
            Form::Constant => "constant",
            Form::Symbol => "symbol",
        }
    }
}
