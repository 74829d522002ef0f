; HTTP status codes in PHP.
;
; Each pattern marks a slot with @status and says what it is:
;   role: argument | assignment | comparison | bound | table | case | return | annotation
;   api:  response | redirect | error | client | test | route | definition | other
;   confidence "weak": only counts in a file about HTTP, outside SMTP/FTP code.
;   check "name" / "phrase": a table entry counts only when @name or @phrase
;   spells the code's reason phrase.
; Captures starting with an underscore only feed predicates. A predicate on a
; capture that a branch of an alternation does not bind is true, so one
; alternation can carry one predicate per branch (@_p names, @_g getters, @_f
; functions).
;
; Slots are whole `(argument)` nodes: the scanner looks through the argument
; wrapper (also for named arguments `status: 404`), and an array passed as an
; argument is then not mistaken for a list of statuses.
;
; A name is "status-like" when it matches
;   (?i)^(status|statuscode|status_code|httpstatus|httpstatuscode|http_status|
;         http_status_code|httpcode|http_code|httpresponsecode|http_response_code|
;         responsestatus|response_status|expectedstatus|expected_status|
;         expectedstatuscode|expected_status_code)$
; and a getter is status-like when it matches
;   ^(getStatusCode|getStatus|status|statusCode|getHttpCode|getHttpStatus|
;     getHttpStatusCode|getHttpResponseCode|getResponseStatus|getStatusCodeValue)$
; `code`, `responseCode`, getCode() and getResponseCode() are weak (PHPMailer's
; SMTP class keeps its reply in $responseCode): patterns that accept them are
; repeated with confidence "weak".

; ------------------------------------------------------- plain functions

; PHP http_response_code(404); WordPress status_header(404);
; CodeIgniter 3 set_status_header(404); Laravel back(302).
(function_call_expression
  function: [(name) (qualified_name)] @_f
  arguments: (arguments . (argument) @status)
  (#match? @_f "(^|\\\\)(http_response_code|status_header|set_status_header|back)$")
  (#set! role "argument")
  (#set! api "response"))

; Laravel abort(404, 'Gone'), abort(Response::HTTP_FORBIDDEN): an error helper.
(function_call_expression
  function: [(name) (qualified_name)] @_f
  arguments: (arguments . (argument) @status)
  (#match? @_f "(^|\\\\)abort$")
  (#set! role "argument")
  (#set! api "error"))

; Laravel redirect('/home', 301), WordPress wp_redirect($url, 301),
; wp_safe_redirect($url, 302): the status is the second argument.
(function_call_expression
  function: [(name) (qualified_name)] @_f
  arguments: (arguments . (argument) . (argument) @status)
  (#match? @_f "(^|\\\\)(redirect|wp_redirect|wp_safe_redirect)$")
  (#set! role "argument")
  (#set! api "redirect"))

; Laravel response('Created', 201), abort_if($denied, 403),
; abort_unless($user, 401); WordPress wp_send_json($data, 400),
; wp_send_json_error($err, 403), wp_send_json_success($data, 201);
; CodeIgniter 3 show_error('Not allowed', 403).
(function_call_expression
  function: [(name) (qualified_name)] @_f
  arguments: (arguments . (argument) . (argument) @status)
  (#match? @_f "(^|\\\\)(response|abort_if|abort_unless|wp_send_json|wp_send_json_error|wp_send_json_success|show_error)$")
  (#set! role "argument")
  (#set! api "response"))

; The same with a body: Laravel response($content, 204), WordPress wp_send_json($data, 204).
(function_call_expression
  function: [(name) (qualified_name)] @_f
  arguments: (arguments . (argument (_) @body .) . (argument) @status)
  (#match? @_f "(^|\\\\)(response|wp_send_json|wp_send_json_error|wp_send_json_success)$")
  (#set! role "argument")
  (#set! api "response"))

; header('HTTP/1.1 404 Not Found', true, 404) and
; header('Location: /login', true, 302): the third argument.
(function_call_expression
  function: [(name) (qualified_name)] @_f
  arguments: (arguments . (argument) . (argument) . (argument) @status)
  (#match? @_f "(^|\\\\)header$")
  (#set! role "argument")
  (#set! api "response"))

; Laravel to_route('home', [], 302), to_action([C::class, 'x'], [], 301); WordPress wp_die($msg, $title, 403).
(function_call_expression
  function: [(name) (qualified_name)] @_f
  arguments: (arguments . (argument) . (argument) . (argument) @status)
  (#match? @_f "(^|\\\\)(to_route|to_action|wp_die)$")
  (#set! role "argument")
  (#set! api "response"))

; ---------------------------------------------------------- method calls

; Symfony $response->setStatusCode(404); PSR-7 $response->withStatus(201);
; Zend/Magento setHttpResponseCode(404); CodeIgniter
; $this->output->set_status_header(503); Laravel $this->app->abort(404),
; App::abort(404), response()->noContent(204); Laravel's fake HTTP client
; Http::sequence()->pushStatus(404), $response->throwIfStatus(500),
; ->throwUnlessStatus(200); PSR-17 $factory->createResponse(201);
; nullsafe and static calls alike.
(_
  name: (name) @_m
  arguments: (arguments . (argument) @status)
  (#match? @_m "^(setStatusCode|withStatus|setStatus|setStatusHeader|setHttpResponseCode|setResponseCode|set_status_header|setHTTPStatusCode|withStatusCode|abort|noContent|pushStatus|denyWithStatus|respondWithStatus|createResponse|throwIfStatus|throwUnlessStatus)$")
  (#set! role "argument")
  (#set! api "response"))

; ValidationException $e->status(422), ResponseTrait-style status(404) setters:
; `status` is a common name, so only in HTTP code.
(_
  name: (name) @_m
  arguments: (arguments . (argument) @status .)
  (#eq? @_m "status")
  (#set! role "argument")
  (#set! api "response")
  (#set! confidence "weak"))

; Laravel tests $response->assertStatus(200), ->assertResponseStatus(404),
; Lumen $this->seeStatusCode(201), Symfony
; $this->assertResponseStatusCodeSame(Response::HTTP_OK), Codeception
; $I->seeResponseCodeIs(200) / seeResponseCodeIsNot(500).
(_
  name: (name) @_m
  arguments: (arguments . (argument) @status)
  (#match? @_m "^(assertStatus|assertResponseStatus|assertStatusCode|seeStatusCode|seeResponseStatus|assertResponseStatusCodeSame|assertResponseCode|assertHttpStatus|assertHttpCode|seeResponseCodeIs|seeResponseCodeIsNot|dontSeeResponseCodeIs|seeHttpStatusCode|expectStatus)$")
  (#set! role "comparison")
  (#set! api "test"))

; Laravel response()->json($data, 422), Response::json($data, 201),
; $this->json($data, 201) in Symfony controllers, response()->stream($cb, 200),
; Laravel's HTTP fakes Http::response('', 404), $factory::response('x', 500),
; Http::failedRequest($body, 404),
; Slim 3 $response->withJson($data, 400); CodeIgniter 4
; $this->respond($data, 201), $this->fail($errors, 400).
(_
  name: (name) @_m
  arguments: (arguments . (argument) . (argument) @status)
  (#match? @_m "^(json|withJson|stream|streamJson|respond|fail|response|failedRequest)$")
  (#set! role "argument")
  (#set! api "response"))

; The same with a body: Laravel response()->json($x, 204), Symfony $this->json($data, 204),
; Slim $response->withJson($data, 204), CodeIgniter 4 $this->respond($data, 204).
(_
  name: (name) @_m
  arguments: (arguments . (argument (_) @body .) . (argument) @status)
  (#match? @_m "^(json|withJson|stream|streamJson|respond)$")
  (#set! role "argument")
  (#set! api "response"))

; Symfony $this->redirect($url, 301), Slim 3 $response->withRedirect($url, 302),
; Laravel redirect()->away($url, 301), ->intended('/', 302).
(_
  name: (name) @_m
  arguments: (arguments . (argument) . (argument) @status)
  (#match? @_m "^(redirect|withRedirect|away|intended|redirectTo|redirectGuest|redirectToIntended)$")
  (#set! role "argument")
  (#set! api "redirect"))

; Symfony $this->redirectToRoute('home', [], 301),
; Laravel redirectToRoute / redirectToAction, Route::redirect('/a', '/b', 301),
; Slim $app->redirect('/a', '/b', 301), CodeIgniter 4
; $routes->addRedirect('old', 'new', 307) (third argument).
(_
  name: (name) @_m
  arguments: (arguments . (argument) . (argument) . (argument) @status)
  (#match? @_m "^(redirectToRoute|redirectToAction|temporaryRedirectToRoute|redirect|addRedirect)$")
  (#set! role "argument")
  (#set! api "redirect"))

; Laravel's redirector, reached through redirect() or the Redirect facade:
; redirect()->to('/x', 301), Redirect::to('/x', 301), redirect()->route('home',
; [], 302), redirect()->back(302), Redirect::guest('/login', 302).
; Any argument is the status (the others are paths, names and arrays).
(member_call_expression
  object: (function_call_expression function: (name) @_f)
  name: (name) @_m
  arguments: (arguments (argument) @status)
  (#eq? @_f "redirect")
  (#match? @_m "^(to|away|route|action|back|guest|intended|secure|home|refresh|signedRoute|temporarySignedRoute)$")
  (#set! role "argument")
  (#set! api "redirect"))

(scoped_call_expression
  scope: [(name) (qualified_name)] @_s
  name: (name) @_m
  arguments: (arguments (argument) @status)
  (#match? @_s "(^|\\\\)Redirect$")
  (#match? @_m "^(to|away|route|action|back|guest|intended|secure|home|refresh)$")
  (#set! role "argument")
  (#set! api "redirect"))

; Laravel's response factory, through response() or the Response facade:
; response()->make($body, 404), response()->view('errors.404', [], 404),
; response()->jsonp('cb', $data, 200), response()->download($f) (no status).
(member_call_expression
  object: (function_call_expression function: (name) @_f)
  name: (name) @_m
  arguments: (arguments . (argument) . (argument) @status)
  (#eq? @_f "response")
  (#match? @_m "^(make|streamDownload)$")
  (#set! role "argument")
  (#set! api "response"))

; The same with a body: Laravel response()->make($content, 204), response()->view('x', [], 204).
(member_call_expression
  object: (function_call_expression function: (name) @_f)
  name: (name) @_m
  arguments: (arguments . (argument (_) @body .) . (argument) @status)
  (#eq? @_f "response")
  (#eq? @_m "make")
  (#set! role "argument")
  (#set! api "response"))

(member_call_expression
  object: (function_call_expression function: (name) @_f)
  name: (name) @_m
  arguments: (arguments . (argument) . (argument) . (argument) @status)
  (#eq? @_f "response")
  (#match? @_m "^(view|jsonp)$")
  (#set! role "argument")
  (#set! api "response"))

(member_call_expression
  object: (function_call_expression function: (name) @_f)
  name: (name) @_m
  arguments: (arguments . (argument (_) @body .) . (argument) . (argument) @status)
  (#eq? @_f "response")
  (#eq? @_m "view")
  (#set! role "argument")
  (#set! api "response"))

; Symfony Response::create('', 204), JsonResponse::create($data, 201),
; Laravel Response::make($body, 200), Response::view('x', [], 404),
; Http::response(['ok' => true], 200) in Laravel's HTTP fakes.
(scoped_call_expression
  scope: [(name) (qualified_name)] @_s
  name: (name) @_m
  arguments: (arguments . (argument) . (argument) @status)
  (#match? @_s "(Response|^Http)$")
  (#match? @_m "^(create|make|stream)$")
  (#set! role "argument")
  (#set! api "response"))

; The same with a body: Symfony Response::create('x', 204), JsonResponse::create($data, 204),
; Laravel Response::make($content, 204) (not Laravel's Http fakes).
(scoped_call_expression
  scope: [(name) (qualified_name)] @_s
  name: (name) @_m
  arguments: (arguments . (argument (_) @body .) . (argument) @status)
  (#match? @_s "Response$")
  (#match? @_m "^(create|make|stream)$")
  (#set! role "argument")
  (#set! api "response"))

; Laravel Http::fake(...)->pushResponse / Http::sequence()->push('body', 200).
(member_call_expression
  name: (name) @_m
  arguments: (arguments . (argument) . (argument) @status)
  (#eq? @_m "push")
  (#match? @status "^[1-5][0-9][0-9]$")
  (#set! role "argument")
  (#set! api "test")
  (#set! confidence "weak"))

; Application helpers of API base controllers and response traits:
; $this->sendError('Not found.', [], 404), $this->errorResponse($msg, 422),
; $this->respondWithError('Gone', Response::HTTP_GONE),
; $this->successResponse($data, 201). Only integers and status constants, and
; only in HTTP code.
(_
  name: (name) @_m
  arguments: (arguments (argument [(integer) (class_constant_access_expression)]) @status)
  (#match? @_m "(?i)^(send|respond|respondWith|return|api|json)?(Error|Errors|Success|Failure|Response|Json)(Response|Json)?$")
  (#not-match? @_m "^(json|response|respond|fail)$")
  (#set! role "argument")
  (#set! api "response")
  (#set! confidence "weak"))

; ------------------------------------------------------------ new objects

; Symfony new RedirectResponse($url, 301), Laminas new RedirectResponse($uri, 302):
; the status of a redirect (Symfony throws on a non-3xx one).
(object_creation_expression
  [(name) (qualified_name)] @_c
  (arguments (argument) @status)
  (#match? @_c "(^|\\\\)RedirectResponse$")
  (#set! role "argument")
  (#set! api "redirect"))

; Symfony new Response($body, 404), new JsonResponse($data, 201),
; new RedirectResponse($url, 301), new StreamedResponse($cb, 200),
; new BinaryFileResponse($file, 200); Guzzle/Slim/Nyholm new Response(200,
; $headers), Laminas new EmptyResponse(204), new HtmlResponse($html, 404);
; WordPress new WP_REST_Response($data, 201); Symfony's test constraint
; new ResponseStatusCodeSame(404). Each argument: only integers and
; status constants count, so bodies, headers and flags are ignored.
(object_creation_expression
  [(name) (qualified_name)] @_c
  (arguments (argument) @status)
  (#match? @_c "(?i)(Response|StatusCodeSame)$")
  (#not-match? @_c "(?i)(smtp|ftp|imap|pop3|ldap|mail|dns|redis|soap)")
  (#set! role "argument")
  (#set! api "response"))

; The same with a body first: Symfony new Response($content, 204), new JsonResponse($data, 204),
; new JsonResponse($data, status: 204), Laminas new HtmlResponse($html, 204), WordPress
; new WP_REST_Response($data, 204). Status-first PSR-7 responses (Guzzle new Response(204, ..))
; never put the status after the first argument, so they are not matched.
(object_creation_expression
  [(name) (qualified_name)] @_c
  (arguments . (argument (_) @body .) (argument) @status)
  (#match? @_c "(?i)Response$")
  (#not-match? @_c "(?i)(smtp|ftp|imap|pop3|ldap|mail|dns|redis|soap|redirect|empty)")
  (#set! role "argument")
  (#set! api "response"))

; Symfony/Yii throw new HttpException(404, 'Not found'), CakePHP
; new HttpException('Not found', 404), CodeIgniter 4
; new RedirectException($uri, 301) (first two arguments).
(object_creation_expression
  [(name) (qualified_name)] @_c
  (arguments . (argument) @status)
  (#match? @_c "(^|\\\\)(HttpException|HTTPException|HttpResponseException|WebApplicationException)$")
  (#set! role "argument")
  (#set! api "error"))

(object_creation_expression
  [(name) (qualified_name)] @_c
  (arguments . (argument) . (argument) @status)
  (#match? @_c "(^|\\\\)(HttpException|HTTPException|RedirectException)$")
  (#set! role "argument")
  (#set! api "error"))

; --------------------------------------------------- named arguments, keys

; Named arguments: new JsonResponse($data, status: 201),
; response()->json($data, status: 422), fooCall(statusCode: 404).
(argument
  name: (name) @_n
  (#match? @_n "(?i)^(status|statuscode|status_code|httpstatus|httpstatuscode|http_status|httpcode|http_code)$")
  (#set! role "argument")
  (#set! api "response")) @status

; Attributes: swagger-php #[OA\Response(response: 404, description: 'x')],
; #[ResponseStatus(201)], #[DisabledInDemo(Response::HTTP_NO_CONTENT)]-style
; attributes whose name says Response or Status take the code first or as
; `response:` / `status:` / `code:`.
(attribute
  [(name) (qualified_name)] @_a
  parameters: (arguments (argument name: (name) @_n) @status)
  (#match? @_a "(Response|Status)$")
  (#match? @_n "^(response|status|statusCode|code)$")
  (#set! role "annotation")
  (#set! api "route"))

(attribute
  [(name) (qualified_name)] @_a
  parameters: (arguments . (argument !name) @status)
  (#match? @_a "(Response|Status|ResponseCode)$")
  (#set! role "annotation")
  (#set! api "route"))

; Array keys: ['status' => 404], ['statusCode' => 500] in error bodies,
; Guzzle mock options, WP_Error data ['status' => 403].
(array_element_initializer
  [(string (string_content) @_k) (encapsed_string (string_content) @_k)]
  .
  (_) @status
  .
  (#match? @_k "(?i)^(status|statuscode|status_code|httpstatus|httpstatuscode|http_status|http_status_code|httpcode|http_code|response_status)$")
  (#set! role "argument")
  (#set! api "response"))

; ['code' => 404] and WordPress wp_die(..., ['response' => 403]) in HTTP code.
(array_element_initializer
  [(string (string_content) @_k) (encapsed_string (string_content) @_k)]
  .
  (integer) @status
  .
  (#match? @_k "^(code|response)$")
  (#set! role "argument")
  (#set! api "response")
  (#set! confidence "weak"))

; ----------------------------------------------------------- assignments

; $this->statusCode = 404; $response->status = 201;
; Yii::$app->response->statusCode = 404; $res?->http_code = 500.
(assignment_expression
  left: [
    (member_access_expression name: (name) @_p)
    (nullsafe_member_access_expression name: (name) @_p)
    (scoped_property_access_expression name: (variable_name (name) @_p))
  ]
  right: (_) @status
  (#match? @_p "(?i)^(status|statuscode|status_code|httpstatus|httpstatuscode|http_status|http_status_code|httpcode|http_code|httpresponsecode|http_response_code|responsestatus|response_status)$")
  (#set! role "assignment")
  (#set! api "response"))

; $status = 404; $statusCode = $ok ? 200 : 500; $httpCode ??= 500.
(assignment_expression
  left: (variable_name (name) @_p)
  right: (_) @status
  (#match? @_p "(?i)^(status|statuscode|status_code|httpstatus|httpstatuscode|http_status|http_status_code|httpcode|http_code|httpresponsecode|http_response_code|responsestatus|response_status|expectedstatus|expected_status|expectedstatuscode|expected_status_code)$")
  (#set! role "assignment")
  (#set! api "other"))

(augmented_assignment_expression
  left: [(variable_name (name) @_p) (member_access_expression name: (name) @_p)]
  right: (_) @status
  (#match? @_p "(?i)^(status|statuscode|status_code|httpstatus|httpstatuscode|http_status|http_status_code|httpcode|http_code)$")
  (#set! role "assignment")
  (#set! api "other"))

; $code = 404; $this->code = 500 in HTTP code.
(assignment_expression
  left: [(variable_name (name) @_p) (member_access_expression name: (name) @_p)]
  right: (integer) @status
  (#match? @_p "(?i)^(code|responsecode|response_code)$")
  (#set! role "assignment")
  (#set! api "other")
  (#set! confidence "weak"))

; Defaults: protected $statusCode = 200; public int $status = 422;
; function error($msg, int $status = 400); constructor promotion
; public function __construct(private int $status = 500).
(property_element
  name: (variable_name (name) @_p)
  default_value: (_) @status
  (#match? @_p "(?i)^(status|statuscode|status_code|httpstatus|httpstatuscode|http_status|http_status_code|httpcode|http_code|responsestatus|response_status)$")
  (#set! role "assignment")
  (#set! api "other"))

(simple_parameter
  name: (variable_name (name) @_p)
  default_value: (_) @status
  (#match? @_p "(?i)^(status|statuscode|status_code|httpstatus|httpstatuscode|http_status|http_status_code|httpcode|http_code|responsestatus|response_status|redirectstatus|redirect_status)$")
  (#set! role "assignment")
  (#set! api "other"))

(property_promotion_parameter
  name: (variable_name (name) @_p)
  default_value: (_) @status
  (#match? @_p "(?i)^(status|statuscode|status_code|httpstatus|httpstatuscode|http_status|http_status_code|httpcode|http_code|responsestatus|response_status|redirectstatus|redirect_status)$")
  (#set! role "assignment")
  (#set! api "other"))

; protected $code = 404; and function fail($msg, $code = 400) in HTTP code.
(property_element
  name: (variable_name (name) @_p)
  default_value: (integer) @status
  (#match? @_p "(?i)^(code|responsecode|response_code)$")
  (#set! role "assignment")
  (#set! api "other")
  (#set! confidence "weak"))

(simple_parameter
  name: (variable_name (name) @_p)
  default_value: (integer) @status
  (#match? @_p "(?i)^(code|responsecode|response_code)$")
  (#set! role "assignment")
  (#set! api "other")
  (#set! confidence "weak"))

(property_promotion_parameter
  name: (variable_name (name) @_p)
  default_value: (integer) @status
  (#match? @_p "(?i)^(code|responsecode|response_code)$")
  (#set! role "assignment")
  (#set! api "other")
  (#set! confidence "weak"))

; public function getStatusCode(): int { return 403; } in exceptions that
; implement Symfony's HttpExceptionInterface, and similar getters:
; Slim determineStatusCode() { if (...) { return 200; } return 500; },
; Laravel calculateStatus() { return $created ? 201 : 200; }.
(method_declaration
  name: (name) @_m
  body: (compound_statement [
    (return_statement (_) @status)
    (if_statement body: (compound_statement (return_statement (_) @status)))
    (if_statement body: (return_statement (_) @status))
  ])
  (#match? @_m "(?i)^(get|determine|calculate|resolve|default)?(http)?(status|statuscode|httpstatus|httpcode)$")
  (#set! role "return")
  (#set! api "error"))

; ----------------------------------------------------------- comparisons

; $response->getStatusCode() === 200, 404 !== $res->status(),
; $this->statusCode == 304, $httpCode != 200, (int) $info['http_code'] === 200,
; http_response_code() === 200, wp_remote_retrieve_response_code($r) !== 200,
; curl_getinfo($ch, CURLINFO_HTTP_CODE) == 200.
(binary_expression
  left: [
    (member_call_expression name: (name) @_g)
    (nullsafe_member_call_expression name: (name) @_g)
    (member_access_expression name: (name) @_p)
    (nullsafe_member_access_expression name: (name) @_p)
    (variable_name (name) @_p)
    (subscript_expression (_) [(string (string_content) @_p) (encapsed_string (string_content) @_p)])
    (cast_expression value: [
      (member_call_expression name: (name) @_g)
      (member_access_expression name: (name) @_p)
      (variable_name (name) @_p)
      (subscript_expression (_) [(string (string_content) @_p) (encapsed_string (string_content) @_p)])
    ])
    (function_call_expression function: (name) @_f)
    (function_call_expression function: (name) @_cf arguments: (arguments (argument (name) @_ci)))
  ]
  operator: ["===" "==" "!==" "!=" "<>"]
  right: (_) @status
  (#match? @_g "^(getStatusCode|getStatus|status|statusCode|getHttpCode|getHttpStatus|getHttpStatusCode|getHttpResponseCode|getResponseStatus|getStatusCodeValue)$")
  (#match? @_p "(?i)^(status|statuscode|status_code|httpstatus|httpstatuscode|http_status|http_status_code|httpcode|http_code|httpresponsecode|http_response_code|responsestatus|response_status|expectedstatus|expected_status|expectedstatuscode|expected_status_code)$")
  (#match? @_f "^(http_response_code|wp_remote_retrieve_response_code)$")
  (#eq? @_cf "curl_getinfo")
  (#match? @_ci "^CURLINFO_(HTTP|RESPONSE)_CODE$")
  (#set! role "comparison")
  (#set! api "client"))

(binary_expression
  left: (_) @status
  operator: ["===" "==" "!==" "!=" "<>"]
  right: [
    (member_call_expression name: (name) @_g)
    (nullsafe_member_call_expression name: (name) @_g)
    (member_access_expression name: (name) @_p)
    (nullsafe_member_access_expression name: (name) @_p)
    (variable_name (name) @_p)
    (subscript_expression (_) [(string (string_content) @_p) (encapsed_string (string_content) @_p)])
    (cast_expression value: [
      (member_call_expression name: (name) @_g)
      (member_access_expression name: (name) @_p)
      (variable_name (name) @_p)
      (subscript_expression (_) [(string (string_content) @_p) (encapsed_string (string_content) @_p)])
    ])
    (function_call_expression function: (name) @_f)
    (function_call_expression function: (name) @_cf arguments: (arguments (argument (name) @_ci)))
  ]
  (#match? @_g "^(getStatusCode|getStatus|status|statusCode|getHttpCode|getHttpStatus|getHttpStatusCode|getHttpResponseCode|getResponseStatus|getStatusCodeValue)$")
  (#match? @_p "(?i)^(status|statuscode|status_code|httpstatus|httpstatuscode|http_status|http_status_code|httpcode|http_code|httpresponsecode|http_response_code|responsestatus|response_status|expectedstatus|expected_status|expectedstatuscode|expected_status_code)$")
  (#match? @_f "^(http_response_code|wp_remote_retrieve_response_code)$")
  (#eq? @_cf "curl_getinfo")
  (#match? @_ci "^CURLINFO_(HTTP|RESPONSE)_CODE$")
  (#set! role "comparison")
  (#set! api "client"))

; $code == 404, $e->getCode() === 404, $response->code != 200 in HTTP code.
(binary_expression
  left: [
    (variable_name (name) @_p)
    (member_access_expression name: (name) @_p)
    (member_call_expression name: (name) @_g)
    (subscript_expression (_) [(string (string_content) @_p) (encapsed_string (string_content) @_p)])
  ]
  operator: ["===" "==" "!==" "!=" "<>"]
  right: (integer) @status
  (#match? @_p "(?i)^(code|responsecode|response_code)$")
  (#match? @_g "^(getCode|getResponseCode)$")
  (#set! role "comparison")
  (#set! api "client")
  (#set! confidence "weak"))

(binary_expression
  left: (integer) @status
  operator: ["===" "==" "!==" "!=" "<>"]
  right: [
    (variable_name (name) @_p)
    (member_access_expression name: (name) @_p)
    (member_call_expression name: (name) @_g)
    (subscript_expression (_) [(string (string_content) @_p) (encapsed_string (string_content) @_p)])
  ]
  (#match? @_p "(?i)^(code|responsecode|response_code)$")
  (#match? @_g "^(getCode|getResponseCode)$")
  (#set! role "comparison")
  (#set! api "client")
  (#set! confidence "weak"))

; Range checks: $response->getStatusCode() >= 400, $status < 300,
; 500 <= $this->statusCode, $code >= 200 && $code < 300 (weak for `code`).
(binary_expression
  left: [
    (member_call_expression name: (name) @_g)
    (nullsafe_member_call_expression name: (name) @_g)
    (member_access_expression name: (name) @_p)
    (nullsafe_member_access_expression name: (name) @_p)
    (variable_name (name) @_p)
    (subscript_expression (_) [(string (string_content) @_p) (encapsed_string (string_content) @_p)])
    (function_call_expression function: (name) @_f)
  ]
  operator: ["<" "<=" ">" ">="]
  right: (integer) @status
  (#match? @_g "^(getStatusCode|getStatus|status|statusCode|getHttpCode|getHttpStatus|getHttpStatusCode|getHttpResponseCode|getResponseStatus|getStatusCodeValue)$")
  (#match? @_p "(?i)^(status|statuscode|status_code|httpstatus|httpstatuscode|http_status|http_status_code|httpcode|http_code|httpresponsecode|http_response_code|responsestatus|response_status)$")
  (#match? @_f "^(http_response_code|wp_remote_retrieve_response_code)$")
  (#set! role "bound")
  (#set! api "client"))

(binary_expression
  left: (integer) @status
  operator: ["<" "<=" ">" ">="]
  right: [
    (member_call_expression name: (name) @_g)
    (nullsafe_member_call_expression name: (name) @_g)
    (member_access_expression name: (name) @_p)
    (nullsafe_member_access_expression name: (name) @_p)
    (variable_name (name) @_p)
    (subscript_expression (_) [(string (string_content) @_p) (encapsed_string (string_content) @_p)])
    (function_call_expression function: (name) @_f)
  ]
  (#match? @_g "^(getStatusCode|getStatus|status|statusCode|getHttpCode|getHttpStatus|getHttpStatusCode|getHttpResponseCode|getResponseStatus|getStatusCodeValue)$")
  (#match? @_p "(?i)^(status|statuscode|status_code|httpstatus|httpstatuscode|http_status|http_status_code|httpcode|http_code|httpresponsecode|http_response_code|responsestatus|response_status)$")
  (#match? @_f "^(http_response_code|wp_remote_retrieve_response_code)$")
  (#set! role "bound")
  (#set! api "client"))

(binary_expression
  left: [(variable_name (name) @_p) (member_access_expression name: (name) @_p) (member_call_expression name: (name) @_g)]
  operator: ["<" "<=" ">" ">="]
  right: (integer) @status
  (#match? @_p "(?i)^(code|responsecode|response_code)$")
  (#match? @_g "^(getCode|getResponseCode)$")
  (#set! role "bound")
  (#set! api "client")
  (#set! confidence "weak"))

(binary_expression
  left: (integer) @status
  operator: ["<" "<=" ">" ">="]
  right: [(variable_name (name) @_p) (member_access_expression name: (name) @_p) (member_call_expression name: (name) @_g)]
  (#match? @_p "(?i)^(code|responsecode|response_code)$")
  (#match? @_g "^(getCode|getResponseCode)$")
  (#set! role "bound")
  (#set! api "client")
  (#set! confidence "weak"))

; in_array($response->getStatusCode(), [301, 302, 303], true),
; \in_array($this->statusCode, [204, 304]): each element of the list.
(function_call_expression
  function: [(name) (qualified_name)] @_f
  arguments: (arguments
    .
    (argument [
      (member_call_expression name: (name) @_g)
      (nullsafe_member_call_expression name: (name) @_g)
      (member_access_expression name: (name) @_p)
      (variable_name (name) @_p)
      (subscript_expression (_) [(string (string_content) @_p) (encapsed_string (string_content) @_p)])
    ])
    .
    (argument (array_creation_expression
    (array_element_initializer . [(integer) (class_constant_access_expression)] .) @status)))
  (#match? @_f "(^|\\\\)in_array$")
  (#match? @_g "^(getStatusCode|getStatus|status|statusCode|getHttpCode|getHttpStatus|getHttpStatusCode)$")
  (#match? @_p "(?i)^(status|statuscode|status_code|httpstatus|httpstatuscode|http_status|http_status_code|httpcode|http_code)$")
  (#set! role "comparison")
  (#set! api "client"))

; switch ($response->getStatusCode()) { case 404: ... }
(switch_statement
  condition: (parenthesized_expression [
    (member_call_expression name: (name) @_g)
    (nullsafe_member_call_expression name: (name) @_g)
    (member_access_expression name: (name) @_p)
    (variable_name (name) @_p)
    (subscript_expression (_) [(string (string_content) @_p) (encapsed_string (string_content) @_p)])
    (function_call_expression function: (name) @_f)
  ])
  body: (switch_block (case_statement value: (_) @status))
  (#match? @_g "^(getStatusCode|getStatus|status|statusCode|getHttpCode|getHttpStatus|getHttpStatusCode)$")
  (#match? @_p "(?i)^(status|statuscode|status_code|httpstatus|httpstatuscode|http_status|http_status_code|httpcode|http_code)$")
  (#match? @_f "^(http_response_code|wp_remote_retrieve_response_code)$")
  (#set! role "case")
  (#set! api "client"))

; match ($status) { 200, 201 => ..., 404 => ... }
(match_expression
  condition: (parenthesized_expression [
    (member_call_expression name: (name) @_g)
    (nullsafe_member_call_expression name: (name) @_g)
    (member_access_expression name: (name) @_p)
    (variable_name (name) @_p)
    (subscript_expression (_) [(string (string_content) @_p) (encapsed_string (string_content) @_p)])
    (function_call_expression function: (name) @_f)
  ])
  body: (match_block
    (match_conditional_expression
      conditional_expressions: (match_condition_list (_) @status)))
  (#match? @_g "^(getStatusCode|getStatus|status|statusCode|getHttpCode|getHttpStatus|getHttpStatusCode)$")
  (#match? @_p "(?i)^(status|statuscode|status_code|httpstatus|httpstatuscode|http_status|http_status_code|httpcode|http_code)$")
  (#match? @_f "^(http_response_code|wp_remote_retrieve_response_code)$")
  (#set! role "case")
  (#set! api "client"))

; The same with `code`, getCode() and getResponseCode(), in HTTP code only:
; in_array($code, [301, 302]), switch ($e->getCode()) { case 404: }.
(function_call_expression
  function: [(name) (qualified_name)] @_f
  arguments: (arguments
    .
    (argument [
      (member_call_expression name: (name) @_g)
      (nullsafe_member_call_expression name: (name) @_g)
      (member_access_expression name: (name) @_p)
      (variable_name (name) @_p)
      (subscript_expression (_) [(string (string_content) @_p) (encapsed_string (string_content) @_p)])
    ])
    .
    (argument (array_creation_expression
    (array_element_initializer . [(integer) (class_constant_access_expression)] .) @status)))
  (#match? @_f "(^|\\\\)in_array$")
  (#match? @_g "^(getCode|getResponseCode)$")
  (#match? @_p "(?i)^(code|responsecode|response_code)$")
  (#set! role "comparison")
  (#set! api "client")
  (#set! confidence "weak"))

(switch_statement
  condition: (parenthesized_expression [
    (member_call_expression name: (name) @_g)
    (nullsafe_member_call_expression name: (name) @_g)
    (member_access_expression name: (name) @_p)
    (variable_name (name) @_p)
    (subscript_expression (_) [(string (string_content) @_p) (encapsed_string (string_content) @_p)])
  ])
  body: (switch_block (case_statement value: (_) @status))
  (#match? @_g "^(getCode|getResponseCode)$")
  (#match? @_p "(?i)^(code|responsecode|response_code)$")
  (#set! role "case")
  (#set! api "client")
  (#set! confidence "weak"))

(match_expression
  condition: (parenthesized_expression [
    (member_call_expression name: (name) @_g)
    (nullsafe_member_call_expression name: (name) @_g)
    (member_access_expression name: (name) @_p)
    (variable_name (name) @_p)
    (subscript_expression (_) [(string (string_content) @_p) (encapsed_string (string_content) @_p)])
  ])
  body: (match_block
    (match_conditional_expression
      conditional_expressions: (match_condition_list (_) @status)))
  (#match? @_g "^(getCode|getResponseCode)$")
  (#match? @_p "(?i)^(code|responsecode|response_code)$")
  (#set! role "case")
  (#set! api "client")
  (#set! confidence "weak"))

; ------------------------------------------------------------------ tests

; PHPUnit $this->assertEquals(200, $response->getStatusCode()),
; self::assertSame(404, $client->getResponse()->getStatusCode()),
; $this->assertSame(201, $response->status()), and the reverse order.
(_
  name: (name) @_a
  arguments: (arguments
    .
    (argument) @status
    .
    (argument [
      (member_call_expression name: (name) @_g)
      (nullsafe_member_call_expression name: (name) @_g)
      (member_access_expression name: (name) @_p)
      (variable_name (name) @_p)
      (subscript_expression (_) [(string (string_content) @_p) (encapsed_string (string_content) @_p)])
      (function_call_expression function: (name) @_f)
    ]))
  (#match? @_a "^(assertEquals|assertSame|assertNotEquals|assertNotSame|assertEqual|assertIdentical)$")
  (#match? @_g "^(getStatusCode|getStatus|status|statusCode|getHttpCode|getHttpStatus|getHttpStatusCode|getHttpResponseCode|getResponseStatus)$")
  (#match? @_p "(?i)^(status|statuscode|status_code|httpstatus|httpstatuscode|http_status|http_status_code|httpcode|http_code)$")
  (#match? @_f "^(http_response_code|wp_remote_retrieve_response_code)$")
  (#set! role "comparison")
  (#set! api "test"))

(_
  name: (name) @_a
  arguments: (arguments
    .
    (argument [
      (member_call_expression name: (name) @_g)
      (nullsafe_member_call_expression name: (name) @_g)
      (member_access_expression name: (name) @_p)
      (variable_name (name) @_p)
      (function_call_expression function: (name) @_f)
    ])
    .
    (argument) @status)
  (#match? @_a "^(assertEquals|assertSame|assertNotEquals|assertNotSame|assertEqual|assertIdentical)$")
  (#match? @_g "^(getStatusCode|getStatus|status|statusCode|getHttpCode|getHttpStatus|getHttpStatusCode|getHttpResponseCode|getResponseStatus)$")
  (#match? @_p "(?i)^(status|statuscode|status_code|httpstatus|httpstatuscode|http_status|http_status_code|httpcode|http_code)$")
  (#match? @_f "^(http_response_code|wp_remote_retrieve_response_code)$")
  (#set! role "comparison")
  (#set! api "test"))

; Pest expect($response->status())->toBe(200),
; expect($response->getStatusCode())->toEqual(404).
(member_call_expression
  object: (function_call_expression
    function: (name) @_e
    arguments: (arguments . (argument [
      (member_call_expression name: (name) @_g)
      (nullsafe_member_call_expression name: (name) @_g)
      (member_access_expression name: (name) @_p)
      (variable_name (name) @_p)
    ])))
  name: (name) @_m
  arguments: (arguments . (argument) @status)
  (#eq? @_e "expect")
  (#match? @_m "^(toBe|toEqual|toBeSame|not)$")
  (#match? @_g "^(getStatusCode|getStatus|status|statusCode)$")
  (#match? @_p "(?i)^(status|statuscode|status_code|httpcode|http_code)$")
  (#set! role "comparison")
  (#set! api "test"))

; ------------------------------------------------------------ more shapes

;   foreach ([301, 302, 303, 307] as $code) { ... } over a literal list.
(foreach_statement
  (array_creation_expression
    (array_element_initializer . [(integer) (class_constant_access_expression)] .) @status)
  .
  (variable_name (name) @_p)
  (#match? @_p "(?i)^(status|statuscode|status_code|httpstatus|httpcode|http_code|redirectstatus|redirectcode)$")
  (#set! role "case")
  (#set! api "other"))

(foreach_statement
  (array_creation_expression
    (array_element_initializer . [(integer) (class_constant_access_expression)] .) @status)
  .
  (variable_name (name) @_p)
  (#match? @_p "(?i)^(code|responsecode|response_code)$")
  (#set! role "case")
  (#set! api "other")
  (#set! confidence "weak"))

; Mocks: $response->method('getStatusCode')->willReturn(404),
; ->expects($this->once())->method('getStatusCode')->willReturn(200),
; Mockery ->shouldReceive('getStatusCode')->once()->andReturn(500),
; Prophecy $response->getStatusCode()->willReturn(301).
(member_call_expression
  object: [
    (member_call_expression
      name: (name) @_mm
      arguments: (arguments . (argument (string (string_content) @_g))))
    (member_call_expression
      object: (member_call_expression
        name: (name) @_mm
        arguments: (arguments . (argument (string (string_content) @_g)))))
    (member_call_expression
      name: (name) @_g)
  ]
  name: (name) @_w
  arguments: (arguments . (argument) @status)
  (#match? @_mm "^(method|shouldReceive|allows|expects)$")
  (#match? @_g "^(getStatusCode|getStatus|status|statusCode|getHttpCode|getHttpStatus|getHttpStatusCode)$")
  (#match? @_w "^(willReturn|andReturn|shouldReturn|andReturnValues)$")
  (#set! role "argument")
  (#set! api "test"))

; Laravel Http::fake(['github.com/*' => 404, 'forge.laravel.com' => 204]):
; a bare status as the value of a URL pattern.
(scoped_call_expression
  name: (name) @_m
  arguments: (arguments . (argument (array_creation_expression
    (array_element_initializer
      [(string) (encapsed_string)]
      .
      [(integer) (class_constant_access_expression)] @status
      .))))
  (#eq? @_m "fake")
  (#set! role "argument")
  (#set! api "test"))

(member_call_expression
  name: (name) @_m
  arguments: (arguments . (argument (array_creation_expression
    (array_element_initializer
      [(string) (encapsed_string)]
      .
      [(integer) (class_constant_access_expression)] @status
      .))))
  (#eq? @_m "fake")
  (#set! role "argument")
  (#set! api "test"))

; class NotFound extends HttpException { function __construct() {
;   parent::__construct(404, 'Not found'); } }
(class_declaration
  (base_clause [(name) (qualified_name)] @_b)
  body: (declaration_list
    (method_declaration
      name: (name) @_ctor
      body: (compound_statement
        (expression_statement
          (scoped_call_expression
            scope: (relative_scope)
            name: (name) @_pc
            arguments: (arguments . (argument) @status))))))
  (#match? @_b "(^|\\\\)(HttpException|HTTPException)$")
  (#eq? @_ctor "__construct")
  (#eq? @_pc "__construct")
  (#set! role "argument")
  (#set! api "error"))

; ----------------------------------------------------------------- tables

; Symfony Response::$statusTexts, Guzzle/Laminas $phrases:
; [404 => 'Not Found', 418 => "I'm a teapot"].
(array_element_initializer
  .
  (integer) @status
  .
  [(string) (encapsed_string)] @phrase
  .
  (#set! role "table")
  (#set! api "definition")
  (#set! check "phrase"))

; public const HTTP_NOT_FOUND = 404; const NOT_FOUND = 404;
; enum Status: int { case NotFound = 404; } and define('HTTP_OK', 200),
; when the name spells the code.
(const_element
  (name) @name
  (integer) @status
  (#set! role "table")
  (#set! api "definition")
  (#set! check "name"))

(enum_case
  name: (name) @name
  value: (integer) @status
  (#set! role "table")
  (#set! api "definition")
  (#set! check "name"))

(function_call_expression
  function: (name) @_f
  arguments: (arguments
    .
    (argument (string (string_content) @name))
    .
    (argument (integer) @status))
  (#eq? @_f "define")
  (#set! role "table")
  (#set! api "definition")
  (#set! check "name"))

; Lists of statuses kept in a constant or property whose name says so:
; const REDIRECT_CODES = [301, 302, 303, 307, 308];
; private $retryStatuses = [429, 502, 503].
(const_element
  (name) @_n
  (array_creation_expression
    (array_element_initializer . [(integer) (class_constant_access_expression)] .) @status)
  (#match? @_n "(?i)(status|redirect|http)")
  (#set! role "assignment")
  (#set! api "other"))

(property_element
  name: (variable_name (name) @_n)
  default_value: (array_creation_expression
    (array_element_initializer . [(integer) (class_constant_access_expression)] .) @status)
  (#match? @_n "(?i)(status|redirect|http)")
  (#set! role "assignment")
  (#set! api "other"))

; Response::$statusTexts[404], self::$statusTexts[$code].
(subscript_expression
  [
    (scoped_property_access_expression name: (variable_name (name) @_p))
    (member_access_expression name: (name) @_p)
    (variable_name (name) @_p)
  ]
  (integer) @status
  (#match? @_p "^(statusTexts|statusText|phrases|statusCodes|STATUS_CODES)$")
  (#set! role "argument")
  (#set! api "other"))

; -------------------------------------------------------------- constants

; Response::HTTP_NOT_FOUND, JsonResponse::HTTP_CREATED, SymfonyResponse::HTTP_OK,
; \Symfony\Component\HttpFoundation\Response::HTTP_FORBIDDEN anywhere: the
; class must look like a response or status class, because HTTP_* names are
; also used for other settings (Client::HTTP_REQUEST_TIMEOUT = 30).
((class_constant_access_expression
   .
   [(name) (qualified_name)] @_c) @constant
  (#match? @_c "(?i)(response|status|statuses|statuscodes?|httpcodes?)$")
  (#match? @constant "::\\s*HTTP_"))

; self::HTTP_OK, static::HTTP_NOT_FOUND inside a Response subclass (but not a
; self::HTTP_REQUEST_TIMEOUT setting, which is usually a number of seconds).
((class_constant_access_expression
   .
   (relative_scope)) @constant
  (#match? @constant "::\\s*HTTP_")
  (#not-match? @constant "HTTP_REQUEST_TIMEOUT$"))
