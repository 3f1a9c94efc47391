package org.reirradiation.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.reirradiation.model.CaseReader;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/echo}, for the HTTP benchmark only (BENCHMARKS.md) and absent unless
 * {@code kb.benchmark.echo=true}: the body is read, parsed and validated exactly as for an assessment,
 * and the case is written back, so that a load run can set the cost of the rules against the cost of
 * HTTP and JSON on the same server.
 */
@RestController
@RequestMapping("/api/v1")
@ConditionalOnProperty(name = "kb.benchmark.echo", havingValue = "true")
class EchoController {

    private final CaseReader reader;
    private final CaseBody body;

    EchoController(CaseReader reader, RequestLimits limits) {
        this.reader = reader;
        this.body = new CaseBody(limits);
    }

    @PostMapping(path = "/echo", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> echo(HttpServletRequest request) throws IOException {
        return JsonResponses.ok(reader.read(body.read(request)));
    }
}
