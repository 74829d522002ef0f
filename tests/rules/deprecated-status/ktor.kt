package com.example.brew

import io.ktor.client.HttpClient
import io.ktor.client.request.get
import io.ktor.client.statement.HttpResponse
import io.ktor.http.HttpHeaders
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.Application
import io.ktor.server.application.call
import io.ktor.server.response.header
import io.ktor.server.response.respond
import io.ktor.server.response.respondText
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.routing

fun Application.brewRoutes() {
    routing {
        get("/coffee") {
            call.respondText("I'm a teapot", status = HttpStatusCode(418, "I'm a teapot"))
            //                                                       ^^^ deprecated-status warning =>
        }
        get("/mirror") {
            call.response.header(HttpHeaders.Location, "http://proxy.internal:3128")
            call.respond(HttpStatusCode.UseProxy)
            //           ^^^^^^^^^^^^^^^^^^^^^^^ deprecated-status warning =>
        }
        post("/jobs") {
            call.respondText("working", status = HttpStatusCode.Processing)
            //                                   ^^^^^^^^^^^^^^^^^^^^^^^^^ deprecated-status warning =>
        }
        post("/orders") {
            call.respond(HttpStatusCode.Accepted)
            //           !!!!!!!!!!!!!!!!!!!!!!! deprecated-status a current code
        }
    }
}

/** Reads what the gateway answers: handling a 305 is not sending it. */
suspend fun fetchLegacy(client: HttpClient, url: String): HttpResponse {
    val response = client.get(url)
    if (response.status == HttpStatusCode.UseProxy) {
    //                     !!!!!!!!!!!!!!!!!!!!!!! deprecated-status a client reading the status
        return client.get(response.headers[HttpHeaders.Location] ?: url)
    }
    return response
}
