; HTTP status codes in Java.
;
; Each pattern marks a slot with @status and says what it is:
;   role: argument | assignment | comparison | bound | table | case | return | annotation
;   api:  response | redirect | error | client | test | route | definition | other
;   confidence "weak": only counts in a file about HTTP, outside SMTP/FTP code.
;   check "name" / "phrase": a table entry counts only when @name or @phrase
;   spells the code's reason phrase.
; Captures starting with an underscore only feed predicates; a predicate on a
; capture that a branch of an alternation does not bind is vacuously true.
;
; "Status-like" names (fields, locals, getters) below match
;   (?i)^(get)?([a-z0-9]*_?)?(status|status_?code|status_?value|status_?code_?value|status_?int|response_?code|http_?code)$
; and not the names of other kinds of status (exitStatus, orderStatus, jobStatus, ...),
; e.g. status, statusCode, getStatus(), getStatusCode(), getRawStatusCode(),
; getStatusCodeValue(), getResponseCode(), statusCode() (java.net.http),
; responseStatus, expectedStatus. A status-like receiver followed by
; `.value()` (Spring `getStatusCode().value()`, `status.value()`) also counts.
; Only `code` / `getCode()` / `code()` (OkHttp, HttpClient 5) are weak.

; ------------------------------------------------------------ tables
; First, so that a definition is reported as a table entry.

; public static final int SC_NOT_FOUND = 404; int HTTP_OK = 200; interface
; constants. FTPReply.COMMAND_OK = 200 or SMTP ACTION_OK = 250 fail the name
; check.
(variable_declarator
  name: (identifier) @name
  value: (decimal_integer_literal) @status
  (#set! role "table")
  (#set! api "definition")
  (#set! check "name"))

; enum HttpStatus { NOT_FOUND(404, Series.CLIENT_ERROR, "Not Found"), OK(200, "OK") }
(enum_constant
  name: (identifier) @name
  arguments: (argument_list . (decimal_integer_literal) @status)
  (#set! role "table")
  (#set! api "definition")
  (#set! check "name"))

; enum Status { SUCCESS(200, "OK") }: the enum name is not the phrase but the
; string argument is.
(enum_constant
  arguments: (argument_list . (decimal_integer_literal) @status (string_literal) @phrase)
  (#set! role "table")
  (#set! api "definition")
  (#set! check "phrase"))

; ------------------------------------------------------------ annotations

; Spring @ResponseStatus(HttpStatus.NOT_FOUND), Quarkus/RESTEasy Reactive
; @ResponseStatus(201), Micronaut @Status(HttpStatus.CREATED).
(annotation
  name: [(identifier) @_a (scoped_identifier name: (identifier) @_a)]
  arguments: (annotation_argument_list . (_) @status .)
  (#match? @_a "^(ResponseStatus|Status)$")
  (#set! role "annotation")
  (#set! api "response"))

; @ResponseStatus(code = HttpStatus.CREATED, reason = "..."), @ResponseStatus(value = ...).
(annotation
  name: [(identifier) @_a (scoped_identifier name: (identifier) @_a)]
  arguments: (annotation_argument_list
    (element_value_pair key: (identifier) @_k value: (_) @status))
  (#match? @_a "^(ResponseStatus|Status)$")
  (#match? @_k "^(code|value)$")
  (#set! role "annotation")
  (#set! api "response"))

; Swagger 2 @ApiResponse(code = 404, message = "..."), also nested in
; @ApiResponses({...}). OpenAPI 3 @ApiResponse(responseCode = "404") is a
; string and yields nothing.
(annotation
  name: [(identifier) @_a (scoped_identifier name: (identifier) @_a)]
  arguments: (annotation_argument_list
    (element_value_pair key: (identifier) @_k value: (_) @status))
  (#match? @_a "^(ApiResponse|ApiResponseStatus)$")
  (#match? @_k "^(code|status|responseCode)$")
  (#set! role "annotation")
  (#set! api "route"))

; ------------------------------------------------------------ tests
; Before the general call patterns so that assertions keep api "test".

; RestAssured given().when().get("/").then().statusCode(200) /
; .assertThat().statusCode(HttpStatus.SC_OK); Spring
; assertThat(mvc.get().uri("/")).hasStatus(404); WebTestClient
; .expectStatus().isEqualTo(404); MockMvc status().is(404).
(method_invocation
  object: (method_invocation name: (identifier) @_o)
  name: (identifier) @_m
  arguments: (argument_list . (_) @status)
  (#match? @_o "^(then|assertThat|and|expect|statusCode|log|body)$")
  (#match? @_m "^(statusCode|hasStatus|hasStatusCode)$")
  (#set! role "comparison")
  (#set! api "test"))

(method_invocation
  object: (method_invocation name: (identifier) @_o)
  name: (identifier) @_m
  arguments: (argument_list . (_) @status)
  (#match? @_o "^(status|expectStatus)$")
  (#match? @_m "^(is|isEqualTo|value)$")
  (#set! role "comparison")
  (#set! api "test"))

; AssertJ / Truth: assertThat(response.getStatus()).isEqualTo(404),
; assertThat(resp.getStatusCode()).isEqualTo(HttpStatus.OK),
; assertThat(entity.getStatusCode().value()).isNotEqualTo(500),
; assertThat(status).isIn(301, 302).
(method_invocation
  object: (method_invocation
    name: (identifier) @_e
    arguments: (argument_list . [
      (identifier) @_p
      (field_access field: (identifier) @_p)
      (method_invocation name: (identifier) @_p)
      (method_invocation
        object: [(identifier) @_p (field_access field: (identifier) @_p) (method_invocation name: (identifier) @_p)]
        name: (identifier) @_v)
    ]))
  name: (identifier) @_m
  arguments: (argument_list (_) @status)
  (#match? @_e "^(assertThat|assertThatStatus|assertWithMessage|expectThat|that)$")
  (#eq? @_v "value")
  (#match? @_p "(?i)^(get)?([a-z0-9]*_?)?(status|status_?code|status_?value|status_?code_?value|status_?int|response_?code|http_?code)$")
  (#not-match? @_p "(?i)^(get)?(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)")
  (#match? @_m "^(isEqualTo|isNotEqualTo|isSameAs|isNotSameAs|isIn|isNotIn|isEqualByComparingTo|isOneOf)$")
  (#set! role "comparison")
  (#set! api "test"))

; The same with OkHttp `response.code()` / HttpClient 5 `getCode()`.
(method_invocation
  object: (method_invocation
    name: (identifier) @_e
    arguments: (argument_list . [
      (field_access field: (identifier) @_p)
      (method_invocation name: (identifier) @_p)
    ]))
  name: (identifier) @_m
  arguments: (argument_list (decimal_integer_literal) @status)
  (#match? @_e "^(assertThat|expectThat|that)$")
  (#match? @_p "^(code|getCode)$")
  (#match? @_m "^(isEqualTo|isNotEqualTo|isIn|isNotIn)$")
  (#set! role "comparison")
  (#set! api "test")
  (#set! confidence "weak"))

; AssertJ bounds: assertThat(status).isGreaterThanOrEqualTo(400), isBetween(200, 299).
(method_invocation
  object: (method_invocation
    name: (identifier) @_e
    arguments: (argument_list . [
      (identifier) @_p
      (field_access field: (identifier) @_p)
      (method_invocation name: (identifier) @_p)
      (method_invocation
        object: [(identifier) @_p (field_access field: (identifier) @_p) (method_invocation name: (identifier) @_p)]
        name: (identifier) @_v)
    ]))
  name: (identifier) @_m
  arguments: (argument_list (decimal_integer_literal) @status)
  (#eq? @_e "assertThat")
  (#eq? @_v "value")
  (#match? @_p "(?i)^(get)?([a-z0-9]*_?)?(status|status_?code|status_?value|status_?code_?value|status_?int|response_?code|http_?code)$")
  (#not-match? @_p "(?i)^(get)?(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)")
  (#match? @_m "^(isGreaterThan|isGreaterThanOrEqualTo|isLessThan|isLessThanOrEqualTo|isBetween|isStrictlyBetween)$")
  (#set! role "bound")
  (#set! api "test"))

; Mockito stubs: when(response.getStatus()).thenReturn(404),
; given(resp.getStatusCode()).willReturn(HttpStatus.OK),
; when(conn.getResponseCode()).thenReturn(HttpURLConnection.HTTP_OK).
(method_invocation
  object: (method_invocation
    name: (identifier) @_w
    arguments: (argument_list . [
      (identifier) @_p
      (field_access field: (identifier) @_p)
      (method_invocation name: (identifier) @_p)
      (method_invocation
        object: [(identifier) @_p (field_access field: (identifier) @_p) (method_invocation name: (identifier) @_p)]
        name: (identifier) @_v)
    ]))
  name: (identifier) @_m
  arguments: (argument_list (_) @status)
  (#match? @_w "^(when|given)$")
  (#match? @_m "^(thenReturn|willReturn)$")
  (#eq? @_v "value")
  (#match? @_p "(?i)^(get)?([a-z0-9]*_?)?(status|status_?code|status_?value|status_?code_?value|status_?int|response_?code|http_?code)$")
  (#not-match? @_p "(?i)^(get)?(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)")
  (#set! role "comparison")
  (#set! api "test"))

; AssertJ assertThat(response).extracting(Response::getStatus).isEqualTo(404).
(method_invocation
  object: (method_invocation
    name: (identifier) @_x
    arguments: (argument_list . (method_reference (identifier) @_p .)))
  name: (identifier) @_m
  arguments: (argument_list (_) @status)
  (#eq? @_x "extracting")
  (#match? @_p "(?i)^(get)?([a-z0-9]*_?)?(status|status_?code|status_?value|status_?code_?value|status_?int|response_?code|http_?code)$")
  (#not-match? @_p "(?i)^(get)?(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)")
  (#match? @_m "^(isEqualTo|isNotEqualTo|isIn)$")
  (#set! role "comparison")
  (#set! api "test"))

; JUnit / TestNG: assertEquals(200, response.getStatus()),
; assertEquals(HttpStatus.OK, resp.getStatusCode()), assertEquals("msg", 404,
; conn.getResponseCode()), and the actual-first order of TestNG; Hamcrest
; assertThat(response.getStatus(), is(200)) / equalTo(HttpStatus.OK).
(method_invocation
  name: (identifier) @_m
  arguments: (argument_list
    (_) @status
    .
    [
      (identifier) @_p
      (field_access field: (identifier) @_p)
      (method_invocation name: (identifier) @_p)
      (method_invocation
        object: [(identifier) @_p (field_access field: (identifier) @_p) (method_invocation name: (identifier) @_p)]
        name: (identifier) @_v)
    ])
  (#match? @_m "^(assertEquals|assertNotEquals|assertSame|assertNotSame)$")
  (#eq? @_v "value")
  (#match? @_p "(?i)^(get)?([a-z0-9]*_?)?(status|status_?code|status_?value|status_?code_?value|status_?int|response_?code|http_?code)$")
  (#not-match? @_p "(?i)^(get)?(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)")
  (#set! role "comparison")
  (#set! api "test"))

(method_invocation
  name: (identifier) @_m
  arguments: (argument_list
    [
      (identifier) @_p
      (field_access field: (identifier) @_p)
      (method_invocation name: (identifier) @_p)
      (method_invocation
        object: [(identifier) @_p (field_access field: (identifier) @_p) (method_invocation name: (identifier) @_p)]
        name: (identifier) @_v)
    ]
    .
    [
      (_) @status
      (method_invocation
        name: (identifier) @_h
        arguments: (argument_list . (_) @status))
    ])
  (#match? @_m "^(assertEquals|assertNotEquals|assertSame|assertNotSame|assertThat)$")
  (#eq? @_v "value")
  (#match? @_h "^(is|equalTo|not|sameInstance)$")
  (#match? @_p "(?i)^(get)?([a-z0-9]*_?)?(status|status_?code|status_?value|status_?code_?value|status_?int|response_?code|http_?code)$")
  (#not-match? @_p "(?i)^(get)?(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)")
  (#set! role "comparison")
  (#set! api "test"))

; assertEquals(404, response.code()) with OkHttp / Retrofit, Hamcrest
; assertThat(response.getCode(), is(200)) with HttpClient 5.
(method_invocation
  name: (identifier) @_m
  arguments: (argument_list
    (decimal_integer_literal) @status
    .
    [
      (field_access field: (identifier) @_p)
      (method_invocation name: (identifier) @_p)
    ])
  (#match? @_m "^(assertEquals|assertNotEquals)$")
  (#match? @_p "^(code|getCode)$")
  (#set! role "comparison")
  (#set! api "test")
  (#set! confidence "weak"))

(method_invocation
  name: (identifier) @_m
  arguments: (argument_list
    [
      (field_access field: (identifier) @_p)
      (method_invocation name: (identifier) @_p)
    ]
    .
    (method_invocation
      name: (identifier) @_h
      arguments: (argument_list . (decimal_integer_literal) @status .)))
  (#eq? @_m "assertThat")
  (#match? @_h "^(is|equalTo)$")
  (#match? @_p "^(code|getCode)$")
  (#set! role "comparison")
  (#set! api "test")
  (#set! confidence "weak"))

; ------------------------------------------------------------ calls

; Servlet response.setStatus(404) / sendError(404, "msg"); Spring
; ResponseEntity.status(404), ServerResponse.status(...); JAX-RS
; Response.status(404); Javalin/Spark ctx.status(404) / res.status(404);
; Vert.x response.setStatusCode(404); WireMock aResponse().withStatus(404) /
; status(404); MockServer withStatusCode(404); OkHttp MockWebServer
; new MockResponse().setResponseCode(404); JDK HttpServer
; exchange.sendResponseHeaders(200, -1); Feign Response.builder().status(200);
; AWS SdkHttpResponse.builder().statusCode(200); Spring WebFlux
; exchange.getResponse().setStatusCode(HttpStatus.UNAUTHORIZED) and
; setRawStatusCode(401).
(method_invocation
  name: (identifier) @_m
  arguments: (argument_list . (_) @status)
  (#match? @_m "^(status|setStatus|statusCode|setStatusCode|withStatus|withStatusCode|sendError|sendResponseHeaders|setResponseCode|responseCode|httpStatus|setHttpStatus|setHttpStatusCode|withHttpStatus|setRawStatusCode|rawStatusCode|sendStatus|respondWithStatus)$")
  (#set! role "argument")
  (#set! api "response"))

; The same with a body: Spring ResponseEntity.status(204).body(x), WebFlux
; ServerResponse.status(204).bodyValue(x), JAX-RS Response.status(204).entity(x),
; Javalin ctx.status(204).result(x) / .json(x), Vert.x response.setStatusCode(204).end(x);
; also with one header or content type set in between.
(method_invocation
  object: [
    (method_invocation
      name: (identifier) @_m
      arguments: (argument_list . (_) @status))
    (method_invocation
      object: (method_invocation
        name: (identifier) @_m
        arguments: (argument_list . (_) @status))
      name: (identifier) @_h)
  ]
  name: (identifier) @_b
  arguments: (argument_list . (_) @body)
  (#match? @_m "^(status|setStatusCode)$")
  (#match? @_h "^(header|headers|contentType|type|contentLength|cookie|eTag|lastModified|location|allow|language|encoding|cacheControl|putHeader|varyBy)$")
  (#match? @_b "^(body|bodyValue|syncBody|entity|result|json|html|end|send)$")
  (#set! role "argument")
  (#set! api "response"))

; Apache HttpCore response.setStatusLine(HttpVersion.HTTP_1_1, 404[, "Not Found"]).
(method_invocation
  name: (identifier) @_m
  arguments: (argument_list (decimal_integer_literal) @status)
  (#eq? @_m "setStatusLine")
  (#set! role "argument")
  (#set! api "response"))

; OkHttp new Response.Builder().code(200), MockWebServer 5 MockResponse.Builder().code(404).
(method_invocation
  name: (identifier) @_m
  arguments: (argument_list . (decimal_integer_literal) @status .)
  (#eq? @_m "code")
  (#set! role "argument")
  (#set! api "response")
  (#set! confidence "weak"))

; WireMock jsonResponse(body, 422) / ResponseDefinitionBuilder.jsonResponse(body, HTTP_CREATED):
; the status is the last argument.
(method_invocation
  name: (identifier) @_m
  arguments: (argument_list (_) . (_) @status .)
  (#eq? @_m "jsonResponse")
  (#set! role "argument")
  (#set! api "response"))

; Error bodies and test expectations keyed by "status": Map.of("status", 404),
; body.put("status", 500), Map.entry("statusCode", 200), json.addProperty("status", 400).
(method_invocation
  name: (identifier) @_m
  arguments: (argument_list (string_literal) @_k . (_) @status)
  (#match? @_m "^(of|put|entry|addProperty|with|set|add|param|append|field)$")
  (#match? @_k "^\"(status|statusCode|status_code|httpStatus|httpStatusCode|http_status)\"$")
  (#set! role "argument")
  (#set! api "response"))

; Spark halt(404) / halt(401, "go away"), Spark.halt(500).
(method_invocation
  name: (identifier) @_m
  arguments: (argument_list . (_) @status)
  (#eq? @_m "halt")
  (#set! role "argument")
  (#set! api "error"))

; Vert.x routingContext.fail(404) / ctx.fail(403, cause).
(method_invocation
  object: (identifier) @_o
  name: (identifier) @_m
  arguments: (argument_list . (decimal_integer_literal) @status)
  (#eq? @_m "fail")
  (#match? @_o "(?i)^(ctx|rc|context|routingContext|routingCtx|event)$")
  (#set! role "argument")
  (#set! api "error"))

; Spring HttpStatus.valueOf(404) / HttpStatus.resolve(404) /
; HttpStatusCode.valueOf(404); Netty HttpResponseStatus.valueOf(404); Jetty
; HttpStatus.getMessage(404) / HttpStatus.isClientError(404).
(method_invocation
  object: [(identifier) @_o (field_access field: (identifier) @_o)]
  arguments: (argument_list . (_) @status)
  (#match? @_o "^(HttpStatus|HttpStatusCode|HttpResponseStatus|HttpStatusClass)$")
  (#set! role "argument")
  (#set! api "other"))

; JAX-RS Response.Status.fromStatusCode(404), Status.fromStatusCode(404).
(method_invocation
  object: [(identifier) @_o (field_access field: (identifier) @_o)]
  name: (identifier) @_m
  arguments: (argument_list . (_) @status)
  (#eq? @_o "Status")
  (#match? @_m "^(fromStatusCode|valueOf)$")
  (#set! role "argument")
  (#set! api "other"))

; Retrofit Response.error(404, body).
(method_invocation
  object: (identifier) @_o
  name: (identifier) @_m
  arguments: (argument_list . (decimal_integer_literal) @status)
  (#eq? @_o "Response")
  (#eq? @_m "error")
  (#set! role "argument")
  (#set! api "client"))

; new ResponseEntity<>(body, HttpStatus.OK), new ResponseEntity<>(HttpStatus.NO_CONTENT),
; new ResponseEntity<>(body, headers, HttpStatus.CREATED): the last argument.
(object_creation_expression
  type: [
    (type_identifier) @_c
    (generic_type (type_identifier) @_c)
    (scoped_type_identifier (type_identifier) @_c .)
  ]
  arguments: (argument_list (_) @status .)
  (#eq? @_c "ResponseEntity")
  (#set! role "argument")
  (#set! api "response"))

; The same with a body: new ResponseEntity<>(body, HttpStatus.NO_CONTENT),
; new ResponseEntity<>(body, headers, 204). Not new ResponseEntity<>(headers, status).
(object_creation_expression
  type: [
    (type_identifier) @_c
    (generic_type (type_identifier) @_c)
    (scoped_type_identifier (type_identifier) @_c .)
  ]
  arguments: (argument_list . (_) @body (_) @status .)
  (#eq? @_c "ResponseEntity")
  (#not-match? @body "(?i)^(\\w+\\.)*(http|response)?_?headers?$|^new\\s+HttpHeaders|(?i)headers\\(\\)$")
  (#set! role "argument")
  (#set! api "response"))

; Exceptions that carry a status anywhere in their arguments:
; new ResponseStatusException(HttpStatus.NOT_FOUND, "..."),
; new WebApplicationException(404), new WebApplicationException("msg", 404),
; new ClientErrorException(409), new HttpClientErrorException(HttpStatus.BAD_REQUEST),
; new HttpResponseException(404, "msg") (Apache), new HttpStatusException(msg, 404, url) (jsoup),
; new ErrorResponseException(HttpStatus.CONFLICT).
(object_creation_expression
  type: [
    (type_identifier) @_c
    (generic_type (type_identifier) @_c)
    (scoped_type_identifier (type_identifier) @_c .)
  ]
  arguments: (argument_list (_) @status)
  (#match? @_c "^(ResponseStatusException|ErrorResponseException|WebApplicationException|ClientErrorException|ServerErrorException|HttpException|HttpResponseException|HttpStatusException|HttpClientErrorException|HttpServerErrorException|HttpStatusCodeException|RestClientResponseException|HttpError|HttpStatusError|StatusException|HttpStatusCodeError|ResponseException)$")
  (#set! role "argument")
  (#set! api "error"))

; Javalin ctx.redirect("/login", HttpStatus.FOUND), Spark response.redirect("/x", 301):
; the status after the location.
(method_invocation
  name: (identifier) @_m
  arguments: (argument_list . (_) . (_) @status .)
  (#eq? @_m "redirect")
  (#set! role "argument")
  (#set! api "redirect"))

; JAX-RS new RedirectionException(303, location): an exception that sends a redirect.
(object_creation_expression
  type: (type_identifier) @_c
  arguments: (argument_list . (_) @status)
  (#eq? @_c "RedirectionException")
  (#set! role "argument")
  (#set! api "redirect"))

; OpenAPI-generator clients: new ApiException(404, "Not Found").
(object_creation_expression
  type: (type_identifier) @_c
  arguments: (argument_list . (decimal_integer_literal) @status)
  (#eq? @_c "ApiException")
  (#set! role "argument")
  (#set! api "error")
  (#set! confidence "weak"))

; Responses built from a status: new BasicHttpResponse(HttpVersion.HTTP_1_1, 200, "OK"),
; new BasicClassicHttpResponse(404), new BasicStatusLine(HTTP_1_1, 200, "OK"),
; Netty new DefaultFullHttpResponse(HTTP_1_1, HttpResponseStatus.OK),
; new HttpResponseStatus(418, "I'm a teapot"), JAX-RS test stubs.
(object_creation_expression
  type: [
    (type_identifier) @_c
    (scoped_type_identifier (type_identifier) @_c .)
  ]
  arguments: (argument_list (_) @status)
  (#match? @_c "^(BasicHttpResponse|BasicClassicHttpResponse|BasicStatusLine|DefaultFullHttpResponse|DefaultHttpResponse|HttpResponseStatus|MockClientHttpResponse|MockHttpServletResponse)$")
  (#set! role "argument")
  (#set! api "response"))

; ------------------------------------------------------------ assignments

; status = 404; this.statusCode = 500; response.status = 201.
(assignment_expression
  left: [(identifier) @_p (field_access field: (identifier) @_p)]
  right: (_) @status
  (#match? @_p "(?i)^(get)?([a-z0-9]*_?)?(status|status_?code|status_?value|status_?code_?value|status_?int|response_?code|http_?code)$")
  (#not-match? @_p "(?i)^(get)?(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)")
  (#set! role "assignment")
  (#set! api "other"))

; int status = 404; HttpStatus expectedStatus = HttpStatus.CREATED;
; int responseCode = ok ? 200 : 500.
(variable_declarator
  name: (identifier) @_p
  value: (_) @status
  (#match? @_p "(?i)^(expected_?|actual_?|http_?|response_?|default_?)?(status|status_?code|response_?code|http_?code)$")
  (#set! role "assignment")
  (#set! api "other"))

; final int NOT_FOUND_STATUS = 404, but also FTPReply.SYSTEM_STATUS = 211:
; a prefixed name only counts in HTTP code.
(variable_declarator
  name: (identifier) @_p
  value: (_) @status
  (#match? @_p "(?i)^([a-z0-9]*_?)?(status|status_?code|response_?code|http_?code)$")
  (#not-match? @_p "(?i)^(get)?(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)")
  (#set! role "assignment")
  (#set! api "other")
  (#set! confidence "weak"))

; Sets and lists of statuses: Set.of(429, 502, 503) / List.of(...) /
; Arrays.asList(...) / ImmutableSet.of(...) / new int[] {301, 302} assigned to
; a name about statuses (RETRYABLE_STATUS_CODES, redirectStatuses, HTTP_CODES).
(variable_declarator
  name: (identifier) @_p
  value: [
    (method_invocation
      name: (identifier) @_f
      arguments: (argument_list (_) @status))
    (array_creation_expression value: (array_initializer (_) @status))
    (array_initializer (_) @status)
  ]
  (#match? @_p "(?i)(status|statuses|http_?codes?|response_?codes?)")
  (#match? @_f "^(of|asList|setOf|listOf|newHashSet|copyOf|unmodifiableSet)$")
  (#set! role "comparison")
  (#set! api "other"))

; ------------------------------------------------------------ returns

; int getStatus() { return 404; } in stubs and custom exceptions;
; HttpStatusCode getStatusCode() { return HttpStatus.NOT_FOUND; }.
(method_declaration
  name: (identifier) @_n
  body: (block (return_statement (_) @status))
  (#match? @_n "(?i)^(get)?(raw|http|response|expected|actual|default)?_?(status|status_?code|status_?value|status_?int|response_?code|http_?code|http_?status)$")
  (#set! role "return")
  (#set! api "response"))

; ------------------------------------------------------------ comparisons

; conn.getResponseCode() == 200, response.getStatus() != 404,
; resp.statusCode() == HttpURLConnection.HTTP_OK,
; entity.getStatusCode().value() == 404, status == HttpStatus.OK.
(binary_expression
  left: [
    (identifier) @_p
    (field_access field: (identifier) @_p)
    (method_invocation name: (identifier) @_p)
    (method_invocation
      object: [(identifier) @_p (field_access field: (identifier) @_p) (method_invocation name: (identifier) @_p)]
      name: (identifier) @_v)
    (parenthesized_expression (cast_expression value: [(identifier) @_p (method_invocation name: (identifier) @_p)]))
  ]
  operator: ["==" "!="]
  right: (_) @status
  (#eq? @_v "value")
  (#match? @_p "(?i)^(get)?([a-z0-9]*_?)?(status|status_?code|status_?value|status_?code_?value|status_?int|response_?code|http_?code)$")
  (#not-match? @_p "(?i)^(get)?(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)")
  (#set! role "comparison")
  (#set! api "client"))

(binary_expression
  left: (_) @status
  operator: ["==" "!="]
  right: [
    (identifier) @_p
    (field_access field: (identifier) @_p)
    (method_invocation name: (identifier) @_p)
    (method_invocation
      object: [(identifier) @_p (field_access field: (identifier) @_p) (method_invocation name: (identifier) @_p)]
      name: (identifier) @_v)
  ]
  (#eq? @_v "value")
  (#match? @_p "(?i)^(get)?([a-z0-9]*_?)?(status|status_?code|status_?value|status_?code_?value|status_?int|response_?code|http_?code)$")
  (#not-match? @_p "(?i)^(get)?(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)")
  (#set! role "comparison")
  (#set! api "client"))

; OkHttp response.code() == 404, HttpClient 5 response.getCode() == 200,
; code == 404: only in HTTP code (SMTP reply.getCode() == 250 is not).
(binary_expression
  left: [
    (identifier) @_p
    (field_access field: (identifier) @_p)
    (method_invocation name: (identifier) @_p)
  ]
  operator: ["==" "!="]
  right: (decimal_integer_literal) @status
  (#match? @_p "^(code|getCode)$")
  (#match? @status "^(10[0-3]|20[0-8]|226|30[0-8]|4(0[0-9]|1[0-8]|2[1-689]|31|51)|50[0-8]|51[01])$")
  (#set! role "comparison")
  (#set! api "client")
  (#set! confidence "weak"))

(binary_expression
  left: (decimal_integer_literal) @status
  operator: ["==" "!="]
  right: [
    (identifier) @_p
    (field_access field: (identifier) @_p)
    (method_invocation name: (identifier) @_p)
  ]
  (#match? @_p "^(code|getCode)$")
  (#match? @status "^(10[0-3]|20[0-8]|226|30[0-8]|4(0[0-9]|1[0-8]|2[1-689]|31|51)|50[0-8]|51[01])$")
  (#set! role "comparison")
  (#set! api "client")
  (#set! confidence "weak"))

; Ranges: status >= 400, resp.getStatusCode().value() < 300, 500 <= status.
(binary_expression
  left: [
    (identifier) @_p
    (field_access field: (identifier) @_p)
    (method_invocation name: (identifier) @_p)
    (method_invocation
      object: [(identifier) @_p (field_access field: (identifier) @_p) (method_invocation name: (identifier) @_p)]
      name: (identifier) @_v)
  ]
  operator: ["<" "<=" ">" ">="]
  right: (_) @status
  (#eq? @_v "value")
  (#match? @_p "(?i)^(get)?([a-z0-9]*_?)?(status|status_?code|status_?value|status_?code_?value|status_?int|response_?code|http_?code)$")
  (#not-match? @_p "(?i)^(get)?(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)")
  (#set! role "bound")
  (#set! api "client"))

(binary_expression
  left: (_) @status
  operator: ["<" "<=" ">" ">="]
  right: [
    (identifier) @_p
    (field_access field: (identifier) @_p)
    (method_invocation name: (identifier) @_p)
    (method_invocation
      object: [(identifier) @_p (field_access field: (identifier) @_p) (method_invocation name: (identifier) @_p)]
      name: (identifier) @_v)
  ]
  (#eq? @_v "value")
  (#match? @_p "(?i)^(get)?([a-z0-9]*_?)?(status|status_?code|status_?value|status_?code_?value|status_?int|response_?code|http_?code)$")
  (#not-match? @_p "(?i)^(get)?(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)")
  (#set! role "bound")
  (#set! api "client"))

(binary_expression
  left: [
    (identifier) @_p
    (field_access field: (identifier) @_p)
    (method_invocation name: (identifier) @_p)
  ]
  operator: ["<" "<=" ">" ">="]
  right: (decimal_integer_literal) @status
  (#match? @_p "^(code|getCode)$")
  (#set! role "bound")
  (#set! api "client")
  (#set! confidence "weak"))

(binary_expression
  left: (decimal_integer_literal) @status
  operator: ["<" "<=" ">" ">="]
  right: [
    (identifier) @_p
    (field_access field: (identifier) @_p)
    (method_invocation name: (identifier) @_p)
  ]
  (#match? @_p "^(code|getCode)$")
  (#set! role "bound")
  (#set! api "client")
  (#set! confidence "weak"))

; Set.of(301, 302, 303).contains(status), Arrays.asList(...).contains(resp.getStatus()).
(method_invocation
  object: (method_invocation
    name: (identifier) @_f
    arguments: (argument_list (_) @status))
  name: (identifier) @_m
  arguments: (argument_list . [
    (identifier) @_p
    (field_access field: (identifier) @_p)
    (method_invocation name: (identifier) @_p)
    (method_invocation
      object: [(identifier) @_p (field_access field: (identifier) @_p) (method_invocation name: (identifier) @_p)]
      name: (identifier) @_v)
  ])
  (#match? @_f "^(of|asList|setOf|listOf)$")
  (#eq? @_m "contains")
  (#eq? @_v "value")
  (#match? @_p "(?i)^(get)?([a-z0-9]*_?)?(status|status_?code|status_?value|status_?code_?value|status_?int|response_?code|http_?code)$")
  (#not-match? @_p "(?i)^(get)?(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)")
  (#set! role "comparison")
  (#set! api "client"))

; ------------------------------------------------------------ switch

; switch (conn.getResponseCode()) { case 301: case 302: ... } and
; switch (status) { case 404, 410 -> ... }, also switch expressions.
(switch_expression
  condition: (parenthesized_expression [
    (identifier) @_p
    (field_access field: (identifier) @_p)
    (method_invocation name: (identifier) @_p)
    (method_invocation
      object: [(identifier) @_p (field_access field: (identifier) @_p) (method_invocation name: (identifier) @_p)]
      name: (identifier) @_v)
  ])
  body: (switch_block [
    (switch_block_statement_group (switch_label (_) @status))
    (switch_rule (switch_label (_) @status))
  ])
  (#eq? @_v "value")
  (#match? @_p "(?i)^(get)?([a-z0-9]*_?)?(status|status_?code|status_?value|status_?code_?value|status_?int|response_?code|http_?code)$")
  (#not-match? @_p "(?i)^(get)?(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)")
  (#set! role "case")
  (#set! api "client"))

; switch (HttpStatus.valueOf(code)) { case NOT_FOUND -> ... }, switch (HttpStatus.resolve(raw)),
; switch (Response.Status.fromStatusCode(code)): the labels are bare enum
; members, which only resolve where the scanner knows the switch is over a
; status enum.
(switch_expression
  condition: (parenthesized_expression
    (method_invocation
      object: [(identifier) @_o (field_access field: (identifier) @_o)]
      name: (identifier) @_m))
  body: (switch_block [
    (switch_block_statement_group (switch_label (_) @status))
    (switch_rule (switch_label (_) @status))
  ])
  (#match? @_o "^(HttpStatus|Status|HttpResponseStatus)$")
  (#match? @_m "^(valueOf|resolve|fromStatusCode)$")
  (#set! role "case")
  (#set! api "client"))

; switch (response.code()) / switch (code) in HTTP code.
(switch_expression
  condition: (parenthesized_expression [
    (identifier) @_p
    (field_access field: (identifier) @_p)
    (method_invocation name: (identifier) @_p)
  ])
  body: (switch_block [
    (switch_block_statement_group (switch_label (_) @status))
    (switch_rule (switch_label (_) @status))
  ])
  (#match? @_p "^(code|getCode)$")
  (#match? @status "^(10[0-3]|20[0-8]|226|30[0-8]|4(0[0-9]|1[0-8]|2[1-689]|31|51)|50[0-8]|51[01]|[A-Za-z_.]+)$")
  (#set! role "case")
  (#set! api "client")
  (#set! confidence "weak"))

; ------------------------------------------------------------ constants

; HttpStatus.NOT_FOUND (Spring, Micronaut), HttpServletResponse.SC_NOT_FOUND,
; HttpURLConnection.HTTP_NOT_FOUND, Response.Status.NOT_FOUND (JAX-RS),
; org.apache.http.HttpStatus.SC_OK, also as receivers (HttpStatus.OK.value(),
; Response.Status.OK.getStatusCode()), anywhere. A bare Status.NOT_FOUND does
; not resolve: it is also gRPC's io.grpc.Status.
((field_access) @constant
  (#match? @constant "(HttpStatus|HttpServletResponse|HttpURLConnection|Response\\.Status|SC_|HTTP_)"))

; Bare SC_NOT_FOUND / HTTP_NOT_FOUND after `import static
; ...HttpServletResponse.SC_NOT_FOUND` or `...HttpURLConnection.*`, in
; expression positions only (not the name of their own declaration).
; HTTP_VERSION (505 in HttpURLConnection) is too often a protocol string.
([
  (argument_list (identifier) @constant)
  (binary_expression left: (identifier) @constant)
  (binary_expression right: (identifier) @constant)
  (assignment_expression right: (identifier) @constant)
  (variable_declarator value: (identifier) @constant)
  (switch_label (identifier) @constant)
  (return_statement (identifier) @constant)
  (ternary_expression consequence: (identifier) @constant)
  (ternary_expression alternative: (identifier) @constant)
  (element_value_pair value: (identifier) @constant)
  (annotation_argument_list (identifier) @constant)
  (array_initializer (identifier) @constant)
]
  (#match? @constant "^(SC|HTTP)_[A-Z0-9_]+$")
  (#not-match? @constant "^HTTP_(VERSION|1|2|3)"))

; Bare NOT_FOUND after `import static org.springframework.http.HttpStatus.*`
; (the scanner resolves these only in files with such an import).
([
  (argument_list (identifier) @constant)
  (binary_expression left: (identifier) @constant)
  (binary_expression right: (identifier) @constant)
  (assignment_expression right: (identifier) @constant)
  (variable_declarator value: (identifier) @constant)
  (return_statement (identifier) @constant)
  (element_value_pair value: (identifier) @constant)
  (annotation_argument_list (identifier) @constant)
]
  (#match? @constant "^[A-Z][A-Z0-9_]+$")
  (#not-match? @constant "^(SC|HTTP)_"))
