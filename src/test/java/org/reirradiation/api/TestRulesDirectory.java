package org.reirradiation.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.reirradiation.knowledge.TestKnowledgeBase;

/**
 * One writable copy of the bundled rules and a centre's overrides file per test JVM, for the deployed
 * service to load and reload. A test that edits a file puts it back ({@link #edit}), so that the tests
 * sharing the service find it as it started.
 */
final class TestRulesDirectory {

    /** The overrides the service starts with: a centre's cord recovery factor, reported in every assessment. */
    static final String START_OVERRIDES = "key,value,unit\ncommon.cordRecoveryAt12Months,0.25,fraction\n";

    private static final Path ROOT = create();

    private TestRulesDirectory() {
    }

    static Path rules() {
        return ROOT.resolve("rules");
    }

    static Path overrides() {
        return ROOT.resolve("centre-overrides.csv");
    }

    /** Changes a file until the returned handle is closed; {@code relative} is relative to the rules directory. */
    static Edit edit(String relative, UnaryOperator<String> change) {
        return edit(rules().resolve(relative), change);
    }

    static Edit edit(Path file, UnaryOperator<String> change) {
        try {
            String original = Files.readString(file, StandardCharsets.UTF_8);
            Files.writeString(file, change.apply(original), StandardCharsets.UTF_8);
            return () -> write(file, original);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts a file back as it was. */
    interface Edit extends AutoCloseable {
        @Override
        void close();
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path create() {
        try {
            Path root = Files.createTempDirectory("reirradiation-service-");
            TestKnowledgeBase.copyRulesTo(root.resolve("rules"));
            Files.writeString(root.resolve("centre-overrides.csv"), START_OVERRIDES, StandardCharsets.UTF_8);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
