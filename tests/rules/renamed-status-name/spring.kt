package com.example.media

import org.springframework.http.HttpStatus
import org.springframework.http.ResponseEntity
import org.springframework.web.bind.annotation.PostMapping
import org.springframework.web.bind.annotation.RequestBody
import org.springframework.web.bind.annotation.RestController
import org.springframework.web.server.ResponseStatusException

data class Comment(val author: String, val text: String)

@RestController
class CommentController {

    @PostMapping("/comments")
    fun create(@RequestBody comment: Comment): ResponseEntity<Comment> {
        if (comment.text.isBlank()) {
            throw ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY, "empty comment")
            //                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ renamed-status-name hint
        }
        if (comment.text.length > 10_000) {
            throw ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE)
            //                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ renamed-status-name hint
        }
        if (comment.author.isBlank()) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).build()
            //                           !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!! renamed-status-name the current name
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(comment)
        //                           !!!!!!!!!!!!!!!!!! renamed-status-name never renamed
    }
}
