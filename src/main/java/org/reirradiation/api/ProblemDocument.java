package org.reirradiation.api;

import java.util.List;
import org.reirradiation.model.FieldError;

/**
 * The body of every error response, {@code application/problem+json} (RFC 9457) with the contract's
 * {@code errors} and the request id to quote. For a case, each error is a {@link FieldError} (field
 * paths as in {@code missingInformation}); for a knowledge base that does not load, a
 * {@link RuleFileError} (file, line, message).
 */
record ProblemDocument(String type, String title, int status, String detail, List<?> errors, String requestId) {

    /** One problem of a rules directory; {@code line} is null where the problem concerns the whole file. */
    record RuleFileError(String file, Integer line, String message) {
    }
}
