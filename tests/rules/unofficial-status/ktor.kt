package com.example.gateway

import io.ktor.client.HttpClient
import io.ktor.client.request.get
import io.ktor.client.statement.bodyAsText
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.Application
import io.ktor.server.application.call
import io.ktor.server.response.respond
import io.ktor.server.response.respondText
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.routing

val ClientClosedRequest = HttpStatusCode(499, "Client Closed Request")
//                                       !!! unofficial-status a named definition, like Ktor's own table

fun Application.gatewayRoutes(client: HttpClient) {
    routing {
        post("/form") {
            call.respondText("page expired", status = HttpStatusCode(419, "Page Expired"))
            //                                                       ^^^ unofficial-status warning =>
        }
        get("/bandwidth") {
            call.respond(HttpStatusCode.fromValue(509))
            //                                    ^^^ unofficial-status information =>
        }
        get("/legal") {
            call.respond(HttpStatusCode.fromValue(451))
            //                                    !!! unofficial-status an IANA code
        }
        get("/origin") {
            val response = client.get("https://origin.internal/")
            if (response.status.value == 520) {
            //                           !!! unofficial-status a client reading the status
                call.respond(HttpStatusCode.BadGateway)
            } else {
                call.respondText(response.bodyAsText())
            }
        }
    }
}
