package com.example.routes

import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.response.respond
import io.ktor.server.response.respondText
import io.ktor.server.routing.Route
import io.ktor.server.routing.delete
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.put
import kotlinx.serialization.Serializable

@Serializable
data class Reminder(val id: Long, val text: String)

fun Route.reminderRoutes(store: MutableMap<Long, Reminder>) {
    delete("/reminders/{id}") {
        val id = call.parameters["id"]!!.toLong()
        val removed = store.remove(id)!!
        call.respond(HttpStatusCode.NoContent, removed)
        //           ^^^^^^^^^^^^^^^^^^^^^^^^ content-with-bodiless-status warning => HttpStatusCode.OK
    }

    put("/reminders/{id}/snooze") {
        call.respondText("snoozed", status = HttpStatusCode.NoContent)
        //                                   ^^^^^^^^^^^^^^^^^^^^^^^^ content-with-bodiless-status warning => HttpStatusCode.OK
    }

    get("/reminders/{id}") {
        val reminder = store.getValue(call.parameters["id"]!!.toLong())
        if (call.request.headers["If-None-Match"] == reminder.id.toString()) {
            call.respond(HttpStatusCode.NotModified, reminder)
            //           ^^^^^^^^^^^^^^^^^^^^^^^^^^ content-with-bodiless-status warning => HttpStatusCode.OK
            return@get
        }
        call.respond(HttpStatusCode.OK, reminder)
        //           !!!!!!!!!!!!!!!!! content-with-bodiless-status 200 carries a body
    }

    delete("/reminders") {
        store.clear()
        call.respond(HttpStatusCode.NoContent)
        //           !!!!!!!!!!!!!!!!!!!!!!!! content-with-bodiless-status no body
    }

    post("/reminders/ping") {
        call.respondText("", status = HttpStatusCode.NoContent)
        //                            !!!!!!!!!!!!!!!!!!!!!!!! content-with-bodiless-status an empty body
    }

    post("/reminders") {
        val reminder = Reminder(store.size.toLong(), "new")
        store[reminder.id] = reminder
        call.respond(HttpStatusCode.Created, reminder)
        //           !!!!!!!!!!!!!!!!!!!!!! content-with-bodiless-status 201 carries a body
    }
}
