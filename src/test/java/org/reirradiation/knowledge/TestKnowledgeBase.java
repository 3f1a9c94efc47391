package org.reirradiation.knowledge;

import java.nio.file.Path;

/** One build of the bundled rules per test JVM: each build costs seconds. */
public final class TestKnowledgeBase {

    private static KnowledgeBase bundled;

    private TestKnowledgeBase() {
    }

    public static synchronized KnowledgeBase bundled() {
        if (bundled == null) {
            bundled = KnowledgeBaseLoader.fromDirectory(Path.of("rules"), null);
        }
        return bundled;
    }
}
