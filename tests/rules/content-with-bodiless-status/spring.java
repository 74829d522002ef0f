package com.example.notes;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class NoteController {

    private final NoteService notes;

    public NoteController(NoteService notes) {
        this.notes = notes;
    }

    @DeleteMapping("/notes/{id}")
    public ResponseEntity<Note> delete(@PathVariable long id) {
        Note removed = notes.remove(id);
        return ResponseEntity.status(HttpStatus.NO_CONTENT).body(removed);
        //                           ^^^^^^^^^^^^^^^^^^^^^ content-with-bodiless-status warning => HttpStatus.OK
    }

    @PutMapping("/notes/{id}")
    public ResponseEntity<Note> replace(@PathVariable long id, @RequestBody Note note) {
        Note saved = notes.replace(id, note);
        return new ResponseEntity<>(saved, HttpStatus.NO_CONTENT);
        //                                 ^^^^^^^^^^^^^^^^^^^^^ content-with-bodiless-status warning => HttpStatus.OK
    }

    @PostMapping("/notes/{id}/touch")
    public ResponseEntity<Map<String, Object>> touch(@PathVariable long id) {
        return ResponseEntity.status(204).body(Map.of("touched", id));
        //                           ^^^ content-with-bodiless-status warning => 200
    }

    @GetMapping("/notes/{id}")
    public ResponseEntity<Note> get(@PathVariable long id, @RequestHeader(value = "If-None-Match", required = false) String etag) {
        Note note = notes.find(id);
        if (note.etag().equals(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).body(note);
            //                           ^^^^^^^^^^^^^^^^^^^^^^^ content-with-bodiless-status warning => HttpStatus.OK
        }
        return ResponseEntity.status(HttpStatus.OK).body(note);
        //                           !!!!!!!!!!!!! content-with-bodiless-status 200 carries a body
    }

    @DeleteMapping("/notes")
    public ResponseEntity<Void> clear() {
        notes.clear();
        return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
        //                           !!!!!!!!!!!!!!!!!!!!! content-with-bodiless-status no body
    }

    @DeleteMapping("/notes/archived")
    public ResponseEntity<Void> clearArchived() {
        notes.clearArchived();
        return new ResponseEntity<>(HttpStatus.NO_CONTENT);
        //                          !!!!!!!!!!!!!!!!!!!!! content-with-bodiless-status no body
    }

    @PutMapping("/notes/{id}/pin")
    public ResponseEntity<Note> pin(@PathVariable long id) {
        notes.pin(id);
        return new ResponseEntity<>(null, HttpStatus.NO_CONTENT);
        //                                !!!!!!!!!!!!!!!!!!!!! content-with-bodiless-status a null body
    }

    @DeleteMapping("/notes/{id}/tags")
    public ResponseEntity<Void> clearTags(@PathVariable long id) {
        notes.clearTags(id);
        return ResponseEntity.noContent().build();
        //                    !!!!!!!!! content-with-bodiless-status no status literal and no body
    }

    @PostMapping("/notes")
    public ResponseEntity<Note> create(@RequestBody Note note) {
        return ResponseEntity.status(HttpStatus.CREATED).body(notes.save(note));
        //                           !!!!!!!!!!!!!!!!!! content-with-bodiless-status 201 carries a body
    }
}
