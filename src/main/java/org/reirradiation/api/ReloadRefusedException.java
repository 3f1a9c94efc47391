package org.reirradiation.api;

import java.util.List;
import org.reirradiation.knowledge.Problem;

/** A reload whose files do not load: answered with 422 and every problem; nothing was swapped. */
final class ReloadRefusedException extends RuntimeException {

    private final String origin;
    private final String digestInForce;
    private final transient List<Problem> problems;

    ReloadRefusedException(String origin, String digestInForce, List<Problem> problems) {
        super("the knowledge base at " + origin + " does not load (" + problems.size() + " problems)");
        this.origin = origin;
        this.digestInForce = digestInForce;
        this.problems = List.copyOf(problems);
    }

    String origin() {
        return origin;
    }

    String digestInForce() {
        return digestInForce;
    }

    List<Problem> problems() {
        return problems;
    }
}
