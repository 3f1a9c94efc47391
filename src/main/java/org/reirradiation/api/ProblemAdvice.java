package org.reirradiation.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.reirradiation.model.InvalidCaseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every error a handler raises, as a problem document with the right status. Spring's own request
 * errors (404, 405, 415 ...) keep their status and headers (Allow, Accept); anything unexpected is a
 * 500 whose detail reveals nothing, logged with its request id and stack trace.
 */
@RestControllerAdvice
class ProblemAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(InvalidCaseException.class)
    ResponseEntity<byte[]> invalidCase(InvalidCaseException e, HttpServletRequest request) {
        int count = e.errors().size();
        return Problems.response(400, Problems.INVALID_CASE,
                "The case does not meet the contract: " + count + (count == 1 ? " error" : " errors") + ".",
                e.errors(), RequestIds.of(request), HttpHeaders.EMPTY);
    }

    @ExceptionHandler(RequestTooLargeException.class)
    ResponseEntity<byte[]> tooLarge(RequestTooLargeException e, HttpServletRequest request) {
        return Problems.response(413, Problems.REQUEST_TOO_LARGE,
                "The request body exceeds the limit of " + e.limit() + " bytes.", RequestIds.of(request));
    }

    @ExceptionHandler(ReloadRefusedException.class)
    ResponseEntity<byte[]> reloadRefused(ReloadRefusedException e, HttpServletRequest request) {
        List<ProblemDocument.RuleFileError> errors = e.problems().stream()
                .map(p -> new ProblemDocument.RuleFileError(p.file(), p.line() > 0 ? p.line() : null, p.message()))
                .toList();
        int count = errors.size();
        return Problems.response(422, Problems.KNOWLEDGE_BASE_INVALID, "The knowledge base at " + e.origin()
                + " does not load (" + count + (count == 1 ? " problem" : " problems") + "); the knowledge base in force ("
                + e.digestInForce() + ") keeps serving.", errors, RequestIds.of(request), HttpHeaders.EMPTY);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> other(Exception e, HttpServletRequest request) {
        String requestId = RequestIds.of(request);
        if (e instanceof ErrorResponse spring && spring.getStatusCode().is4xxClientError()) {
            return Problems.response(spring.getStatusCode().value(), Problems.PLAIN, spring.getBody().getDetail(),
                    List.of(), requestId, spring.getHeaders());
        }
        int status = e instanceof ErrorResponse spring ? spring.getStatusCode().value() : 500;
        LOG.error("Request {} ({} {}) failed with status {}", requestId, request.getMethod(), request.getRequestURI(),
                status, e);
        return Problems.response(status, Problems.PLAIN, Problems.UNEXPECTED, requestId);
    }
}
