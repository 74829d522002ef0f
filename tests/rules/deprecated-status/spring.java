package com.example.brew;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

@RestController
public class BrewController {

    private final RestTemplate rest = new RestTemplate();

    @GetMapping("/coffee")
    public ResponseEntity<String> coffee() {
        return ResponseEntity.status(HttpStatus.I_AM_A_TEAPOT).body("I'm a teapot");
        //                           ^^^^^^^^^^^^^^^^^^^^^^^^ deprecated-status warning =>
    }

    @GetMapping("/mirror")
    public void mirror(HttpServletResponse response) {
        response.setHeader("Location", "http://proxy.internal:3128");
        response.setStatus(HttpServletResponse.SC_USE_PROXY);
        //                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deprecated-status warning =>
    }

    @PostMapping("/extensions")
    public void extensions(HttpServletResponse response) throws IOException {
        response.sendError(510, "mandatory extension missing");
        //                 ^^^ deprecated-status warning =>
    }

    @PostMapping("/orders")
    public ResponseEntity<Void> order() {
        return ResponseEntity.status(HttpStatus.ACCEPTED).build();
        //                           !!!!!!!!!!!!!!!!!!! deprecated-status a current code
    }

    /** Reads what the legacy gateway answers: handling a 305 is not sending it. */
    public String fetchLegacy(String url) {
        ResponseEntity<String> resp = rest.getForEntity(url, String.class);
        if (resp.getStatusCode().value() == 305) {
        //                                  !!! deprecated-status a client reading the status
            return rest.getForObject(resp.getHeaders().getLocation(), String.class);
        }
        return resp.getBody();
    }
}
