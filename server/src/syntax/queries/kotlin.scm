; HTTP status codes in Kotlin (tree-sitter-kotlin-ng).
;
; Each pattern marks a slot with @status and says what it is:
;   role: argument | assignment | comparison | bound | table | case | return | annotation
;   api:  response | redirect | error | client | test | route | definition | other
;   confidence "weak": only counts in a file about HTTP, outside SMTP/FTP code.
;   check "name" / "phrase": a table entry counts only when @name or @phrase
;   spells the code's reason phrase.
; Captures starting with an underscore only feed predicates; a predicate on a
; capture that a branch of an alternation does not bind is vacuously true.
; Arguments are `(value_argument [name] value)`; the scanner looks through
; value_argument to its value, so a slot may be the value_argument itself.
;
; "Status-like" names (properties, locals, getters) below match
;   (?i)^(get)?([a-z0-9]*_?)?(status|status_?code|status_?value|status_?code_?value|response_?code|http_?code)$
; and not the names of other kinds of status (exitStatus, orderStatus, jobStatus, ...),
; e.g. response.status, response.status.value (Ktor), response.statusCode
; (Spring), statusCode.value(), connection.responseCode, expectedStatus.
; Only `code` (OkHttp response.code) is weak.

; ------------------------------------------------------------ tables
; First, so that definitions are reported as table entries.

; Ktor's own table: val NotFound: HttpStatusCode = HttpStatusCode(404, "Not Found").
(property_declaration
  (variable_declaration . (identifier) @name)
  (call_expression
    . (identifier) @_c
    (value_arguments . (value_argument) @status))
  (#eq? @_c "HttpStatusCode")
  (#set! role "table")
  (#set! api "definition")
  (#set! check "name"))

; const val HTTP_NOT_FOUND = 404; val NotFound = 404 (object Codes { ... }).
; FTP COMMAND_OK = 200 and SMTP ACTION_OK = 250 fail the name check.
(property_declaration
  (variable_declaration . (identifier) @name)
  .
  (number_literal) @status
  (#set! role "table")
  (#set! api "definition")
  (#set! check "name"))

; enum class HttpStatus(val code: Int) { OK(200), NOT_FOUND(404, "Not Found") }.
(enum_entry
  . (identifier) @name
  (value_arguments . (value_argument (number_literal)) @status)
  (#set! role "table")
  (#set! api "definition")
  (#set! check "name"))

; enum entries named otherwise whose string argument is the phrase: SUCCESS(200, "OK").
(enum_entry
  (value_arguments
    . (value_argument (number_literal)) @status
    . (value_argument (string_literal)) @phrase)
  (#set! role "table")
  (#set! api "definition")
  (#set! check "phrase"))

; ------------------------------------------------------------ annotations

; Spring @ResponseStatus(HttpStatus.NOT_FOUND), @ResponseStatus(code = HttpStatus.CREATED),
; @ResponseStatus(value = ...), Micronaut @Status(HttpStatus.CREATED).
(annotation
  (constructor_invocation
    (user_type (identifier) @_a .)
    (value_arguments (value_argument) @status))
  (#match? @_a "^(ResponseStatus|Status)$")
  (#set! role "annotation")
  (#set! api "response"))

; Swagger 2 @ApiResponse(code = 404, message = "..."); OpenAPI 3
; responseCode = "404" is a string and yields nothing.
(annotation
  (constructor_invocation
    (user_type (identifier) @_a .)
    (value_arguments (value_argument . (identifier) @_k . (_) @status .)))
  (#eq? @_a "ApiResponse")
  (#eq? @_k "code")
  (#set! role "annotation")
  (#set! api "route"))

; ------------------------------------------------------------ tests
; Before the general call patterns so that assertions keep api "test".

; JUnit / kotlin.test assertEquals(HttpStatusCode.OK, response.status),
; assertEquals(200, response.status.value), assertEquals(404, conn.responseCode).
(call_expression
  . [(identifier) @_m (navigation_expression (identifier) @_m .)]
  (value_arguments
    (value_argument) @status
    .
    (value_argument [
      (identifier) @_p
      (navigation_expression (identifier) @_p .)
      (call_expression . (navigation_expression (identifier) @_p .))
      (navigation_expression
        . [(identifier) @_p (navigation_expression (identifier) @_p .)]
        (identifier) @_v .)
      (call_expression . (navigation_expression
        . [(identifier) @_p (navigation_expression (identifier) @_p .)]
        (identifier) @_v .))
    ]))
  (#match? @_m "^(assertEquals|assertNotEquals|assertSame)$")
  (#eq? @_v "value")
  (#match? @_p "(?i)^(get)?([a-z0-9]*_?)?(status|status_?code|status_?value|status_?code_?value|response_?code|http_?code)$")
  (#not-match? @_p "(?i)^(get)?(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)")
  (#set! role "comparison")
  (#set! api "test"))

(call_expression
  . [(identifier) @_m (navigation_expression (identifier) @_m .)]
  (value_arguments
    (value_argument [
      (identifier) @_p
      (navigation_expression (identifier) @_p .)
      (call_expression . (navigation_expression (identifier) @_p .))
      (navigation_expression
        . [(identifier) @_p (navigation_expression (identifier) @_p .)]
        (identifier) @_v .)
    ])
    .
    (value_argument) @status)
  (#match? @_m "^(assertEquals|assertNotEquals|assertSame)$")
  (#eq? @_v "value")
  (#match? @_p "(?i)^(get)?([a-z0-9]*_?)?(status|status_?code|status_?value|status_?code_?value|response_?code|http_?code)$")
  (#not-match? @_p "(?i)^(get)?(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)")
  (#set! role "comparison")
  (#set! api "test"))

; assertEquals(404, response.code) with OkHttp / Retrofit.
(call_expression
  . [(identifier) @_m (navigation_expression (identifier) @_m .)]
  (value_arguments
    (value_argument (number_literal)) @status
    .
    (value_argument [
      (navigation_expression (identifier) @_p .)
      (call_expression . (navigation_expression (identifier) @_p .))
    ]))
  (#match? @_m "^(assertEquals|assertNotEquals)$")
  (#eq? @_p "code")
  (#set! role "comparison")
  (#set! api "test")
  (#set! confidence "weak"))

; assertk / AssertJ assertThat(response.code).isEqualTo(200) (OkHttp) in HTTP code.
(call_expression
  . (navigation_expression
    . (call_expression
      . [(identifier) @_e (navigation_expression (identifier) @_e .)]
      (value_arguments . (value_argument [
        (navigation_expression (identifier) @_p .)
        (call_expression . (navigation_expression (identifier) @_p .))
      ])))
    (identifier) @_m .)
  (value_arguments . (value_argument (number_literal) @status) .)
  (#match? @_e "^(assertThat|expectThat)$")
  (#eq? @_p "code")
  (#match? @_m "^(isEqualTo|isNotEqualTo)$")
  (#match? @status "^(10[0-3]|20[0-8]|226|30[0-8]|4(0[0-9]|1[0-8]|2[1-689]|31|51)|50[0-8]|51[01])$")
  (#set! role "comparison")
  (#set! api "test")
  (#set! confidence "weak"))

; kotest: response.status shouldBe HttpStatusCode.OK, response.status.value shouldBe 200,
; response.statusCode shouldNotBe HttpStatus.INTERNAL_SERVER_ERROR.
(infix_expression
  . [
    (identifier) @_p
    (navigation_expression (identifier) @_p .)
    (call_expression . (navigation_expression (identifier) @_p .))
    (navigation_expression
      . [(identifier) @_p (navigation_expression (identifier) @_p .)]
      (identifier) @_v .)
    (call_expression . (navigation_expression
      . [(identifier) @_p (navigation_expression (identifier) @_p .)]
      (identifier) @_v .))
  ]
  . (identifier) @_i
  . (_) @status .
  (#match? @_i "^(shouldBe|shouldNotBe|shouldBeEqual|shouldEqual)$")
  (#eq? @_v "value")
  (#match? @_p "(?i)^(get)?([a-z0-9]*_?)?(status|status_?code|status_?value|status_?code_?value|response_?code|http_?code)$")
  (#not-match? @_p "(?i)^(get)?(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)")
  (#set! role "comparison")
  (#set! api "test"))

; response.code shouldBe 404 (OkHttp) in HTTP code.
(infix_expression
  . (navigation_expression (identifier) @_p .)
  . (identifier) @_i
  . (number_literal) @status .
  (#match? @_i "^(shouldBe|shouldNotBe)$")
  (#eq? @_p "code")
  (#set! role "comparison")
  (#set! api "test")
  (#set! confidence "weak"))

; AssertJ / Strikt / Truth: assertThat(response.statusCode).isEqualTo(HttpStatus.OK),
; expectThat(response.status).isEqualTo(HttpStatusCode.NotFound),
; assertThat(response.statusCode.value()).isEqualTo(200).
(call_expression
  . (navigation_expression
    . (call_expression
      . [(identifier) @_e (navigation_expression (identifier) @_e .)]
      (value_arguments . (value_argument [
        (identifier) @_p
        (navigation_expression (identifier) @_p .)
        (call_expression . (navigation_expression (identifier) @_p .))
        (navigation_expression
          . [(identifier) @_p (navigation_expression (identifier) @_p .)]
          (identifier) @_v .)
        (call_expression . (navigation_expression
          . [(identifier) @_p (navigation_expression (identifier) @_p .)]
          (identifier) @_v .))
      ])))
    (identifier) @_m .)
  (value_arguments (value_argument) @status)
  (#match? @_e "^(assertThat|expectThat|expect|that)$")
  (#eq? @_v "value")
  (#match? @_p "(?i)^(get)?([a-z0-9]*_?)?(status|status_?code|status_?value|status_?code_?value|response_?code|http_?code)$")
  (#not-match? @_p "(?i)^(get)?(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)")
  (#match? @_m "^(isEqualTo|isNotEqualTo|isSameAs|isIn|isNotIn|isOneOf)$")
  (#set! role "comparison")
  (#set! api "test"))

; Spring MockMvc Kotlin DSL: andExpect { status { isEqualTo(404) } };
; WebTestClient .expectStatus().isEqualTo(404); MockMvc status().is(404).
(call_expression
  . (identifier) @_s
  (annotated_lambda (lambda_literal (call_expression
    . (identifier) @_m
    (value_arguments . (value_argument) @status))))
  (#eq? @_s "status")
  (#match? @_m "^(isEqualTo|is|`is`|value)$")
  (#set! role "comparison")
  (#set! api "test"))

(call_expression
  . (navigation_expression
    . (call_expression . [(identifier) @_o (navigation_expression (identifier) @_o .)])
    (identifier) @_m .)
  (value_arguments . (value_argument) @status)
  (#match? @_o "^(status|expectStatus)$")
  (#match? @_m "^(isEqualTo|is|`is`|value)$")
  (#set! role "comparison")
  (#set! api "test"))

; RestAssured (Kotlin extensions) Then { statusCode(200) } and .then().statusCode(200).
(call_expression
  . (navigation_expression
    . (call_expression . [(identifier) @_o (navigation_expression (identifier) @_o .)])
    (identifier) @_m .)
  (value_arguments . (value_argument) @status)
  (#match? @_o "^(then|assertThat|and)$")
  (#eq? @_m "statusCode")
  (#set! role "comparison")
  (#set! api "test"))

; ------------------------------------------------------------ Ktor

; call.respond(HttpStatusCode.NotFound, body), call.respond(status = ..., message = ...),
; call.respondText(text, status = HttpStatusCode.Created),
; call.respondText(text, ContentType.Text.Plain, HttpStatusCode.OK),
; call.respondBytes(bytes, contentType, status); MockEngine respond(content,
; HttpStatusCode.OK, headers), respondError(HttpStatusCode.NotFound).
(call_expression
  . [(identifier) @_m (navigation_expression (identifier) @_m .)]
  (value_arguments (value_argument) @status)
  (#match? @_m "^(respond|respondText|respondBytes|respondBytesWriter|respondOutputStream|respondFile|respondNullable|respondTextWriter|respondSource|respondError|respondHtml|respondChannel)$")
  (#set! role "argument")
  (#set! api "response"))

; Ktor with a body: call.respond(HttpStatusCode.NoContent, x) (status, then message),
; call.respondText("x", status = HttpStatusCode.NoContent), call.respondBytes(b, ct, status)
; (body first), call.respond(status = .., message = x) (named, either order),
; call.respondHtml(HttpStatusCode.NoContent) { .. } (the lambda writes the body).
(call_expression
  . [(identifier) @_m (navigation_expression (identifier) @_m .)]
  (value_arguments . (value_argument) @status . (value_argument . (_) @body .))
  (#match? @_m "^(respond|respondNullable)$")
  (#set! role "argument")
  (#set! api "response"))

(call_expression
  . [(identifier) @_m (navigation_expression (identifier) @_m .)]
  (value_arguments . (value_argument . (_) @body .) (value_argument) @status)
  (#match? @_m "^(respondText|respondBytes|respondSource)$")
  (#set! role "argument")
  (#set! api "response"))

(call_expression
  . [(identifier) @_m (navigation_expression (identifier) @_m .)]
  (value_arguments (value_argument . (identifier) @_n . (_) @body .) (value_argument) @status)
  (#match? @_m "^(respond|respondNullable|respondText|respondBytes|respondSource)$")
  (#match? @_n "^(message|text|bytes|source)$")
  (#set! role "argument")
  (#set! api "response"))

(call_expression
  . [(identifier) @_m (navigation_expression (identifier) @_m .)]
  (value_arguments (value_argument) @status (value_argument . (identifier) @_n . (_) @body .))
  (#match? @_m "^(respond|respondNullable|respondText|respondBytes|respondSource)$")
  (#match? @_n "^(message|text|bytes|source)$")
  (#set! role "argument")
  (#set! api "response"))

(call_expression
  (call_expression
    . [(identifier) @_m (navigation_expression (identifier) @_m .)]
    (value_arguments (value_argument) @status))
  (annotated_lambda) @body
  (#match? @_m "^(respondHtml|respondTextWriter|respondOutputStream|respondBytesWriter)$")
  (#set! role "argument")
  (#set! api "response"))

; Ktor HttpStatusCode.fromValue(404) / HttpStatusCode(418, "I'm a teapot");
; Spring HttpStatus.valueOf(404), HttpStatusCode.valueOf(404), HttpStatus.resolve(404).
(call_expression
  . (navigation_expression . (identifier) @_o (identifier) @_m .)
  (value_arguments . (value_argument) @status)
  (#match? @_o "^(HttpStatusCode|HttpStatus|HttpResponseStatus)$")
  (#match? @_m "^(fromValue|valueOf|resolve)$")
  (#set! role "argument")
  (#set! api "other"))

(call_expression
  . (identifier) @_c
  (value_arguments . (value_argument) @status)
  (#match? @_c "^(HttpStatusCode|HttpResponseStatus)$")
  (#set! role "argument")
  (#set! api "other"))

; ------------------------------------------------------------ calls

; call.response.status(HttpStatusCode.OK) (Ktor); ResponseEntity.status(404),
; ServerResponse.status(...) (Spring); Response.status(404) (JAX-RS);
; response.setStatus(404), response.sendError(404, "msg") (Servlet);
; aResponse().withStatus(404) / status(404) (WireMock); MockResponse()
; .setResponseCode(404) (MockWebServer); exchange.sendResponseHeaders(200, -1);
; ctx.status(404) (Javalin); response.setStatusCode(HttpStatus.UNAUTHORIZED) (WebFlux).
(call_expression
  . [(identifier) @_m (navigation_expression (identifier) @_m .)]
  (value_arguments . (value_argument) @status)
  (#match? @_m "^(status|setStatus|statusCode|setStatusCode|withStatus|withStatusCode|sendError|sendResponseHeaders|setResponseCode|responseCode|httpStatus|setHttpStatus|withHttpStatus|setRawStatusCode|rawStatusCode|sendStatus)$")
  (#set! role "argument")
  (#set! api "response"))

; The same with a body: Spring ResponseEntity.status(HttpStatus.NO_CONTENT).body(x),
; ServerResponse.status(..).bodyValue(x), JAX-RS Response.status(204).entity(x),
; Javalin ctx.status(204).result(x); also with one header or content type set in between.
(call_expression
  . (navigation_expression
    . [
      (call_expression
        . [(identifier) @_m (navigation_expression (identifier) @_m .)]
        (value_arguments . (value_argument) @status))
      (call_expression
        . (navigation_expression
          . (call_expression
            . [(identifier) @_m (navigation_expression (identifier) @_m .)]
            (value_arguments . (value_argument) @status))
          (identifier) @_h .))
    ]
    (identifier) @_b .)
  (value_arguments . (value_argument . (_) @body .))
  (#match? @_m "^(status|setStatusCode)$")
  (#match? @_h "^(header|headers|contentType|type|contentLength|cookie|eTag|lastModified|location|allow|language|encoding|cacheControl|putHeader|varyBy)$")
  (#match? @_b "^(body|bodyValue|syncBody|entity|result|json|html|end|send)$")
  (#set! role "argument")
  (#set! api "response"))

; Named arguments anywhere: Foo(status = HttpStatusCode.NotFound),
; ErrorResponse(statusCode = 404), respond(httpStatus = HttpStatus.OK).
(value_argument
  . (identifier) @_k
  . (_) @status .
  (#match? @_k "(?i)^(status|status_?code|http_?status|http_?status_?code|response_?code|http_?code)$")
  (#set! role "argument")
  (#set! api "response"))

; MockWebServer MockResponse(code = 404), Response.Builder() named code = 200: in HTTP code.
(value_argument
  . (identifier) @_k
  . (number_literal) @status .
  (#eq? @_k "code")
  (#match? @status "^(10[0-3]|20[0-8]|226|30[0-8]|4(0[0-9]|1[0-8]|2[1-689]|31|51)|50[0-8]|51[01])$")
  (#set! role "argument")
  (#set! api "response")
  (#set! confidence "weak"))

; OkHttp Response.Builder().code(200), MockResponse.Builder().code(404).
(call_expression
  . (navigation_expression (identifier) @_m .)
  (value_arguments . (value_argument (number_literal)) @status .)
  (#eq? @_m "code")
  (#set! role "argument")
  (#set! api "response")
  (#set! confidence "weak"))

; Spring ResponseEntity(body, HttpStatus.OK) / ResponseEntity(HttpStatus.NO_CONTENT) /
; ResponseEntity<Foo>(body, headers, HttpStatus.CREATED): the last argument.
(call_expression
  . (identifier) @_c
  (value_arguments (value_argument) @status .)
  (#eq? @_c "ResponseEntity")
  (#set! role "argument")
  (#set! api "response"))

; The same with a body: ResponseEntity(body, HttpStatus.NO_CONTENT),
; ResponseEntity(body, headers, 204). Not ResponseEntity(headers, status).
(call_expression
  . (identifier) @_c
  (value_arguments . (value_argument . (_) @body .) (value_argument) @status .)
  (#eq? @_c "ResponseEntity")
  (#not-match? @body "(?i)^(\\w+\\.)*(http|response)?_?headers?$|^HttpHeaders\\(|(?i)headers\\(\\)$")
  (#set! role "argument")
  (#set! api "response"))

; Exceptions carrying a status: ResponseStatusException(HttpStatus.NOT_FOUND, "..."),
; WebApplicationException(404), ClientErrorException(409),
; HttpClientErrorException(HttpStatus.BAD_REQUEST), Ktor-style HttpException(HttpStatusCode.X).
(call_expression
  . [(identifier) @_c (navigation_expression (identifier) @_c .)]
  (value_arguments (value_argument) @status)
  (#match? @_c "^(ResponseStatusException|ErrorResponseException|WebApplicationException|ClientErrorException|ServerErrorException|RedirectionException|HttpException|HttpResponseException|HttpStatusException|HttpClientErrorException|HttpServerErrorException|HttpStatusCodeException|HttpError|HttpStatusError|StatusException|ResponseException|ClientRequestException|ServerResponseException)$")
  (#set! role "argument")
  (#set! api "error"))

; ------------------------------------------------------------ assignments

; response.status = 404, statusCode = 500, call.response.status = ...
(assignment
  left: [(identifier) @_p (navigation_expression (identifier) @_p .)]
  right: (_) @status
  (#match? @_p "(?i)^(get)?([a-z0-9]*_?)?(status|status_?code|status_?value|status_?code_?value|response_?code|http_?code)$")
  (#not-match? @_p "(?i)^(get)?(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)")
  (#set! role "assignment")
  (#set! api "other"))

; val status = 404, var statusCode: Int = 200, val expectedStatus = HttpStatusCode.OK,
; const val NOT_FOUND_STATUS = 404.
(property_declaration
  (variable_declaration . (identifier) @_p)
  .
  (_) @status
  (#match? @_p "(?i)^([a-z0-9]*_?)?(status|status_?code|response_?code|http_?code)$")
  (#not-match? @_p "(?i)^(get)?(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)")
  (#set! role "assignment")
  (#set! api "other"))

; Defaults: class ApiError(val status: Int = 500), fun fail(status: HttpStatusCode = HttpStatusCode.BadRequest).
(class_parameter
  . (identifier) @_p
  (_) @status .
  (#match? @_p "(?i)^(status|status_?code|http_?status|http_?status_?code|response_?code|http_?code)$")
  (#set! role "assignment")
  (#set! api "other"))

(function_value_parameters
  (parameter . (identifier) @_p)
  .
  (_) @status
  (#match? @_p "(?i)^(status|status_?code|http_?status|http_?status_?code|response_?code|http_?code)$")
  (#set! role "assignment")
  (#set! api "other"))

; Sets and lists of statuses: val RETRYABLE_STATUS_CODES = setOf(429, 502, 503).
(property_declaration
  (variable_declaration . (identifier) @_p)
  .
  (call_expression
    . (identifier) @_f
    (value_arguments (value_argument) @status))
  (#match? @_p "(?i)(status|statuses|http_?codes?|response_?codes?)")
  (#match? @_f "^(setOf|listOf|arrayOf|intArrayOf|mutableSetOf|mutableListOf|hashSetOf)$")
  (#set! role "comparison")
  (#set! api "other"))

; ------------------------------------------------------------ returns

; override fun getStatus() = 404; override val statusCode get() = 500 is not covered.
(function_declaration
  name: (identifier) @_n
  (function_body . (_) @status .)
  (#match? @_n "(?i)^(get)?(raw|http|response|default)?_?(status|status_?code|status_?value|response_?code|http_?code|http_?status)$")
  (#set! role "return")
  (#set! api "response"))

; ------------------------------------------------------------ comparisons

; response.status == HttpStatusCode.OK, response.status.value == 200,
; conn.responseCode != 200, response.statusCode.value() == 404.
(binary_expression
  left: [
    (identifier) @_p
    (navigation_expression (identifier) @_p .)
    (call_expression . (navigation_expression (identifier) @_p .))
    (navigation_expression
      . [(identifier) @_p (navigation_expression (identifier) @_p .)]
      (identifier) @_v .)
    (call_expression . (navigation_expression
      . [(identifier) @_p (navigation_expression (identifier) @_p .)]
      (identifier) @_v .))
  ]
  operator: ["==" "!=" "===" "!=="]
  right: (_) @status
  (#eq? @_v "value")
  (#match? @_p "(?i)^(get)?([a-z0-9]*_?)?(status|status_?code|status_?value|status_?code_?value|response_?code|http_?code)$")
  (#not-match? @_p "(?i)^(get)?(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)")
  (#set! role "comparison")
  (#set! api "client"))

(binary_expression
  left: (_) @status
  operator: ["==" "!=" "===" "!=="]
  right: [
    (identifier) @_p
    (navigation_expression (identifier) @_p .)
    (call_expression . (navigation_expression (identifier) @_p .))
    (navigation_expression
      . [(identifier) @_p (navigation_expression (identifier) @_p .)]
      (identifier) @_v .)
  ]
  (#eq? @_v "value")
  (#match? @_p "(?i)^(get)?([a-z0-9]*_?)?(status|status_?code|status_?value|status_?code_?value|response_?code|http_?code)$")
  (#not-match? @_p "(?i)^(get)?(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)")
  (#set! role "comparison")
  (#set! api "client"))

; OkHttp response.code == 404 / response.code() != 200, code == 404: only in HTTP code.
(binary_expression
  left: [
    (identifier) @_p
    (navigation_expression (identifier) @_p .)
    (call_expression . (navigation_expression (identifier) @_p .))
  ]
  operator: ["==" "!="]
  right: (number_literal) @status
  (#eq? @_p "code")
  (#match? @status "^(10[0-3]|20[0-8]|226|30[0-8]|4(0[0-9]|1[0-8]|2[1-689]|31|51)|50[0-8]|51[01])$")
  (#set! role "comparison")
  (#set! api "client")
  (#set! confidence "weak"))

; Ranges: status.value >= 400, response.statusCode.value() < 300, 500 <= status.
(binary_expression
  left: [
    (identifier) @_p
    (navigation_expression (identifier) @_p .)
    (call_expression . (navigation_expression (identifier) @_p .))
    (navigation_expression
      . [(identifier) @_p (navigation_expression (identifier) @_p .)]
      (identifier) @_v .)
    (call_expression . (navigation_expression
      . [(identifier) @_p (navigation_expression (identifier) @_p .)]
      (identifier) @_v .))
  ]
  operator: ["<" "<=" ">" ">="]
  right: (_) @status
  (#eq? @_v "value")
  (#match? @_p "(?i)^(get)?([a-z0-9]*_?)?(status|status_?code|status_?value|status_?code_?value|response_?code|http_?code)$")
  (#not-match? @_p "(?i)^(get)?(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)")
  (#set! role "bound")
  (#set! api "client"))

(binary_expression
  left: (_) @status
  operator: ["<" "<=" ">" ">="]
  right: [
    (identifier) @_p
    (navigation_expression (identifier) @_p .)
    (call_expression . (navigation_expression (identifier) @_p .))
    (navigation_expression
      . [(identifier) @_p (navigation_expression (identifier) @_p .)]
      (identifier) @_v .)
  ]
  (#eq? @_v "value")
  (#match? @_p "(?i)^(get)?([a-z0-9]*_?)?(status|status_?code|status_?value|status_?code_?value|response_?code|http_?code)$")
  (#not-match? @_p "(?i)^(get)?(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)")
  (#set! role "bound")
  (#set! api "client"))

(binary_expression
  left: [(identifier) @_p (navigation_expression (identifier) @_p .)]
  operator: ["<" "<=" ">" ">="]
  right: (number_literal) @status
  (#eq? @_p "code")
  (#set! role "bound")
  (#set! api "client")
  (#set! confidence "weak"))

; status in 200..299, response.status.value in 500..599, code in 200 until 300:
; each end of the range is a bound.
(in_expression
  left: [
    (identifier) @_p
    (navigation_expression (identifier) @_p .)
    (call_expression . (navigation_expression (identifier) @_p .))
    (navigation_expression
      . [(identifier) @_p (navigation_expression (identifier) @_p .)]
      (identifier) @_v .)
  ]
  right: [
    (range_expression (number_literal) @status)
    (infix_expression . (number_literal) @status)
    (infix_expression (number_literal) @status .)
  ]
  (#eq? @_v "value")
  (#match? @_p "(?i)^(get)?([a-z0-9]*_?)?(status|status_?code|status_?value|status_?code_?value|response_?code|http_?code|code)$")
  (#not-match? @_p "(?i)^(get)?(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)")
  (#set! role "bound")
  (#set! api "client"))

; status in listOf(301, 302), response.status.value !in setOf(200, 204).
(in_expression
  left: [
    (identifier) @_p
    (navigation_expression (identifier) @_p .)
    (navigation_expression
      . [(identifier) @_p (navigation_expression (identifier) @_p .)]
      (identifier) @_v .)
  ]
  right: (call_expression
    . (identifier) @_f
    (value_arguments (value_argument) @status))
  (#eq? @_v "value")
  (#match? @_p "(?i)^(get)?([a-z0-9]*_?)?(status|status_?code|status_?value|status_?code_?value|response_?code|http_?code)$")
  (#not-match? @_p "(?i)^(get)?(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)")
  (#match? @_f "^(listOf|setOf|arrayOf|intArrayOf)$")
  (#set! role "comparison")
  (#set! api "client"))

; ------------------------------------------------------------ when

; when (response.status.value) { 200 -> ...; 301, 302 -> ...; in 500..599 -> ... }
; when (response.status) { HttpStatusCode.OK -> ... }, when (val s = conn.responseCode) { ... }.
(when_expression
  (when_subject [
    (identifier) @_p
    (navigation_expression (identifier) @_p .)
    (call_expression . (navigation_expression (identifier) @_p .))
    (navigation_expression
      . [(identifier) @_p (navigation_expression (identifier) @_p .)]
      (identifier) @_v .)
    (call_expression . (navigation_expression
      . [(identifier) @_p (navigation_expression (identifier) @_p .)]
      (identifier) @_v .))
  ])
  (when_entry condition: (_) @status)
  (#eq? @_v "value")
  (#match? @_p "(?i)^(get)?([a-z0-9]*_?)?(status|status_?code|status_?value|status_?code_?value|response_?code|http_?code)$")
  (#not-match? @_p "(?i)^(get)?(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)")
  (#set! role "case")
  (#set! api "client"))

(when_expression
  (when_subject [
    (identifier) @_p
    (navigation_expression (identifier) @_p .)
    (call_expression . (navigation_expression (identifier) @_p .))
    (navigation_expression
      . [(identifier) @_p (navigation_expression (identifier) @_p .)]
      (identifier) @_v .)
  ])
  (when_entry condition: (range_test [
    (range_expression (number_literal) @status)
    (infix_expression . (number_literal) @status)
    (infix_expression (number_literal) @status .)
  ]))
  (#eq? @_v "value")
  (#match? @_p "(?i)^(get)?([a-z0-9]*_?)?(status|status_?code|status_?value|status_?code_?value|response_?code|http_?code)$")
  (#not-match? @_p "(?i)^(get)?(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)")
  (#set! role "bound")
  (#set! api "client"))

; when (response.code) { 200 -> ... } (OkHttp) in HTTP code.
(when_expression
  (when_subject [
    (identifier) @_p
    (navigation_expression (identifier) @_p .)
    (call_expression . (navigation_expression (identifier) @_p .))
  ])
  (when_entry condition: (number_literal) @status)
  (#eq? @_p "code")
  (#match? @status "^(10[0-3]|20[0-8]|226|30[0-8]|4(0[0-9]|1[0-8]|2[1-689]|31|51)|50[0-8]|51[01])$")
  (#set! role "case")
  (#set! api "client")
  (#set! confidence "weak"))

(when_expression
  (when_subject [
    (identifier) @_p
    (navigation_expression (identifier) @_p .)
  ])
  (when_entry condition: (range_test [
    (range_expression (number_literal) @status)
    (infix_expression . (number_literal) @status)
    (infix_expression (number_literal) @status .)
  ]))
  (#eq? @_p "code")
  (#set! role "bound")
  (#set! api "client")
  (#set! confidence "weak"))

; ------------------------------------------------------------ constants

; HttpStatusCode.NotFound (Ktor), HttpStatus.NOT_FOUND (Spring),
; HttpServletResponse.SC_NOT_FOUND, HttpURLConnection.HTTP_NOT_FOUND,
; Response.Status.NOT_FOUND, anywhere (also inside HttpStatusCode.OK.value).
((navigation_expression) @constant
  (#match? @constant "(HttpStatus|HttpServletResponse|HttpURLConnection|Response\\.Status|SC_|HTTP_)"))

; Bare SC_NOT_FOUND / HTTP_NOT_FOUND after importing them, in expression
; positions only (not imports, not the name of their own declaration).
([
  (value_argument (identifier) @constant .)
  (binary_expression left: (identifier) @constant)
  (binary_expression right: (identifier) @constant)
  (assignment right: (identifier) @constant)
  (property_declaration (variable_declaration) . (identifier) @constant)
  (when_entry condition: (identifier) @constant)
  (return_expression (identifier) @constant)
]
  (#match? @constant "^(SC|HTTP)_[A-Z0-9_]+$")
  (#not-match? @constant "^HTTP_(VERSION|1|2|3)"))
