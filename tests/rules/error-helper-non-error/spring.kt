package com.example.tickets

import org.springframework.http.HttpStatus
import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.PathVariable
import org.springframework.web.bind.annotation.PostMapping
import org.springframework.web.bind.annotation.RestController
import org.springframework.web.server.ResponseStatusException

data class Ticket(val id: Long, val closed: Boolean)

@RestController
class TicketController(private val tickets: MutableMap<Long, Ticket> = mutableMapOf()) {

    @GetMapping("/tickets/{id}")
    fun find(@PathVariable id: Long): Ticket =
        tickets[id] ?: throw ResponseStatusException(HttpStatus.NOT_FOUND, "ticket $id not found")
        //                                           !!!!!!!!!!!!!!!!!!!! error-helper-non-error a real error

    @PostMapping("/tickets/{id}/close")
    fun close(@PathVariable id: Long): Ticket {
        val ticket = find(id)
        if (ticket.closed) {
            throw ResponseStatusException(HttpStatus.ACCEPTED, "ticket already closed")
            //                            ^^^^^^^^^^^^^^^^^^^ error-helper-non-error warning =>
        }
        return ticket.copy(closed = true).also { tickets[id] = it }
    }

    @PostMapping("/tickets/{id}/reopen")
    fun reopen(@PathVariable id: Long): Ticket {
        val ticket = find(id)
        if (!ticket.closed) {
            throw ResponseStatusException(HttpStatus.NOT_MODIFIED)
            //                            ^^^^^^^^^^^^^^^^^^^^^^^ error-helper-non-error warning =>
        }
        if (tickets.size > 1_000) {
            throw ResponseStatusException(HttpStatus.INSUFFICIENT_STORAGE, "ticket store full")
            //                            !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!! error-helper-non-error a real error
        }
        return ticket.copy(closed = false).also { tickets[id] = it }
    }
}
