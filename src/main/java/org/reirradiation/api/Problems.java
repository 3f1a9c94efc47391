package org.reirradiation.api;

import java.util.List;
import org.reirradiation.model.Json;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Error responses in the one shape the service uses, written by the contract's mapper. */
final class Problems {

    /** A case that breaks the contract; its errors name the fields. */
    static final String INVALID_CASE = "urn:reirradiation:problem:invalid-case";
    /** A body above {@code kb.max-request-bytes}. */
    static final String REQUEST_TOO_LARGE = "urn:reirradiation:problem:request-too-large";
    /** A reload whose rules do not load; its errors name file and line. */
    static final String KNOWLEDGE_BASE_INVALID = "urn:reirradiation:problem:knowledge-base-invalid";
    /** Any other problem: the status says it all (RFC 9457 section 4.2.1). */
    static final String PLAIN = "about:blank";

    static final String UNEXPECTED = "The service failed unexpectedly. Quote the request id when reporting this.";

    private Problems() {
    }

    static ResponseEntity<byte[]> response(int status, String type, String detail, List<?> errors,
            String requestId, HttpHeaders headers) {
        return ResponseEntity.status(status)
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body(status, type, detail, errors, requestId));
    }

    static ResponseEntity<byte[]> response(int status, String type, String detail, String requestId) {
        return response(status, type, detail, List.of(), requestId, HttpHeaders.EMPTY);
    }

    static byte[] body(int status, String type, String detail, String requestId) {
        return body(status, type, detail, List.of(), requestId);
    }

    private static byte[] body(int status, String type, String detail, List<?> errors, String requestId) {
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        return Json.mapper().writeValueAsBytes(new ProblemDocument(type, title, status, detail, errors, requestId));
    }
}
