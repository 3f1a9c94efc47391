package org.reirradiation.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.reirradiation.assessment.ReirradiationAssessor;
import org.reirradiation.knowledge.KnowledgeBase;
import org.reirradiation.model.CaseReader;
import org.reirradiation.model.FieldError;
import org.reirradiation.model.InvalidCaseException;
import org.reirradiation.model.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code assess-batch CASES.ndjson|- [--rules DIR] [--parameters.overrides FILE] [--threads N]}: a
 * cohort, one case per line in, one compact assessment per line out, in input order.
 *
 * <p>The knowledge base is built once and one facade is shared by all worker threads (it is
 * thread-safe: each assessment runs in its own stateless session). Lines are read, handed to the
 * workers and written back in order through a bounded window of lines in flight, so memory stays flat
 * however long the file is. A line that is not a valid case becomes an error object in its place,
 * {@code {"line":17,"caseId":"...","errors":[{"field":...,"message":...}]}}, and the batch goes on;
 * a blank line is skipped but still counted, so that line numbers match the file.
 */
final class AssessBatchCommand {

    static final int PROGRESS_EVERY_LINES = 10_000;
    private static final long PROGRESS_EVERY_NANOS = TimeUnit.SECONDS.toNanos(5);
    /** Lines in flight per worker: enough to keep every worker busy while the oldest line is written. */
    private static final int WINDOW_PER_THREAD = 64;
    private static final int CHECK_OUTPUT_EVERY_LINES = 1_000;

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final KnowledgeBaseSource knowledgeBases;
    private final Clock clock;
    private final int progressEveryLines;

    AssessBatchCommand(InputStream in, PrintStream out, PrintStream err, KnowledgeBaseSource knowledgeBases,
            Clock clock, int progressEveryLines) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.knowledgeBases = knowledgeBases;
        this.clock = clock;
        this.progressEveryLines = progressEveryLines;
    }

    private record Options(Path cases, Path rulesDir, Path overrides, int threads) {
    }

    /** What goes out for one input line: an assessment, or the reasons the line is not one. */
    private record Answer(String json, boolean assessed) {
    }

    int run(List<String> args) {
        Options options = parse(args);
        KnowledgeBase knowledgeBase = knowledgeBases.loadOrReport(options.rulesDir(), options.overrides(), err);
        if (knowledgeBase == null) {
            return Main.FAILED;
        }
        ReirradiationAssessor assessor = new ReirradiationAssessor(() -> knowledgeBase, clock);
        CaseReader reader = new CaseReader(clock);
        ExecutorService workers = Executors.newFixedThreadPool(options.threads(), daemonThreads());
        try (InputStream input = options.cases() == null ? in : Files.newInputStream(options.cases())) {
            return stream(input, line -> assess(reader, assessor, line), workers, options.threads());
        } catch (IOException e) {
            err.println("assess-batch: cannot read " + (options.cases() == null ? "standard input" : options.cases())
                    + ": " + e.getMessage());
            return Main.FAILED;
        } finally {
            workers.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface LineAssessor {
        Answer answer(NumberedLine line);
    }

    private record NumberedLine(int number, String text) {
    }

    private int stream(InputStream input, LineAssessor assess, ExecutorService workers, int threads)
            throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8), 1 << 16);
        Writer output = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        Progress progress = new Progress();
        Deque<Future<Answer>> inFlight = new ArrayDeque<>();
        int window = threads * WINDOW_PER_THREAD;
        int number = 0;
        try {
            String text;
            while ((text = lines.readLine()) != null) {
                number++;
                if (number == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.isBlank()) {
                    progress.blank++;
                    continue;
                }
                NumberedLine line = new NumberedLine(number, text);
                inFlight.add(workers.submit(() -> assess.answer(line)));
                if (inFlight.size() >= window && !write(inFlight.remove().get(), output, progress)) {
                    return Main.FAILED;
                }
            }
            while (!inFlight.isEmpty()) {
                if (!write(inFlight.remove().get(), output, progress)) {
                    return Main.FAILED;
                }
            }
            output.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("assess-batch: interrupted after " + progress.written + " lines");
            return Main.FAILED;
        } catch (ExecutionException e) {
            err.println("assess-batch: stopped at a line that could not be answered: " + e.getCause());
            return Main.FAILED;
        }
        err.println("assess-batch: " + progress.summary(number));
        return progress.errors == 0 && !out.checkError() ? Main.OK : Main.FAILED;
    }

    /** Writes one answer; false when standard output has been closed (a reader such as {@code head} left). */
    private boolean write(Answer answer, Writer output, Progress progress) throws IOException {
        output.write(answer.json());
        output.write('\n');
        progress.written++;
        if (!answer.assessed()) {
            progress.errors++;
        }
        if (progress.written % CHECK_OUTPUT_EVERY_LINES == 0) {
            output.flush();
            if (out.checkError()) {
                err.println("assess-batch: standard output was closed after " + progress.written + " lines");
                return false;
            }
        }
        if (progress.due()) {
            output.flush();
            err.println("assess-batch: " + progress.now());
        }
        return true;
    }

    private static Answer assess(CaseReader reader, ReirradiationAssessor assessor, NumberedLine line) {
        try {
            var assessment = assessor.assess(reader.read(line.text()));
            return new Answer(Json.mapper().writeValueAsString(assessment), true);
        } catch (InvalidCaseException e) {
            return error(line, e.errors());
        } catch (RuntimeException e) {
            // one case that breaks the engine must not cost the cohort its other answers
            return error(line, List.of(new FieldError("$", "the assessment failed: " + e)));
        }
    }

    /** {@code {"line":17,"caseId":"...","errors":[{"field":"...","message":"..."}]}}, caseId when it can be read. */
    private static Answer error(NumberedLine line, List<FieldError> errors) {
        ObjectNode answer = Json.mapper().createObjectNode();
        answer.put("line", line.number());
        String caseId = caseId(line.text());
        if (caseId != null) {
            answer.put("caseId", caseId);
        }
        ArrayNode list = answer.putArray("errors");
        for (FieldError error : errors) {
            list.addObject().put("field", error.field()).put("message", error.message());
        }
        return new Answer(Json.mapper().writeValueAsString(answer), false);
    }

    private static String caseId(String text) {
        try {
            JsonNode node = Json.mapper().readTree(text).get("caseId");
            return node != null && node.isString() ? node.asString() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Counts, and a line on stderr every {@code progressEveryLines} lines, or every few seconds once a
     * tenth of that has been written: a short run prints only its summary.
     */
    private final class Progress {
        private final long started = System.nanoTime();
        private long lastReport = started;
        private int written;
        private int errors;
        private int blank;

        boolean due() {
            long now = System.nanoTime();
            // by time only once the run has proved long: the first answers include the engine's warm-up
            boolean longRun = written >= progressEveryLines / 10;
            if (written % progressEveryLines == 0 || longRun && now - lastReport >= PROGRESS_EVERY_NANOS) {
                lastReport = now;
                return true;
            }
            return false;
        }

        String now() {
            return String.format(Locale.ROOT, "%,d cases done, %,d with errors (%s cases/s)", written, errors,
                    rateText());
        }

        String summary(int lines) {
            // a short run's rate is mostly the engine's warm-up: not worth printing
            return String.format(Locale.ROOT, "%,d lines (%,d blank): %,d assessed, %,d with errors, in %.1f s",
                    lines, blank, written - errors, errors, seconds())
                    + (written >= progressEveryLines / 10 ? " (" + rateText() + " cases/s)" : "");
        }

        private double seconds() {
            return (System.nanoTime() - started) / 1e9;
        }

        private double rate() {
            return written / Math.max(seconds(), 1e-9);
        }

        private String rateText() {
            return String.format(Locale.ROOT, rate() < 100 ? "%.1f" : "%,.0f", rate());
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "assess-batch-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static Options parse(List<String> args) {
        Path cases = null;
        boolean stdin = false;
        Path rulesDir = null;
        Path overrides = null;
        int threads = Runtime.getRuntime().availableProcessors();
        Arguments arguments = new Arguments("assess-batch", args);
        while (arguments.advance()) {
            switch (arguments.name()) {
                case "--rules", "--rules.dir" -> rulesDir = arguments.existingDirectory("rules directory");
                case "--parameters.overrides" -> overrides = arguments.existingFile("parameter overrides file");
                case "--threads" -> threads = arguments.positiveInt();
                default -> {
                    if (!arguments.isOperand()) {
                        throw arguments.unknown();
                    }
                    if (cases != null || stdin) {
                        throw new UsageException("assess-batch takes one cases file, not also " + arguments.name());
                    }
                    if (arguments.name().equals("-")) {
                        stdin = true;
                    } else {
                        cases = Arguments.existing(arguments.name(), "cases file", false);
                    }
                }
            }
        }
        if (cases == null && !stdin) {
            throw new UsageException("assess-batch needs a cases file, or - for standard input");
        }
        return new Options(cases, rulesDir, overrides, threads);
    }
}
