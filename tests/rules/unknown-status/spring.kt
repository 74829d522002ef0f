package com.example.billing

import org.springframework.http.HttpStatus
import org.springframework.http.HttpStatusCode
import org.springframework.http.ResponseEntity
import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.PathVariable
import org.springframework.web.bind.annotation.PostMapping
import org.springframework.web.bind.annotation.RequestBody
import org.springframework.web.bind.annotation.RestController

data class Charge(val customerId: String, val amountCents: Long)

@RestController
class ChargeController(private val charges: ChargeService) {

    @PostMapping("/charges")
    fun create(@RequestBody charge: Charge): ResponseEntity<Any> {
        if (charge.amountCents <= 0) {
            return ResponseEntity.status(432).body(mapOf("error" to "amount must be positive"))
            //                           ^^^ unknown-status warning =>
        }
        val created = charges.create(charge)
        return ResponseEntity(created, HttpStatusCode.valueOf(299))
        //                                                    ^^^ unknown-status warning =>
    }

    @GetMapping("/charges/{id}")
    fun find(@PathVariable id: String): ResponseEntity<Any> {
        val charge = charges.find(id) ?: return ResponseEntity.status(HttpStatus.NOT_FOUND).build()
        return ResponseEntity.status(203).body(charge)
        //                           !!! unknown-status assigned: Non-Authoritative Information
    }

    @PostMapping("/charges/{id}/refund")
    fun refund(@PathVariable id: String): ResponseEntity<Any> {
        charges.refund(id)
        return ResponseEntity.status(HttpStatus.ACCEPTED).build()
    }
}

fun isSuccess(status: Int): Boolean = status in 200..299
//                                                   !!! unknown-status a range bound

interface ChargeService {
    fun create(charge: Charge): Charge
    fun find(id: String): Charge?
    fun refund(id: String)
}
