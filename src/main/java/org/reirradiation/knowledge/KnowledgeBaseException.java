package org.reirradiation.knowledge;

import java.util.List;
import java.util.stream.Collectors;

/** A knowledge base that does not load, with every problem found (not only the first). */
public class KnowledgeBaseException extends RuntimeException {

    private final transient List<Problem> problems;

    public KnowledgeBaseException(List<Problem> problems) {
        super("The knowledge base does not load:\n  "
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
