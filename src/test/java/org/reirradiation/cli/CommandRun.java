package org.reirradiation.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.reirradiation.knowledge.TestKnowledgeBase;

/**
 * One command run in-process, with its standard input given and its output captured. The bundled
 * knowledge base is the one shared by the test JVM; a rules directory named on the command line is
 * loaded for real.
 */
final class CommandRun {

    static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 3, 20).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    static final KnowledgeBaseSource SHARED = (rulesDir, overrides) -> rulesDir == null && overrides == null
            ? TestKnowledgeBase.bundled() : KnowledgeBaseSource.LOADER.load(rulesDir, overrides);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final int status;

    private CommandRun(String stdin, String... args) {
        status = new Main(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                SHARED, CLOCK, springArgs -> {
                    throw new AssertionError("no command of these tests starts the service");
                }).run(args);
    }

    static CommandRun of(String... args) {
        return new CommandRun("", args);
    }

    static CommandRun withInput(String stdin, String... args) {
        return new CommandRun(stdin, args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "exit " + status + "\n--- stdout\n" + out() + "--- stderr\n" + err();
    }
}
