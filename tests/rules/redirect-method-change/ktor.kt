package com.example.routes

import io.ktor.http.HttpHeaders
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.ApplicationCall
import io.ktor.server.application.call
import io.ktor.server.response.header
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.delete
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.put

fun Route.accountRoutes() {
    post("/login") {
        call.response.header(HttpHeaders.Location, "/dashboard")
        call.respond(HttpStatusCode.Found)
        //           ^^^^^^^^^^^^^^^^^^^^ redirect-method-change warning => HttpStatusCode.SeeOther | HttpStatusCode.TemporaryRedirect
    }

    put("/profile") {
        call.response.header(HttpHeaders.Location, "/profile")
        call.response.status(HttpStatusCode.MovedPermanently)
        //                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ redirect-method-change warning => HttpStatusCode.SeeOther | HttpStatusCode.PermanentRedirect
    }

    delete("/sessions/{id}") {
        call.response.header(HttpHeaders.Location, "/sessions")
        call.respond(HttpStatusCode.SeeOther)
        //           !!!!!!!!!!!!!!!!!!!!!!! redirect-method-change already 303
    }

    post("/upload") {
        call.response.header(HttpHeaders.Location, "https://storage.example.com/upload")
        call.respond(HttpStatusCode.TemporaryRedirect)
        //           !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!! redirect-method-change 307 keeps the method
    }

    get("/old") {
        call.response.header(HttpHeaders.Location, "/new")
        call.respond(HttpStatusCode.MovedPermanently)
        //           !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!! redirect-method-change GET route
    }

    get("/home") {
        call.response.header(HttpHeaders.Location, "/dashboard")
        call.response.status(HttpStatusCode.Found)
        //                   !!!!!!!!!!!!!!!!!!!! redirect-method-change GET route
    }
}

// Called from several routes: the method is not known here.
suspend fun ApplicationCall.redirectHome() {
    response.header(HttpHeaders.Location, "/")
    respond(HttpStatusCode.Found)
    //      ^^^^^^^^^^^^^^^^^^^^ redirect-method-change hint => HttpStatusCode.SeeOther | HttpStatusCode.TemporaryRedirect
}
