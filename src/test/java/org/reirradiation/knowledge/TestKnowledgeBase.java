package org.reirradiation.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

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

    /** A copy of the bundled rules to break or change in a test. */
    public static void copyRulesTo(Path target) throws IOException {
        Path source = Path.of("rules");
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path destination = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(path, destination);
                }
            }
        }
    }
}
