package org.reirradiation.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.reirradiation.assessment.ReirradiationAssessor;
import org.reirradiation.model.Assessment;
import org.reirradiation.model.CaseReader;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/assessments}. The body is read raw and parsed by the library's case reader, not
 * bound by Spring, so the contract's strict validation (unknown fields, 2.5 fractions) applies exactly
 * as it does for the command line and embedding applications. Every answered case leaves one line in
 * the audit trail.
 */
@RestController
@RequestMapping("/api/v1")
class AssessmentController {

    private final CaseReader reader;
    private final ReirradiationAssessor assessor;
    private final CaseBody body;
    private final AuditTrail audit;
    private final Clock clock;

    AssessmentController(CaseReader reader, ReirradiationAssessor assessor, RequestLimits limits, AuditTrail audit,
            Clock clock) {
        this.reader = reader;
        this.assessor = assessor;
        this.body = new CaseBody(limits);
        this.audit = audit;
        this.clock = clock;
    }

    @PostMapping(path = "/assessments", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> assess(HttpServletRequest request) throws IOException {
        Instant started = clock.instant();
        long start = System.nanoTime();
        Assessment assessment = assessor.assess(reader.read(body.read(request)));
        audit.assessed(RequestIds.of(request), started, assessment, System.nanoTime() - start);
        return JsonResponses.ok(assessment);
    }
}
