package org.reirradiation.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring Boot's error page and error JSON for errors that never reached a handler (a failing
 * filter, an error raised by the container): the same problem document as every other error.
 */
@RestController
class ProblemErrorController implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("${spring.web.error.path:/error}")
    ResponseEntity<byte[]> error(HttpServletRequest request, HttpServletResponse response) {
        String requestId = RequestIds.of(request);
        // the container may have reset the response headers before dispatching here
        response.setHeader(RequestIds.HEADER, requestId);
        // no status: the error path was requested directly, and there is nothing there
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
        if (status >= 500) {
            LOG.error("Request {} ({}) failed with status {}", requestId,
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), status,
                    (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
            return Problems.response(status, Problems.PLAIN, Problems.UNEXPECTED, requestId);
        }
        HttpStatus known = HttpStatus.resolve(status);
        return Problems.response(status, Problems.PLAIN,
                known == null ? "The request failed." : "The request failed: " + known.getReasonPhrase() + ".",
                requestId);
    }
}
