package org.reirradiation.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.reirradiation.knowledge.KnowledgeBase;
import org.reirradiation.knowledge.KnowledgeBaseDiff;
import org.reirradiation.knowledge.KnowledgeBaseException;
import org.reirradiation.knowledge.Problem;

/**
 * {@code check [--rules DIR] [--features DIR] [--against DIR] [--verbose]}: the experts' check of a
 * change to the knowledge. The rules are compiled and linted first; a knowledge base that does not
 * load is reported problem by problem (file:line: message) and no scenario is run, because every
 * scenario would fail for the same reason. Then every scenario of the features directory runs
 * against those rules, and the report says which failed and at which step, which rules no scenario
 * fired, and how many rules and scenarios each site has. With {@code --against}, the clinical
 * changes relative to another rules directory (the one in production, say) are listed too.
 */
final class CheckCommand {

    private final PrintStream out;
    private final KnowledgeBaseSource knowledgeBases;

    CheckCommand(PrintStream out, KnowledgeBaseSource knowledgeBases) {
        this.out = out;
        this.knowledgeBases = knowledgeBases;
    }

    private record Options(Path rules, Path features, Path against, boolean verbose) {
    }

    int run(List<String> args) {
        Options options = parse(args);
        out.println("Checking the rules in " + options.rules() + " with the scenarios in " + options.features());
        KnowledgeBase checked = load(options.rules(), "The rules");
        if (checked == null) {
            return Main.FAILED;
        }
        out.println("The rules load: " + checked.name() + " " + checked.version() + ", " + checked.rules().size()
                + " rules, " + checked.digest());
        KnowledgeBaseDiff changes = null;
        KnowledgeBase current = null;
        if (options.against() != null) {
            current = load(options.against(), "The rules to compare against");
            if (current == null) {
                return Main.FAILED;
            }
            changes = KnowledgeBaseDiff.between(current, checked);
        }
        out.println("Running the scenarios ...");
        ScenarioRun.Result result = ScenarioRun.run(options.features(), options.rules());
        CheckReport report = new CheckReport(options.rules(), options.features(), checked, result, options.verbose());
        out.print(report.render());
        if (changes != null) {
            out.print(CheckReport.changes(options.against(), current, checked, changes));
        }
        out.print(report.verdict());
        return report.passed() ? Main.OK : Main.FAILED;
    }

    /** The knowledge base in {@code directory}, or null after printing every problem with its file and line. */
    private KnowledgeBase load(Path directory, String what) {
        try {
            return knowledgeBases.load(directory, null);
        } catch (KnowledgeBaseException e) {
            List<Problem> problems = e.problems();
            out.println();
            out.println(what + " in " + directory + " do not load (" + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems") + "); no scenario was run:");
            for (Problem problem : problems) {
                out.println("  " + CheckReport.located(directory, problem));
            }
            out.println();
            out.println("CHECK FAILED");
            return null;
        }
    }

    private static Options parse(List<String> args) {
        Path rules = null;
        Path features = null;
        Path against = null;
        boolean verbose = false;
        Arguments arguments = new Arguments("check", args);
        while (arguments.advance()) {
            switch (arguments.name()) {
                case "--rules", "--rules.dir" -> rules = arguments.existingDirectory("rules directory");
                case "--features", "--features.dir" -> features = arguments.existingDirectory("features directory");
                case "--against" -> against = arguments.existingDirectory("rules directory to compare against");
                case "--verbose" -> {
                    arguments.noValue();
                    verbose = true;
                }
                default -> throw arguments.unknown();
            }
        }
        return new Options(rules != null ? rules : Arguments.existing("rules", "rules directory", true),
                features != null ? features : Arguments.existing("features", "features directory", true),
                against, verbose);
    }
}
