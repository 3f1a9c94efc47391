package org.reirradiation.api;

import org.reirradiation.model.Json;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Bodies written by the contract's mapper, never by Spring's: the same assessment is the same bytes
 * whichever door it leaves by (library, command line, HTTP).
 */
final class JsonResponses {

    private JsonResponses() {
    }

    static ResponseEntity<byte[]> ok(Object body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Json.mapper().writeValueAsBytes(body));
    }
}
