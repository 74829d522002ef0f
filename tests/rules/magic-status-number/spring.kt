package com.example.rooms

import org.springframework.http.HttpStatus
import org.springframework.http.ResponseEntity
import org.springframework.web.bind.annotation.DeleteMapping
import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.PathVariable
import org.springframework.web.bind.annotation.RestController
import org.springframework.web.client.RestTemplate

data class Desk(val id: Long, val floor: Int)

@RestController
class DeskController(private val rest: RestTemplate) {
    private val desks = mutableMapOf<Long, Desk>()

    @GetMapping("/desks/{id}")
    fun find(@PathVariable id: Long): ResponseEntity<Desk> {
        val desk = desks[id] ?: return ResponseEntity.status(404).build()
        //                                                   ^^^ magic-status-number hint => HttpStatus.NOT_FOUND
        return ResponseEntity.status(HttpStatus.OK).body(desk)
        //                           !!!!!!!!!!!!! magic-status-number already named
    }

    @DeleteMapping("/desks/{id}")
    fun release(@PathVariable id: Long): ResponseEntity<Void> {
        desks.remove(id)
        return ResponseEntity.status(204).build()
        //                           ^^^ magic-status-number hint => HttpStatus.NO_CONTENT
    }

    fun floorPlanAvailable(floor: Int): Boolean {
        val response = rest.getForEntity("http://plans.internal/floors/$floor", String::class.java)
        return response.statusCode.value() == 200
        //                                    !!! magic-status-number a client comparison
    }
}
