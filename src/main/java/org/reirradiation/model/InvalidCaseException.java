package org.reirradiation.model;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** A case that breaks the contract, with every problem found rather than only the first. */
public class InvalidCaseException extends RuntimeException {

    private static final Comparator<FieldError> ORDER =
            Comparator.comparing(FieldError::field).thenComparing(FieldError::message);

    private final transient List<FieldError> errors;

    public InvalidCaseException(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid case has at least one error");
        }
        this.errors = errors.stream().distinct().sorted(ORDER).toList();
    }

    /** The problems, ordered by field path and then message so that responses are reproducible. */
    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public String getMessage() {
        return errors.stream()
                .map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; ", "invalid case: ", ""));
    }
}
