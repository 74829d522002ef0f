package com.example.rooms;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class RoomController {

    private final Map<Long, Room> rooms = new ConcurrentHashMap<>();

    @GetMapping("/rooms/{id}")
    public ResponseEntity<Room> find(@PathVariable long id) {
        Room room = rooms.get(id);
        if (room == null) {
            return ResponseEntity.status(404).build();
            //                           ^^^ magic-status-number hint => HttpStatus.NOT_FOUND
        }
        return ResponseEntity.status(HttpStatus.OK).body(room);
        //                           !!!!!!!!!!!!! magic-status-number already named
    }

    @PostMapping("/rooms")
    public ResponseEntity<Room> create(@RequestBody Room room) {
        if (rooms.containsKey(room.id())) {
            return ResponseEntity.status(409).build();
            //                           ^^^ magic-status-number hint => HttpStatus.CONFLICT
        }
        rooms.put(room.id(), room);
        return ResponseEntity.status(201).body(room);
        //                           ^^^ magic-status-number hint => HttpStatus.CREATED
    }

    @GetMapping("/rooms/{id}/calendar")
    public ResponseEntity<String> calendar(@PathVariable long id) {
        return ResponseEntity.status(418).body("no calendars here");
        //                           !!! magic-status-number not a standard code
    }

    public record Room(long id, String name) {}
}
