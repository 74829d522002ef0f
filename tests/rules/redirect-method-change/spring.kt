package com.example.web

import java.net.URI
import org.springframework.http.HttpStatus
import org.springframework.http.ResponseEntity
import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.PathVariable
import org.springframework.web.bind.annotation.PostMapping
import org.springframework.web.bind.annotation.PutMapping
import org.springframework.web.bind.annotation.RequestBody
import org.springframework.web.bind.annotation.RestController

@RestController
class ArticleController(private val articles: ArticleService) {

    @PostMapping("/articles")
    fun create(@RequestBody form: ArticleForm): ResponseEntity<Unit> {
        val id = articles.save(form)
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/articles/$id")).build()
        //                           ^^^^^^^^^^^^^^^^ redirect-method-change warning => HttpStatus.SEE_OTHER | HttpStatus.TEMPORARY_REDIRECT
    }

    @PutMapping("/articles/{id}")
    fun replace(@PathVariable id: Long): ResponseEntity<Unit> =
        ResponseEntity.status(301).location(URI.create("/v2/articles/$id")).build()
        //                    ^^^ redirect-method-change warning => 303 | 308

    @GetMapping("/articles/{id}/old")
    fun old(@PathVariable id: Long): ResponseEntity<Unit> =
        ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create("/articles/$id")).build()
        //                    !!!!!!!!!!!!!!!!!!!!!!!!!!!! redirect-method-change GET handler
}

interface ArticleService {
    fun save(form: ArticleForm): Long
}

data class ArticleForm(val title: String)
