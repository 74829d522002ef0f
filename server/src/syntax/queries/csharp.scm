; HTTP status codes in C#.
;
; Each pattern marks a slot with @status and says what it is:
;   role: argument | assignment | comparison | bound | table | case | return | annotation
;   api:  response | redirect | error | client | test | route | definition | other
;   confidence "weak": only counts in a file about HTTP, outside SMTP/FTP code.
;   check "name" / "phrase": a table entry counts only when @name or @phrase
;   spells the code's reason phrase.
; Captures starting with an underscore only feed predicates; a predicate on a
; capture that a branch of an alternation does not bind is vacuously true.
; Arguments are `(argument [name:] value)` and the scanner looks through them
; and through casts (`(int)HttpStatusCode.NotFound`), so a slot may be the
; argument itself. Attribute arguments are not looked through: patterns
; capture their value.
;
; "Status-like" names (properties, locals) below match
;   (?i)^(get)?([a-z0-9]*_?)?(status|status_?code|response_?code)$
; and not the names of other kinds of status (OrderStatus, JobStatus, ...),
; e.g. response.StatusCode (HttpClient, HttpContext.Response, ObjectResult),
; problem.Status, statusCode, expectedStatusCode, ex.HttpStatusCode,
; (int)response.StatusCode, response?.StatusCode, ex.StatusCode.Value.
; Comparisons, switches and `is` patterns match the same names on the whole
; operand's text, which keeps these patterns cheap to compile
;   (?i)(^|[.()?!\s])[a-z0-9_]*(status|status_?code|response_?code)(\.value)?\)*$
; and are weak (only in HTTP code): SmtpException.StatusCode and
; FtpWebResponse.StatusCode are not HTTP.

; ------------------------------------------------------------ tables
; First, so that definitions are reported as table entries.

; enum HttpStatusCode { NotFound = 404, ... }. SmtpStatusCode.Ok = 250 and
; FtpStatusCode.CommandOK = 200 fail the name check.
(enum_member_declaration
  name: (identifier) @name
  value: (integer_literal) @status
  (#set! role "table")
  (#set! api "definition")
  (#set! check "name"))

; public const int Status404NotFound = 404; const int NotFound = 404;
(variable_declarator
  name: (identifier) @name
  .
  (integer_literal) @status
  (#set! role "table")
  (#set! api "definition")
  (#set! check "name"))

; ------------------------------------------------------------ attributes

; [ProducesResponseType(StatusCodes.Status404NotFound)], [ProducesResponseType(typeof(T), 200)],
; [ProducesResponseType<T>(200)], [ProducesResponseType(200, Type = typeof(T))],
; [ProducesResponseType((int)HttpStatusCode.OK)], Swashbuckle
; [SwaggerResponse(404, "Not found", typeof(Error))], NSwag [Response(404)].
(attribute
  name: [
    (identifier) @_a
    (generic_name (identifier) @_a)
    (qualified_name name: (identifier) @_a)
  ]
  (attribute_argument_list (attribute_argument !name (_) @status))
  (#match? @_a "^(ProducesResponseType|ProducesResponseTypeAttribute|SwaggerResponse|SwaggerResponseAttribute|ProducesProblem|ProducesErrorResponseType|SwaggerResponseExample|OpenApiResponseWithBody|OpenApiResponseWithoutBody|ApiResponse|StatusCodeResponse)$")
  (#set! role "annotation")
  (#set! api "route"))

; [ProducesResponseType(Type = typeof(T), StatusCode = 404)],
; [OpenApiResponseWithBody(statusCode: HttpStatusCode.OK, ...)].
(attribute
  (attribute_argument_list (attribute_argument
    name: (identifier) @_k
    (_) @status))
  (#match? @_k "^(StatusCode|statusCode)$")
  (#set! role "annotation")
  (#set! api "route"))

; Minimal APIs: .Produces(404), .Produces<Todo>(StatusCodes.Status200OK),
; .ProducesProblem(500), .ProducesValidationProblem(422).
(invocation_expression
  function: (member_access_expression
    name: [(identifier) @_m (generic_name (identifier) @_m)])
  arguments: (argument_list . (argument) @status)
  (#match? @_m "^(Produces|ProducesProblem|ProducesValidationProblem)$")
  (#set! role "annotation")
  (#set! api "route"))

; ------------------------------------------------------------ tests
; Before the general patterns so that assertions keep api "test".

; xUnit Assert.Equal(200, okResult.StatusCode), Assert.Equal(HttpStatusCode.OK, response.StatusCode),
; Assert.Equal(404, (int)response.StatusCode), NUnit/MSTest Assert.AreEqual(...),
; Assert.NotEqual, ClassicAssert.AreEqual.
(invocation_expression
  function: (member_access_expression
    name: (identifier) @_m)
  arguments: (argument_list
    (argument) @status
    .
    (argument [
      (identifier) @_p
      (member_access_expression name: (identifier) @_p)
      (conditional_access_expression (member_binding_expression name: (identifier) @_p))
      (cast_expression value: [(identifier) @_p (member_access_expression name: (identifier) @_p)])
      (member_access_expression
        expression: [(identifier) @_p (member_access_expression name: (identifier) @_p)]
        name: (identifier) @_v)
    ]))
  (#match? @_m "^(Equal|NotEqual|AreEqual|AreNotEqual|AreSame|Same)$")
  (#eq? @_v "Value")
  (#match? @_p "(?i)^(get)?([a-z0-9]*_?)?(status|status_?code|response_?code)$")
  (#not-match? @_p "(?i)^(get)?(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)")
  (#set! role "comparison")
  (#set! api "test"))

; Actual-first helpers and NUnit constraints: Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK)),
; Assert.That((int)response.StatusCode, Is.EqualTo(404)).
(invocation_expression
  function: (member_access_expression
    name: (identifier) @_m)
  arguments: (argument_list
    (argument [
      (identifier) @_p
      (member_access_expression name: (identifier) @_p)
      (conditional_access_expression (member_binding_expression name: (identifier) @_p))
      (cast_expression value: [(identifier) @_p (member_access_expression name: (identifier) @_p)])
    ])
    .
    (argument [
      (invocation_expression
        function: (member_access_expression name: (identifier) @_c)
        arguments: (argument_list . (argument) @status))
      (_) @status
    ]))
  (#match? @_m "^(That|Equal|AreEqual|NotEqual|AreNotEqual)$")
  (#match? @_c "^(EqualTo|Not|AnyOf)$")
  (#match? @_p "(?i)^(get)?([a-z0-9]*_?)?(status|status_?code|response_?code)$")
  (#not-match? @_p "(?i)^(get)?(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)")
  (#set! role "comparison")
  (#set! api "test"))

; FluentAssertions response.StatusCode.Should().Be(HttpStatusCode.OK),
; ((int)response.StatusCode).Should().Be(200), result.StatusCode.Should().NotBe(500),
; .Should().BeOneOf(...); Shouldly response.StatusCode.ShouldBe(HttpStatusCode.OK).
(invocation_expression
  function: (member_access_expression
    expression: (invocation_expression
      function: (member_access_expression
        expression: [
          (identifier) @_p
          (member_access_expression name: (identifier) @_p)
          (conditional_access_expression (member_binding_expression name: (identifier) @_p))
          (parenthesized_expression (cast_expression value: [(identifier) @_p (member_access_expression name: (identifier) @_p)]))
          (member_access_expression
            expression: [(identifier) @_p (member_access_expression name: (identifier) @_p)]
            name: (identifier) @_v)
        ]
        name: (identifier) @_s))
    name: (identifier) @_m)
  arguments: (argument_list (argument) @status)
  (#eq? @_s "Should")
  (#eq? @_v "Value")
  (#match? @_m "^(Be|NotBe|BeOneOf|Equal)$")
  (#match? @_p "(?i)^(get)?([a-z0-9]*_?)?(status|status_?code|response_?code)$")
  (#not-match? @_p "(?i)^(get)?(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)")
  (#set! role "comparison")
  (#set! api "test"))

(invocation_expression
  function: (member_access_expression
    expression: [
      (identifier) @_p
      (member_access_expression name: (identifier) @_p)
      (parenthesized_expression (cast_expression value: [(identifier) @_p (member_access_expression name: (identifier) @_p)]))
    ]
    name: (identifier) @_m)
  arguments: (argument_list (argument) @status)
  (#match? @_m "^(ShouldBe|ShouldNotBe|ShouldBeOneOf)$")
  (#match? @_p "(?i)^(get)?([a-z0-9]*_?)?(status|status_?code|response_?code)$")
  (#not-match? @_p "(?i)^(get)?(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)")
  (#set! role "comparison")
  (#set! api "test"))

; FluentAssertions.Web response.Should().HaveStatusCode(HttpStatusCode.NotFound) / HaveHttpStatusCode(...).
(invocation_expression
  function: (member_access_expression name: (identifier) @_m)
  arguments: (argument_list . (argument) @status)
  (#match? @_m "^(HaveStatusCode|HaveHttpStatusCode|HaveStatus|WithStatusCode|ExpectStatus|AssertStatusCode)$")
  (#set! role "comparison")
  (#set! api "test"))

; ------------------------------------------------------------ calls

; ControllerBase: return StatusCode(500), StatusCode(StatusCodes.Status503ServiceUnavailable, body),
; this.StatusCode(404); Minimal APIs Results.StatusCode(204), TypedResults.StatusCode(418);
; MVC 5 new HttpStatusCodeResult(404) below.
(invocation_expression
  function: [
    (identifier) @_m
    (member_access_expression name: (identifier) @_m)
  ]
  arguments: (argument_list . (argument) @status)
  (#match? @_m "^(StatusCode|SetStatusCode|WithStatusCode|WithStatus|SetStatus|WriteStatusCode)$")
  (#set! role "argument")
  (#set! api "response"))

; ControllerBase with a body: return StatusCode(204, value), this.StatusCode(204, value).
(invocation_expression
  function: [
    (identifier) @_m
    (member_access_expression name: (identifier) @_m)
  ]
  arguments: (argument_list . (argument) @status . (argument (_) @body .))
  (#eq? @_m "StatusCode")
  (#set! role "argument")
  (#set! api "response"))

; Flurl HttpTest: RespondWith("body", 302, headers), RespondWithJson(obj, 500),
; AllowHttpStatus(404, 409); WireMock.Net .WithStatusCode(404) above.
(invocation_expression
  function: [
    (identifier) @_m
    (member_access_expression name: (identifier) @_m)
  ]
  arguments: (argument_list (argument (integer_literal)) @status)
  (#match? @_m "^(RespondWith|RespondWithJson|AllowHttpStatus)$")
  (#set! role "argument")
  (#set! api "response"))

; ASP.NET Problem(statusCode: 404), ValidationProblem(statusCode: 422),
; Results.Problem(detail, statusCode: 500): a problem-details error response.
(invocation_expression
  function: [
    (identifier) @_f
    (member_access_expression name: (identifier) @_f)
  ]
  arguments: (argument_list
    (argument name: (identifier) @_k) @status)
  (#match? @_f "^(Problem|ValidationProblem)$")
  (#match? @_k "^(statusCode|StatusCode)$")
  (#set! role "argument")
  (#set! api "error"))

; Named arguments anywhere: Problem(statusCode: 404), ValidationProblem(statusCode: 422),
; Results.Problem(detail, statusCode: 500), Results.Json(x, statusCode: 201),
; TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest),
; new ApiError(statusCode: 404).
(argument
  name: (identifier) @_k
  (#match? @_k "(?i)^(status|status_?code|http_?status|http_?status_?code)$")
  (#set! role "argument")
  (#set! api "response")) @status

; Minimal APIs with a body: Results.Json(x, statusCode: 204), Results.Content("x", statusCode: 204),
; Results.Text("x", statusCode: 204), TypedResults.Json(x, statusCode: 204).
(invocation_expression
  function: (member_access_expression
    expression: (identifier) @_o
    name: [(identifier) @_m (generic_name (identifier) @_m)])
  arguments: (argument_list
    . (argument . (_) @body .)
    (argument name: (identifier) @_k) @status)
  (#match? @_o "^(Results|TypedResults)$")
  (#match? @_m "^(Json|Content|Text|Bytes|Stream)$")
  (#match? @_k "(?i)^(status|status_?code|http_?status|http_?status_?code)$")
  (#set! role "argument")
  (#set! api "response"))

; HttpClient mocks and Web API: new HttpResponseMessage(HttpStatusCode.OK),
; new HttpResponseMessage((HttpStatusCode)429), new StatusCodeResult(404),
; new HttpStatusCodeResult(404, "msg") (MVC 5), new HttpResponseException(HttpStatusCode.NotFound),
; new HttpRequestException(msg, null, HttpStatusCode.BadGateway), new HttpException(404, "x"),
; new ProblemDetailsException(404), new BadHttpRequestException(msg, 413).
(object_creation_expression
  type: [
    (identifier) @_c
    (generic_name (identifier) @_c)
    (qualified_name name: (identifier) @_c)
  ]
  arguments: (argument_list (argument) @status)
  (#match? @_c "^(HttpResponseMessage|StatusCodeResult|HttpStatusCodeResult|ObjectResult|HttpResponseException|HttpRequestException|HttpException|HttpStatusException|BadHttpRequestException|ProblemDetailsException|StatusCodeException|HttpStatusCodeException|ResponseException|HttpError|FlurlHttpException)$")
  (#set! role "argument")
  (#set! api "response"))

; Web API with a body: new HttpResponseMessage(HttpStatusCode.NoContent) { Content = new StringContent("x") }.
(object_creation_expression
  type: [
    (identifier) @_c
    (qualified_name name: (identifier) @_c)
  ]
  arguments: (argument_list (argument) @status)
  initializer: (initializer_expression
    (assignment_expression
      left: (identifier) @_b
      right: (_) @body))
  (#eq? @_c "HttpResponseMessage")
  (#eq? @_b "Content")
  (#set! role "argument")
  (#set! api "response"))

; Refit/NSwag/OpenAPI-generator clients: new ApiException(404, "Not Found"), new ApiException("msg", 500, ...).
(object_creation_expression
  type: (identifier) @_c
  arguments: (argument_list (argument (integer_literal)) @status)
  (#match? @_c "^(ApiException|SwaggerException)$")
  (#set! role "argument")
  (#set! api "error")
  (#set! confidence "weak"))

; (HttpStatusCode)429 anywhere.
(cast_expression
  type: [(identifier) @_t (qualified_name name: (identifier) @_t)]
  value: (integer_literal) @status
  (#eq? @_t "HttpStatusCode")
  (#set! role "argument")
  (#set! api "other"))

; ------------------------------------------------------------ assignments

; context.Response.StatusCode = 404; Response.StatusCode = StatusCodes.Status401Unauthorized;
; new ObjectResult(x) { StatusCode = 500 }; new ContentResult { StatusCode = 200 };
; new ProblemDetails { Status = 404 }; new HttpResponseMessage { StatusCode = HttpStatusCode.NotFound }.
(assignment_expression
  left: [
    (identifier) @_p
    (member_access_expression name: (identifier) @_p)
    (conditional_access_expression (member_binding_expression name: (identifier) @_p))
  ]
  right: (_) @status
  (#match? @_p "(?i)^(get)?([a-z0-9]*_?)?(status|status_?code|response_?code)$")
  (#not-match? @_p "(?i)^(get)?(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)")
  (#set! role "assignment")
  (#set! api "response"))

; MVC results with a body: new ObjectResult(x) { StatusCode = 204 }, new JsonResult(x) { StatusCode = 204 },
; new ContentResult { Content = "x", StatusCode = 204 }, new ObjectResult { Value = x, StatusCode = 204 },
; new HttpResponseMessage { StatusCode = .., Content = new StringContent("x") } (the body initialised
; before or after the status).
(object_creation_expression
  type: [
    (identifier) @_c
    (generic_name (identifier) @_c)
    (qualified_name name: (identifier) @_c)
  ]
  arguments: (argument_list . (argument (_) @body .))
  initializer: (initializer_expression
    (assignment_expression
      left: (identifier) @_p
      right: (_) @status))
  (#match? @_c "ObjectResult$|^JsonResult$")
  (#eq? @_p "StatusCode")
  (#set! role "assignment")
  (#set! api "response"))

(object_creation_expression
  type: [
    (identifier) @_c
    (qualified_name name: (identifier) @_c)
  ]
  initializer: (initializer_expression
    (assignment_expression
      left: (identifier) @_b
      right: (_) @body)
    (assignment_expression
      left: (identifier) @_p
      right: (_) @status))
  (#match? @_c "^(ContentResult|HttpResponseMessage|JsonResult)$|ObjectResult$")
  (#match? @_b "^(Content|Value)$")
  (#eq? @_p "StatusCode")
  (#set! role "assignment")
  (#set! api "response"))

(object_creation_expression
  type: [
    (identifier) @_c
    (qualified_name name: (identifier) @_c)
  ]
  initializer: (initializer_expression
    (assignment_expression
      left: (identifier) @_p
      right: (_) @status)
    (assignment_expression
      left: (identifier) @_b
      right: (_) @body))
  (#match? @_c "^(ContentResult|HttpResponseMessage|JsonResult)$|ObjectResult$")
  (#match? @_b "^(Content|Value)$")
  (#eq? @_p "StatusCode")
  (#set! role "assignment")
  (#set! api "response"))

; var statusCode = 404; int status = ok ? 200 : 500; const int NotFoundStatus = 404.
(variable_declarator
  name: (identifier) @_p
  .
  (_) @status
  (#match? @_p "(?i)^([a-z0-9]*_?)?(status|status_?code|response_?code|http_?code)$")
  (#not-match? @_p "(?i)^(get)?(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)")
  (#set! role "assignment")
  (#set! api "other"))

; public int StatusCode { get; set; } = 500; public override int StatusCode => 404;
; public HttpStatusCode Status => HttpStatusCode.Conflict (custom exceptions and results).
(property_declaration
  name: (identifier) @_p
  value: (arrow_expression_clause (_) @status)
  (#match? @_p "(?i)^(http|response|default)?_?(status|status_?code|http_?status_?code|response_?code)$")
  (#set! role "return")
  (#set! api "response"))

(property_declaration
  name: (identifier) @_p
  value: (_) @status
  (#match? @_p "(?i)^(http|response|default)?_?(status|status_?code|http_?status_?code|response_?code)$")
  (#set! role "assignment")
  (#set! api "response"))

; Parameter defaults: void Fail(string msg, int statusCode = 400).
(parameter
  name: (identifier) @_p
  (_) @status .
  (#match? @_p "(?i)^(status|status_?code|http_?status|http_?status_?code)$")
  (#set! role "assignment")
  (#set! api "other"))

; Sets of statuses: static readonly int[] RetryStatusCodes = { 429, 502, 503 };
; new HashSet<HttpStatusCode> { HttpStatusCode.BadGateway, ... }; new[] { 301, 302 }.
(variable_declarator
  name: (identifier) @_p
  .
  [
    (initializer_expression (_) @status)
    (array_creation_expression (initializer_expression (_) @status))
    (implicit_array_creation_expression (initializer_expression (_) @status))
    (object_creation_expression initializer: (initializer_expression (_) @status))
    (collection_expression (_) @status)
  ]
  (#match? @_p "(?i)(status|statuses|http_?codes?|response_?codes?)")
  (#set! role "comparison")
  (#set! api "other"))

; ------------------------------------------------------------ comparisons
; All weak: SmtpException.StatusCode == 421 and FtpWebResponse.StatusCode are
; not HTTP, and a file that compares HttpStatusCode values is about HTTP anyway.

; response.StatusCode == HttpStatusCode.NotFound, (int)response.StatusCode == 200,
; context.Response.StatusCode != 404, ex.StatusCode.Value == HttpStatusCode.NotFound,
; response?.StatusCode == HttpStatusCode.OK.
(binary_expression
  left: (_) @_p
  operator: ["==" "!="]
  right: (_) @status
  (#match? @_p "(?i)(^|[.()?!\\s])[a-z0-9_]*(status|status_?code|response_?code)(\\.value)?\\)*$")
  (#not-match? @_p "(?i)(^|[.()?!\\s])(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)[a-z0-9_]*(status|status_?code|response_?code)(\\.value)?\\)*$")
  (#set! role "comparison")
  (#set! api "client")
  (#set! confidence "weak"))

(binary_expression
  left: (_) @status
  operator: ["==" "!="]
  right: (_) @_p
  (#match? @_p "(?i)(^|[.()?!\\s])[a-z0-9_]*(status|status_?code|response_?code)(\\.value)?\\)*$")
  (#not-match? @_p "(?i)(^|[.()?!\\s])(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)[a-z0-9_]*(status|status_?code|response_?code)(\\.value)?\\)*$")
  (#set! role "comparison")
  (#set! api "client")
  (#set! confidence "weak"))

; Ranges: (int)response.StatusCode >= 500, statusCode < 300, 400 <= status.
(binary_expression
  left: (_) @_p
  operator: ["<" "<=" ">" ">="]
  right: (_) @status
  (#match? @_p "(?i)(^|[.()?!\\s])[a-z0-9_]*(status|status_?code|response_?code)(\\.value)?\\)*$")
  (#not-match? @_p "(?i)(^|[.()?!\\s])(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)[a-z0-9_]*(status|status_?code|response_?code)(\\.value)?\\)*$")
  (#set! role "bound")
  (#set! api "client")
  (#set! confidence "weak"))

(binary_expression
  left: (_) @status
  operator: ["<" "<=" ">" ">="]
  right: (_) @_p
  (#match? @_p "(?i)(^|[.()?!\\s])[a-z0-9_]*(status|status_?code|response_?code)(\\.value)?\\)*$")
  (#not-match? @_p "(?i)(^|[.()?!\\s])(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)[a-z0-9_]*(status|status_?code|response_?code)(\\.value)?\\)*$")
  (#set! role "bound")
  (#set! api "client")
  (#set! confidence "weak"))

; Patterns: response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone,
; statusCode is 404, (int)response.StatusCode is >= 200 and < 300 (bounds below).
(is_pattern_expression
  expression: (_) @_p
  pattern: [
    (constant_pattern (_) @status)
    (or_pattern (constant_pattern (_) @status))
    (or_pattern left: (or_pattern (constant_pattern (_) @status)))
    (negated_pattern (constant_pattern (_) @status))
  ]
  (#match? @_p "(?i)(^|[.()?!\\s])[a-z0-9_]*(status|status_?code|response_?code)(\\.value)?\\)*$")
  (#not-match? @_p "(?i)(^|[.()?!\\s])(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)[a-z0-9_]*(status|status_?code|response_?code)(\\.value)?\\)*$")
  (#set! role "comparison")
  (#set! api "client")
  (#set! confidence "weak"))

(is_pattern_expression
  expression: (_) @_p
  pattern: [
    (relational_pattern (_) @status)
    (and_pattern (relational_pattern (_) @status))
  ]
  (#match? @_p "(?i)(^|[.()?!\\s])[a-z0-9_]*(status|status_?code|response_?code)(\\.value)?\\)*$")
  (#not-match? @_p "(?i)(^|[.()?!\\s])(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)[a-z0-9_]*(status|status_?code|response_?code)(\\.value)?\\)*$")
  (#set! role "bound")
  (#set! api "client")
  (#set! confidence "weak"))

; new[] { 301, 302 }.Contains(statusCode), RetryCodes.Contains((int)response.StatusCode) is not a literal.
(invocation_expression
  function: (member_access_expression
    expression: [
      (implicit_array_creation_expression (initializer_expression (_) @status))
      (array_creation_expression (initializer_expression (_) @status))
      (collection_expression (_) @status)
    ]
    name: (identifier) @_m)
  arguments: (argument_list . (argument (_) @_p))
  (#eq? @_m "Contains")
  (#match? @_p "(?i)(^|[.()?!\\s])[a-z0-9_]*(status|status_?code|response_?code)(\\.value)?\\)*$")
  (#not-match? @_p "(?i)(^|[.()?!\\s])(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)[a-z0-9_]*(status|status_?code|response_?code)(\\.value)?\\)*$")
  (#set! role "comparison")
  (#set! api "client")
  (#set! confidence "weak"))

; ------------------------------------------------------------ switch

; switch (response.StatusCode) { case HttpStatusCode.NotFound: ... },
; switch ((int)resp.StatusCode) { case 301: case 302: ... case >= 500: ... }.
(switch_statement
  value: (_) @_p
  body: (switch_body (switch_section [
    (constant_pattern (_) @status)
    (or_pattern (constant_pattern (_) @status))
  ]))
  (#match? @_p "(?i)(^|[.()?!\\s])[a-z0-9_]*(status|status_?code|response_?code)(\\.value)?\\)*$")
  (#not-match? @_p "(?i)(^|[.()?!\\s])(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)[a-z0-9_]*(status|status_?code|response_?code)(\\.value)?\\)*$")
  (#set! role "case")
  (#set! api "client")
  (#set! confidence "weak"))

(switch_statement
  value: (_) @_p
  body: (switch_body (switch_section [
    (relational_pattern (_) @status)
    (and_pattern (relational_pattern (_) @status))
  ]))
  (#match? @_p "(?i)(^|[.()?!\\s])[a-z0-9_]*(status|status_?code|response_?code)(\\.value)?\\)*$")
  (#not-match? @_p "(?i)(^|[.()?!\\s])(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)[a-z0-9_]*(status|status_?code|response_?code)(\\.value)?\\)*$")
  (#set! role "bound")
  (#set! api "client")
  (#set! confidence "weak"))

; response.StatusCode switch { HttpStatusCode.NotFound => ..., 404 or 410 => ..., >= 500 => ... }.
(switch_expression
  .
  (_) @_p
  (switch_expression_arm . [
    (constant_pattern (_) @status)
    (or_pattern (constant_pattern (_) @status))
  ])
  (#match? @_p "(?i)(^|[.()?!\\s])[a-z0-9_]*(status|status_?code|response_?code)(\\.value)?\\)*$")
  (#not-match? @_p "(?i)(^|[.()?!\\s])(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)[a-z0-9_]*(status|status_?code|response_?code)(\\.value)?\\)*$")
  (#set! role "case")
  (#set! api "client")
  (#set! confidence "weak"))

(switch_expression
  .
  (_) @_p
  (switch_expression_arm . [
    (relational_pattern (_) @status)
    (and_pattern (relational_pattern (_) @status))
  ])
  (#match? @_p "(?i)(^|[.()?!\\s])[a-z0-9_]*(status|status_?code|response_?code)(\\.value)?\\)*$")
  (#not-match? @_p "(?i)(^|[.()?!\\s])(exit|process|thread|task|job|order|payment|build|health|account|user|item|ticket|batch|workflow|sync|approval|review|delivery|shipping|connection|transaction|sub)[a-z0-9_]*(status|status_?code|response_?code)(\\.value)?\\)*$")
  (#set! role "bound")
  (#set! api "client")
  (#set! confidence "weak"))

; ------------------------------------------------------------ constants

; HttpStatusCode.NotFound (System.Net), StatusCodes.Status404NotFound (ASP.NET Core),
; System.Net.HttpStatusCode.OK, anywhere. SmtpStatusCode / FtpStatusCode members
; are not in the registry.
((member_access_expression) @constant
  (#match? @constant "(HttpStatusCode|StatusCodes|Status[0-9])"))

; Bare Status404NotFound after `using static Microsoft.AspNetCore.Http.StatusCodes;`,
; in expression positions only (not the name of its own declaration).
([
  (argument (identifier) @constant .)
  (attribute_argument (identifier) @constant .)
  (binary_expression left: (identifier) @constant)
  (binary_expression right: (identifier) @constant)
  (assignment_expression right: (identifier) @constant)
  (variable_declarator name: (identifier) . (identifier) @constant)
  (constant_pattern (identifier) @constant)
  (return_statement (identifier) @constant)
  (arrow_expression_clause (identifier) @constant)
]
  (#match? @constant "^Status[0-9]{3}[A-Za-z]+$"))
