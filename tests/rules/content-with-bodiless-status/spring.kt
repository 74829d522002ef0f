package com.example.web

import org.springframework.http.HttpStatus
import org.springframework.http.ResponseEntity
import org.springframework.web.bind.annotation.DeleteMapping
import org.springframework.web.bind.annotation.PathVariable
import org.springframework.web.bind.annotation.RestController

@RestController
class TagController(private val tags: TagService) {

    @DeleteMapping("/tags/{id}")
    fun delete(@PathVariable id: Long): ResponseEntity<Tag> =
        ResponseEntity.status(HttpStatus.NO_CONTENT).body(tags.remove(id))
        //                    ^^^^^^^^^^^^^^^^^^^^^ content-with-bodiless-status warning => HttpStatus.OK

    @DeleteMapping("/tags")
    fun clear(): ResponseEntity<Unit> {
        tags.clear()
        return ResponseEntity.status(HttpStatus.NO_CONTENT).build()
        //                           !!!!!!!!!!!!!!!!!!!!! content-with-bodiless-status no body
    }
}

interface TagService {
    fun remove(id: Long): Tag
    fun clear()
}

data class Tag(val id: Long, val name: String)
