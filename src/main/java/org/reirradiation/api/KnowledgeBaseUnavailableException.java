package org.reirradiation.api;

import java.util.List;
import org.reirradiation.knowledge.KnowledgeBaseException;
import org.reirradiation.knowledge.Problem;

/** The service cannot start: the knowledge base it was given does not load. */
final class KnowledgeBaseUnavailableException extends RuntimeException {

    private final String origin;
    private final transient List<Problem> problems;

    KnowledgeBaseUnavailableException(String origin, KnowledgeBaseException cause) {
        super("the knowledge base at " + origin + " does not load (" + cause.problems().size() + " problem"
                + (cause.problems().size() == 1 ? "" : "s") + ")", cause);
        this.origin = origin;
        this.problems = cause.problems();
    }

    String origin() {
        return origin;
    }

    List<Problem> problems() {
        return problems;
    }
}
