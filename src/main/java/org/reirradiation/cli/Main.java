package org.reirradiation.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.reirradiation.api.ServiceLauncher;

/**
 * The executable jar's entry point: {@code serve} (the default) starts the HTTP service; {@code assess},
 * {@code assess-batch}, {@code check} and {@code catalogue} work without starting Spring. Exit status
 * 0 on success; 1 for a failed check, an invalid case or a knowledge base that does not load; 2 for bad
 * usage (including a file or directory that does not exist).
 */
public final class Main {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    /** The service is running in its own threads: the process must not exit. */
    static final int SERVING = -1;

    static final String USAGE_TEXT = """
            Usage: java -jar reirradiation-knowledge-base-VERSION-exec.jar [COMMAND] [OPTIONS]

              serve [--rules.dir=DIR] [--parameters.overrides=FILE] [--features.dir=DIR] [--server.port=PORT]
                  Start the HTTP service; the default command. Further --name=value options are Spring Boot
                  properties. Without --rules.dir the rules bundled in the jar are used.
              assess CASE.json [--json] [--rules DIR] [--parameters.overrides FILE]
                  Assess one case and print a report for the clinician, or with --json the assessment as
                  the contract's JSON. Without --rules the rules bundled in the jar are used.
              assess-batch CASES.ndjson|- [--rules DIR] [--parameters.overrides FILE] [--threads N]
                  Assess a cohort: one case per line in (- reads standard input), one assessment per line
                  out as compact JSON, in input order, on N threads (default: every core). A line that is
                  not a valid case gives {"line": n, "caseId": ..., "errors": [{"field", "message"}]} in its
                  place; blank lines give no output but are counted. Progress and a summary go to stderr.
              check [--rules DIR] [--features DIR] [--against DIR] [--verbose]
                  Check a change to the knowledge: compile and lint the rules (default: rules), run every
                  scenario of the features (default: features) against them, and report failing scenarios
                  with the failing step, rules that no scenario fired, and rules and scenarios per site.
                  --against DIR also lists the rules added, removed and changed and the parameters whose
                  value changed relative to the rules in DIR. --verbose shows whole failure messages.
              catalogue [--rules DIR] [--format markdown|html] [--output FILE] [--parameters.overrides FILE]
                  Write the catalogue of the rules (default: the bundled rules) as Markdown (the default)
                  or HTML, to standard output or to FILE.
              help
                  Print this text.

            Exit status: 0 success; 1 a failed check, an invalid case (for assess-batch: at least one line
            that is not a valid case; the output is complete all the same) or a knowledge base that does not
            load; 2 bad usage, including a file or directory that does not exist.
            """;

    private static final List<String> SERVE_OPTIONS_WITH_VALUE =
            List.of("--rules.dir", "--parameters.overrides", "--features.dir");

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final KnowledgeBaseSource knowledgeBases;
    private final Clock clock;
    private final Predicate<String[]> service;

    Main(InputStream in, PrintStream out, PrintStream err, KnowledgeBaseSource knowledgeBases, Clock clock,
            Predicate<String[]> service) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.knowledgeBases = knowledgeBases;
        this.clock = clock;
        this.service = service;
    }

    public static void main(String[] args) {
        if (!startsService(args) && System.getProperty("logback.configurationFile") == null) {
            // warnings to stderr, nothing else: stdout carries only the report or the JSON
            System.setProperty("logback.configurationFile", "org/reirradiation/cli/logback-cli.xml");
        }
        int status = new Main(System.in, System.out, System.err, KnowledgeBaseSource.LOADER, Clock.systemDefaultZone(),
                ServiceLauncher::start).run(args);
        if (status != SERVING) {
            System.exit(status);
        }
    }

    int run(String... args) {
        List<String> arguments = Arrays.asList(args);
        try {
            if (startsService(args)) {
                return serve(arguments.isEmpty() || !arguments.get(0).equals("serve") ? arguments
                        : arguments.subList(1, arguments.size()));
            }
            String command = arguments.get(0);
            List<String> options = arguments.subList(1, arguments.size());
            return switch (command) {
                case "assess" -> new AssessCommand(out, err, knowledgeBases, clock).run(options);
                case "assess-batch" -> new AssessBatchCommand(in, out, err, knowledgeBases, clock,
                        AssessBatchCommand.PROGRESS_EVERY_LINES).run(options);
                case "check" -> new CheckCommand(out, knowledgeBases).run(options);
                case "catalogue" -> new CatalogueCommand(out, err, knowledgeBases).run(options);
                case "help", "--help", "-h" -> {
                    out.print(USAGE_TEXT);
                    yield OK;
                }
                default -> throw new UsageException("unknown command '" + command + "'");
            };
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println();
            err.print(USAGE_TEXT);
            return USAGE;
        }
    }

    /** No arguments, {@code serve}, or Spring Boot options alone, as {@code java -jar app.jar --server.port=9090}. */
    private static boolean startsService(String[] args) {
        return args.length == 0 || args[0].equals("serve") || args[0].startsWith("--") && !args[0].equals("--help");
    }

    /** Spring ignores what is not a --name=value option: refuse it rather than start on the wrong rules. */
    private int serve(List<String> options) {
        for (String option : options) {
            if (option.equals("--rules") || option.startsWith("--rules=")) {
                throw new UsageException("serve takes --rules.dir=DIR, not " + option);
            }
            if (!option.startsWith("--")) {
                throw new UsageException("serve takes only --name=value options, not '" + option + "'");
            }
            if (SERVE_OPTIONS_WITH_VALUE.contains(option)) {
                throw new UsageException(option + " needs a value: " + option + "=...");
            }
        }
        return service.test(options.toArray(String[]::new)) ? SERVING : FAILED;
    }
}
