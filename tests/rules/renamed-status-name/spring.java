package com.example.media;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

@RestController
public class MediaController {

    @PostMapping("/media")
    public ResponseEntity<String> upload(@RequestParam("file") MultipartFile file) {
        if (file.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body("empty file");
            //                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ renamed-status-name hint
        }
        if (!"image/png".equals(file.getContentType())) {
            return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).build();
            //                           !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!! renamed-status-name never renamed
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(file.getOriginalFilename());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    //              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ renamed-status-name hint
    public String tooLarge() {
        return "file too large";
    }

    @PostMapping("/media/import")
    public ResponseEntity<String> importFrom(@RequestParam String url) throws IOException {
        HttpURLConnection conn = (HttpURLConnection) URI.create(url).toURL().openConnection();
        if (conn.getResponseCode() == HttpURLConnection.HTTP_SERVER_ERROR) {
        //                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ renamed-status-name hint
            return ResponseEntity.status(HttpStatus.BAD_GATEWAY).build();
        }
        if (conn.getContentLengthLong() > 10_000_000) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
            //                           !!!!!!!!!!!!!!!!!!!!!!!!!!!! renamed-status-name the current name
        }
        return ResponseEntity.accepted().build();
    }
}
