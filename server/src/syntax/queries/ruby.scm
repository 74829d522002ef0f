; HTTP status codes in Ruby.
;
; Each pattern marks a slot with @status and says what it is:
;   role: argument | assignment | comparison | bound | table | case | return | annotation
;   api:  response | redirect | error | client | test | route | definition | other
;   confidence "weak": only counts in a file about HTTP, outside SMTP/FTP code.
;   check "name" / "phrase": a table entry counts only when @name or @phrase
;   spells the code's reason phrase.
; Captures starting with an underscore only feed predicates. A predicate on a
; capture that a branch of an alternation does not bind is true, so one
; alternation carries one predicate per branch.
;
; Rails/Rack symbols (:not_found, :unprocessable_entity) are resolved inside
; @status slots only. The range symbols :success, :missing, :redirect and
; :error name no single code and resolve to nothing. Because enum columns are
; often called `status` too (`where(status: :processing)`), a symbol counts
; only where the call or method is about responses (render, head,
; redirect_to, ...); integers count in any slot named like a status.
;
; A "status-like" expression is a call, variable or key named like a status:
;   response.status, last_response.status, res.status_code, @status,
;   status (Rails integration tests, Rack triples), response[:status],
;   json['status'], response[0] / response.first (a Rack triple).
; Its names match
;   ^(status|status_code|http_status|http_status_code|statuscode|response_status|expected_status)$
; and `code` / `response_code` are weak (Net::SMTP and Net::FTP have codes too),
; as is a converted string (response.code.to_i, reply.status.to_i): each
; pattern that accepts them has a second, weak copy.

; ---------------------------------------------------------- status calls

; Rails head :not_found / head 404 / head(:no_content, location: url);
; Sinatra halt 404, halt 401, 'go away', halt [404, {}, ['x']];
; Sinatra/Grape status 201, status :created; Rails tests assert_response 404,
; assert_response :created, Sinatra's assert_status 201; RSpec
; have_http_status(:ok) / have_http_status(404);
; Rack::Utils.status_code(:not_found); Grape default_error_status 400.
(call
  method: (identifier) @_m
  arguments: (argument_list . (_) @status)
  (#match? @_m "^(head|halt|status|status_code|default_error_status)$")
  (#set! role "argument")
  (#set! api "response"))

; Sinatra halt with a body: halt 204, "x" / halt 204, headers, body (the body is last).
(call
  method: (identifier) @_m
  arguments: (argument_list . (_) @status (_) @body .)
  (#eq? @_m "halt")
  (#set! role "argument")
  (#set! api "response"))

(call
  method: (identifier) @_m
  arguments: (argument_list . (_) @status)
  (#match? @_m "^(assert_response|assert_status|have_http_status|have_status|have_status_code|respond_with_status)$")
  (#set! role "comparison")
  (#set! api "test"))

; shoulda-matchers should respond_with(:not_found), it { is_expected.to
; respond_with 404 } (responders' respond_with @user is not a matcher argument).
(call
  method: (identifier) @_sh
  arguments: (argument_list
    (call
      method: (identifier) @_m
      arguments: (argument_list . (_) @status)))
  (#match? @_sh "^(should|should_not|to|not_to|to_not)$")
  (#eq? @_m "respond_with")
  (#set! role "comparison")
  (#set! api "test"))

; Application helpers: render_error('Not found', 404),
; json_response(user, :created), error_response(:forbidden, 'x'),
; respond_with_error('Gone', 410). Any integer or status symbol argument, only
; in HTTP code.
(call
  method: (identifier) @_m
  arguments: (argument_list [(integer) (simple_symbol)] @status)
  (#match? @_m "^((render|respond_with|json|api|send)_(error|errors|json|success|failure|response)|(error|errors|json|success|failure|api)_(response|json))$")
  (#set! role "argument")
  (#set! api "response")
  (#set! confidence "weak"))

; Sinatra redirect to('/x'), 303 / redirect '/old', 301; Grape redirect;
; Rails routes redirect('/x', 301) is rare but the same shape.
(call
  method: (identifier) @_m
  arguments: (argument_list (integer) @status)
  (#eq? @_m "redirect")
  (#set! role "argument")
  (#set! api "redirect"))

; Grape error!('Not found', 404), error!({ error: 'x' }, :unauthorized, headers).
(call
  method: (identifier) @_m
  arguments: (argument_list . (_) . (_) @status)
  (#eq? @_m "error!")
  (#set! role "argument")
  (#set! api "error"))

; Sinatra error 404 do ... end, error 403, 404 do ... end.
(call
  !receiver
  method: (identifier) @_m
  arguments: (argument_list (integer) @status)
  block: (_)
  (#eq? @_m "error")
  (#set! role "argument")
  (#set! api "error"))

; Sinatra's error helper inside a route: error 501 / error 404, 'Not here'.
(call
  !receiver
  method: (identifier) @_m
  arguments: (argument_list . (integer) @status)
  (#eq? @_m "error")
  (#set! role "argument")
  (#set! api "error"))

; Sinatra error 400..510 do ... end: the bounds of a range of codes.
(call
  !receiver
  method: (identifier) @_m
  arguments: (argument_list (range [begin: (integer) @status end: (integer) @status]))
  block: (_)
  (#eq? @_m "error")
  (#set! role "bound")
  (#set! api "error"))

; Rack::Response.new(body, 404, headers), Rack::MockResponse.new(200, {}, ''),
; ActionDispatch::TestResponse.new(404), Net::HTTPResponse.new('1.1', 200, 'OK'),
; Net::HTTPNotFound.new('1.1', 404, 'x'): any integer argument of a response
; class's constructor (not Net::HTTP.new(host, 443)).
(call
  receiver: [(constant) (scope_resolution)] @_c
  method: (identifier) @_m
  arguments: (argument_list (integer) @status)
  (#eq? @_m "new")
  (#match? @_c "(Response|^Net::HTTP[A-Z][A-Za-z]+)$")
  (#set! role "argument")
  (#set! api "response"))

; Rack::Response.new(body, 204, headers): the body comes first (not
; Rack::MockResponse.new(204, {}, body), whose status is first).
(call
  receiver: [(constant) (scope_resolution)] @_c
  method: (identifier) @_m
  arguments: (argument_list . (_) @body (integer) @status)
  (#eq? @_m "new")
  (#match? @_c "(^|::)Response$")
  (#set! role "argument")
  (#set! api "response"))

; Rack::Response[200, headers, body], Rack::MockResponse[404, {}, []].
(element_reference
  object: [(constant) (scope_resolution)] @_c
  .
  (integer) @status
  (#match? @_c "Response$")
  (#set! role "argument")
  (#set! api "response"))

; Rack::Response[204, headers, body] with a body (the third element).
(element_reference
  object: [(constant) (scope_resolution)] @_c
  .
  (integer) @status
  .
  (_)
  .
  (_) @body
  .
  (#match? @_c "Response$")
  (#set! role "argument")
  (#set! api "response"))

; ------------------------------------------------------ status: options

; render json: x, status: :created; render status: 422;
; render :new, status: :unprocessable_entity; head :ok, status: ...;
; respond_with @user, status: :created; send_data data, status: :partial_content;
; render_error(message, status: :not_found) and other helpers whose name says
; render, respond, json, error or response. Old syntax :status => 404 and
; 'status' => 404 alike.
(call
  method: (identifier) @_m
  arguments: (argument_list
    (pair
      key: [(hash_key_symbol) (simple_symbol) (string)] @_k
      value: (_) @status))
  (#match? @_m "(?i)(render|respond|^head$|halt|error|json|response|send_data|send_file|^fail|forbid|deny)")
  (#match? @_k "^[:'\"]?(status|status_code|http_status)['\"]?$")
  (#set! role "argument")
  (#set! api "response"))

; Rails render with a body: render json: x, status: :no_content, render plain: "x", status: 204,
; render html:/body:/xml:/js:/inline:/text:/file: (either order; not render nothing: true).
(call
  method: (identifier) @_m
  arguments: (argument_list
    (pair
      key: [(hash_key_symbol) (simple_symbol) (string)] @_b
      value: (_) @body)
    (pair
      key: [(hash_key_symbol) (simple_symbol) (string)] @_k
      value: (_) @status))
  (#eq? @_m "render")
  (#match? @_b "^[:'\"]?(json|plain|html|body|xml|js|inline|text|file)['\"]?$")
  (#match? @_k "^[:'\"]?(status|status_code|http_status)['\"]?$")
  (#set! role "argument")
  (#set! api "response"))

(call
  method: (identifier) @_m
  arguments: (argument_list
    (pair
      key: [(hash_key_symbol) (simple_symbol) (string)] @_k
      value: (_) @status)
    (pair
      key: [(hash_key_symbol) (simple_symbol) (string)] @_b
      value: (_) @body))
  (#eq? @_m "render")
  (#match? @_b "^[:'\"]?(json|plain|html|body|xml|js|inline|text|file)['\"]?$")
  (#match? @_k "^[:'\"]?(status|status_code|http_status)['\"]?$")
  (#set! role "argument")
  (#set! api "response"))

; Rails send_data data, status: 204 / send_file path, status: 204: the body comes first.
(call
  method: (identifier) @_m
  arguments: (argument_list
    . (_) @body
    (pair
      key: [(hash_key_symbol) (simple_symbol) (string)] @_k
      value: (_) @status))
  (#match? @_m "^(send_data|send_file)$")
  (#not-match? @body "^:?[A-Za-z_]+:|=>")
  (#match? @_k "^[:'\"]?(status|status_code|http_status)['\"]?$")
  (#set! role "argument")
  (#set! api "response"))

; redirect_to root_path, status: :see_other; redirect_back fallback_location: x,
; status: 303; Rails routes redirect('/x', status: 301);
; assert_redirected_to url, status: :found; assert_redirected_to url,
; { status: :moved_permanently }, 'message'.
(call
  method: (identifier) @_m
  arguments: (argument_list [
    (pair
      key: [(hash_key_symbol) (simple_symbol) (string)] @_k
      value: (_) @status)
    (hash (pair
      key: [(hash_key_symbol) (simple_symbol) (string)] @_k
      value: (_) @status))])
  (#match? @_m "redirect")
  (#match? @_k "^[:'\"]?(status|status_code|http_status)['\"]?$")
  (#set! role "argument")
  (#set! api "redirect"))

; Any other hash: WebMock to_return(status: 404), to_return(status: [500, 'x']),
; double(status: 200), Faraday::Response.new(status: 200),
; { 'status' => 404, 'error' => 'x' }. Integers only (an enum column called
; status is often set to a symbol).
(pair
  key: [(hash_key_symbol) (simple_symbol) (string)] @_k
  value: [
    (integer)
    (array . (integer))
    (conditional consequence: (integer))
    (binary right: (integer))
  ] @status
  (#match? @_k "^[:'\"]?(status|status_code|statusCode|http_status|http_status_code|httpStatus)['\"]?$")
  (#set! role "argument")
  (#set! api "response"))

; { code: 404, message: 'Not found' } in error bodies; double(code: 200) for
; HTTParty/RestClient responses: only in HTTP code.
(pair
  key: [(hash_key_symbol) (simple_symbol) (string)] @_k
  value: (integer) @status
  (#match? @_k "^[:'\"]?(code|response_code|http_code)['\"]?$")
  (#set! role "argument")
  (#set! api "response")
  (#set! confidence "weak"))

; Grape desc 'x', http_codes: [[200, 'OK'], [404, 'Not found']],
; failure: [[401, 'Unauthorized']], and inside desc blocks http_codes [[...]].
(pair
  key: (hash_key_symbol) @_k
  value: (array (array . (integer) @status))
  (#match? @_k "^(http_codes|failure|success|failures)$")
  (#set! role "table")
  (#set! api "route"))

(call
  method: (identifier) @_m
  arguments: (argument_list (array (array . (integer) @status)))
  (#match? @_m "^(http_codes|failure|success)$")
  (#set! role "table")
  (#set! api "route"))

; Faraday retry_statuses: [429, 503], raise_error allowed_statuses: [404].
(pair
  key: (hash_key_symbol) @_k
  value: (array (integer) @status)
  (#match? @_k "(statuses|status_codes)$")
  (#set! role "argument")
  (#set! api "client"))

; -------------------------------------------------------------- defaults

; def render_error(message, status: :bad_request) / def json_error(msg,
; status = 422): symbols only when the method is about responses.
(method
  name: (identifier) @_m
  parameters: (method_parameters
    [(keyword_parameter name: (identifier) @_p value: (_) @status)
     (optional_parameter name: (identifier) @_p value: (_) @status)])
  (#match? @_m "(?i)(render|respond|head|halt|error|json|response|redirect|^fail|forbid|deny)")
  (#match? @_p "^(status|status_code|http_status)$")
  (#set! role "assignment")
  (#set! api "other"))

; def initialize(message = nil, status: 500) / def error(msg, status = 400).
(keyword_parameter
  name: (identifier) @_p
  value: (integer) @status
  (#match? @_p "^(status|status_code|http_status|http_status_code|redirect_status)$")
  (#set! role "assignment")
  (#set! api "other"))

(optional_parameter
  name: (identifier) @_p
  value: (integer) @status
  (#match? @_p "^(status|status_code|http_status|http_status_code|redirect_status)$")
  (#set! role "assignment")
  (#set! api "other"))

(keyword_parameter
  name: (identifier) @_p
  value: (integer) @status
  (#match? @_p "^(code|response_code)$")
  (#set! role "assignment")
  (#set! api "other")
  (#set! confidence "weak"))

(optional_parameter
  name: (identifier) @_p
  value: (integer) @status
  (#match? @_p "^(code|response_code)$")
  (#set! role "assignment")
  (#set! api "other")
  (#set! confidence "weak"))

; def status; 404; end / def http_status = :not_found / def status_code
; @status || 500 end: the last expression of a status getter (custom
; exceptions, Rails' ActionDispatch rescue classes).
(method
  name: (identifier) @_m
  body: [
    (body_statement (_) @status . (comment)* .)
    (integer) @status
    (simple_symbol) @status
  ]
  (#match? @_m "^(status|status_code|http_status|http_status_code|response_status|rack_status)$")
  (#set! role "return")
  (#set! api "error"))

; ----------------------------------------------------------- assignments

; response.status = 404; self.status = :not_found in a controller;
; res.status = 201 (Rack::Response, WEBrick); @response.status = 500.
(assignment
  left: (call receiver: (_) @_r method: (identifier) @_p)
  right: (_) @status
  (#match? @_p "^(status|status_code|http_status)$")
  (#match? @_r "(?i)^(self|@?_?response|@?res|@?resp|@?rack_response|controller|@?env)$")
  (#set! role "assignment")
  (#set! api "response"))

; Any other receiver: integers only (order.status = :processing is an enum).
(assignment
  left: (call method: (identifier) @_p)
  right: [(integer) (conditional consequence: (integer)) (binary right: (integer))] @status
  (#match? @_p "^(status|status_code|http_status|http_status_code)$")
  (#set! role "assignment")
  (#set! api "response"))

; status = 404; @status = 500; @status_code ||= 500; status = ok ? 200 : 503.
(assignment
  left: [(identifier) (instance_variable) (class_variable)] @_p
  right: [(integer) (conditional consequence: (integer)) (binary right: (integer))] @status
  (#match? @_p "^[@]{0,2}(status|status_code|http_status|http_status_code|expected_status|redirect_status)$")
  (#set! role "assignment")
  (#set! api "other"))

(operator_assignment
  left: [(identifier) (instance_variable) (class_variable)] @_p
  right: [(integer) (conditional consequence: (integer)) (binary right: (integer))] @status
  (#match? @_p "^[@]{0,2}(status|status_code|http_status|http_status_code|expected_status|redirect_status)$")
  (#set! role "assignment")
  (#set! api "other"))

(assignment
  left: [(identifier) (instance_variable)] @_p
  right: (integer) @status
  (#match? @_p "^@?(code|response_code)$")
  (#set! role "assignment")
  (#set! api "other")
  (#set! confidence "weak"))

; Rails config.action_dispatch.rescue_responses['MyError'] = :forbidden.
(assignment
  left: (element_reference object: (call method: (identifier) @_m))
  right: (_) @status
  (#eq? @_m "rescue_responses")
  (#set! role "table")
  (#set! api "error"))

; ----------------------------------------------------------- comparisons
;
; The status-like side of a comparison is matched on its text (`@_l`), which
; keeps the query small: response.status, last_response.status, status,
; @status, res.status_code, response[:status], json['status'], response[0] and
; response.first on a Rack triple, Rack::MockRequest.new(app).get('/').status.
; Each pattern has a weak copy for `code` / `response_code` names and converted
; strings (response.code.to_i, reply.status.to_i), which Net::SMTP and Net::FTP
; code also has.

; response.status == 200, last_response.status != 404, status == 304,
; @status == 500, response[:status] == 200, response[0] == 304,
; response.code == 200 (HTTParty, RestClient), res.code.to_i == 200 (Net::HTTP).
(binary
  left: [(call) (identifier) (instance_variable) (element_reference)] @_l
  operator: ["==" "!=" "==="]
  right: (integer) @status
  (#match? @_l "(^|[.@:])(status|status_code|http_status|http_status_code|statuscode|response_status|expected_status)$|\\[ *[:'\"]?(status|status_code|statusCode|http_status)['\"]? *\\]$|^@?(response|res|resp|rack_response)(\\[ *0 *\\]|\\.first)$")
  (#set! role "comparison")
  (#set! api "client"))

(binary
  left: [(call) (identifier) (instance_variable) (element_reference)] @_l
  operator: ["==" "!=" "==="]
  right: (integer) @status
  (#match? @_l "(^|[.@:])(code|response_code|http_code)$|\\[ *[:'\"]?(code|response_code|http_code)['\"]? *\\]$|(^|[.@:])(code|status|status_code|response_code)\\.to_i$")
  (#set! role "comparison")
  (#set! api "client")
  (#set! confidence "weak"))

; 200 == res.status.
(binary
  left: (integer) @status
  operator: ["==" "!=" "==="]
  right: [(call) (identifier) (instance_variable) (element_reference)] @_l
  (#match? @_l "(^|[.@:])(status|status_code|http_status|http_status_code|statuscode|response_status|expected_status)$|\\[ *[:'\"]?(status|status_code|statusCode|http_status)['\"]? *\\]$|^@?(response|res|resp|rack_response)(\\[ *0 *\\]|\\.first)$")
  (#set! role "comparison")
  (#set! api "client"))

(binary
  left: (integer) @status
  operator: ["==" "!=" "==="]
  right: [(call) (identifier) (instance_variable) (element_reference)] @_l
  (#match? @_l "(^|[.@:])(code|response_code|http_code)$|\\[ *[:'\"]?(code|response_code|http_code)['\"]? *\\]$|(^|[.@:])(code|status|status_code|response_code)\\.to_i$")
  (#set! role "comparison")
  (#set! api "client")
  (#set! confidence "weak"))

; Range checks: response.status >= 400, status < 300, response.code.to_i >= 500.
(binary
  left: [(call) (identifier) (instance_variable) (element_reference)] @_l
  operator: ["<" "<=" ">" ">="]
  right: (integer) @status
  (#match? @_l "(^|[.@:])(status|status_code|http_status|http_status_code|statuscode|response_status|expected_status)$|\\[ *[:'\"]?(status|status_code|statusCode|http_status)['\"]? *\\]$|^@?(response|res|resp|rack_response)(\\[ *0 *\\]|\\.first)$")
  (#set! role "bound")
  (#set! api "client"))

(binary
  left: [(call) (identifier) (instance_variable) (element_reference)] @_l
  operator: ["<" "<=" ">" ">="]
  right: (integer) @status
  (#match? @_l "(^|[.@:])(code|response_code|http_code)$|\\[ *[:'\"]?(code|response_code|http_code)['\"]? *\\]$|(^|[.@:])(code|status|status_code|response_code)\\.to_i$")
  (#set! role "bound")
  (#set! api "client")
  (#set! confidence "weak"))

; 500 <= res.status.
(binary
  left: (integer) @status
  operator: ["<" "<=" ">" ">="]
  right: [(call) (identifier) (instance_variable) (element_reference)] @_l
  (#match? @_l "(^|[.@:])(status|status_code|http_status|http_status_code|statuscode|response_status|expected_status)$|\\[ *[:'\"]?(status|status_code|statusCode|http_status)['\"]? *\\]$|^@?(response|res|resp|rack_response)(\\[ *0 *\\]|\\.first)$")
  (#set! role "bound")
  (#set! api "client"))

(binary
  left: (integer) @status
  operator: ["<" "<=" ">" ">="]
  right: [(call) (identifier) (instance_variable) (element_reference)] @_l
  (#match? @_l "(^|[.@:])(code|response_code|http_code)$|\\[ *[:'\"]?(code|response_code|http_code)['\"]? *\\]$|(^|[.@:])(code|status|status_code|response_code)\\.to_i$")
  (#set! role "bound")
  (#set! api "client")
  (#set! confidence "weak"))

; response.status.between?(200, 299), res.code.to_i.between?(500, 599).
(call
  receiver: [(call) (identifier) (instance_variable) (element_reference)] @_l
  method: (identifier) @_m
  arguments: (argument_list (integer) @status)
  (#eq? @_m "between?")
  (#match? @_l "(^|[.@:])(status|status_code|http_status|http_status_code|statuscode|response_status|expected_status)$|\\[ *[:'\"]?(status|status_code|statusCode|http_status)['\"]? *\\]$|^@?(response|res|resp|rack_response)(\\[ *0 *\\]|\\.first)$")
  (#set! role "bound")
  (#set! api "client"))

(call
  receiver: [(call) (identifier) (instance_variable) (element_reference)] @_l
  method: (identifier) @_m
  arguments: (argument_list (integer) @status)
  (#eq? @_m "between?")
  (#match? @_l "(^|[.@:])(code|response_code|http_code)$|\\[ *[:'\"]?(code|response_code|http_code)['\"]? *\\]$|(^|[.@:])(code|status|status_code|response_code)\\.to_i$")
  (#set! role "bound")
  (#set! api "client")
  (#set! confidence "weak"))

; (200..299).include?(response.status), (200...300).cover?(status).
(call
  receiver: (parenthesized_statements (range [begin: (integer) @status end: (integer) @status]))
  method: (identifier) @_m
  arguments: (argument_list . [(call) (identifier) (instance_variable) (element_reference)] @_l)
  (#match? @_m "^(include\\?|cover\\?|member\\?|===)$")
  (#match? @_l "(^|[.@:])(status|status_code|http_status|http_status_code|statuscode|response_status|expected_status)$|\\[ *[:'\"]?(status|status_code|statusCode|http_status)['\"]? *\\]$|^@?(response|res|resp|rack_response)(\\[ *0 *\\]|\\.first)$")
  (#set! role "bound")
  (#set! api "client"))

(call
  receiver: (parenthesized_statements (range [begin: (integer) @status end: (integer) @status]))
  method: (identifier) @_m
  arguments: (argument_list . [(call) (identifier) (instance_variable) (element_reference)] @_l)
  (#match? @_m "^(include\\?|cover\\?|member\\?|===)$")
  (#match? @_l "(^|[.@:])(code|response_code|http_code)$|\\[ *[:'\"]?(code|response_code|http_code)['\"]? *\\]$|(^|[.@:])(code|status|status_code|response_code)\\.to_i$")
  (#set! role "bound")
  (#set! api "client")
  (#set! confidence "weak"))

; [301, 302, 303].include?(response.status), [200, 201].include?(status).
(call
  receiver: (array) @status
  method: (identifier) @_m
  arguments: (argument_list . [(call) (identifier) (instance_variable) (element_reference)] @_l)
  (#match? @_m "^(include\\?|member\\?)$")
  (#match? @_l "(^|[.@:])(status|status_code|http_status|http_status_code|statuscode|response_status|expected_status)$|\\[ *[:'\"]?(status|status_code|statusCode|http_status)['\"]? *\\]$|^@?(response|res|resp|rack_response)(\\[ *0 *\\]|\\.first)$")
  (#set! role "comparison")
  (#set! api "client"))

(call
  receiver: (array) @status
  method: (identifier) @_m
  arguments: (argument_list . [(call) (identifier) (instance_variable) (element_reference)] @_l)
  (#match? @_m "^(include\\?|member\\?)$")
  (#match? @_l "(^|[.@:])(code|response_code|http_code)$|\\[ *[:'\"]?(code|response_code|http_code)['\"]? *\\]$|(^|[.@:])(code|status|status_code|response_code)\\.to_i$")
  (#set! role "comparison")
  (#set! api "client")
  (#set! confidence "weak"))

; case response.status when 200 then ... when 301, 302 then ... end;
; case response.code.to_i; case status; case env[:status].
(case
  value: [(call) (identifier) (instance_variable) (element_reference)] @_l
  (when pattern: (pattern (integer) @status))
  (#match? @_l "(^|[.@:])(status|status_code|http_status|http_status_code|statuscode|response_status|expected_status)$|\\[ *[:'\"]?(status|status_code|statusCode|http_status)['\"]? *\\]$|^@?(response|res|resp|rack_response)(\\[ *0 *\\]|\\.first)$")
  (#set! role "case")
  (#set! api "client"))

(case
  value: [(call) (identifier) (instance_variable) (element_reference)] @_l
  (when pattern: (pattern (integer) @status))
  (#match? @_l "(^|[.@:])(code|response_code|http_code)$|\\[ *[:'\"]?(code|response_code|http_code)['\"]? *\\]$|(^|[.@:])(code|status|status_code|response_code)\\.to_i$")
  (#set! role "case")
  (#set! api "client")
  (#set! confidence "weak"))

; when 500..599 then ... : the bounds.
(case
  value: [(call) (identifier) (instance_variable) (element_reference)] @_l
  (when pattern: (pattern (range [begin: (integer) @status end: (integer) @status])))
  (#match? @_l "(^|[.@:])(status|status_code|http_status|http_status_code|statuscode|response_status|expected_status)$|\\[ *[:'\"]?(status|status_code|statusCode|http_status)['\"]? *\\]$|^@?(response|res|resp|rack_response)(\\[ *0 *\\]|\\.first)$")
  (#set! role "bound")
  (#set! api "client"))

(case
  value: [(call) (identifier) (instance_variable) (element_reference)] @_l
  (when pattern: (pattern (range [begin: (integer) @status end: (integer) @status])))
  (#match? @_l "(^|[.@:])(code|response_code|http_code)$|\\[ *[:'\"]?(code|response_code|http_code)['\"]? *\\]$|(^|[.@:])(code|status|status_code|response_code)\\.to_i$")
  (#set! role "bound")
  (#set! api "client")
  (#set! confidence "weak"))

; [204, 304].each do |status| ... end, [301, 302].each { |code| ... }.
(call
  receiver: (array) @status
  method: (identifier) @_m
  block: [
    (do_block parameters: (block_parameters . (identifier) @_p))
    (block parameters: (block_parameters . (identifier) @_p))
  ]
  (#eq? @_m "each")
  (#match? @_p "^(status|status_code|http_status|response_status|expected_status)$")
  (#set! role "case")
  (#set! api "other"))

(call
  receiver: (array) @status
  method: (identifier) @_m
  block: [
    (do_block parameters: (block_parameters . (identifier) @_p))
    (block parameters: (block_parameters . (identifier) @_p))
  ]
  (#eq? @_m "each")
  (#match? @_p "^(code|response_code)$")
  (#set! role "case")
  (#set! api "other")
  (#set! confidence "weak"))

; ------------------------------------------------------------------ tests

; RSpec expect(response.status).to eq(200), expect(last_response.status).to
; eq 404, expect(status).not_to eq(500), expect(res.code).to eql(201),
; expect(response[0]).to eq(429).
(call
  receiver: (call
    method: (identifier) @_e
    arguments: (argument_list . [(call) (identifier) (instance_variable) (element_reference)] @_l))
  method: (identifier) @_to
  arguments: (argument_list
    (call
      method: (identifier) @_m
      arguments: (argument_list . (_) @status)))
  (#eq? @_e "expect")
  (#match? @_to "^(to|not_to|to_not)$")
  (#match? @_m "^(eq|eql|equal|be|match)$")
  (#match? @_l "(^|[.@:])(status|status_code|http_status|http_status_code|statuscode|response_status|expected_status)$|\\[ *[:'\"]?(status|status_code|statusCode|http_status)['\"]? *\\]$|^@?(response|res|resp|rack_response)(\\[ *0 *\\]|\\.first)$")
  (#set! role "comparison")
  (#set! api "test"))

(call
  receiver: (call
    method: (identifier) @_e
    arguments: (argument_list . [(call) (identifier) (instance_variable) (element_reference)] @_l))
  method: (identifier) @_to
  arguments: (argument_list
    (call
      method: (identifier) @_m
      arguments: (argument_list . (_) @status)))
  (#eq? @_e "expect")
  (#match? @_to "^(to|not_to|to_not)$")
  (#match? @_m "^(eq|eql|equal|be|match)$")
  (#match? @_l "(^|[.@:])(code|response_code|http_code)$|\\[ *[:'\"]?(code|response_code|http_code)['\"]? *\\]$|(^|[.@:])(code|status|status_code|response_code)\\.to_i$")
  (#set! role "comparison")
  (#set! api "test")
  (#set! confidence "weak"))

; expect(response.status).to be_between(200, 299): bounds.
(call
  receiver: (call
    method: (identifier) @_e
    arguments: (argument_list . [(call) (identifier) (instance_variable) (element_reference)] @_l))
  method: (identifier) @_to
  arguments: (argument_list
    (call
      method: (identifier) @_m
      arguments: (argument_list (integer) @status)))
  (#eq? @_e "expect")
  (#match? @_to "^(to|not_to|to_not)$")
  (#eq? @_m "be_between")
  (#match? @_l "(^|[.@:])(status|status_code|http_status|http_status_code|statuscode|response_status|expected_status)$|\\[ *[:'\"]?(status|status_code|statusCode|http_status)['\"]? *\\]$|^@?(response|res|resp|rack_response)(\\[ *0 *\\]|\\.first)$")
  (#set! role "bound")
  (#set! api "test"))

(call
  receiver: (call
    method: (identifier) @_e
    arguments: (argument_list . [(call) (identifier) (instance_variable) (element_reference)] @_l))
  method: (identifier) @_to
  arguments: (argument_list
    (call
      method: (identifier) @_m
      arguments: (argument_list (integer) @status)))
  (#eq? @_e "expect")
  (#match? @_to "^(to|not_to|to_not)$")
  (#eq? @_m "be_between")
  (#match? @_l "(^|[.@:])(code|response_code|http_code)$|\\[ *[:'\"]?(code|response_code|http_code)['\"]? *\\]$|(^|[.@:])(code|status|status_code|response_code)\\.to_i$")
  (#set! role "bound")
  (#set! api "test")
  (#set! confidence "weak"))

; Minitest spec: _(last_response.status).must_equal 200,
; value(response.status).must_equal 404, last_response.status.must_equal 201,
; status.must_equal 200, response[0].must_equal 200.
(call
  receiver: [
    (call method: (identifier) @_e arguments: (argument_list . [(call) (identifier) (instance_variable) (element_reference)] @_l))
    [(call) (identifier) (instance_variable) (element_reference)] @_l
  ]
  method: (identifier) @_m
  arguments: (argument_list . (_) @status)
  (#match? @_e "^(_|value|expect)$")
  (#match? @_m "^(must_equal|wont_equal|must_be|should_equal|should_not_equal)$")
  (#match? @_l "(^|[.@:])(status|status_code|http_status|http_status_code|statuscode|response_status|expected_status)$|\\[ *[:'\"]?(status|status_code|statusCode|http_status)['\"]? *\\]$|^@?(response|res|resp|rack_response)(\\[ *0 *\\]|\\.first)$")
  (#set! role "comparison")
  (#set! api "test"))

(call
  receiver: [
    (call method: (identifier) @_e arguments: (argument_list . [(call) (identifier) (instance_variable) (element_reference)] @_l))
    [(call) (identifier) (instance_variable) (element_reference)] @_l
  ]
  method: (identifier) @_m
  arguments: (argument_list . (_) @status)
  (#match? @_e "^(_|value|expect)$")
  (#match? @_m "^(must_equal|wont_equal|must_be|should_equal|should_not_equal)$")
  (#match? @_l "(^|[.@:])(code|response_code|http_code)$|\\[ *[:'\"]?(code|response_code|http_code)['\"]? *\\]$|(^|[.@:])(code|status|status_code|response_code)\\.to_i$")
  (#set! role "comparison")
  (#set! api "test")
  (#set! confidence "weak"))

; Old RSpec: last_response.status.should eq(200).
(call
  receiver: (call
    receiver: [(call) (identifier) (instance_variable) (element_reference)] @_l
    method: (identifier) @_sh)
  arguments: (argument_list
    (call
      method: (identifier) @_m
      arguments: (argument_list . (_) @status)))
  (#match? @_sh "^(should|should_not)$")
  (#match? @_m "^(eq|eql|equal|be)$")
  (#match? @_l "(^|[.@:])(status|status_code|http_status|http_status_code|statuscode|response_status|expected_status)$|\\[ *[:'\"]?(status|status_code|statusCode|http_status)['\"]? *\\]$|^@?(response|res|resp|rack_response)(\\[ *0 *\\]|\\.first)$")
  (#set! role "comparison")
  (#set! api "test"))

(call
  receiver: (call
    receiver: [(call) (identifier) (instance_variable) (element_reference)] @_l
    method: (identifier) @_sh)
  arguments: (argument_list
    (call
      method: (identifier) @_m
      arguments: (argument_list . (_) @status)))
  (#match? @_sh "^(should|should_not)$")
  (#match? @_m "^(eq|eql|equal|be)$")
  (#match? @_l "(^|[.@:])(code|response_code|http_code)$|\\[ *[:'\"]?(code|response_code|http_code)['\"]? *\\]$|(^|[.@:])(code|status|status_code|response_code)\\.to_i$")
  (#set! role "comparison")
  (#set! api "test")
  (#set! confidence "weak"))

; last_response.status.should == 200
(binary
  left: (call
    receiver: [(call) (identifier) (instance_variable) (element_reference)] @_l
    method: (identifier) @_sh)
  operator: ["==" "!="]
  right: (integer) @status
  (#match? @_sh "^(should|should_not)$")
  (#match? @_l "(^|[.@:])(status|status_code|http_status|http_status_code|statuscode|response_status|expected_status)$|\\[ *[:'\"]?(status|status_code|statusCode|http_status)['\"]? *\\]$|^@?(response|res|resp|rack_response)(\\[ *0 *\\]|\\.first)$")
  (#set! role "comparison")
  (#set! api "test"))

(binary
  left: (call
    receiver: [(call) (identifier) (instance_variable) (element_reference)] @_l
    method: (identifier) @_sh)
  operator: ["==" "!="]
  right: (integer) @status
  (#match? @_sh "^(should|should_not)$")
  (#match? @_l "(^|[.@:])(code|response_code|http_code)$|\\[ *[:'\"]?(code|response_code|http_code)['\"]? *\\]$|(^|[.@:])(code|status|status_code|response_code)\\.to_i$")
  (#set! role "comparison")
  (#set! api "test")
  (#set! confidence "weak"))

; Minitest assert_equal 200, last_response.status / assert_equal 404, status /
; assert_equal(201, response.code) / assert_equal 404, response[0]; refute_equal.
(call
  method: (identifier) @_a
  arguments: (argument_list
    .
    (_) @status
    .
    [(call) (identifier) (instance_variable) (element_reference)] @_l)
  (#match? @_a "^(assert_equal|refute_equal|assert_not_equal|assert_same)$")
  (#match? @_l "(^|[.@:])(status|status_code|http_status|http_status_code|statuscode|response_status|expected_status)$|\\[ *[:'\"]?(status|status_code|statusCode|http_status)['\"]? *\\]$|^@?(response|res|resp|rack_response)(\\[ *0 *\\]|\\.first)$")
  (#set! role "comparison")
  (#set! api "test"))

(call
  method: (identifier) @_a
  arguments: (argument_list
    .
    (_) @status
    .
    [(call) (identifier) (instance_variable) (element_reference)] @_l)
  (#match? @_a "^(assert_equal|refute_equal|assert_not_equal|assert_same)$")
  (#match? @_l "(^|[.@:])(code|response_code|http_code)$|\\[ *[:'\"]?(code|response_code|http_code)['\"]? *\\]$|(^|[.@:])(code|status|status_code|response_code)\\.to_i$")
  (#set! role "comparison")
  (#set! api "test")
  (#set! confidence "weak"))

; assert_equal last_response.status, 200 (reversed).
(call
  method: (identifier) @_a
  arguments: (argument_list
    .
    [(call) (identifier) (instance_variable) (element_reference)] @_l
    .
    (integer) @status)
  (#match? @_a "^(assert_equal|refute_equal|assert_not_equal|assert_same)$")
  (#match? @_l "(^|[.@:])(status|status_code|http_status|http_status_code|statuscode|response_status|expected_status)$|\\[ *[:'\"]?(status|status_code|statusCode|http_status)['\"]? *\\]$|^@?(response|res|resp|rack_response)(\\[ *0 *\\]|\\.first)$")
  (#set! role "comparison")
  (#set! api "test"))

(call
  method: (identifier) @_a
  arguments: (argument_list
    .
    [(call) (identifier) (instance_variable) (element_reference)] @_l
    .
    (integer) @status)
  (#match? @_a "^(assert_equal|refute_equal|assert_not_equal|assert_same)$")
  (#match? @_l "(^|[.@:])(code|response_code|http_code)$|\\[ *[:'\"]?(code|response_code|http_code)['\"]? *\\]$|(^|[.@:])(code|status|status_code|response_code)\\.to_i$")
  (#set! role "comparison")
  (#set! api "test")
  (#set! confidence "weak"))

; -------------------------------------------------------------- Rack triples

; A Rack response [200, headers, body] returned from call(env), a lambda, a
; Faraday or Sinatra stub: the first element of an array of exactly three
; whose second is a headers hash (empty, or string or constant keys:
; { 'content-type' => 'text/plain' }, { CONTENT_TYPE => x }) or a headers-like
; expression (headers, @headers, default_headers.merge(x)).
(array
  .
  (integer) @status
  .
  [(hash) (identifier) (instance_variable) (call) (constant) (scope_resolution)] @_h
  .
  (_)
  .
  (#match? @_h "^\\{\\s*(\\}|[\"'A-Z])|[Hh]ead")
  (#set! role "return")
  (#set! api "response"))

; A Rack triple with a body: [204, {}, ["x"]] ([] and [""] are empty).
(array
  .
  (integer) @status
  .
  [(hash) (identifier) (instance_variable) (call) (constant) (scope_resolution)] @_h
  .
  (_) @body
  .
  (#match? @_h "^\\{\\s*(\\}|[\"'A-Z])|[Hh]ead")
  (#set! role "return")
  (#set! api "response"))

; ----------------------------------------------------------------- tables

; Rack::Utils::HTTP_STATUS_CODES = { 100 => 'Continue', 404 => 'Not Found' }.
(pair
  key: (integer) @status
  value: (string) @phrase
  (#set! role "table")
  (#set! api "definition")
  (#set! check "phrase"))

; Faraday's { 404 => Faraday::ResourceNotFound, 422 => UnprocessableError }:
; codes mapped to exception classes.
(pair
  key: (integer) @status
  value: [(constant) (scope_resolution)] @_v
  (#match? @_v "(Error|Exception|NotFound)$")
  (#set! role "table")
  (#set! api "error"))

; Hashes keyed by status in a constant whose name says so:
; ERRORS_BY_STATUS = { 401 => Unauthorized, 502 => ServerError }.freeze.
(assignment
  left: (constant) @_n
  right: [
    (hash (pair key: (integer) @status))
    (call receiver: (hash (pair key: (integer) @status)))
  ]
  (#match? @_n "(?i)(status|http|response)")
  (#set! role "table")
  (#set! api "definition"))

; NOT_FOUND = 404, HTTP_NOT_FOUND = 404, when the name spells the code.
(assignment
  left: (constant) @name
  right: (integer) @status
  (#set! role "table")
  (#set! api "definition")
  (#set! check "name"))

; Lists of codes kept in a constant whose name says so:
; REDIRECT_CODES = [301, 302, 303, 307, 308].freeze,
; RETRYABLE_STATUSES = [429, 502, 503, 504], DROP_BODY_RESPONSES = [204, 304].
(assignment
  left: (constant) @_n
  right: [(array) @status (call receiver: (array) @status)]
  (#match? @_n "(?i)(status|redirect|http|response)")
  (#set! role "assignment")
  (#set! api "other"))

; Rails rescue_responses.merge!('ActiveRecord::RecordNotFound' => :not_found)
; and similar maps from exception class names to statuses.
(pair
  key: (string (string_content) @_k)
  value: (simple_symbol) @status
  (#match? @_k "^[A-Z][A-Za-z0-9_]*(::[A-Z][A-Za-z0-9_]*)*$")
  (#set! role "table")
  (#set! api "error"))

; Rack::Utils::HTTP_STATUS_CODES[404], Rack::Utils::SYMBOL_TO_STATUS_CODE[:not_found].
(element_reference
  object: [(scope_resolution name: (constant) @_o) (constant) @_o]
  [(integer) (simple_symbol)] @status
  (#match? @_o "^(HTTP_STATUS_CODES|SYMBOL_TO_STATUS_CODE|STATUS_CODES|HTTP_STATUS)$")
  (#set! role "argument")
  (#set! api "other"))

; -------------------------------------------------------------- constants

; No Ruby library constant is in the registry: Rails and Rack name statuses
; with symbols, resolved inside the slots above. WEBrick's
; WEBrick::HTTPStatus::RC_NOT_FOUND is the closest thing to a constant.
((scope_resolution) @constant
  (#match? @constant "HTTPStatus::RC_[A-Z_]+$"))

; { payload_too_large: 413, not_extended: 510 }: Rack's symbol tables, when the
; key spells the code's phrase.
(pair
  key: (hash_key_symbol) @name
  value: (integer) @status
  (#set! role "table")
  (#set! api "definition")
  (#set! check "name"))

; Ranges kept in a constant whose name says so: ClientErrorStatuses = (400...500),
; SUCCESS = 200..299. Both ends are bounds.
(assignment
  left: (constant) @_n
  right: [
    (range begin: (integer) @status)
    (range end: (integer) @status)
    (parenthesized_statements (range begin: (integer) @status))
    (parenthesized_statements (range end: (integer) @status))
  ]
  (#match? @_n "(?i)(status|success|redirect|error|http)")
  (#set! role "bound")
  (#set! api "definition"))

; def code; 419 end / def status = 404: an exception class's own status.
(method
  name: (identifier) @_n
  body: (body_statement . (integer) @status .)
  (#match? @_n "^(code|status|status_code|http_status)$")
  (#set! role "return")
  (#set! api "error")
  (#set! confidence "weak"))
