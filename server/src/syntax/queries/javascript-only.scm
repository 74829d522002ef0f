; Patterns for plain JavaScript (JSX included) whose node kinds TypeScript names differently.

; class Foo { status = 404 } / static statusCode = 500
(field_definition
  property: (property_identifier) @_p
  value: (_) @status
  (#match? @_p "(?i)^(status|statuscode|status_code|httpstatus|httpstatuscode|http_status)$")
  (#set! role "assignment")
  (#set! api "error"))

