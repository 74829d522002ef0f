package com.example.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class GatewayController {

    private final HttpClient client = HttpClient.newHttpClient();
    private final RateLimiter limiter = new RateLimiter(100);

    @PostMapping("/search")
    public ResponseEntity<String> search() {
        if (!limiter.tryAcquire()) {
            return ResponseEntity.status(420).body("Enhance your calm");
            //                           ^^^ unofficial-status warning vendors disagree on 420 =>
        }
        return ResponseEntity.ok("[]");
    }

    @GetMapping("/session")
    public void session(HttpServletResponse response) throws IOException {
        response.sendError(440, "Login time-out");
        //                 ^^^ unofficial-status information =>
    }

    @GetMapping("/tiles")
    public void tiles(HttpServletResponse response) {
        response.setStatus(498);
        //                 ^^^ unofficial-status information =>
    }

    @GetMapping("/busy")
    public ResponseEntity<String> busy() {
        return ResponseEntity.status(429).body("slow down");
        //                           !!! unofficial-status an IANA code
    }

    /** Reads what the CDN answers: a 530 here is not one we send. */
    String fetchOrigin(String url) throws IOException, InterruptedException {
        HttpResponse<String> resp = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() == 530) {
        //                       !!! unofficial-status a client reading the status
            throw new IOException("origin frozen or misconfigured");
        }
        return resp.body();
    }

    record RateLimiter(int perMinute) {
        boolean tryAcquire() {
            return true;
        }
    }
}
