package org.reirradiation.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.reirradiation.knowledge.KnowledgeArea;
import org.reirradiation.knowledge.KnowledgeBase;
import org.reirradiation.knowledge.KnowledgeBaseDiff;
import org.reirradiation.knowledge.Problem;
import org.reirradiation.knowledge.RuleInfo;

/**
 * The check's report, short enough to read after every edit: the scenarios that failed (each with the
 * step that failed and why), failures outside any scenario, the rules that no scenario fired, and per
 * site the number of rules and scenarios. Files are named as the expert typed the directories, with
 * their line, so that an editor can jump there.
 *
 * <p>Every active rule must be fired by some scenario of the directory checked, whichever folder the
 * scenario is in: the check runs the whole directory, so a site folder without scenarios leaves its
 * rules unchecked, and that is reported. A rule that needs a local value (a parameter that ships
 * empty, DESIGN.md §5) is exempt: it cannot fire until a centre sets it.
 */
final class CheckReport {

    /** Lines of a failure message shown without {@code --verbose}: the glue's messages end with the whole assessment. */
    static final int MESSAGE_LINES = 25;
    private static final String OTHER = "(other)";

    private final Path rulesDir;
    private final Path featuresDir;
    private final KnowledgeBase knowledgeBase;
    private final ScenarioRun.Result result;
    private final boolean verbose;
    private final List<ScenarioRecorder.Outcome> failed;
    private final List<RuleInfo> unfired;
    private final List<RuleInfo> exempt;

    CheckReport(Path rulesDir, Path featuresDir, KnowledgeBase knowledgeBase, ScenarioRun.Result result,
            boolean verbose) {
        this.rulesDir = rulesDir;
        this.featuresDir = featuresDir;
        this.knowledgeBase = knowledgeBase;
        this.result = result;
        this.verbose = verbose;
        this.failed = result.scenarios().stream().filter(s -> !s.passed()).toList();
        Set<String> fired = result.firedRuleIds();
        this.exempt = knowledgeBase.rules().stream().filter(r -> r.needsLocalValue(knowledgeBase.parameters())).toList();
        // with no scenario run every rule would be listed: the report says why none ran instead
        this.unfired = result.scenarios().isEmpty() ? List.of() : knowledgeBase.rules().stream()
                .filter(r -> !fired.contains(r.id()) && !exempt.contains(r)).toList();
    }

    boolean passed() {
        return failed.isEmpty() && unfired.isEmpty() && result.errors().isEmpty() && !result.scenarios().isEmpty();
    }

    String render() {
        StringBuilder text = new StringBuilder("\n");
        long passedCount = result.scenarios().size() - failed.size();
        text.append("Scenarios: ").append(result.scenarios().size()).append(" run, ").append(passedCount)
                .append(" passed, ").append(failed.size()).append(" failed\n");
        if (result.scenarios().isEmpty()) {
            text.append(result.errors().isEmpty() ? "\nNo scenario was found in " + featuresDir
                    + ": the check needs .feature files (see features/README.md).\n"
                    : "\nNo scenario ran, because of the errors below.\n");
        }
        if (!failed.isEmpty()) {
            text.append("\nFAILING SCENARIOS (").append(failed.size()).append(")\n");
            for (ScenarioRecorder.Outcome scenario : failed) {
                text.append("  ").append(feature(scenario.feature())).append(':').append(scenario.line()).append("  ")
                        .append(scenario.name()).append('\n');
                ScenarioRecorder.FailedStep step = scenario.failedStep();
                text.append("    failed at ").append(step.line() > 0 ? "line " + step.line() + ": " : "")
                        .append(step.step().strip()).append('\n');
                text.append(message(step.message(), "      "));
            }
        }
        if (!result.errors().isEmpty()) {
            text.append("\nERRORS OUTSIDE THE SCENARIOS (").append(result.errors().size()).append(")\n");
            result.errors().forEach(error -> text.append(message(error, "  ")));
        }
        if (!unfired.isEmpty()) {
            text.append("\nRULES THAT NO SCENARIO FIRED (").append(unfired.size()).append(")\n");
            for (RuleInfo rule : unfired) {
                text.append("  ").append(rule.id()).append("  ").append(rule.title()).append("  (")
                        .append(rulesDir.resolve(rule.file())).append(':').append(rule.line()).append(")\n");
            }
            text.append("  Add a scenario in which each of them fires (features/README.md shows how).\n");
        }
        if (!exempt.isEmpty()) {
            text.append("\nRules that need a local value are exempt from the coverage check (").append(exempt.size())
                    .append("): ").append(exempt.stream().map(RuleInfo::id).collect(Collectors.joining(", ")))
                    .append('\n');
        }
        text.append(sites());
        return text.toString();
    }

    String verdict() {
        if (passed()) {
            return "\nCHECK PASSED\n";
        }
        List<String> reasons = new ArrayList<>();
        count(reasons, failed.size(), "failing scenario");
        count(reasons, result.errors().size(), "error outside the scenarios", "errors outside the scenarios");
        count(reasons, unfired.size(), "rule that no scenario fired", "rules that no scenario fired");
        if (result.scenarios().isEmpty()) {
            reasons.add("no scenario ran");
        }
        return "\nCHECK FAILED: " + String.join(", ", reasons) + "\n";
    }

    /** Rules and scenarios per folder, with what failed there. */
    private String sites() {
        Map<String, int[]> rows = new LinkedHashMap<>();
        for (KnowledgeArea area : KnowledgeArea.values()) {
            rows.put(area.folder(), new int[4]);
        }
        for (RuleInfo rule : knowledgeBase.rules()) {
            rows.get(rule.area().folder())[0]++;
        }
        for (RuleInfo rule : unfired) {
            rows.get(rule.area().folder())[3]++;
        }
        for (ScenarioRecorder.Outcome scenario : result.scenarios()) {
            int[] row = rows.computeIfAbsent(folder(scenario.feature()), f -> new int[4]);
            row[1]++;
            row[2] += scenario.passed() ? 0 : 1;
        }
        int[] total = new int[4];
        StringBuilder text = new StringBuilder("\nPER SITE\n");
        String format = "  %-15s %6s %10s %7s %10s%n";
        text.append(String.format(format, "folder", "rules", "scenarios", "failed", "not fired"));
        rows.forEach((folder, row) -> {
            text.append(String.format(format, folder, row[0], row[1], row[2], row[3]));
            for (int i = 0; i < total.length; i++) {
                total[i] += row[i];
            }
        });
        text.append(String.format(format, "total", total[0], total[1], total[2], total[3]));
        return text.toString();
    }

    /** The clinical change report: what {@code checked} changes relative to {@code current}. */
    static String changes(Path currentDir, KnowledgeBase current, KnowledgeBase checked, KnowledgeBaseDiff diff) {
        StringBuilder text = new StringBuilder("\nCHANGES AGAINST ").append(currentDir).append(" (")
                .append(current.name()).append(' ').append(current.version()).append(", ").append(current.digest())
                .append(")\n");
        if (diff.isEmpty()) {
            return text.append("  no rule or parameter value changed\n").toString();
        }
        rules(text, "rules added", diff.addedRules(), checked);
        rules(text, "rules removed", diff.removedRules(), current);
        rules(text, "rules changed", diff.changedRules(), checked);
        text.append("  parameters whose value changed (").append(diff.changedParameters().size()).append(")\n");
        diff.changedParameters().forEach(change -> text.append("    ").append(change).append('\n'));
        return text.toString();
    }

    private static void rules(StringBuilder text, String title, List<String> ids, KnowledgeBase from) {
        text.append("  ").append(title).append(" (").append(ids.size()).append(")\n");
        for (String id : ids) {
            text.append("    ").append(id).append(from.rule(id).map(rule -> "  " + rule.title()).orElse(""))
                    .append('\n');
        }
    }

    /** A problem as {@code rules/common/broken.drl:4: message}, the file named from the directory as typed. */
    static String located(Path directory, Problem problem) {
        return new Problem(directory.resolve(problem.file()).toString(), problem.line(), problem.message()).toString();
    }

    private String feature(URI feature) {
        Path relative = relative(feature);
        return relative == null ? feature.toString() : featuresDir.resolve(relative).toString();
    }

    /** The folder under the features directory that holds the scenario: a site folder, common, or other. */
    private String folder(URI feature) {
        Path relative = relative(feature);
        if (relative == null || relative.getNameCount() < 2) {
            return OTHER;
        }
        String folder = relative.getName(0).toString();
        for (KnowledgeArea area : KnowledgeArea.values()) {
            if (area.folder().equals(folder)) {
                return folder;
            }
        }
        return OTHER;
    }

    private Path relative(URI feature) {
        if (!"file".equals(feature.getScheme())) {
            return null;
        }
        Path file = Path.of(feature);
        Path root = featuresDir.toAbsolutePath().normalize();
        return file.startsWith(root) ? root.relativize(file) : null;
    }

    private String message(String message, String indent) {
        String[] lines = message.split("\\R");
        int shown = verbose ? lines.length : Math.min(lines.length, MESSAGE_LINES);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            text.append(lines[i].isBlank() ? "" : indent + lines[i]).append('\n');
        }
        if (shown < lines.length) {
            text.append(indent).append("... ").append(lines.length - shown)
                    .append(" more lines (check --verbose shows them all)\n");
        }
        return text.toString();
    }

    private static void count(List<String> reasons, int n, String one) {
        count(reasons, n, one, one + "s");
    }

    private static void count(List<String> reasons, int n, String one, String many) {
        if (n > 0) {
            reasons.add(n + " " + (n == 1 ? one : many));
        }
    }
}
