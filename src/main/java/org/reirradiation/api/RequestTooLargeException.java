package org.reirradiation.api;

/** A request body larger than {@code kb.max-request-bytes}: answered with 413. */
final class RequestTooLargeException extends RuntimeException {

    private final int limit;

    RequestTooLargeException(int limit) {
        super("the request body exceeds " + limit + " bytes");
        this.limit = limit;
    }

    int limit() {
        return limit;
    }
}
