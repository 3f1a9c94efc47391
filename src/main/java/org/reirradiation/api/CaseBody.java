package org.reirradiation.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.reirradiation.model.FieldError;
import org.reirradiation.model.InvalidCaseException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the body of a case within the service's limits: never more than {@code kb.max-request-bytes}
 * from the client, whatever its Content-Length claims, and no document nested deeper than
 * {@code kb.max-json-depth}, so that a hostile document costs neither memory nor stack.
 */
final class CaseBody {

    private final int maxBytes;
    private final int maxDepth;
    private final JsonMapper depthCheck;

    CaseBody(RequestLimits limits) {
        this.maxBytes = limits.maxBodyBytes();
        this.maxDepth = limits.maxJsonDepth();
        this.depthCheck = JsonMapper.builder(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxDepth).build())
                .build()).build();
    }

    /**
     * @throws RequestTooLargeException when the body exceeds the limit
     * @throws InvalidCaseException when the document nests too deeply (other JSON errors are left to the case
     *         reader, which names them)
     */
    byte[] read(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            throw new RequestTooLargeException(maxBytes);
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(maxBytes + 1);
        }
        if (body.length > maxBytes) {
            throw new RequestTooLargeException(maxBytes);
        }
        checkDepth(body);
        return body;
    }

    private void checkDepth(byte[] body) {
        try (JsonParser parser = depthCheck.createParser(body)) {
            while (parser.nextToken() != null) {
                // only the nesting is checked here
            }
        } catch (StreamConstraintsException e) {
            throw new InvalidCaseException(List.of(new FieldError("$", "nests deeper than " + maxDepth + " levels")));
        } catch (JacksonException e) {
            // malformed JSON: the case reader reports it with its position
        }
    }
}
