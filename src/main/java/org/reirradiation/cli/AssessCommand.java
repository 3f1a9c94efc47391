package org.reirradiation.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.reirradiation.assessment.ReirradiationAssessor;
import org.reirradiation.knowledge.KnowledgeBase;
import org.reirradiation.knowledge.KnowledgeBaseException;
import org.reirradiation.knowledge.Problem;
import org.reirradiation.model.Assessment;
import org.reirradiation.model.CaseReader;
import org.reirradiation.model.FieldError;
import org.reirradiation.model.InvalidCaseException;
import org.reirradiation.model.Json;
import org.reirradiation.model.ReirradiationCase;

/**
 * {@code assess CASE.json [--json] [--rules DIR] [--parameters.overrides FILE]}: one case through the
 * facade, printed for a clinician or as the contract's JSON. The case is read and validated before
 * the knowledge base is built, so an invalid case fails in a moment.
 */
final class AssessCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final KnowledgeBaseSource knowledgeBases;
    private final Clock clock;

    AssessCommand(PrintStream out, PrintStream err, KnowledgeBaseSource knowledgeBases, Clock clock) {
        this.out = out;
        this.err = err;
        this.knowledgeBases = knowledgeBases;
        this.clock = clock;
    }

    private record Options(Path caseFile, boolean json, Path rulesDir, Path overrides) {
    }

    int run(List<String> args) {
        Options options = parse(args);
        ReirradiationCase input;
        try {
            input = new CaseReader(clock).read(Files.readAllBytes(options.caseFile()));
        } catch (IOException e) {
            throw new UsageException("cannot read the case file " + options.caseFile() + ": " + e.getMessage());
        } catch (InvalidCaseException e) {
            err.println("Invalid case " + options.caseFile() + ":");
            for (FieldError error : e.errors()) {
                err.println("  " + error.field() + ": " + error.message());
            }
            return Main.FAILED;
        }
        KnowledgeBase knowledgeBase;
        try {
            knowledgeBase = knowledgeBases.load(options.rulesDir(), options.overrides());
        } catch (KnowledgeBaseException e) {
            err.println("The knowledge base at " + (options.rulesDir() == null ? "the bundled copy"
                    : options.rulesDir()) + " does not load:");
            for (Problem problem : e.problems()) {
                err.println("  " + problem);
            }
            return Main.FAILED;
        }
        Assessment assessment = new ReirradiationAssessor(() -> knowledgeBase, clock).assess(input);
        if (options.json()) {
            out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(assessment));
        } else {
            out.print(new AssessmentReport(assessment).render());
        }
        return Main.OK;
    }

    private static Options parse(List<String> args) {
        Path caseFile = null;
        boolean json = false;
        Path rulesDir = null;
        Path overrides = null;
        Arguments arguments = new Arguments("assess", args);
        while (arguments.advance()) {
            switch (arguments.name()) {
                case "--json" -> {
                    arguments.noValue();
                    json = true;
                }
                case "--rules", "--rules.dir" -> rulesDir = arguments.existingDirectory("rules directory");
                case "--parameters.overrides" -> overrides = arguments.existingFile("parameter overrides file");
                default -> {
                    if (!arguments.isOperand() || arguments.name().equals("-")) {
                        throw arguments.unknown();
                    }
                    if (caseFile != null) {
                        throw new UsageException("assess takes one case file, not also " + arguments.name());
                    }
                    caseFile = Arguments.existing(arguments.name(), "case file", false);
                }
            }
        }
        if (caseFile == null) {
            throw new UsageException("assess needs a case file");
        }
        return new Options(caseFile, json, rulesDir, overrides);
    }
}
