; HTTP status codes in JavaScript (also loaded for TypeScript and TSX).
;
; Each pattern marks a slot with @status and says what it is:
;   role: argument | assignment | comparison | bound | table | case | return | annotation
;   api:  response | redirect | error | client | test | route | definition | other
;   confidence "weak": only counts in a file about HTTP, outside SMTP/FTP code.
;   check "name" / "phrase": a table entry counts only when @name or @phrase
;   spells the code's reason phrase.
; Captures starting with an underscore only feed predicates.
; A name is "status-like" when it matches
;   (?i)^(status|statuscode|status_code|httpstatus|httpstatuscode|http_status|httpcode|http_code|responsestatus|expectedstatus)$

; ---------------------------------------------------------------- calls

; Express, Koa, Fastify, hapi, Node: res.status(404), res.sendStatus(204),
; res.writeHead(200, headers), reply.status(201).
(call_expression
  function: (member_expression property: (property_identifier) @_m)
  arguments: (arguments . (_) @status)
  (#match? @_m "^(status|sendStatus|writeHead|setStatus)$")
  (#set! role "argument")
  (#set! api "response"))

; Express, Fastify, Node with a body: res.status(204).json(x), .send(x),
; .jsonp(x), .end(data), .render(view); res.writeHead(204).end(data).
(call_expression
  function: (member_expression
    object: (call_expression
      function: (member_expression property: (property_identifier) @_m)
      arguments: (arguments . (_) @status))
    property: (property_identifier) @_b)
  arguments: (arguments . (_) @body)
  (#match? @_m "^(status|writeHead|setStatus)$")
  (#match? @_b "^(json|jsonp|send|end|render|sendFile|download|write)$")
  (#set! role "argument")
  (#set! api "response"))

; The same with a header set in between: res.status(204).set(k, v).send(x).
(call_expression
  function: (member_expression
    object: (call_expression
      function: (member_expression
        object: (call_expression
          function: (member_expression property: (property_identifier) @_m)
          arguments: (arguments . (_) @status))
        property: (property_identifier) @_h))
    property: (property_identifier) @_b)
  arguments: (arguments . (_) @body)
  (#match? @_m "^(status|writeHead|setStatus)$")
  (#match? @_h "^(set|header|headers|setHeader|type|contentType|cookie|clearCookie|append|vary|location|links|attachment)$")
  (#match? @_b "^(json|jsonp|send|end|render|sendFile|download|write)$")
  (#set! role "argument")
  (#set! api "response"))

; Fastify reply.code(404), hapi h.response(x).code(201): `code` is a common
; method name, so only in HTTP code.
(call_expression
  function: (member_expression property: (property_identifier) @_m)
  arguments: (arguments . (_) @status)
  (#eq? @_m "code")
  (#set! role "argument")
  (#set! api "response")
  (#set! confidence "weak"))

; Fastify and hapi with a body: reply.code(204).send(x).
(call_expression
  function: (member_expression
    object: (call_expression
      function: (member_expression property: (property_identifier) @_m)
      arguments: (arguments . (_) @status))
    property: (property_identifier) @_b)
  arguments: (arguments . (_) @body)
  (#eq? @_m "code")
  (#match? @_b "^(send|json)$")
  (#set! role "argument")
  (#set! api "response")
  (#set! confidence "weak"))

; Redirects take the status first (Express res.redirect(301, url)) or last
; (Fastify 5 reply.redirect(url, 301), Response.redirect(url, 308),
; NextResponse.redirect(url, 307)): any numeric argument is the status.
(call_expression
  function: [
    (member_expression property: (property_identifier) @_m)
    (identifier) @_m
  ]
  arguments: (arguments (_) @status)
  (#match? @_m "^(redirect|permanentRedirect)$")
  (#set! role "argument")
  (#set! api "redirect"))

; Koa ctx.throw(404), http-errors createError(404), hono/Nest exceptions.
(call_expression
  function: [
    (member_expression property: (property_identifier) @_m)
    (identifier) @_m
  ]
  arguments: (arguments . (_) @status)
  (#match? @_m "^(throw|createError|createHttpError|httpError|HttpError|HTTPError)$")
  (#set! role "argument")
  (#set! api "error"))

; Koa ctx.assert(user, 401, 'login first').
(call_expression
  function: (member_expression
    object: (identifier) @_o
    property: (property_identifier) @_m)
  arguments: (arguments . (_) . (_) @status)
  (#eq? @_m "assert")
  (#match? @_o "^(ctx|context)$")
  (#set! role "argument")
  (#set! api "error"))

; SvelteKit error(404, 'Not found') and similar bare helpers.
(call_expression
  function: (identifier) @_m
  arguments: (arguments . (number) @status)
  (#match? @_m "^(error|abort|fail)$")
  (#set! role "argument")
  (#set! api "error")
  (#set! confidence "weak"))

; new HttpError(404), new HTTPException(404), new HttpException('msg', 404).
(new_expression
  constructor: (identifier) @_c
  arguments: (arguments (_) @status)
  (#match? @_c "^(HttpError|HTTPError|HttpException|HTTPException|ResponseError|StatusError)$")
  (#set! role "argument")
  (#set! api "error"))

; ------------------------------------------------------ options and keys

; { status: 404 } in new Response(body, init), Response.json(x, init),
; NextResponse.json(x, { status }), error objects, fetch mocks.
(pair
  key: [(property_identifier) (string)] @_k
  value: (_) @status
  (#match? @_k "^[\"']?(status|statusCode|status_code|httpStatus|httpStatusCode|http_status)[\"']?$")
  (#set! role "argument")
  (#set! api "response"))

; Fetch API with a body: new Response(body, { status: 204 }),
; new NextResponse(body, { status }), Response.json(x, { status: 204 }),
; NextResponse.json(x, { status: 204 }).
(new_expression
  constructor: (identifier) @_c
  arguments: (arguments . (_) @body . (object (pair
    key: [(property_identifier) (string)] @_k
    value: (_) @status)))
  (#match? @_c "^(Response|NextResponse)$")
  (#match? @_k "^[\"']?status[\"']?$")
  (#set! role "argument")
  (#set! api "response"))

(call_expression
  function: (member_expression
    object: (identifier) @_c
    property: (property_identifier) @_m)
  arguments: (arguments . (_) @body . (object (pair
    key: [(property_identifier) (string)] @_k
    value: (_) @status)))
  (#match? @_c "^(Response|NextResponse)$")
  (#eq? @_m "json")
  (#match? @_k "^[\"']?status[\"']?$")
  (#set! role "argument")
  (#set! api "response"))

; { code: 404 } in JSON error bodies.
(pair
  key: [(property_identifier) (string)] @_k
  value: (number) @status
  (#match? @_k "^[\"']?code[\"']?$")
  (#set! role "argument")
  (#set! api "response")
  (#set! confidence "weak"))

; ----------------------------------------------------------- assignments

; res.statusCode = 500; ctx.status = 404; this.status = 201.
(assignment_expression
  left: (member_expression property: (property_identifier) @_p)
  right: (_) @status
  (#match? @_p "(?i)^(status|statuscode|status_code|httpstatus|httpstatuscode|http_status|httpcode|http_code|responsestatus)$")
  (#set! role "assignment")
  (#set! api "response"))

; err.code = 404 / this.code = 500.
(assignment_expression
  left: (member_expression property: (property_identifier) @_p)
  right: (number) @status
  (#eq? @_p "code")
  (#set! role "assignment")
  (#set! api "response")
  (#set! confidence "weak"))

; status = 404; let statusCode = 500; function f(status = 302).
(assignment_expression
  left: (identifier) @_p
  right: (_) @status
  (#match? @_p "(?i)^(status|statuscode|status_code|httpstatus|httpstatuscode|http_status|httpcode|http_code|responsestatus|expectedstatus)$")
  (#set! role "assignment")
  (#set! api "other"))

(variable_declarator
  name: (identifier) @_p
  value: (_) @status
  (#match? @_p "(?i)^(status|statuscode|status_code|httpstatus|httpstatuscode|http_status|httpcode|http_code|responsestatus|expectedstatus)$")
  (#set! role "assignment")
  (#set! api "other"))

(assignment_pattern
  left: (identifier) @_p
  right: (_) @status
  (#match? @_p "(?i)^(status|statuscode|status_code|httpstatus|httpstatuscode|http_status|httpcode|http_code|redirectstatus|code)$")
  (#set! role "assignment")
  (#set! api "other"))

; ----------------------------------------------------------- comparisons

; resp.status === 404, 200 == res.statusCode, response.status() !== 304.
(binary_expression
  left: [
    (member_expression property: (property_identifier) @_p)
    (identifier) @_p
    (call_expression function: (member_expression property: (property_identifier) @_p))
  ]
  operator: ["===" "==" "!==" "!="]
  right: (_) @status
  (#match? @_p "(?i)^(status|statuscode|status_code|httpstatus|httpstatuscode|http_status|httpcode|http_code|responsestatus|expectedstatus)$")
  (#set! role "comparison")
  (#set! api "client"))

(binary_expression
  left: (_) @status
  operator: ["===" "==" "!==" "!="]
  right: [
    (member_expression property: (property_identifier) @_p)
    (identifier) @_p
    (call_expression function: (member_expression property: (property_identifier) @_p))
  ]
  (#match? @_p "(?i)^(status|statuscode|status_code|httpstatus|httpstatuscode|http_status|httpcode|http_code|responsestatus|expectedstatus)$")
  (#set! role "comparison")
  (#set! api "client"))

; err.code === 404 in HTTP code.
(binary_expression
  left: [(member_expression property: (property_identifier) @_p) (identifier) @_p]
  operator: ["===" "==" "!==" "!="]
  right: (number) @status
  (#eq? @_p "code")
  (#set! role "comparison")
  (#set! api "client")
  (#set! confidence "weak"))

; Range checks: status >= 400, res.statusCode < 300, 500 <= status.
(binary_expression
  left: [
    (member_expression property: (property_identifier) @_p)
    (identifier) @_p
    (call_expression function: (member_expression property: (property_identifier) @_p))
  ]
  operator: ["<" "<=" ">" ">="]
  right: (number) @status
  (#match? @_p "(?i)^(status|statuscode|status_code|httpstatus|httpstatuscode|http_status|httpcode|http_code|responsestatus)$")
  (#set! role "bound")
  (#set! api "client"))

(binary_expression
  left: (number) @status
  operator: ["<" "<=" ">" ">="]
  right: [
    (member_expression property: (property_identifier) @_p)
    (identifier) @_p
    (call_expression function: (member_expression property: (property_identifier) @_p))
  ]
  (#match? @_p "(?i)^(status|statuscode|status_code|httpstatus|httpstatuscode|http_status|httpcode|http_code|responsestatus)$")
  (#set! role "bound")
  (#set! api "client"))

(binary_expression
  left: [(member_expression property: (property_identifier) @_p) (identifier) @_p]
  operator: ["<" "<=" ">" ">="]
  right: (number) @status
  (#eq? @_p "code")
  (#set! role "bound")
  (#set! api "client")
  (#set! confidence "weak"))

; [301, 302].includes(res.status)
(call_expression
  function: (member_expression
    object: (array) @status
    property: (property_identifier) @_m)
  arguments: (arguments .
    [
      (member_expression property: (property_identifier) @_p)
      (identifier) @_p
    ])
  (#eq? @_m "includes")
  (#match? @_p "(?i)^(status|statuscode|status_code|httpstatus|httpstatuscode|http_status|code)$")
  (#set! role "comparison")
  (#set! api "client"))

; switch (res.status) { case 301: ... }
(switch_statement
  value: (parenthesized_expression
    [
      (member_expression property: (property_identifier) @_p)
      (identifier) @_p
      (call_expression function: (member_expression property: (property_identifier) @_p))
    ])
  body: (switch_body (switch_case value: (_) @status))
  (#match? @_p "(?i)^(status|statuscode|status_code|httpstatus|httpstatuscode|http_status|httpcode|http_code|code)$")
  (#set! role "case")
  (#set! api "client"))

; ------------------------------------------------------------------ tests

; expect(res.status).toBe(200), expect(res.statusCode).to.equal(404),
; expect(response.status()).not.toBe(500).
(call_expression
  function: (member_expression
    object: [
      (call_expression
        function: (identifier) @_e
        arguments: (arguments . [
          (member_expression property: (property_identifier) @_p)
          (identifier) @_p
          (call_expression function: (member_expression property: (property_identifier) @_p))
        ]))
      (member_expression object: (call_expression
        function: (identifier) @_e
        arguments: (arguments . [
          (member_expression property: (property_identifier) @_p)
          (identifier) @_p
          (call_expression function: (member_expression property: (property_identifier) @_p))
        ])))
      (member_expression object: (member_expression object: (call_expression
        function: (identifier) @_e
        arguments: (arguments . [
          (member_expression property: (property_identifier) @_p)
          (identifier) @_p
          (call_expression function: (member_expression property: (property_identifier) @_p))
        ]))))
    ]
    property: (property_identifier) @_m)
  arguments: (arguments . (_) @status)
  (#eq? @_e "expect")
  (#match? @_p "(?i)^(status|statuscode|status_code|httpstatus|httpstatuscode|http_status|code)$")
  (#match? @_m "^(toBe|toEqual|toStrictEqual|equal|equals|eql|be|eq)$")
  (#set! role "comparison")
  (#set! api "test"))

; chai-http expect(res).to.have.status(200), jest-extended toHaveStatus(404),
; supertest request(app).get('/').expect(200).
(call_expression
  function: (member_expression property: (property_identifier) @_m)
  arguments: (arguments . (number) @status)
  (#match? @_m "^(expect|toHaveStatus|toHaveStatusCode|toHaveHTTPStatus|statusCode)$")
  (#set! role "comparison")
  (#set! api "test"))

; assert.equal(res.status, 200) and the reverse order.
(call_expression
  function: (member_expression
    object: (identifier) @_a
    property: (property_identifier) @_m)
  arguments: (arguments
    [
      (member_expression property: (property_identifier) @_p)
      (call_expression function: (member_expression property: (property_identifier) @_p))
    ]
    (number) @status)
  (#eq? @_a "assert")
  (#match? @_m "^(equal|strictEqual|deepEqual|deepStrictEqual|notEqual|notStrictEqual|equals)$")
  (#match? @_p "(?i)^(status|statuscode|status_code|httpstatus|code)$")
  (#set! role "comparison")
  (#set! api "test"))

(call_expression
  function: (member_expression
    object: (identifier) @_a
    property: (property_identifier) @_m)
  arguments: (arguments
    (number) @status
    [
      (member_expression property: (property_identifier) @_p)
      (call_expression function: (member_expression property: (property_identifier) @_p))
    ])
  (#eq? @_a "assert")
  (#match? @_m "^(equal|strictEqual|deepEqual|deepStrictEqual|notEqual|notStrictEqual|equals)$")
  (#match? @_p "(?i)^(status|statuscode|status_code|httpstatus|code)$")
  (#set! role "comparison")
  (#set! api "test"))

; ----------------------------------------------------------------- tables

; { 404: 'Not Found' }: Node's STATUS_CODES, statuses' tables.
(pair
  key: (number) @status
  value: (string) @phrase
  (#set! role "table")
  (#set! api "definition")
  (#set! check "phrase"))

; { NOT_FOUND: 404 } and const HTTP_NOT_FOUND = 404, when the name spells the phrase.
(pair
  key: [(property_identifier) (string)] @name
  value: (number) @status
  (#set! role "table")
  (#set! api "definition")
  (#set! check "name"))

(variable_declarator
  name: (identifier) @name
  value: (number) @status
  (#set! role "table")
  (#set! api "definition")
  (#set! check "name"))

; Fastify route schemas and OpenAPI: response: { 200: schema, 404: schema }.
(pair
  key: (property_identifier) @_r
  value: (object (pair key: (number) @status))
  (#match? @_r "^(response|responses)$")
  (#set! role "table")
  (#set! api "route"))

; http.STATUS_CODES[404]
(subscript_expression
  object: [(member_expression property: (property_identifier) @_p) (identifier) @_p]
  index: (number) @status
  (#match? @_p "^(STATUS_CODES|statuses|status)$")
  (#set! role "argument")
  (#set! api "other"))

; -------------------------------------------------------------- constants

; StatusCodes.NOT_FOUND (npm http-status-codes) anywhere.
((member_expression) @constant
  (#match? @constant "Status"))
