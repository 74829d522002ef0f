; HTTP status codes in Rust: http/hyper, axum, actix-web, warp, rocket, poem, tide,
; tiny_http, reqwest/ureq clients, wiremock/mockito/httpmock, and tests.
; See README.md in this directory for captures and settings.
;
; "Status-like" names (fields, variables, methods) match
;   STRONG  (?i)^((http|resp|response|res|want|wanted|expect|expected|exp|got|actual|
;           return|returned|default|reply|result|upstream|backend|final|last|redirect|
;           retry|success|ok|err|error|mock|new|orig)_?)?(http_?)?(status|status_?code)$
;           or (?i)^http_?code$
;   WEAK    (?i)^((resp|response|res|want|wanted|expect|expected|exp|got|actual|return|
;           returned|reply|result|err|error)_?)?code$      -> confidence "weak"
; A status value is often read through `.as_u16()`: `resp.status().as_u16() == 404`.
;
; Macro arguments (assert_eq!, matches!, json!, attributes) are token trees: flat
; tokens with no expressions, so patterns there look at neighbouring tokens
; (`status` `(` `)` `,` `200`).

; ================================================ constructors and builders

; StatusCode::from_u16(404), http::StatusCode::from_u16(418).unwrap(),
; StatusCode::try_from(404u16), tiny_http StatusCode::from(404).
(call_expression
  function: (scoped_identifier
    path: [(identifier) @_t (scoped_identifier name: (identifier) @_t)]
    name: (identifier) @_f)
  arguments: (arguments . (_) @status)
  (#match? @_t "^(StatusCode|HttpStatus|HttpStatusCode)$")
  (#match? @_f "^(from_u16|try_from|from|new|from_code|from_u32|from_i32)$")
  (#set! role "argument")
  (#set! api "response"))

; rocket Status::new(404), Status::from_code(404). Not Status::from(200): FTP crates
; (suppaftp) convert their reply codes with it.
(call_expression
  function: (scoped_identifier
    path: [(identifier) @_t (scoped_identifier name: (identifier) @_t)]
    name: (identifier) @_f)
  arguments: (arguments . (_) @status)
  (#eq? @_t "Status")
  (#match? @_f "^(new|from_code)$")
  (#set! role "argument")
  (#set! api "response"))

; tiny_http StatusCode(404), poem/other newtypes StatusCode(500).
(call_expression
  function: [(identifier) @_t (scoped_identifier name: (identifier) @_t)]
  arguments: (arguments . (integer_literal) @status .)
  (#eq? @_t "StatusCode")
  (#set! role "argument")
  (#set! api "response"))

; Builders: http::Response::builder().status(404), hyper, actix
; HttpResponse::build(..).status(..), httpmock `then.status(200)`, mockito
; `.with_status(201)`, tide res.set_status(404), tiny_http .with_status_code(404),
; actix responder.customize().with_status(StatusCode::CREATED).
(call_expression
  function: (field_expression field: (field_identifier) @_m)
  arguments: (arguments . (_) @status .)
  (#match? @_m "^(status|with_status|set_status|status_code|with_status_code|set_status_code|respond_with_status)$")
  (#set! role "argument")
  (#set! api "response"))

; http/hyper/axum builders with a body: Response::builder().status(204).body(Body::from("x")),
; also with headers set in between (.status(204).header(k, v).body(x)). Empty bodies
; (Body::empty(), (), Full::new(Bytes::new()), String::new()) do not count.
(call_expression
  function: (field_expression
    value: [
      (call_expression
        function: (field_expression field: (field_identifier) @_m)
        arguments: (arguments . (_) @status .))
      (call_expression
        function: (field_expression
          value: (call_expression
            function: (field_expression field: (field_identifier) @_m)
            arguments: (arguments . (_) @status .))
          field: (field_identifier) @_h))
      (call_expression
        function: (field_expression
          value: (call_expression
            function: (field_expression
              value: (call_expression
                function: (field_expression field: (field_identifier) @_m)
                arguments: (arguments . (_) @status .))
              field: (field_identifier) @_h))
          field: (field_identifier) @_h))
    ]
    field: (field_identifier) @_b)
  arguments: (arguments . (_) @body .)
  (#eq? @_m "status")
  (#match? @_h "^(header|headers_mut|extension|version)$")
  (#eq? @_b "body")
  (#not-match? @body "(^|::)(empty|default)\\(\\)$|^((String|Vec|Bytes)::new\\(\\)|Empty(::<.*>)?::new\\(\\)|Full::new\\((Bytes|String|Vec)::new\\(\\)\\))$")
  (#set! role "argument")
  (#set! api "response"))

; actix HttpResponse::build(StatusCode::OK), HttpResponse::new(StatusCode::NO_CONTENT),
; HttpResponseBuilder::new(..), tide Response::new(404), tiny_http Response::empty(204),
; wiremock ResponseTemplate::new(404), warp::reply::with_status(reply, StatusCode::CREATED).
(call_expression
  function: (scoped_identifier
    path: [(identifier) @_t (scoped_identifier name: (identifier) @_t)]
    name: (identifier) @_f)
  arguments: (arguments . (_) @status)
  (#match? @_t "^(HttpResponse|HttpResponseBuilder|Response|ResponseBuilder|ResponseTemplate)$")
  (#match? @_f "^(build|new|empty|with_status|from_status)$")
  (#set! role "argument")
  (#set! api "response"))

; actix with a body: HttpResponse::build(StatusCode::NO_CONTENT).json(x), .body("x"),
; also with a header set in between (.insert_header(h).json(x)).
(call_expression
  function: (field_expression
    value: [
      (call_expression
        function: (scoped_identifier
          path: [(identifier) @_t (scoped_identifier name: (identifier) @_t)]
          name: (identifier) @_f)
        arguments: (arguments . (_) @status))
      (call_expression
        function: (field_expression
          value: (call_expression
            function: (scoped_identifier
              path: [(identifier) @_t (scoped_identifier name: (identifier) @_t)]
              name: (identifier) @_f)
            arguments: (arguments . (_) @status))
          field: (field_identifier) @_h))
    ]
    field: (field_identifier) @_b)
  arguments: (arguments . (_) @body)
  (#match? @_t "^(HttpResponse|HttpResponseBuilder)$")
  (#match? @_f "^(build|new)$")
  (#match? @_h "^(insert_header|append_header|content_type|cookie|extension_mut|keep_alive|no_chunking)$")
  (#match? @_b "^(json|body|streaming|message_body|set_body)$")
  (#set! role "argument")
  (#set! api "response"))

(call_expression
  function: [
    (identifier) @_f
    (scoped_identifier name: (identifier) @_f)
  ]
  arguments: (arguments . (_) . (_) @status .)
  (#eq? @_f "with_status")
  (#set! role "argument")
  (#set! api "response"))

; warp with a body: warp::reply::with_status(warp::reply::json(&x), StatusCode::NO_CONTENT);
; the empty warp::reply() does not count.
(call_expression
  function: [
    (identifier) @_f
    (scoped_identifier name: (identifier) @_f)
  ]
  arguments: (arguments . (_) @body . (_) @status .)
  (#eq? @_f "with_status")
  (#not-match? @body "(^|::)reply\\(\\)$")
  (#set! role "argument")
  (#set! api "response"))

; Redirects: actix/poem Redirect::to(url).using_status_code(StatusCode::FOUND),
; tiny_http / custom redirect(url, 301).
(call_expression
  function: [
    (identifier) @_f
    (field_expression field: (field_identifier) @_f)
    (scoped_identifier name: (identifier) @_f)
  ]
  arguments: (arguments (integer_literal) @status)
  (#match? @_f "^(redirect|redirect_with_status|using_status_code|with_redirect)$")
  (#set! role "argument")
  (#set! api "redirect"))

; actix Redirect::to(url).using_status_code(StatusCode::FOUND): a status constant.
(call_expression
  function: (field_expression field: (field_identifier) @_f)
  arguments: (arguments . (_) @status .)
  (#eq? @_f "using_status_code")
  (#set! role "argument")
  (#set! api "redirect"))

; ====================================================== errors

; tide::Error::from_str(404, "x"), Error::new(500, msg) on an HTTP error type,
; ApiError::new(404, "..."), HttpError::with_status(400), StatusError::new(..),
; rocket status::Custom(Status::new(422), ..) is covered above.
(call_expression
  function: (scoped_identifier
    path: [(identifier) @_t (scoped_identifier name: (identifier) @_t)]
    name: (identifier) @_f)
  arguments: (arguments . (_) @status)
  (#match? @_t "(Http|HTTP|Api|API|Status|Request|Response|Web|Server|Client|Service)(Error|Err|Exception)$")
  (#match? @_f "^(new|from_str|from_display|from_debug|with_status|with_code|from_status|status|from_u16)$")
  (#set! role "argument")
  (#set! api "error"))

; tide::Error::from_str(404, "x"), AppError::new(404, ..): a generic error type, so only
; in HTTP code and only for a literal.
(call_expression
  function: (scoped_identifier
    path: [(identifier) @_t (scoped_identifier name: (identifier) @_t)]
    name: (identifier) @_f)
  arguments: (arguments . (integer_literal) @status)
  (#match? @_t "(Error|Err)$")
  (#match? @_f "^(new|from_str|from_display|from_debug|with_status|with_code|from_status|status)$")
  (#set! role "argument")
  (#set! api "error")
  (#set! confidence "weak"))

; ====================================================== struct fields

; Response { status: 404, .. }, ApiError { status_code: 500, .. },
; Case { expected_status: 201, .. }, Mock { status: Some(404) }.
(field_initializer
  field: (field_identifier) @_k
  value: [
    (call_expression function: (identifier) @_some arguments: (arguments . (_) @status .))
    (_) @status
  ]
  (#eq? @_some "Some")
  (#match? @_k "(?i)^((http|resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|default|reply|result|upstream|backend|final|last|redirect|retry|success|ok|err|error|mock|new|orig)_?)?(http_?)?(status|status_?code)$|(?i)^http_?code$")
  (#set! role "argument")
  (#set! api "response"))

; ErrorBody { code: 404, message }, TestCase { expected_code: 200 }: only in HTTP code.
(field_initializer
  field: (field_identifier) @_k
  value: (integer_literal) @status
  (#match? @_k "(?i)^((resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|reply|result|err|error)_?)?code$")
  (#set! role "argument")
  (#set! api "response")
  (#set! confidence "weak"))

; Lists of statuses in a field (arrays):
; RetryPolicy { statuses: [429, 503] }, Config { ok_statuses: &[200, 204] }.
(field_initializer
  field: (field_identifier) @_k
  value: [
    (array_expression) @status
    (reference_expression value: (array_expression) @status)
  ]
  (#match? @_k "(?i)(status|statuses|status_?codes)$")
  (#set! role "comparison")
  (#set! api "client"))

; ====================================================== assignments

; res.status = 404, self.status_code = 500, response.status = 200.
(assignment_expression
  left: (field_expression field: (field_identifier) @_p)
  right: (_) @status
  (#match? @_p "(?i)^((http|resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|default|reply|result|upstream|backend|final|last|redirect|retry|success|ok|err|error|mock|new|orig)_?)?(http_?)?(status|status_?code)$|(?i)^http_?code$")
  (#set! role "assignment")
  (#set! api "response"))

; status = 404; let status = 404; let status_code: u16 = 500; let expected_status = 201;
; let mut status = StatusCode::OK.
([
    (assignment_expression
      left: (identifier) @_p
      right: (_) @status)
    (let_declaration
      pattern: (identifier) @_p
      value: (_) @status)
 ]
  (#match? @_p "(?i)^((http|resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|default|reply|result|upstream|backend|final|last|redirect|retry|success|ok|err|error|mock|new|orig)_?)?(http_?)?(status|status_?code)$|(?i)^http_?code$")
  (#set! role "assignment")
  (#set! api "other"))

; let status = match err { NotFound => 404, _ => 500 };
(let_declaration
  pattern: (identifier) @_p
  value: (match_expression body: (match_block (match_arm value: (_) @status)))
  (#match? @_p "(?i)^((http|resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|default|reply|result|upstream|backend|final|last|redirect|retry|success|ok|err|error|mock|new|orig)_?)?(http_?)?(status|status_?code)$|(?i)^http_?code$")
  (#set! role "assignment")
  (#set! api "other"))

; let code = 404; err.code = 500; let expected_code = 200: only in HTTP code.
([
    (assignment_expression
      left: [(identifier) @_p (field_expression field: (field_identifier) @_p)]
      right: (integer_literal) @status)
    (let_declaration
      pattern: (identifier) @_p
      value: (integer_literal) @status)
 ]
  (#match? @_p "(?i)^((resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|reply|result|err|error)_?)?code$")
  (#set! role "assignment")
  (#set! api "other")
  (#set! confidence "weak"))

; let retryable_statuses = [429, 502, 503]; const OK_STATUSES: &[u16] = &[200, 204];
([
    (let_declaration
      pattern: (identifier) @_p
      value: [
        (array_expression) @status
        (reference_expression value: (array_expression) @status)
        (macro_invocation macro: (identifier) @_vec (token_tree) @status)
      ])
    (const_item
      name: (identifier) @_p
      value: [
        (array_expression) @status
        (reference_expression value: (array_expression) @status)
      ])
    (static_item
      name: (identifier) @_p
      value: [
        (array_expression) @status
        (reference_expression value: (array_expression) @status)
      ])
 ]
  (#match? @_p "(?i)(status|statuses|status_?codes)$")
  (#match? @_vec "^vec$")
  (#set! role "comparison")
  (#set! api "client"))

; ====================================================== comparisons

; resp.status() == 404, res.status == 200, status != 500, resp.status().as_u16() == 404,
; status.as_u16() != 200, 200 == resp.status(), err.status() == Some(404).
(binary_expression
  left: [
    (identifier) @_p
    (field_expression field: (field_identifier) @_p)
    (call_expression function: (field_expression field: (field_identifier) @_p))
    (call_expression function: (field_expression
      value: [
        (identifier) @_p
        (field_expression field: (field_identifier) @_p)
        (call_expression function: (field_expression field: (field_identifier) @_p))
      ]
      field: (field_identifier) @_as))
    (field_expression
      value: (call_expression function: (field_expression field: (field_identifier) @_p))
      field: (field_identifier) @_as)
  ]
  operator: ["==" "!="]
  right: [
    (call_expression function: (identifier) @_some arguments: (arguments . (_) @status .))
    (_) @status
  ]
  (#match? @_p "(?i)^((http|resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|default|reply|result|upstream|backend|final|last|redirect|retry|success|ok|err|error|mock|new|orig)_?)?(http_?)?(status|status_?code)$|(?i)^http_?code$")
  (#match? @_as "^(as_u16|as_u32|as_i32|as_usize|into|get|unwrap|clone|to_owned|code)$")
  (#eq? @_some "Some")
  (#set! role "comparison")
  (#set! api "client"))

(binary_expression
  left: (_) @status
  operator: ["==" "!="]
  right: [
    (identifier) @_p
    (field_expression field: (field_identifier) @_p)
    (call_expression function: (field_expression field: (field_identifier) @_p))
    (call_expression function: (field_expression
      value: [
        (identifier) @_p
        (field_expression field: (field_identifier) @_p)
        (call_expression function: (field_expression field: (field_identifier) @_p))
      ]
      field: (field_identifier) @_as))
    (field_expression
      value: (call_expression function: (field_expression field: (field_identifier) @_p))
      field: (field_identifier) @_as)
  ]
  (#match? @_p "(?i)^((http|resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|default|reply|result|upstream|backend|final|last|redirect|retry|success|ok|err|error|mock|new|orig)_?)?(http_?)?(status|status_?code)$|(?i)^http_?code$")
  (#match? @_as "^(as_u16|as_u32|as_i32|as_usize|into|get|unwrap|clone|to_owned|code)$")
  (#set! role "comparison")
  (#set! api "client"))

; code == 404, err.code() != 500, resp.code == 200: only in HTTP code (lettre's SMTP
; replies have codes too).
(binary_expression
  left: [
    (identifier) @_p
    (field_expression field: (field_identifier) @_p)
    (call_expression function: (field_expression field: (field_identifier) @_p))
  ]
  operator: ["==" "!="]
  right: (integer_literal) @status
  (#match? @_p "(?i)^((resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|reply|result|err|error)_?)?code$")
  (#set! role "comparison")
  (#set! api "client")
  (#set! confidence "weak"))

; Range checks: status >= 500, resp.status().as_u16() < 300, 400 <= status_code.
(binary_expression
  left: [
    (identifier) @_p
    (field_expression field: (field_identifier) @_p)
    (call_expression function: (field_expression field: (field_identifier) @_p))
    (call_expression function: (field_expression
      value: [
        (identifier) @_p
        (field_expression field: (field_identifier) @_p)
        (call_expression function: (field_expression field: (field_identifier) @_p))
      ]
      field: (field_identifier) @_as))
    (field_expression
      value: (call_expression function: (field_expression field: (field_identifier) @_p))
      field: (field_identifier) @_as)
  ]
  operator: ["<" "<=" ">" ">="]
  right: (_) @status
  (#match? @_p "(?i)^((http|resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|default|reply|result|upstream|backend|final|last|redirect|retry|success|ok|err|error|mock|new|orig)_?)?(http_?)?(status|status_?code)$|(?i)^http_?code$")
  (#match? @_as "^(as_u16|as_u32|as_i32|as_usize|into|get|unwrap|clone|to_owned|code)$")
  (#set! role "bound")
  (#set! api "client"))

(binary_expression
  left: (_) @status
  operator: ["<" "<=" ">" ">="]
  right: [
    (identifier) @_p
    (field_expression field: (field_identifier) @_p)
    (call_expression function: (field_expression field: (field_identifier) @_p))
    (call_expression function: (field_expression
      value: [
        (identifier) @_p
        (field_expression field: (field_identifier) @_p)
        (call_expression function: (field_expression field: (field_identifier) @_p))
      ]
      field: (field_identifier) @_as))
    (field_expression
      value: (call_expression function: (field_expression field: (field_identifier) @_p))
      field: (field_identifier) @_as)
  ]
  (#match? @_p "(?i)^((http|resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|default|reply|result|upstream|backend|final|last|redirect|retry|success|ok|err|error|mock|new|orig)_?)?(http_?)?(status|status_?code)$|(?i)^http_?code$")
  (#match? @_as "^(as_u16|as_u32|as_i32|as_usize|into|get|unwrap|clone|to_owned|code)$")
  (#set! role "bound")
  (#set! api "client"))

(binary_expression
  left: [
    (identifier) @_p
    (field_expression field: (field_identifier) @_p)
    (call_expression function: (field_expression field: (field_identifier) @_p))
  ]
  operator: ["<" "<=" ">" ">="]
  right: (integer_literal) @status
  (#match? @_p "(?i)^((resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|reply|result|err|error)_?)?code$")
  (#set! role "bound")
  (#set! api "client")
  (#set! confidence "weak"))

; (200..300).contains(&status), (200..=299).contains(&resp.status().as_u16()),
; !(400..500).contains(&code).
(call_expression
  function: (field_expression
    value: (parenthesized_expression (range_expression (integer_literal) @status))
    field: (field_identifier) @_m)
  arguments: (arguments . (reference_expression value: [
    (identifier) @_p
    (field_expression field: (field_identifier) @_p)
    (call_expression function: (field_expression field: (field_identifier) @_p))
    (call_expression function: (field_expression
      value: [
        (identifier) @_p
        (field_expression field: (field_identifier) @_p)
        (call_expression function: (field_expression field: (field_identifier) @_p))
      ]))
  ]))
  (#eq? @_m "contains")
  (#match? @_p "(?i)(status|status_?code|^code|^http_?code)$")
  (#set! role "bound")
  (#set! api "client"))

; Status classes on anything: (200..300).contains(&self.0.get()) in http's StatusCode,
; (500..600).contains(&n): both ends whole hundreds. Only in HTTP code.
(call_expression
  function: (field_expression
    value: (parenthesized_expression (range_expression
      . (integer_literal) @status
      . (integer_literal) @_hi .))
    field: (field_identifier) @_m)
  (#eq? @_m "contains")
  (#match? @status "^[1-5]00$")
  (#match? @_hi "^([2-6]00|[1-5]99)$")
  (#set! role "bound")
  (#set! api "other")
  (#set! confidence "weak"))

(call_expression
  function: (field_expression
    value: (parenthesized_expression (range_expression
      . (integer_literal) @_lo
      . (integer_literal) @status .))
    field: (field_identifier) @_m)
  (#eq? @_m "contains")
  (#match? @_lo "^[1-5]00$")
  (#match? @status "^([2-6]00|[1-5]99)$")
  (#set! role "bound")
  (#set! api "other")
  (#set! confidence "weak"))

; [301, 302, 307].contains(&status), [429, 503].contains(&resp.status().as_u16()).
(call_expression
  function: (field_expression
    value: [(array_expression) @status (reference_expression value: (array_expression) @status)]
    field: (field_identifier) @_m)
  arguments: (arguments . (reference_expression value: [
    (identifier) @_p
    (field_expression field: (field_identifier) @_p)
    (call_expression function: (field_expression field: (field_identifier) @_p))
    (call_expression function: (field_expression
      value: [
        (identifier) @_p
        (field_expression field: (field_identifier) @_p)
        (call_expression function: (field_expression field: (field_identifier) @_p))
      ]))
  ]))
  (#eq? @_m "contains")
  (#match? @_p "(?i)(status|status_?code|^code|^http_?code)$")
  (#set! role "comparison")
  (#set! api "client"))

; ====================================================== match

; match resp.status().as_u16() { 200..=299 => .., 404 | 410 => .., 500 => .. },
; match status { StatusCode::OK => .., StatusCode::NOT_FOUND => .. }.
(match_expression
  value: [
    (identifier) @_p
    (field_expression field: (field_identifier) @_p)
    (call_expression function: (field_expression field: (field_identifier) @_p))
    (call_expression function: (field_expression
      value: [
        (identifier) @_p
        (field_expression field: (field_identifier) @_p)
        (call_expression function: (field_expression field: (field_identifier) @_p))
      ]
      field: (field_identifier) @_as))
    (unary_expression [
      (identifier) @_p
      (field_expression field: (field_identifier) @_p)
    ])
  ]
  body: (match_block (match_arm pattern: (match_pattern [
    (integer_literal) @status
    (scoped_identifier) @status
    (or_pattern [(integer_literal) (scoped_identifier)] @status)
    (or_pattern (or_pattern [(integer_literal) (scoped_identifier)] @status))
    (or_pattern (or_pattern (or_pattern [(integer_literal) (scoped_identifier)] @status)))
    (or_pattern (or_pattern (or_pattern (or_pattern [(integer_literal) (scoped_identifier)] @status))))
  ])))
  (#match? @_p "(?i)^((http|resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|default|reply|result|upstream|backend|final|last|redirect|retry|success|ok|err|error|mock|new|orig)_?)?(http_?)?(status|status_?code)$|(?i)^http_?code$")
  (#match? @_as "^(as_u16|as_u32|as_i32|as_usize|into|get|unwrap|clone|to_owned|code)$")
  (#set! role "case")
  (#set! api "client"))

(match_expression
  value: [
    (identifier) @_p
    (field_expression field: (field_identifier) @_p)
    (call_expression function: (field_expression field: (field_identifier) @_p))
    (call_expression function: (field_expression
      value: [
        (identifier) @_p
        (field_expression field: (field_identifier) @_p)
        (call_expression function: (field_expression field: (field_identifier) @_p))
      ]
      field: (field_identifier) @_as))
    (unary_expression [
      (identifier) @_p
      (field_expression field: (field_identifier) @_p)
    ])
  ]
  body: (match_block (match_arm pattern: (match_pattern [
    (range_pattern (integer_literal) @status)
    (or_pattern (range_pattern (integer_literal) @status))
    (or_pattern (or_pattern (range_pattern (integer_literal) @status)))
  ])))
  (#match? @_p "(?i)^((http|resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|default|reply|result|upstream|backend|final|last|redirect|retry|success|ok|err|error|mock|new|orig)_?)?(http_?)?(status|status_?code)$|(?i)^http_?code$")
  (#match? @_as "^(as_u16|as_u32|as_i32|as_usize|into|get|unwrap|clone|to_owned|code)$")
  (#set! role "bound")
  (#set! api "client"))

; Not `match code { 200 => .. }`: FTP crates map their reply codes that way
; (suppaftp: `match code { 200 => Self::CommandOk, .. }`).

; ========================================================== returns

; A function named for a status returns one:
;   fn status_code(&self) -> StatusCode { match self { Self::NotFound => StatusCode::NOT_FOUND, .. } }
;   fn status(&self) -> u16 { match self.kind { Kind::Missing => 404, _ => 500 } }
;   fn http_status(&self) -> u16 { 503 }
;   fn error_status(e: &Error) -> Option<u16> { if .. { return Some(401); } .. }
; Only in HTTP code: a mail server's `fn status(&self) -> u16 { 250 }` is not HTTP.
(function_item
  name: (identifier) @_n
  body: (block [
    (expression_statement (match_expression body: (match_block (match_arm value: (_) @status))))
    (match_expression body: (match_block (match_arm value: (_) @status)))
    (integer_literal) @status
    (scoped_identifier) @status
    (expression_statement (return_expression (_) @status))
    (expression_statement (if_expression consequence: (block (expression_statement (return_expression (_) @status)))))
    (expression_statement (return_expression (call_expression function: (identifier) @_some arguments: (arguments . (_) @status .))))
    (expression_statement (if_expression consequence: (block (expression_statement (return_expression (call_expression function: (identifier) @_some arguments: (arguments . (_) @status .)))))))
  ])
  (#eq? @_some "Some")
  (#match? @_n "(?i)(status|^(http|response|resp|error|err)_?code$)")
  (#set! role "return")
  (#set! api "other")
  (#set! confidence "weak"))

; ============================================================= macros

; Attributes: rocket #[catch(404)], #[response(status = 404)], poem-openapi
; #[oai(status = 200)], utoipa responses((status = 200, description = "..")).
(attribute
  (identifier) @_a
  arguments: (token_tree . (integer_literal) @status)
  (#eq? @_a "catch")
  (#set! role "annotation")
  (#set! api "route"))

(attribute
  arguments: [
    (token_tree (identifier) @_k . "=" . (integer_literal) @status)
    (token_tree (token_tree (identifier) @_k . "=" . (integer_literal) @status))
    (token_tree (token_tree (token_tree (identifier) @_k . "=" . (integer_literal) @status)))
  ]
  (#match? @_k "^(status|status_code|code)$")
  (#set! role "annotation")
  (#set! api "route"))

; assert_eq!(resp.status(), 200), assert_eq!(res.status().as_u16(), 404),
; assert_eq!(response.status, Some(404)),
; assert_eq!(resp.status(), StatusCode::OK) (the first identifier of the path is
; captured: the scanner has to read `StatusCode::OK` on from it, see the @constant
; pattern for token trees at the end),
; assert_ne!(status, 500), assert!(resp.status() == 201), assert_eq!(200, resp.status()),
; matches!(status, 301 | 302), prop_assert_eq!(status_code, 404).
(macro_invocation
  macro: (identifier) @_mac
  (token_tree [
    ((identifier) @_p . ["," "==" "!="] . (integer_literal) @status)
    ((identifier) @_p . (token_tree) . ["," "==" "!="] . (integer_literal) @status)
    ((identifier) @_p . (token_tree) . "." . (identifier) @_as . (token_tree) . ["," "==" "!="] . (integer_literal) @status)
    ((identifier) @_p . (token_tree) . "." . (identifier) @_as . ["," "==" "!="] . (integer_literal) @status)
    ((integer_literal) @status . ["," "==" "!="] . (identifier) @_p)
    ((identifier) @_p . ["," "==" "!="] . (identifier) @_some . (token_tree . (integer_literal) @status .))
    ((identifier) @_p . (token_tree) . ["," "==" "!="] . (identifier) @status . "::" . (identifier))
    ((identifier) @_p . (token_tree) . "." . (identifier) @_as . (token_tree) . ["," "==" "!="] . (identifier) @status . "::" . (identifier))
    ((identifier) @_p . ["," "==" "!="] . (identifier) @status . "::" . (identifier))
    ((identifier) @_p . (token_tree) . ["," "==" "!="] . (identifier) @_some . (token_tree . (integer_literal) @status .))
    ((integer_literal) @status . ["," "==" "!="] . (identifier) . "." . (identifier) @_p)
    ((integer_literal) @status . ["," "==" "!="] . (identifier) . "." . (identifier) . "." . (identifier) @_p)
  ])
  (#match? @_mac "^(assert|assert_eq|assert_ne|debug_assert|debug_assert_eq|debug_assert_ne|prop_assert|prop_assert_eq|prop_assert_ne|pretty_assert_eq|check|expect)$")
  (#eq? @_some "Some")
  (#match? @_p "(?i)^((http|resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|default|reply|result|upstream|backend|final|last|redirect|retry|success|ok|err|error|mock|new|orig)_?)?(http_?)?(status|status_?code)$|(?i)^http_?code$")
  (#match? @_as "^(as_u16|as_u32|as_i32|as_usize|into|get|unwrap|clone|to_owned|code)$")
  (#set! role "comparison")
  (#set! api "test"))

; matches!(status, 301 | 302 | 307), matches!(resp.status().as_u16(), 200..=299),
; also nested in another macro: assert!(matches!(status.as_u16(), 404 | 410)).
; The status is the first or second token (`status`, `resp.status()`): anchoring it
; keeps the pattern linear in big token trees such as vec![...].
([
  (macro_invocation
    macro: (identifier) @_mac
    (token_tree . (identifier) @_p (integer_literal) @status))
  (macro_invocation
    macro: (identifier) @_mac
    (token_tree . (identifier) . (identifier) @_p (integer_literal) @status))
  (token_tree
    (identifier) @_mac
    .
    "!"
    .
    (token_tree . (identifier) @_p (integer_literal) @status))
  (token_tree
    (identifier) @_mac
    .
    "!"
    .
    (token_tree . (identifier) . (identifier) @_p (integer_literal) @status))
 ]
  (#eq? @_mac "matches")
  (#match? @_p "(?i)(status|status_?code)$")
  (#set! role "case")
  (#set! api "client"))

; StatusCode::from_u16(308) inside a macro: assert_eq!(res.status(), StatusCode::from_u16(308).unwrap()).
(token_tree
  (identifier) @_t
  .
  "::"
  .
  (identifier) @_f
  .
  (token_tree . (integer_literal) @status .)
  (#match? @_t "^(StatusCode|Status)$")
  (#match? @_f "^(from_u16|try_from|new|from_code)$")
  (#set! role "argument")
  (#set! api "response"))

; Struct literals inside macros: assert_eq!(events, [Event { status: 500, .. }]),
; vec![Case { expected_status: 404 }].
([
  (token_tree (identifier) @_k . ":" . (integer_literal) @status)
  (token_tree (identifier) @_k . ":" . (identifier) @_some . (token_tree . (integer_literal) @status .))
 ]
  (#eq? @_some "Some")
  (#match? @_k "(?i)^((http|resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|default|reply|result|upstream|backend|final|last|redirect|retry|success|ok|err|error|mock|new|orig)_?)?(http_?)?(status|status_?code)$|(?i)^http_?code$")
  (#set! role "argument")
  (#set! api "response"))

; json!({"status": 404, "code": 500}) bodies and mocks, serde_json::json!.
(token_tree
  (string_literal) @_k
  .
  ":"
  .
  (integer_literal) @status
  (#match? @_k "(?i)^\"(status|status_?code|http_?status|http_?status_?code|http_?code)\"$")
  (#set! role "argument")
  (#set! api "response"))

(token_tree
  (string_literal) @_k
  .
  ":"
  .
  (integer_literal) @status
  (#match? @_k "(?i)^\"(code|error_?code)\"$")
  (#set! role "argument")
  (#set! api "response")
  (#set! confidence "weak"))

; ========================================================== tables

; http's own table: status_codes! { (404, NOT_FOUND, "Not Found"); .. },
; rocket's ctrs! { 404, "404", NotFound => "Not Found", .. }.
([
  (token_tree (integer_literal) @status . "," . (identifier) @name)
  (token_tree (integer_literal) @status . "," . (string_literal) . "," . (identifier) @name)
 ]
  (#set! role "table")
  (#set! api "definition")
  (#set! check "name"))

; const NOT_FOUND: u16 = 404; pub const HTTP_OK: u16 = 200; static STATUS_TEAPOT: u16 = 418;
; enum Status { Ok = 200, NotFound = 404 }. Only when the name spells the code
; (an FTP enum's CommandOk = 200 does not).
([
    (const_item name: (identifier) @name value: (integer_literal) @status)
    (static_item name: (identifier) @name value: (integer_literal) @status)
    (enum_variant name: (identifier) @name value: (integer_literal) @status)
 ]
  (#set! role "table")
  (#set! api "definition")
  (#set! check "name"))

; const STATUS_CLIENT_CLOSED: u16 = 499; const HTTP_STATUS_TOO_MANY: u16 = 429:
; the name says it is an HTTP status.
([
    (const_item name: (identifier) @_n value: (integer_literal) @status)
    (static_item name: (identifier) @_n value: (integer_literal) @status)
 ]
  (#match? @_n "^(HTTP_)?STATUS_(CODE_)?[A-Z0-9]|^HTTP_(STATUS_)?[0-9]|^HTTP_STATUS_")
  (#set! role "table")
  (#set! api "definition"))

; fn reason(code: u16) -> &str { match code { 404 => "Not Found", .. } },
; [(404, "Not Found"), ..], map.insert(404, "Not Found").
([
    (match_arm
      pattern: (match_pattern (integer_literal) @status)
      value: (string_literal) @phrase)
    (tuple_expression
      . (integer_literal) @status
      . (string_literal) @phrase)
    (arguments
      . (integer_literal) @status
      . (string_literal) @phrase .)
 ]
  (#set! role "table")
  (#set! api "definition")
  (#set! check "phrase"))

; axum with a body: a handler's tuple (StatusCode::NO_CONTENT, Json(x)),
; (StatusCode::NO_CONTENT, headers, "x"): the body is the last element, returned
; (tail expression, return, match arm, closure, Ok(..)/Err(..), .into_response()).
; Header parts as the last element ([(ETAG, v)], HeaderMap, AppendHeaders, a
; cookie jar) and a second StatusCode are not a body. A returned tuple is the
; response, so its status is sent.
([
  (block
    (tuple_expression . (scoped_identifier) @status (_) @body .))
  (return_expression
    (tuple_expression . (scoped_identifier) @status (_) @body .))
  (match_arm
    value: (tuple_expression . (scoped_identifier) @status (_) @body .))
  (closure_expression
    body: (tuple_expression . (scoped_identifier) @status (_) @body .))
  (call_expression
    function: (identifier) @_w
    arguments: (arguments . (tuple_expression . (scoped_identifier) @status (_) @body .) .))
  (field_expression
    value: (tuple_expression . (scoped_identifier) @status (_) @body .)
    field: (field_identifier) @_i)
 ]
  (#match? @status "StatusCode::[A-Z]")
  (#match? @_w "^(Ok|Err)$")
  (#eq? @_i "into_response")
  (#not-match? @body "^&?\\[|^(?i:[a-z_:]*(header|cookie|jar|extension)[a-z_]*)(\\(|::|<|$)|StatusCode::[A-Z]")
  (#set! role "return")
  (#set! api "response"))

; ======================================================== constants

; StatusCode::NOT_FOUND, http::StatusCode::OK, reqwest::StatusCode::BAD_REQUEST,
; actix_web::http::StatusCode::CREATED anywhere (arguments, tuples, match arms).
((scoped_identifier) @constant
  (#match? @constant "StatusCode::[A-Z]"))

; The same path inside a macro: assert_eq!(resp.status(), StatusCode::OK),
; matches!(status, StatusCode::OK | StatusCode::CREATED).
; A token tree has no node for the whole path, only `StatusCode` `::` `OK`; this
; captures the first identifier and needs the scanner to read the path on from it
; (see the report on literal.rs / scan.rs). Until then it finds nothing.
((token_tree
  (identifier) @constant
  .
  "::"
  .
  (identifier) @_c)
  (#eq? @constant "StatusCode")
  (#match? @_c "^[A-Z][A-Z0-9_]+$"))
