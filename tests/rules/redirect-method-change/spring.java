package com.example.shop;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/orders")
public class OrderController {

    @PostMapping
    public ResponseEntity<Void> create(@RequestBody OrderForm form) {
        long id = save(form);
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/orders/" + id)).build();
        //                           ^^^^^^^^^^^^^^^^ redirect-method-change warning => HttpStatus.SEE_OTHER | HttpStatus.TEMPORARY_REDIRECT
    }

    @PutMapping("/{id}")
    public ResponseEntity<Void> replace(@PathVariable long id, @RequestBody OrderForm form) {
        return ResponseEntity.status(301).location(URI.create("/v2/orders/" + id)).build();
        //                           ^^^ redirect-method-change warning => 303 | 308
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(@PathVariable long id) {
        HttpHeaders headers = new HttpHeaders();
        headers.setLocation(URI.create("/orders"));
        return new ResponseEntity<>(headers, HttpStatus.MOVED_PERMANENTLY);
        //                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ redirect-method-change warning => HttpStatus.SEE_OTHER | HttpStatus.PERMANENT_REDIRECT
    }

    @PatchMapping("/{id}")
    public ResponseEntity<Void> patch(@PathVariable long id) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/orders/" + id)).build();
        //                           !!!!!!!!!!!!!!!!!!!! redirect-method-change already 303
    }

    @RequestMapping(value = "/{id}/cancel", method = RequestMethod.POST)
    public void cancel(@PathVariable long id, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FOUND);
        //                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ redirect-method-change warning => HttpServletResponse.SC_SEE_OTHER | HttpServletResponse.SC_TEMPORARY_REDIRECT
        response.setHeader("Location", "/orders/" + id);
    }

    @PostMapping("/{id}/files")
    public ResponseEntity<Void> upload(@PathVariable long id) {
        return ResponseEntity.status(HttpStatus.TEMPORARY_REDIRECT).location(URI.create("https://storage.example.com/")).build();
        //                           !!!!!!!!!!!!!!!!!!!!!!!!!!!!! redirect-method-change 307 keeps the method
    }

    @GetMapping("/legacy/{id}")
    public ResponseEntity<Void> legacy(@PathVariable long id) {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create("/orders/" + id)).build();
        //                           !!!!!!!!!!!!!!!!!!!!!!!!!!!! redirect-method-change GET handler
    }

    @RequestMapping(value = "/latest", method = RequestMethod.GET)
    public ResponseEntity<Void> latest() {
        return ResponseEntity.status(302).location(URI.create("/orders/1")).build();
        //                           !!! redirect-method-change GET handler
    }

    private ResponseEntity<Void> found(String location) {
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(location)).build();
        //                           ^^^^^^^^^^^^^^^^ redirect-method-change hint => HttpStatus.SEE_OTHER | HttpStatus.TEMPORARY_REDIRECT
    }

    private long save(OrderForm form) {
        return 1L;
    }

    record OrderForm(String item, int quantity) {}
}
