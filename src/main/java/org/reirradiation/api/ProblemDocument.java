package org.reirradiation.api;

import java.util.List;
import org.reirradiation.model.FieldError;

/**
 * The body of every error response, {@code application/problem+json} (RFC 9457) with the contract's
 * {@code errors} (field paths as in {@code missingInformation}) and the request id to quote.
 */
record ProblemDocument(String type, String title, int status, String detail, List<FieldError> errors,
        String requestId) {
}
