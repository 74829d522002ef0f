package com.example.orders;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class OrderController {

    private static final int PAGE_SIZE = 600;
    private static final long TIMEOUT_MILLIS = 750L;

    @GetMapping("/orders/{id}")
    public ResponseEntity<Map<String, Object>> find(@PathVariable long id) {
        if (id < 0) {
            return ResponseEntity.status(600).body(Map.of("error", "negative id"));
            //                           ^^^ invalid-status error =>
        }
        return ResponseEntity.ok(Map.of("id", id, "pageSize", PAGE_SIZE));
    }

    @PostMapping("/orders/import")
    public void importOrders(HttpServletResponse response) throws IOException {
        response.setStatus(700);
        //                 ^^^ invalid-status error =>
        response.getWriter().write("queued");
    }

    @GetMapping("/orders/legacy")
    public void legacy(HttpServletResponse response) throws IOException {
        response.sendError(800, "legacy endpoint removed");
        //                 ^^^ invalid-status error =>
    }

    @GetMapping("/orders/ping")
    public ResponseEntity<String> ping() {
        return ResponseEntity.status(200).body("pong");
        //                           !!! invalid-status a real status
    }

    static boolean isServerError(int status) {
        return status >= 500 && status < 600;
        //                               !!! invalid-status range bound
    }

    static ResponseEntity<Void> accepted() {
        return new ResponseEntity<>(HttpStatus.ACCEPTED);
    }
}
