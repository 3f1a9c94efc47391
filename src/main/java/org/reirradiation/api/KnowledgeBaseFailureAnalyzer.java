package org.reirradiation.api;

import java.util.stream.Collectors;
import org.reirradiation.knowledge.Problem;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a knowledge base that does not load into Spring Boot's start-up failure report: one line per
 * problem with its file and line, instead of a stack trace. Registered in META-INF/spring.factories.
 */
class KnowledgeBaseFailureAnalyzer extends AbstractFailureAnalyzer<KnowledgeBaseUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, KnowledgeBaseUnavailableException cause) {
        String problems = cause.problems().stream().map(Problem::toString)
                .collect(Collectors.joining("\n    ", "\n    ", ""));
        return new FailureAnalysis(
                "The knowledge base at " + cause.origin() + " does not load:" + problems,
                "Correct each file at the line given, or start with another --rules.dir=DIR or "
                        + "--parameters.overrides=FILE. The service does not start on a knowledge base that does "
                        + "not load.",
                cause);
    }
}
