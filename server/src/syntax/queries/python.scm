; HTTP status codes in Python: Flask/Werkzeug, Django, DRF, FastAPI/Starlette,
; aiohttp, Sanic, requests, httpx, urllib, and their tests.
; See README.md in this directory for captures and settings.
; "Status-like" names match
;   (?i)^(status|status_code|statuscode|http_status|httpstatus|response_code|status_int|expected_status|target_status_code)$

; ---------------------------------------------------------------- calls

; Decorators: @app.post("/", status_code=201), @router.get(..., status_code=status.HTTP_200_OK).
(decorator
  (call
    arguments: (argument_list
      (keyword_argument
        name: (identifier) @_k
        value: (_) @status)))
  (#match? @_k "^(status_code|status)$")
  (#set! role "annotation")
  (#set! api "route"))

; responses={404: {...}} in FastAPI routes and OpenAPI helpers.
(keyword_argument
  name: (identifier) @_k
  value: (dictionary (pair key: (integer) @status))
  (#eq? @_k "responses")
  (#set! role "table")
  (#set! api "route"))

; Error handler registration: @app.errorhandler(404), app.register_error_handler(500, fn),
; @bp.app_errorhandler(403).
(call
  function: [(identifier) (attribute)] @_f
  arguments: (argument_list . (_) @status)
  (#match? @_f "(^|\\.)(errorhandler|app_errorhandler|register_error_handler|error_handler|exception_handler)$")
  (#set! role "argument")
  (#set! api "route"))

; Redirect helpers: redirect(url, code=302), redirect(url, 301),
; RedirectResponse(url, status_code=307), HttpResponseRedirect(..., status=...).
(call
  function: [(identifier) (attribute)] @_f
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_k
      value: (_) @status))
  (#match? @_f "(^|\\.)(redirect|RedirectResponse|HttpResponseRedirect|HTTPFound|redirect_to)$")
  (#match? @_k "^(code|status|status_code)$")
  (#set! role "argument")
  (#set! api "redirect"))

(call
  function: [(identifier) (attribute)] @_f
  arguments: (argument_list . (_) . (integer) @status)
  (#match? @_f "(^|\\.)(redirect|RedirectResponse)$")
  (#set! role "argument")
  (#set! api "redirect"))

; Errors: abort(404), flask.abort(403), HTTPException(404), HTTPException(status_code=404),
; raise web.HTTPException(status=...), APIException with status_code.
(call
  function: [(identifier) (attribute)] @_f
  arguments: (argument_list . (_) @status)
  (#match? @_f "(^|\\.)(abort|HTTPException|HttpException|HTTPError|HttpError|StatusError|ErrorResponse)$")
  (#set! role "argument")
  (#set! api "error"))

(call
  function: [(identifier) (attribute)] @_f
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_k
      value: (_) @status))
  (#match? @_f "(^|\\.)(abort|HTTPException|HttpException|HTTPError|HttpError|APIException|ValidationError|StatusError|ErrorResponse)$")
  (#match? @_k "^(status_code|status|code|http_status)$")
  (#set! role "argument")
  (#set! api "error"))

; Response constructors with a positional status: httpx.Response(404),
; werkzeug Response("x", 404), make_response(body, 201), HTTPStatus(404).
(call
  function: [(identifier) (attribute)] @_f
  arguments: (argument_list (integer) @status)
  (#match? @_f "(^|\\.)(Response|HTTPResponse|HttpResponse|JSONResponse|JsonResponse|make_response|HTTPStatus|StreamingResponse|PlainTextResponse|HTMLResponse)$")
  (#set! role "argument")
  (#set! api "response"))

; The same with a body first: werkzeug Response("x", 204), make_response(body, 204).
(call
  function: [(identifier) (attribute)] @_f
  arguments: (argument_list . (expression) @body (integer) @status)
  (#match? @_f "(^|\\.)(Response|HTTPResponse|HttpResponse|JSONResponse|JsonResponse|make_response|StreamingResponse|PlainTextResponse|HTMLResponse)$")
  (#set! role "argument")
  (#set! api "response"))

; HTTPStatus(404).phrase, http.client.responses[404], http.HTTPStatus(code).
(subscript
  value: [(identifier) (attribute)] @_f
  subscript: (integer) @status
  (#match? @_f "(^|\\.)(responses|HTTP_STATUS_CODES|status_codes|STATUS_CODES)$")
  (#set! role "argument")
  (#set! api "other"))

; Keyword arguments anywhere: HttpResponse(status=404), JSONResponse(x, status_code=201),
; Response(data, status=status.HTTP_201_CREATED), responses.add(..., status=500),
; Mock(status_code=200), assertContains(resp, "x", status_code=200).
(keyword_argument
  name: (identifier) @_k
  value: (_) @status
  (#match? @_k "(?i)^(status|status_code|statuscode|http_status|httpstatus|response_code|status_int|expected_status|target_status_code|redirect_status|default_status)$")
  (#set! role "argument")
  (#set! api "response"))

; Response constructors with a body: FastAPI/Starlette JSONResponse(x, status_code=204),
; Flask Response("x", status=204), Django HttpResponse("x", status=204),
; DRF Response(data, status=...), aiohttp web.json_response(x, status=204), Sanic json(x, status=204).
(call
  function: [(identifier) (attribute)] @_f
  arguments: (argument_list
    . (expression) @body
    (keyword_argument
      name: (identifier) @_k
      value: (_) @status))
  (#match? @_f "(^|\\.)(Response|HTTPResponse|HttpResponse|JSONResponse|JsonResponse|ORJSONResponse|UJSONResponse|StreamingResponse|PlainTextResponse|HTMLResponse|FileResponse|make_response|json_response|json|text|html|raw)$")
  (#match? @_k "^(status|status_code)$")
  (#set! role "argument")
  (#set! api "response"))

; The same with the body by keyword, before or after the status:
; JSONResponse(content=x, status_code=204), web.Response(text="x", status=204).
(call
  function: [(identifier) (attribute)] @_f
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_c
      value: (_) @body)
    (keyword_argument
      name: (identifier) @_k
      value: (_) @status))
  (#match? @_f "(^|\\.)(Response|HTTPResponse|HttpResponse|JSONResponse|JsonResponse|ORJSONResponse|UJSONResponse|StreamingResponse|PlainTextResponse|HTMLResponse|FileResponse|json_response)$")
  (#match? @_c "^(content|data|response|body|text)$")
  (#match? @_k "^(status|status_code)$")
  (#set! role "argument")
  (#set! api "response"))

(call
  function: [(identifier) (attribute)] @_f
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_k
      value: (_) @status)
    (keyword_argument
      name: (identifier) @_c
      value: (_) @body))
  (#match? @_f "(^|\\.)(Response|HTTPResponse|HttpResponse|JSONResponse|JsonResponse|ORJSONResponse|UJSONResponse|StreamingResponse|PlainTextResponse|HTMLResponse|FileResponse|json_response)$")
  (#match? @_c "^(content|data|response|body|text)$")
  (#match? @_k "^(status|status_code)$")
  (#set! role "argument")
  (#set! api "response"))

; code=404 keyword in HTTP code only (sys.exit(code=2) and compile(code=...) are not statuses).
(keyword_argument
  name: (identifier) @_k
  value: (integer) @status
  (#eq? @_k "code")
  (#set! role "argument")
  (#set! api "response")
  (#set! confidence "weak"))

; ----------------------------------------------------------- assignments

; response.status_code = 404, self.status = 200, mock_resp.status_code = 500.
(assignment
  left: (attribute attribute: (identifier) @_p)
  right: (_) @status
  (#match? @_p "(?i)^(status|status_code|statuscode|http_status|httpstatus|response_code|status_int|_status_code)$")
  (#set! role "assignment")
  (#set! api "response"))

; status_code = 404 in an exception or response class body; status = 200 locals.
(assignment
  left: (identifier) @_p
  right: (_) @status
  (#match? @_p "(?i)^(status|status_code|statuscode|http_status|httpstatus|response_code|status_int|expected_status|default_status|redirect_status)$")
  (#set! role "assignment")
  (#set! api "other"))

; code = 404 (Werkzeug exception classes), resp.code = 500, in HTTP code.
(assignment
  left: [(identifier) @_p (attribute attribute: (identifier) @_p)]
  right: (integer) @status
  (#eq? @_p "code")
  (#set! role "assignment")
  (#set! api "error")
  (#set! confidence "weak"))

; def redirect(location, code=302) / def __init__(self, status=200).
(default_parameter
  name: (identifier) @_p
  value: (_) @status
  (#match? @_p "(?i)^(status|status_code|statuscode|http_status|code|default_status)$")
  (#set! role "assignment")
  (#set! api "other"))

(typed_default_parameter
  name: (identifier) @_p
  value: (_) @status
  (#match? @_p "(?i)^(status|status_code|statuscode|http_status|code|default_status)$")
  (#set! role "assignment")
  (#set! api "other"))

; return body, 404 / return jsonify(x), 201, headers (Flask view tuples).
(return_statement
  (expression_list . (_) . (integer) @status)
  (#set! role "return")
  (#set! api "response")
  (#set! confidence "weak"))

; Flask view tuples with a body: return jsonify(x), 204 / return "done", 204.
(return_statement
  (expression_list . (_) @body . (integer) @status)
  (#set! role "return")
  (#set! api "response")
  (#set! confidence "weak"))

; ----------------------------------------------------------- comparisons

; assert resp.status_code == 200 in tests.
(assert_statement
  (comparison_operator
    [
      (attribute attribute: (identifier) @_p)
      (identifier) @_p
      (call function: (attribute attribute: (identifier) @_p))
    ]
    ["==" "!=" "in" "not in"]
    (_) @status)
  (#match? @_p "(?i)^(status|status_code|statuscode|http_status|httpstatus|response_code|status_int|getcode|code)$")
  (#set! role "comparison")
  (#set! api "test"))

; resp.status_code == 200, 404 != r.status, resp.getcode() == 200, status in (301, 302).
(comparison_operator
  [
    (attribute attribute: (identifier) @_p)
    (identifier) @_p
    (call function: (attribute attribute: (identifier) @_p))
  ]
  ["==" "!=" "in" "not in" "is"]
  (_) @status
  (#match? @_p "(?i)^(status|status_code|statuscode|http_status|httpstatus|response_code|status_int|getcode|getstatus|get_status|expected_status)$")
  (#set! role "comparison")
  (#set! api "client"))

(comparison_operator
  (_) @status
  ["==" "!="]
  [
    (attribute attribute: (identifier) @_p)
    (identifier) @_p
    (call function: (attribute attribute: (identifier) @_p))
  ]
  (#match? @_p "(?i)^(status|status_code|statuscode|http_status|httpstatus|response_code|status_int|getcode|getstatus|get_status)$")
  (#set! role "comparison")
  (#set! api "client"))

; resp.code == 404, code in (301, 302) in HTTP code.
(comparison_operator
  [(attribute attribute: (identifier) @_p) (identifier) @_p]
  ["==" "!=" "in"]
  [(integer) (tuple) (list) (set)] @status
  (#eq? @_p "code")
  (#set! role "comparison")
  (#set! api "client")
  (#set! confidence "weak"))

; 200 <= resp.status_code < 300, status >= 400, status in range(200, 300).
(comparison_operator
  [
    (attribute attribute: (identifier) @_p)
    (identifier) @_p
    (call function: (attribute attribute: (identifier) @_p))
  ]
  ["<" "<=" ">" ">="]
  (integer) @status
  (#match? @_p "(?i)^(status|status_code|statuscode|http_status|httpstatus|response_code|status_int|getcode)$")
  (#set! role "bound")
  (#set! api "client"))

(comparison_operator
  (integer) @status
  ["<" "<=" ">" ">="]
  [
    (attribute attribute: (identifier) @_p)
    (identifier) @_p
    (call function: (attribute attribute: (identifier) @_p))
  ]
  (#match? @_p "(?i)^(status|status_code|statuscode|http_status|httpstatus|response_code|status_int|getcode)$")
  (#set! role "bound")
  (#set! api "client"))

(comparison_operator
  [(attribute attribute: (identifier) @_p) (identifier) @_p]
  ["<" "<=" ">" ">="]
  (integer) @status
  (#eq? @_p "code")
  (#set! role "bound")
  (#set! api "client")
  (#set! confidence "weak"))

(comparison_operator
  (integer) @status
  ["<" "<=" ">" ">="]
  [(attribute attribute: (identifier) @_p) (identifier) @_p]
  (#eq? @_p "code")
  (#set! role "bound")
  (#set! api "client")
  (#set! confidence "weak"))

(comparison_operator
  [(attribute attribute: (identifier) @_p) (identifier) @_p]
  "in"
  (call
    function: (identifier) @_r
    arguments: (argument_list (integer) @status))
  (#eq? @_r "range")
  (#match? @_p "(?i)^(status|status_code|statuscode|http_status|code)$")
  (#set! role "bound")
  (#set! api "client"))

; match response.status_code: case 200: ... case 301 | 302: ...
(match_statement
  subject: [
    (attribute attribute: (identifier) @_p)
    (identifier) @_p
  ]
  body: (block
    (case_clause
      (case_pattern [(integer) @status (union_pattern (integer) @status)])))
  (#match? @_p "(?i)^(status|status_code|statuscode|http_status|code)$")
  (#set! role "case")
  (#set! api "client"))

; ------------------------------------------------------------------ tests

; self.assertEqual(resp.status_code, 404) in either order; assertIn(resp.status_code, (301, 302)).
(call
  function: (attribute attribute: (identifier) @_m)
  arguments: (argument_list
    [
      (attribute attribute: (identifier) @_p)
      (call function: (attribute attribute: (identifier) @_p))
    ]
    .
    (_) @status)
  (#match? @_m "^(assertEqual|assertEquals|assertNotEqual|assertIn|assertNotIn|assert_equal|assertStatus|assert_status)$")
  (#match? @_p "(?i)^(status|status_code|statuscode|code|getcode|status_int)$")
  (#set! role "comparison")
  (#set! api "test"))

(call
  function: (attribute attribute: (identifier) @_m)
  arguments: (argument_list
    .
    (_) @status
    .
    [
      (attribute attribute: (identifier) @_p)
      (call function: (attribute attribute: (identifier) @_p))
    ])
  (#match? @_m "^(assertEqual|assertEquals|assertNotEqual|assert_equal)$")
  (#match? @_p "(?i)^(status|status_code|statuscode|code|getcode|status_int)$")
  (#set! role "comparison")
  (#set! api "test"))

; self.assertStatus(resp, 404) / self.assert_status(resp, 404).
(call
  function: (attribute attribute: (identifier) @_m)
  arguments: (argument_list . (_) . (integer) @status)
  (#match? @_m "^(assertStatus|assert_status|assertStatusCode)$")
  (#set! role "comparison")
  (#set! api "test"))

; ----------------------------------------------------------------- tables

; {404: "Not Found"} (Werkzeug HTTP_STATUS_CODES, http.client.responses copies).
(pair
  key: (integer) @status
  value: (string) @phrase
  (#set! role "table")
  (#set! api "definition")
  (#set! check "phrase"))

; requests: _codes = {404: ("not_found", "-o-"), ...}
(pair
  key: (integer) @status
  value: (tuple . (string) @phrase)
  (#set! role "table")
  (#set! api "definition")
  (#set! check "phrase"))

; HTTP_404_NOT_FOUND = 404 (DRF, Starlette), NOT_FOUND = 404, 'Not Found', '...' (http.HTTPStatus).
(assignment
  left: (identifier) @name
  right: [(integer) @status (expression_list . (integer) @status)]
  (#set! role "table")
  (#set! api "definition")
  (#set! check "name"))

; {"NOT_FOUND": 404}
(pair
  key: (string) @name
  value: (integer) @status
  (#set! role "table")
  (#set! api "definition")
  (#set! check "name"))

; -------------------------------------------------------------- constants

; HTTPStatus.NOT_FOUND, status.HTTP_404_NOT_FOUND, requests.codes.ok, httpx.codes.OK, web.HTTPNotFound.
((attribute) @constant
  (#match? @constant "(Status|status|codes|HTTP)"))

; HTTP_404_NOT_FOUND imported by name.
((identifier) @constant
  (#match? @constant "^HTTP_[0-9]{3}_"))
