; TypeScript and TSX additions to javascript.scm.

; enum HttpStatus { NotFound = 404 }: a table when the member spells the phrase.
(enum_assignment
  name: [(property_identifier) (string)] @name
  value: (number) @status
  (#set! role "table")
  (#set! api "definition")
  (#set! check "name"))

; Literal types: status: 400 | 404, type RedirectStatus = 301 | 302 | 307.
(property_signature
  name: (property_identifier) @_p
  type: (type_annotation (_) @status)
  (#match? @_p "(?i)^(status|statuscode|status_code|httpstatus|httpstatuscode|http_status|code)$")
  (#set! role "table")
  (#set! api "definition"))

(type_alias_declaration
  name: (type_identifier) @_t
  value: (_) @status
  (#match? @_t "(?i)status|code")
  (#set! role "table")
  (#set! api "definition"))

; Parameters typed with a status default: function f(status: number = 302).
(required_parameter
  pattern: (identifier) @_p
  value: (_) @status
  (#match? @_p "(?i)^(status|statuscode|status_code|httpstatus|httpstatuscode|http_status|code)$")
  (#set! role "assignment")
  (#set! api "other"))

(optional_parameter
  pattern: (identifier) @_p
  value: (_) @status
  (#match? @_p "(?i)^(status|statuscode|status_code|httpstatus|httpstatuscode|http_status|code)$")
  (#set! role "assignment")
  (#set! api "other"))

; class Foo { status = 404 } / static statusCode = 500
(public_field_definition
  name: (property_identifier) @_p
  value: (_) @status
  (#match? @_p "(?i)^(status|statuscode|status_code|httpstatus|httpstatuscode|http_status)$")
  (#set! role "assignment")
  (#set! api "error"))
