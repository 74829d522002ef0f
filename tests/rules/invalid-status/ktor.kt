package com.example.catalog

import io.ktor.http.HttpStatusCode
import io.ktor.server.application.Application
import io.ktor.server.application.call
import io.ktor.server.engine.embeddedServer
import io.ktor.server.netty.Netty
import io.ktor.server.response.respond
import io.ktor.server.response.respondText
import io.ktor.server.routing.get
import io.ktor.server.routing.routing

private const val PORT = 8080
private const val MAX_ITEMS = 700
//                            !!! invalid-status a count

fun Application.catalogRoutes() {
    routing {
        get("/catalog/legacy") {
            call.respond(HttpStatusCode.fromValue(700), "legacy catalog")
            //                                    ^^^ invalid-status error =>
        }
        get("/catalog/odd") {
            call.respondText("odd", status = HttpStatusCode(640, "Odd"))
            //                                              ^^^ invalid-status error =>
        }
        get("/catalog") {
            call.response.status(HttpStatusCode.OK)
            call.respondText("items: $MAX_ITEMS")
        }
        get("/catalog/count") {
            call.respond(HttpStatusCode.fromValue(200), "0")
            //                                    !!! invalid-status a real status
        }
    }
}

fun isServerError(status: HttpStatusCode): Boolean = status.value in 500..599
//                                                                        !!! invalid-status range bound

fun main() {
    embeddedServer(Netty, port = PORT) { catalogRoutes() }.start(wait = true)
}
