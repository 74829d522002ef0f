; HTTP status codes in Go: net/http, httptest, gin, echo, fiber, fasthttp,
; iris, hertz, chi/render, buffalo, HTTP clients (net/http, resty) and tests
; (testing, testify, gomega, quicktest, gock, httpmock, httpexpect, apitest).
; See README.md in this directory for captures and settings.
;
; "Status-like" names (fields, variables, methods) match
;   STRONG  (?i)^((http|resp|response|res|want|wanted|expect|expected|exp|got|actual|
;           return|returned|default|reply|result|upstream|backend|final|last|redirect|
;           retry|success|ok|err|error|mock|fake|stub|new|orig)_?)?(http_?)?(status|status_?code)$
;           or (?i)^http_?code$
;   WEAK    (?i)^((resp|response|res|want|wanted|expect|expected|exp|got|actual|return|
;           returned|reply|result|err|error)_?)?code$      -> confidence "weak"
; so `resp.StatusCode`, `w.status`, `wantStatus`, `expectedStatusCode` are strong and
; `rec.Code`, `w.Code`, `err.Code`, `code`, `wantCode` only count in HTTP code
; (net/smtp and FTP clients compare `code` with 250 and friends).

; ====================================================== net/http responses

; w.WriteHeader(404), rw.WriteHeader(http.StatusOK), fasthttp
; ctx.SetStatusCode(404), ctx.Response.SetStatusCode(500), iris ctx.StatusCode(404),
; beego ctx.Output.SetStatus(404), fiber c.SendStatus(204), iris ctx.StopWithStatus(404).
(call_expression
  function: (selector_expression field: (field_identifier) @_m)
  arguments: (argument_list . (_) @status)
  (#match? @_m "^(WriteHeader|SetStatusCode|SetStatus|StatusCode|SendStatus|StopWithStatus|ResponseStatus|WriteStatus|SetStatusCodeAndMessage)$")
  (#set! role "argument")
  (#set! api "response"))

; http.Error(w, "not found", 404), http.Error(w, err.Error(), http.StatusInternalServerError).
(call_expression
  function: (selector_expression operand: (identifier) @_pkg field: (field_identifier) @_m)
  arguments: (argument_list . (_) . (_) . (_) @status)
  (#eq? @_m "Error")
  (#eq? @_pkg "http")
  (#set! role "argument")
  (#set! api "error"))

; Bare Error(w, msg, StatusNotFound) inside package http: only in HTTP code.
(call_expression
  function: (identifier) @_m
  arguments: (argument_list . (_) . (_) . (_) @status .)
  (#eq? @_m "Error")
  (#set! role "argument")
  (#set! api "error")
  (#set! confidence "weak"))

; fasthttp ctx.Error("msg", 404) (status second); buffalo c.Error(404, err) (status first).
(call_expression
  function: (selector_expression
    operand: (identifier) @_r
    field: (field_identifier) @_m)
  arguments: (argument_list . (interpreted_string_literal) . (_) @status .)
  (#eq? @_m "Error")
  (#match? @_r "^(ctx|c|rc|reqCtx|requestCtx)$")
  (#set! role "argument")
  (#set! api "error"))

(call_expression
  function: (selector_expression
    operand: (identifier) @_r
    field: (field_identifier) @_m)
  arguments: (argument_list . (int_literal) @status . (_))
  (#eq? @_m "Error")
  (#match? @_r "^(ctx|c)$")
  (#set! role "argument")
  (#set! api "error"))

; Redirects, status first or last: http.Redirect(w, r, url, 301),
; http.RedirectHandler("/new", 308), gin/echo c.Redirect(302, url),
; fiber/fasthttp/iris c.Redirect(url, 301). Any numeric argument is the status.
(call_expression
  function: [
    (selector_expression field: (field_identifier) @_m)
    (identifier) @_m
  ]
  arguments: (argument_list (_) @status)
  (#match? @_m "^(Redirect|RedirectHandler|RedirectTo|redirect|RedirectBack)$")
  (#set! role "argument")
  (#set! api "redirect"))

; http.StatusText(404), fasthttp.StatusMessage(404).
(call_expression
  function: (selector_expression field: (field_identifier) @_m)
  arguments: (argument_list . (_) @status)
  (#match? @_m "^(StatusText|StatusMessage)$")
  (#set! role "argument")
  (#set! api "other"))

; StatusText(StatusNotFound) inside package http; FTP clients have their own StatusText,
; so only in HTTP code.
(call_expression
  function: (identifier) @_m
  arguments: (argument_list . (_) @status)
  (#match? @_m "^(StatusText|StatusMessage)$")
  (#set! role "argument")
  (#set! api "other")
  (#set! confidence "weak"))

; ================================================ framework contexts

; gin, echo, hertz, buffalo, iris: the status is the first argument of
; c.JSON(200, x), c.IndentedJSON, c.PureJSON, c.SecureJSON, c.AsciiJSON, c.JSONP,
; c.XML, c.YAML, c.TOML, c.ProtoBuf, c.HTML, c.DataFromReader, c.Negotiate,
; c.AbortWithStatus(401), c.AbortWithStatusJSON(400, gin.H{}), c.AbortWithError(500, err),
; echo c.NoContent(204), c.JSONPretty, c.JSONBlob, c.XMLBlob, c.XMLPretty, c.HTMLBlob,
; iris ctx.StopWithJSON(400, x), ctx.StopWithError(500, err), ctx.StopWithProblem,
; chi render.Status(r, 404) has its own pattern below.
(call_expression
  function: (selector_expression field: (field_identifier) @_m)
  arguments: (argument_list . (_) @status)
  (#match? @_m "^(JSON|IndentedJSON|PureJSON|SecureJSON|AsciiJSON|JSONP|XML|YAML|TOML|ProtoBuf|HTML|DataFromReader|Negotiate|AbortWithStatus|AbortWithStatusJSON|AbortWithStatusPureJSON|AbortWithError|NoContent|JSONPretty|JSONBlob|XMLBlob|XMLPretty|HTMLBlob|StopWithJSON|StopWithError|StopWithProblem|StopWithText|StopWithPlainError|SendStatusCode|JSONWithStatus|RenderJSON|RenderStatus)$")
  (#set! role "argument")
  (#set! api "response"))

; gin, echo, hertz, iris with a body: c.JSON(204, obj), c.IndentedJSON(204, obj),
; c.XML(204, obj), c.HTML(204, "tmpl", data), c.AbortWithStatusJSON(204, obj),
; echo c.JSONBlob(204, b), iris ctx.StopWithJSON(204, obj).
(call_expression
  function: (selector_expression field: (field_identifier) @_m)
  arguments: (argument_list . (_) @status . (_) @body)
  (#match? @_m "^(JSON|IndentedJSON|PureJSON|SecureJSON|AsciiJSON|JSONP|XML|YAML|TOML|ProtoBuf|HTML|AbortWithStatusJSON|AbortWithStatusPureJSON|JSONPretty|JSONBlob|XMLBlob|XMLPretty|HTMLBlob|StopWithJSON|StopWithText|JSONWithStatus|RenderJSON)$")
  (#set! role "argument")
  (#set! api "response"))

; Generic method names take a status only on a framework context:
; gin/echo/hertz c.String(200, "ok"), c.Data(200, "text/plain", b), echo c.Blob,
; c.Stream(200, ct, r), c.Render(200, tmpl, data), fiber/gin c.Status(404),
; and the same on a field: h.ctx.String(...), s.c.JSON(...).
(call_expression
  function: (selector_expression
    operand: [
      (identifier) @_r
      (selector_expression field: (field_identifier) @_r)
    ]
    field: (field_identifier) @_m)
  arguments: (argument_list . (_) @status)
  (#match? @_m "^(String|Data|Blob|Stream|Render|Status|File|Attachment)$")
  (#match? @_r "^(c|ctx|context|gc|ec|fc|ginCtx|ginContext|echoCtx|fiberCtx|rc|reqCtx|requestCtx|Ctx|Context)$")
  (#set! role "argument")
  (#set! api "response"))

; gin, echo, hertz with a body: c.String(204, "x"), c.Render(204, r) (body second),
; c.Data(204, ct, b), echo c.Blob(204, ct, b), c.Stream(204, ct, r) (body third).
(call_expression
  function: (selector_expression
    operand: [
      (identifier) @_r
      (selector_expression field: (field_identifier) @_r)
    ]
    field: (field_identifier) @_m)
  arguments: (argument_list . (_) @status . (_) @body)
  (#match? @_m "^(String|Render)$")
  (#match? @_r "^(c|ctx|context|gc|ec|fc|ginCtx|ginContext|echoCtx|fiberCtx|rc|reqCtx|requestCtx|Ctx|Context)$")
  (#set! role "argument")
  (#set! api "response"))

(call_expression
  function: (selector_expression
    operand: [
      (identifier) @_r
      (selector_expression field: (field_identifier) @_r)
    ]
    field: (field_identifier) @_m)
  arguments: (argument_list . (_) @status . (_) . (_) @body)
  (#match? @_m "^(Data|Blob|Stream)$")
  (#match? @_r "^(c|ctx|context|gc|ec|fc|ginCtx|ginContext|echoCtx|fiberCtx|rc|reqCtx|requestCtx|Ctx|Context)$")
  (#set! role "argument")
  (#set! api "response"))

; fiber with a body: c.Status(204).JSON(x), c.Status(204).SendString("x"), .Send(b).
(call_expression
  function: (selector_expression
    operand: (call_expression
      function: (selector_expression
        operand: [
          (identifier) @_r
          (selector_expression field: (field_identifier) @_r)
        ]
        field: (field_identifier) @_m)
      arguments: (argument_list . (_) @status))
    field: (field_identifier) @_b)
  arguments: (argument_list . (_) @body)
  (#eq? @_m "Status")
  (#match? @_r "^(c|ctx|context|gc|ec|fc|ginCtx|ginContext|echoCtx|fiberCtx|rc|reqCtx|requestCtx|Ctx|Context)$")
  (#match? @_b "^(JSON|JSONP|XML|Send|SendString|SendFile|SendStream|Render|Write|WriteString|Format|Download)$")
  (#set! role "argument")
  (#set! api "response"))

; Status setters in test and mock DSLs: httpexpect e.GET("/").Expect().Status(200),
; apitest ...Expect(t).Status(http.StatusOK), baloo .Expect().Status(200),
; fiber c.Status(404).JSON(x) on any receiver.
(call_expression
  function: (selector_expression
    operand: (call_expression)
    field: (field_identifier) @_m)
  arguments: (argument_list . (int_literal) @status .)
  (#match? @_m "^(Status|StatusCode|StatusRange)$")
  (#set! role "argument")
  (#set! api "test"))

; chi/render render.Status(r, 404).
(call_expression
  function: (selector_expression
    operand: (identifier) @_pkg
    field: (field_identifier) @_m)
  arguments: (argument_list . (_) . (_) @status .)
  (#eq? @_m "Status")
  (#eq? @_pkg "render")
  (#set! role "argument")
  (#set! api "response"))

; ====================================================== errors

; echo.NewHTTPError(404, "x"), echo.NewHTTPError(http.StatusBadRequest),
; huma.NewError(400, msg), web.NewRequestError(err, 400), custom
; NewAPIError(404, ...), apperr.HTTPError(500, err), NewStatusError(...).
(call_expression
  function: [
    (selector_expression field: (field_identifier) @_m)
    (identifier) @_m
  ]
  arguments: (argument_list . (_) @status)
  (#match? @_m "^([Nn]ew)?(HTTP|Http|Status|API|Api|Request|Response)(Err|Error|Errorf|Exception)$|^NewErrorWithStatus$|^ErrorWithStatus(Code)?$|^WithStatus(Code)?$")
  (#set! role "argument")
  (#set! api "error"))

(call_expression
  function: [
    (selector_expression field: (field_identifier) @_m)
    (identifier) @_m
  ]
  arguments: (argument_list . [(identifier) (call_expression) (selector_expression) (interpreted_string_literal)] . (_) @status)
  (#match? @_m "^([Nn]ew)?(HTTP|Http|Status|API|Api|Request|Response)(Err|Error|Errorf)$")
  (#set! role "argument")
  (#set! api "error"))

; fiber.NewError(404, "x"), errors.NewError(500, msg): a generic name, so only in HTTP code.
(call_expression
  function: [
    (selector_expression field: (field_identifier) @_m)
    (identifier) @_m
  ]
  arguments: (argument_list . (int_literal) @status)
  (#match? @_m "^([Nn]ew)?(Error|Err)(f|Response|Resp)?$")
  (#set! role "argument")
  (#set! api "error")
  (#set! confidence "weak"))

; ============================================ application helpers

; Helpers that take the writer or context first and the status later:
; respondJSON(w, 200, v), writeError(w, 404, "x"), h.respond(w, r, 201, x),
; utils.RespondWithError(c, 400, err), sendJSON(rw, 500, body). Only in HTTP code.
(call_expression
  function: [
    (selector_expression field: (field_identifier) @_m)
    (identifier) @_m
  ]
  arguments: (argument_list . (identifier) @_w (int_literal) @status)
  (#match? @_m "(?i)(respond|response|reply|render|json|error|err$|errorf|fail|abort|problem|status|^write$|^send$|^(write|send|serve)_?(html|text|xml|msg|message|data|body|result|resp)$)")
  (#match? @_w "^(w|rw|wr|writer|resWriter|responseWriter|res|resp|response|rsp|c|ctx|gc|ginCtx|echoCtx|fc)$")
  (#set! role "argument")
  (#set! api "response")
  (#set! confidence "weak"))

; A string key followed by the status: gin.H{"status": 404}, map[string]any{"code": 500},
; slog/zap/otel attributes slog.Int("status", 200), attribute.Int("http.status_code", 404),
; logger.Info("done", "status", 200), JSON fixtures {"status": float64(418)}.
(keyed_element
  key: (literal_element (interpreted_string_literal) @_k)
  value: (literal_element [
    (int_literal) @status
    (call_expression function: (identifier) @_conv arguments: (argument_list . (int_literal) @status .))
  ])
  (#match? @_k "(?i)^\"(http\\.)?(response\\.)?(status|status_?code|http_?status|http_?status_?code|http_?code)\"$")
  (#match? @_conv "^(int|int32|int64|uint16|float64|float32)$")
  (#set! role "argument")
  (#set! api "response"))

(argument_list
  (interpreted_string_literal) @_k
  .
  [
    (int_literal) @status
    (call_expression function: (identifier) @_conv arguments: (argument_list . (int_literal) @status .))
  ]
  (#match? @_k "(?i)^\"(http\\.)?(response\\.)?(status|status_?code|http_?status|http_?status_?code|http_?code)\"$")
  (#match? @_conv "^(int|int32|int64|uint16|float64|float32)$")
  (#set! role "argument")
  (#set! api "other"))

(keyed_element
  key: (literal_element (interpreted_string_literal) @_k)
  value: (literal_element (int_literal) @status)
  (#match? @_k "(?i)^\"(code|error_?code|err_?code)\"$")
  (#set! role "argument")
  (#set! api "response")
  (#set! confidence "weak"))

; ====================================================== mocks

; httpmock.NewStringResponder(200, "ok"), httpmock.NewJsonResponder(404, x),
; httpmock.NewBytesResponse(500, b).
(call_expression
  function: [
    (selector_expression field: (field_identifier) @_m)
    (identifier) @_m
  ]
  arguments: (argument_list . (_) @status)
  (#match? @_m "^New(String|Json|JSON|Bytes|Xml|XML)Respon(der|se)(OrPanic)?$")
  (#set! role "argument")
  (#set! api "test"))

; gock.New(url).Get("/").Reply(200): only at the end of a call chain and in HTTP code
; (SMTP servers have conn.Reply(250, "OK")).
(call_expression
  function: (selector_expression
    operand: (call_expression)
    field: (field_identifier) @_m)
  arguments: (argument_list . (int_literal) @status)
  (#eq? @_m "Reply")
  (#set! role "argument")
  (#set! api "test")
  (#set! confidence "weak"))

; ============================================== struct literals and fields

; &http.Response{StatusCode: 404},
; &APIError{Status: 500}, {name: "ok", wantStatus: 200}, Response{HTTPStatus: 201},
; gophercloud RequestOpts{OkCodes: []int{200, 204}} handled below.
(keyed_element
  key: (literal_element (identifier) @_k)
  value: (literal_element) @status
  (#match? @_k "(?i)^((http|resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|default|reply|result|upstream|backend|final|last|redirect|retry|success|ok|err|error|mock|fake|stub|new|orig)_?)?(http_?)?(status|status_?code)$|(?i)^http_?code$")
  (#set! role "argument")
  (#set! api "response"))

; {Code: 404, Message: "x"} (echo.HTTPError, fiber.Error, JSON error bodies),
; httptest.ResponseRecorder{Code: 200}, {name: "x", wantCode: 404}.
(keyed_element
  key: (literal_element (identifier) @_k)
  value: (literal_element (int_literal) @status)
  (#match? @_k "(?i)^((resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|reply|result|err|error)_?)?code$")
  (#set! role "argument")
  (#set! api "response")
  (#set! confidence "weak"))

; Lists of statuses in a field: OkCodes: []int{200, 201}, RetryOn: ...,
; AcceptedStatusCodes: []int{200, 202}, ExpectedStatuses: []int{...}.
(keyed_element
  key: (literal_element (identifier) @_k)
  value: (literal_element (composite_literal body: (literal_value) @status))
  (#match? @_k "(?i)(status|statuses|status_?codes|^(ok|success|accepted|expected|valid|retry|retryable|want|allowed|http)_?codes)")
  (#set! role "comparison")
  (#set! api "client"))

; Table-driven tests with an anonymous struct whose int field is status-like:
;   tests := []struct{ name string; path string; wantStatus int }{{"ok", "/", 200}, ...}
; Every int literal of a positional element counts, so only in HTTP code.
(composite_literal
  type: (slice_type
    element: (struct_type
      (field_declaration_list
        (field_declaration
          name: (field_identifier) @_f
          type: (type_identifier) @_t))))
  body: (literal_value
    (literal_element
      (literal_value
        (literal_element (int_literal) @status))))
  (#match? @_f "(?i)(status|^(want|wanted|expect|expected|exp|resp|response|http)_?code)$")
  (#eq? @_t "int")
  (#set! role "comparison")
  (#set! api "test")
  (#set! confidence "weak"))

; ====================================================== assignments

; w.status = 404, rw.statusCode = 500, resp.StatusCode = 404, sw.status = 200,
; revel c.Response.Status = 404.
(assignment_statement
  left: (expression_list . (selector_expression field: (field_identifier) @_p))
  right: (expression_list . (_) @status)
  (#match? @_p "(?i)^((http|resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|default|reply|result|upstream|backend|final|last|redirect|retry|success|ok|err|error|mock|fake|stub|new|orig)_?)?(http_?)?(status|status_?code)$|(?i)^http_?code$")
  (#set! role "assignment")
  (#set! api "response"))

; rec.Code = 200, e.Code = 404 in HTTP code.
(assignment_statement
  left: (expression_list . (selector_expression field: (field_identifier) @_p))
  right: (expression_list . (int_literal) @status)
  (#match? @_p "(?i)^((resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|reply|result|err|error)_?)?code$")
  (#set! role "assignment")
  (#set! api "response")
  (#set! confidence "weak"))

; status := 404, statusCode = 500, wantStatus := http.StatusOK,
; status, msg := 404, "not found" (first or second position).
([
    (short_var_declaration
      left: (expression_list . (identifier) @_p)
      right: (expression_list . (_) @status))
    (assignment_statement
      left: (expression_list . (identifier) @_p)
      right: (expression_list . (_) @status))
 ]
  (#match? @_p "(?i)^((http|resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|default|reply|result|upstream|backend|final|last|redirect|retry|success|ok|err|error|mock|fake|stub|new|orig)_?)?(http_?)?(status|status_?code)$|(?i)^http_?code$")
  (#set! role "assignment")
  (#set! api "other"))

([
    (short_var_declaration
      left: (expression_list . (_) . (identifier) @_p)
      right: (expression_list . (_) . (_) @status))
    (assignment_statement
      left: (expression_list . (_) . (identifier) @_p)
      right: (expression_list . (_) . (_) @status))
 ]
  (#match? @_p "(?i)^((http|resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|default|reply|result|upstream|backend|final|last|redirect|retry|success|ok|err|error|mock|fake|stub|new|orig)_?)?(http_?)?(status|status_?code)$|(?i)^http_?code$")
  (#set! role "assignment")
  (#set! api "other"))

; var status = 404, var statusCode int = 500.
(var_spec
  name: (identifier) @_p
  value: (expression_list . (_) @status)
  (#match? @_p "(?i)^((http|resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|default|reply|result|upstream|backend|final|last|redirect|retry|success|ok|err|error|mock|fake|stub|new|orig)_?)?(http_?)?(status|status_?code)$|(?i)^http_?code$")
  (#set! role "assignment")
  (#set! api "other"))

; code := 500, code = 404, var code = 302, wantCode := 200: only in HTTP code.
([
    (short_var_declaration
      left: (expression_list . (identifier) @_p)
      right: (expression_list . (int_literal) @status))
    (assignment_statement
      left: (expression_list . (identifier) @_p)
      right: (expression_list . (int_literal) @status))
    (var_spec
      name: (identifier) @_p
      value: (expression_list . (int_literal) @status))
 ]
  (#match? @_p "(?i)^((resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|reply|result|err|error)_?)?code$")
  (#set! role "assignment")
  (#set! api "other")
  (#set! confidence "weak"))

; const expectCode = 204, const defaultStatus = http.StatusOK.
(const_spec
  name: (identifier) @_p
  value: (expression_list . (_) @status .)
  (#match? @_p "(?i)^((http|resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|default|reply|result|upstream|backend|final|last|redirect|retry|success|ok|err|error|mock|fake|stub|new|orig)_?)?(http_?)?(status|status_?code)$|(?i)^http_?code$")
  (#set! role "assignment")
  (#set! api "other"))

(const_spec
  name: (identifier) @_p
  value: (expression_list . (int_literal) @status .)
  (#match? @_p "(?i)^((resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|reply|result|err|error)_?)?code$")
  (#set! role "assignment")
  (#set! api "other")
  (#set! confidence "weak"))

; if c := r.StatusCode; 200 <= c && c <= 299 {...}, if s := resp.StatusCode; s == 404 {...}:
; a short name bound to a status in the if's initializer and compared in its condition.
(if_statement
  initializer: (short_var_declaration
    left: (expression_list . (identifier) @_v .)
    right: (expression_list . [
      (selector_expression field: (field_identifier) @_p)
      (call_expression function: (selector_expression field: (field_identifier) @_p))
    ] .))
  condition: [
    (binary_expression left: (identifier) @_u right: (int_literal) @status)
    (binary_expression left: (int_literal) @status right: (identifier) @_u)
    (binary_expression [
      (binary_expression left: (identifier) @_u right: (int_literal) @status)
      (binary_expression left: (int_literal) @status right: (identifier) @_u)
    ])
  ]
  (#eq? @_v @_u)
  (#match? @_p "(?i)^(status|status_?code)$")
  (#set! role "comparison")
  (#set! api "client"))

; if got, want := rr.Code, 200; got != want {...}: a literal declared next to a status.
(short_var_declaration
  right: (expression_list
    [
      (selector_expression field: (field_identifier) @_p)
      (call_expression function: (selector_expression field: (field_identifier) @_p))
    ]
    .
    (int_literal) @status)
  (#match? @_p "(?i)^(status|status_?code|code)$")
  (#set! role "comparison")
  (#set! api "test"))

(short_var_declaration
  right: (expression_list
    (int_literal) @status
    .
    [
      (selector_expression field: (field_identifier) @_p)
      (call_expression function: (selector_expression field: (field_identifier) @_p))
    ])
  (#match? @_p "(?i)^(status|status_?code|code)$")
  (#set! role "comparison")
  (#set! api "test"))

; Lists named for statuses: retryableStatuses := map[int]bool{429: true, 503: true},
; var okStatusCodes = []int{200, 201, 204}.
([
    (var_spec
      name: (identifier) @_p
      value: (expression_list . (composite_literal body: (literal_value) @status)))
    (short_var_declaration
      left: (expression_list . (identifier) @_p)
      right: (expression_list . (composite_literal body: (literal_value) @status)))
 ]
  (#match? @_p "(?i)(status|statuses|status_?codes|^(ok|success|accepted|expected|valid|retry|retryable|allowed|http|redirect)_?codes)$")
  (#set! role "comparison")
  (#set! api "client"))

([
    (var_spec
      name: (identifier) @_p
      value: (expression_list . (composite_literal body: (literal_value (keyed_element key: (literal_element (int_literal) @status))))))
    (short_var_declaration
      left: (expression_list . (identifier) @_p)
      right: (expression_list . (composite_literal body: (literal_value (keyed_element key: (literal_element (int_literal) @status))))))
 ]
  (#match? @_p "(?i)(status|statuses|status_?codes|^(ok|success|accepted|expected|valid|retry|retryable|allowed|http|redirect)_?codes)$")
  (#set! role "comparison")
  (#set! api "client"))

; ====================================================== comparisons

; resp.StatusCode == 404, res.StatusCode != http.StatusOK, status == 201,
; resty resp.StatusCode() == 200, fasthttp resp.StatusCode() != 200, and reversed.
(binary_expression
  left: [
    (selector_expression field: (field_identifier) @_p)
    (identifier) @_p
    (call_expression function: (selector_expression field: (field_identifier) @_p))
  ]
  operator: ["==" "!="]
  right: (_) @status
  (#match? @_p "(?i)^((http|resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|default|reply|result|upstream|backend|final|last|redirect|retry|success|ok|err|error|mock|fake|stub|new|orig)_?)?(http_?)?(status|status_?code)$|(?i)^http_?code$")
  (#set! role "comparison")
  (#set! api "client"))

(binary_expression
  left: (_) @status
  operator: ["==" "!="]
  right: [
    (selector_expression field: (field_identifier) @_p)
    (identifier) @_p
    (call_expression function: (selector_expression field: (field_identifier) @_p))
  ]
  (#match? @_p "(?i)^((http|resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|default|reply|result|upstream|backend|final|last|redirect|retry|success|ok|err|error|mock|fake|stub|new|orig)_?)?(http_?)?(status|status_?code)$|(?i)^http_?code$")
  (#set! role "comparison")
  (#set! api "client"))

; rec.Code != 200, w.Code == 404, err.Code == 404, code == 500: only in HTTP code
; (net/smtp: `if code != 250`).
(binary_expression
  left: [
    (selector_expression field: (field_identifier) @_p)
    (identifier) @_p
    (call_expression function: (selector_expression field: (field_identifier) @_p))
  ]
  operator: ["==" "!="]
  right: (int_literal) @status
  (#match? @_p "(?i)^((resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|reply|result|err|error)_?)?code$")
  (#set! role "comparison")
  (#set! api "client")
  (#set! confidence "weak"))

(binary_expression
  left: (int_literal) @status
  operator: ["==" "!="]
  right: [
    (selector_expression field: (field_identifier) @_p)
    (identifier) @_p
    (call_expression function: (selector_expression field: (field_identifier) @_p))
  ]
  (#match? @_p "(?i)^((resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|reply|result|err|error)_?)?code$")
  (#set! role "comparison")
  (#set! api "client")
  (#set! confidence "weak"))

; Range checks: resp.StatusCode >= 400, res.StatusCode < 200, 500 <= status,
; resp.StatusCode() > 299.
(binary_expression
  left: [
    (selector_expression field: (field_identifier) @_p)
    (identifier) @_p
    (call_expression function: (selector_expression field: (field_identifier) @_p))
  ]
  operator: ["<" "<=" ">" ">="]
  right: (_) @status
  (#match? @_p "(?i)^((http|resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|default|reply|result|upstream|backend|final|last|redirect|retry|success|ok|err|error|mock|fake|stub|new|orig)_?)?(http_?)?(status|status_?code)$|(?i)^http_?code$")
  (#set! role "bound")
  (#set! api "client"))

(binary_expression
  left: (_) @status
  operator: ["<" "<=" ">" ">="]
  right: [
    (selector_expression field: (field_identifier) @_p)
    (identifier) @_p
    (call_expression function: (selector_expression field: (field_identifier) @_p))
  ]
  (#match? @_p "(?i)^((http|resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|default|reply|result|upstream|backend|final|last|redirect|retry|success|ok|err|error|mock|fake|stub|new|orig)_?)?(http_?)?(status|status_?code)$|(?i)^http_?code$")
  (#set! role "bound")
  (#set! api "client"))

; code >= 500, rec.Code < 300: only in HTTP code.
(binary_expression
  left: [
    (selector_expression field: (field_identifier) @_p)
    (identifier) @_p
    (call_expression function: (selector_expression field: (field_identifier) @_p))
  ]
  operator: ["<" "<=" ">" ">="]
  right: (int_literal) @status
  (#match? @_p "(?i)^((resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|reply|result|err|error)_?)?code$")
  (#set! role "bound")
  (#set! api "client")
  (#set! confidence "weak"))

(binary_expression
  left: (int_literal) @status
  operator: ["<" "<=" ">" ">="]
  right: [
    (selector_expression field: (field_identifier) @_p)
    (identifier) @_p
    (call_expression function: (selector_expression field: (field_identifier) @_p))
  ]
  (#match? @_p "(?i)^((resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|reply|result|err|error)_?)?code$")
  (#set! role "bound")
  (#set! api "client")
  (#set! confidence "weak"))

; switch resp.StatusCode { case 200, 201: ... case http.StatusNotFound: },
; switch status { ... }, switch res.StatusCode() { ... }.
(expression_switch_statement
  value: [
    (selector_expression field: (field_identifier) @_p)
    (identifier) @_p
    (call_expression function: (selector_expression field: (field_identifier) @_p))
  ]
  (expression_case value: (expression_list) @status)
  (#match? @_p "(?i)^((http|resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|default|reply|result|upstream|backend|final|last|redirect|retry|success|ok|err|error|mock|fake|stub|new|orig)_?)?(http_?)?(status|status_?code)$|(?i)^http_?code$")
  (#set! role "case")
  (#set! api "client"))

; switch code { case 404: }, switch rec.Code { ... }: only in HTTP code.
(expression_switch_statement
  value: [
    (selector_expression field: (field_identifier) @_p)
    (identifier) @_p
    (call_expression function: (selector_expression field: (field_identifier) @_p))
  ]
  (expression_case value: (expression_list) @status)
  (#match? @_p "(?i)^((resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|reply|result|err|error)_?)?code$")
  (#set! role "case")
  (#set! api "client")
  (#set! confidence "weak"))

; for _, status := range []int{200, 204} {...}; for _, code := range []int{100, 101} (weak).
(for_statement
  (range_clause
    left: (expression_list . (_) . (identifier) @_p)
    right: (composite_literal body: (literal_value) @status))
  (#match? @_p "(?i)^((http|resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|default|reply|result|upstream|backend|final|last|redirect|retry|success|ok|err|error|mock|fake|stub|new|orig)_?)?(http_?)?(status|status_?code)$|(?i)^http_?code$")
  (#set! role "comparison")
  (#set! api "other"))

(for_statement
  (range_clause
    left: (expression_list . (_) . (identifier) @_p)
    right: (composite_literal body: (literal_value) @status))
  (#match? @_p "(?i)^code$")
  (#set! role "comparison")
  (#set! api "other")
  (#set! confidence "weak"))

; slices.Contains([]int{200, 201}, resp.StatusCode), lo.Contains([]int{301, 302}, status),
; testify require.Containsf(t, []int{400, 404}, status, "...").
(call_expression
  function: [
    (selector_expression field: (field_identifier) @_m)
    (identifier) @_m
  ]
  arguments: (argument_list
    (composite_literal body: (literal_value) @status)
    . [
      (selector_expression field: (field_identifier) @_p)
      (identifier) @_p
      (call_expression function: (selector_expression field: (field_identifier) @_p))
    ])
  (#match? @_m "^(Contains|Containsf|ContainsFunc|Includes|In|IntIn|IntInSlice|InSlice|Subset)$")
  (#match? @_p "(?i)(status|status_?code|^code)$")
  (#set! role "comparison")
  (#set! api "client"))

; ============================================================ tests

; testify assert.Equal(t, 200, w.Code), require.Equal(t, http.StatusOK, rec.Code),
; assert.Equal(t, w.Code, 404), s.Equal(201, resp.StatusCode), assert.EqualValues,
; is.Equal(resp.StatusCode, 200), quicktest c.Assert(resp.StatusCode, qt.Equals, 200),
; gocheck c.Check(rec.Code, Equals, 404), t.Errorf("got %d want %d", w.Code, 200),
; resty's own assertEqual(t, 500, resp.StatusCode()). The literal sits next to the
; status (or one argument away, for quicktest's checker), which keeps the pattern linear.
(call_expression
  function: [
    (selector_expression field: (field_identifier) @_m)
    (identifier) @_m
  ]
  arguments: [
    (argument_list
      [
        (selector_expression field: (field_identifier) @_p)
        (identifier) @_p
        (call_expression function: (selector_expression field: (field_identifier) @_p))
      ]
      .
      (int_literal) @status)
    (argument_list
      [
        (selector_expression field: (field_identifier) @_p)
        (identifier) @_p
        (call_expression function: (selector_expression field: (field_identifier) @_p))
      ]
      .
      (_)
      .
      (int_literal) @status)
  ]
  (#match? @_m "^(Equal|Equalf|EqualValues|EqualValuesf|Exactly|Exactlyf|NotEqual|NotEqualf|NotEqualValues|Equals|Assert|Check|Errorf|Fatalf|assertEqual|assertEquals|assertNotEqual|expectEqual|requireEqual|equal|equals)$")
  (#match? @_p "(?i)^((http|resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|default|reply|result|upstream|backend|final|last|redirect|retry|success|ok|err|error|mock|fake|stub|new|orig)_?)?(http_?)?(status|status_?code)$|(?i)^http_?code$|(?i)^((resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|reply|result|err|error)_?)?code$")
  (#set! role "comparison")
  (#set! api "test")
  (#set! confidence "weak"))

(call_expression
  function: [
    (selector_expression field: (field_identifier) @_m)
    (identifier) @_m
  ]
  arguments: (argument_list
    (int_literal) @status
    .
    [
      (selector_expression field: (field_identifier) @_p)
      (identifier) @_p
      (call_expression function: (selector_expression field: (field_identifier) @_p))
    ])
  (#match? @_m "^(Equal|Equalf|EqualValues|EqualValuesf|Exactly|Exactlyf|NotEqual|NotEqualf|NotEqualValues|Equals|Assert|Check|Errorf|Fatalf|assertEqual|assertEquals|assertNotEqual|expectEqual|requireEqual|equal|equals)$")
  (#match? @_p "(?i)^((http|resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|default|reply|result|upstream|backend|final|last|redirect|retry|success|ok|err|error|mock|fake|stub|new|orig)_?)?(http_?)?(status|status_?code)$|(?i)^http_?code$|(?i)^((resp|response|res|want|wanted|expect|expected|exp|got|actual|return|returned|reply|result|err|error)_?)?code$")
  (#set! role "comparison")
  (#set! api "test")
  (#set! confidence "weak"))

; gomega Expect(resp.StatusCode).To(Equal(200)), Ω(rec.Code).Should(Equal(404)),
; Expect(res.StatusCode).NotTo(BeEquivalentTo(500)).
(call_expression
  function: (selector_expression
    operand: (call_expression
      function: (identifier) @_e
      arguments: (argument_list . [
        (selector_expression field: (field_identifier) @_p)
        (identifier) @_p
        (call_expression function: (selector_expression field: (field_identifier) @_p))
      ]))
    field: (field_identifier) @_m)
  arguments: (argument_list . (call_expression
    function: (identifier) @_eq
    arguments: (argument_list . (_) @status)))
  (#match? @_e "^(Expect|Ω|Eventually)$")
  (#match? @_m "^(To|ToNot|NotTo|Should|ShouldNot)$")
  (#match? @_eq "^(Equal|BeEquivalentTo|BeNumerically)$")
  (#match? @_p "(?i)(status|status_?code|^code)$")
  (#set! role "comparison")
  (#set! api "test"))

; gomega Expect(resp).To(HaveHTTPStatus(200)), HaveHTTPStatus(http.StatusOK, 204).
(call_expression
  function: (identifier) @_m
  arguments: (argument_list (_) @status)
  (#eq? @_m "HaveHTTPStatus")
  (#set! role "comparison")
  (#set! api "test"))

; Helpers named for a status check: failIfNotStatusCode(t, resp, 204),
; assertStatus(t, rec, 404), checkResponseCode(t, 200, rr.Code), expectStatus(t, w, 201),
; requireStatusCode(t, res, 500). Only in HTTP code.
(call_expression
  function: [
    (selector_expression field: (field_identifier) @_m)
    (identifier) @_m
  ]
  arguments: (argument_list (int_literal) @status)
  (#match? @_m "(?i)^(assert|expect|check|require|must|fail|verify|test|want|ensure|is|has)\\w*(status|code)")
  (#set! role "comparison")
  (#set! api "test")
  (#set! confidence "weak"))

; Other helpers named for a status: setStatus(w, 404), withStatus(500),
; semconv.HTTPStatusCode(200), semconv.HTTPResponseStatusCode(404). Only in HTTP code.
(call_expression
  function: [
    (selector_expression field: (field_identifier) @_m)
    (identifier) @_m
  ]
  arguments: (argument_list (int_literal) @status)
  (#match? @_m "(?i)status")
  (#set! role "argument")
  (#set! api "other")
  (#set! confidence "weak"))

; ========================================================== returns

; A function named for a status returns one:
;   func (e *NotFoundError) StatusCode() int { return 404 }
;   func httpStatus(err error) int { switch { case ...: return 404 }; return 500 }
;   caddy v1 func (h H) ServeHTTP(w, r) (int, error) { return 404, nil }
; Direct returns, and returns inside one if / switch / type switch level.
; Only in HTTP code: go-smtp's dataErrorToStatus returns 250.
([
    (function_declaration
      name: (identifier) @_n
      body: (block (statement_list (return_statement (expression_list . (_) @status)))))
    (method_declaration
      name: (field_identifier) @_n
      body: (block (statement_list (return_statement (expression_list . (_) @status)))))
    (function_declaration
      name: (identifier) @_n
      body: (block (statement_list (if_statement consequence: (block (statement_list (return_statement (expression_list . (_) @status))))))))
    (method_declaration
      name: (field_identifier) @_n
      body: (block (statement_list (if_statement consequence: (block (statement_list (return_statement (expression_list . (_) @status))))))))
    (function_declaration
      name: (identifier) @_n
      body: (block (statement_list [(expression_switch_statement [(expression_case (statement_list (return_statement (expression_list . (_) @status)))) (default_case (statement_list (return_statement (expression_list . (_) @status))))]) (type_switch_statement [(type_case (statement_list (return_statement (expression_list . (_) @status)))) (default_case (statement_list (return_statement (expression_list . (_) @status))))])])))
    (method_declaration
      name: (field_identifier) @_n
      body: (block (statement_list [(expression_switch_statement [(expression_case (statement_list (return_statement (expression_list . (_) @status)))) (default_case (statement_list (return_statement (expression_list . (_) @status))))]) (type_switch_statement [(type_case (statement_list (return_statement (expression_list . (_) @status)))) (default_case (statement_list (return_statement (expression_list . (_) @status))))])])))
 ]
  (#match? @_n "(?i)(status|^(http|response|resp|error|err)?_?code$|^ServeHTTP$|^(http|resp|response)code)")
  (#set! role "return")
  (#set! api "other")
  (#set! confidence "weak"))

; ========================================================== tables

; net/http, fasthttp, fiber, iris status tables: const ( StatusOK = 200; StatusNotFound = 404 ),
; const HTTPStatusTeapot = 418. Only when the name spells the code
; (FTP's StatusCommandOK = 200 does not).
([
    (const_spec
      name: (identifier) @name
      value: (expression_list . (int_literal) @status .))
    (var_spec
      name: (identifier) @name
      value: (expression_list . (int_literal) @status .))
 ]
  (#set! role "table")
  (#set! api "definition")
  (#set! check "name"))

; Named codes outside the registry's spelling: const StatusCodeContextCanceled = 499 (echo),
; HTTPStatusClientClosed = 499, HTTP_STATUS_TEAPOT = 418: the name says it is an HTTP status.
(const_spec
  name: (identifier) @_n
  value: (expression_list . (int_literal) @status .)
  (#match? @_n "^(HTTP|Http|http)?_?(Status|STATUS)_?(Code|CODE)_?[A-Z0-9]|^(HTTP|Http)_?(Status|STATUS)_?[A-Z0-9]")
  (#set! role "table")
  (#set! api "definition"))

; map[int]string{404: "Not Found"}, reason-phrase tables keyed by literal codes.
(keyed_element
  key: (literal_element (int_literal) @status)
  value: (literal_element (interpreted_string_literal) @phrase)
  (#set! role "table")
  (#set! api "definition")
  (#set! check "phrase"))

; []struct{code int; text string}{{404, "Not Found"}, ...}.
(literal_value
  . (literal_element (int_literal) @status)
  . (literal_element (interpreted_string_literal) @phrase) .
  (#set! role "table")
  (#set! api "definition")
  (#set! check "phrase"))

; ======================================================== constants

; http.StatusNotFound, fiber.StatusOK, fasthttp.StatusBadRequest, iris.StatusCreated,
; hertz consts.StatusOK anywhere.
((selector_expression) @constant
  (#match? @constant "\\.Status[A-Z]"))

; A bare StatusNotFound: inside package net/http, fasthttp, fiber (or a dot import).
; A slot with role "constant" rather than @constant so that it only counts in HTTP
; code: FTP clients (jlaffaye/ftp) name their replies StatusNotImplemented and the like.
; Declaration names (const StatusOK = 200) are not matched: only expression uses.
([
    (argument_list (identifier) @status)
    (expression_list (identifier) @status)
    (binary_expression [left: (identifier) @status right: (identifier) @status])
    (literal_element (identifier) @status)
    (index_expression index: (identifier) @status)
    (parenthesized_expression (identifier) @status)
 ]
  (#match? @status "^Status[A-Z]")
  (#set! role "constant")
  (#set! api "other")
  (#set! confidence "weak"))
