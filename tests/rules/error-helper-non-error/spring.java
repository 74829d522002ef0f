package com.example.library;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
public class LoanController {

    private final LoanService loans;

    public LoanController(LoanService loans) {
        this.loans = loans;
    }

    @GetMapping("/loans/{id}")
    public Loan find(@PathVariable long id) {
        return loans.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "loan not found"));
                //                                             !!!!!!!!!!!!!!!!!!!! error-helper-non-error a real error
    }

    @PostMapping("/loans/{id}/return")
    public ResponseEntity<Void> giveBack(@PathVariable long id) {
        Loan loan = find(id);
        if (loan.returned()) {
            throw new ResponseStatusException(HttpStatus.OK, "loan already returned");
            //                                ^^^^^^^^^^^^^ error-helper-non-error warning =>
        }
        loans.markReturned(loan);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/loans/{id}")
    public void cancel(@PathVariable long id) {
        if (loans.isOverdue(id)) {
            throw new ErrorResponseException(HttpStatus.CONFLICT);
            //                               !!!!!!!!!!!!!!!!!!! error-helper-non-error a real error
        }
        if (!loans.exists(id)) {
            throw new ResponseStatusException(HttpStatus.NO_CONTENT);
            //                                ^^^^^^^^^^^^^^^^^^^^^ error-helper-non-error warning =>
        }
        loans.cancel(id);
    }

    record Loan(long id, boolean returned) {}

    interface LoanService {
        java.util.Optional<Loan> find(long id);
        boolean exists(long id);
        boolean isOverdue(long id);
        void markReturned(Loan loan);
        void cancel(long id);
    }
}
