package org.reirradiation.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.reirradiation.model.Assessment;
import org.reirradiation.model.Category;
import org.reirradiation.model.CumulativeDoseEntry;
import org.reirradiation.model.Finding;
import org.reirradiation.model.ParameterOverride;
import org.reirradiation.model.Preference;
import org.reirradiation.model.ScheduleProposal;
import org.reirradiation.model.Score;

/**
 * An assessment as a clinician reads it: the verdict and the rules behind it first, then the
 * classification, scores, recommendations, dose table, work-up and what is missing. Every finding
 * appears exactly once, with its rule, sources, evidence and whether it rests on verified facts.
 */
final class AssessmentReport {

    private static final int WIDTH = 100;
    private static final String INDENT = "      ";

    private final Assessment assessment;
    private final StringBuilder text = new StringBuilder();

    AssessmentReport(Assessment assessment) {
        this.assessment = assessment;
    }

    String render() {
        header();
        verdict();
        classification();
        scores();
        section("ELIGIBILITY, ALTERNATIVES AND PROGNOSIS",
                inCategories(Category.ELIGIBILITY, Category.ALTERNATIVE, Category.PROGNOSIS), "none");
        byPreference("TECHNIQUES", Category.TECHNIQUE);
        byPreference("SCHEDULES", Category.SCHEDULE);
        section("COMBINATION THERAPY", inCategories(Category.COMBINATION), "no combination finding");
        doses();
        section("WORK-UP", inCategories(Category.WORKUP), "none");
        section("COUNSELLING", inCategories(Category.COUNSEL), "none");
        section("CLINICAL TRIALS", inCategories(Category.TRIAL), "none");
        missingInformation();
        knowledgeBase();
        return text.toString();
    }

    private void header() {
        line("REIRRADIATION ASSESSMENT" + (assessment.caseId() == null ? "" : "  " + assessment.caseId()));
        line("Site " + assessment.site() + " - assessment date " + assessment.assessmentDate());
    }

    private void verdict() {
        heading("VERDICT: " + assessment.verdict());
        for (String ruleId : assessment.verdictRuleIds()) {
            String title = assessment.findings().stream()
                    .filter(f -> f.ruleId().equals(ruleId) && f.verdict() == assessment.verdict())
                    .map(Finding::title).findFirst().orElse("");
            line("  imposed by " + ruleId + (title.isEmpty() ? "" : "  " + title));
        }
    }

    private void classification() {
        heading("REIRRADIATION TYPE: " + assessment.reirradiationType());
        var intervals = assessment.intervals();
        line("  Interval from prior RT to recurrence: " + months(intervals.priorRtToRecurrenceMonths()));
        line("  Interval between courses: " + months(intervals.betweenCoursesMonths()));
        findings(inCategories(Category.CLASSIFICATION));
    }

    private void scores() {
        heading("SCORES");
        if (assessment.scores().isEmpty()) {
            line("  none");
        }
        for (Score score : assessment.scores()) {
            line("  " + score.name() + " = " + score.value()
                    + (score.expectedOutcome() == null ? "" : " (" + score.expectedOutcome() + ")"));
            wrap("factors: " + (score.factors().isEmpty() ? "none" : String.join("; ", score.factors())));
            wrap("rule " + score.ruleId() + "; sources: " + String.join(", ", score.sources()) + "; "
                    + (score.verified() ? "verified" : "NOT verified"));
        }
    }

    private void byPreference(String title, Category category) {
        heading(title);
        List<Finding> all = inCategories(category);
        if (all.isEmpty()) {
            line("  none");
        }
        for (Preference preference : Preference.values()) {
            subsection(preference.name(), all, f -> f.preference() == preference);
        }
        subsection("OTHER", all, f -> f.preference() == null);
    }

    private void subsection(String title, List<Finding> all, Predicate<Finding> belongs) {
        List<Finding> some = all.stream().filter(belongs).toList();
        if (!some.isEmpty()) {
            line("  " + title);
            findings(some);
        }
    }

    private void doses() {
        heading("CUMULATIVE ORGAN-AT-RISK DOSES (EQD2 in Gy; NO_LIMIT means no limit is held, not that the dose"
                + " is safe)");
        List<CumulativeDoseEntry> doses = assessment.cumulativeDoses();
        if (doses.isEmpty()) {
            line("  no organ dose given");
        } else {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"Organ", "Metric", "a/b", "Prior", "Planned", "Cumulative", "Limit", "Status",
                "Rule"});
            for (CumulativeDoseEntry d : doses) {
                boolean recovery = d.recoveryFactor() != 0;
                rows.add(new String[] {d.organ().name(), d.metric().name(), number(d.alphaBetaGy()),
                    number(d.priorEqd2Gy()), number(d.plannedEqd2Gy()),
                    number(d.cumulativeEqd2Gy()) + (recovery ? " (" + number(d.cumulativeEqd2WithRecoveryGy())
                            + " with recovery " + number(d.recoveryFactor()) + ")" : ""),
                    number(d.limitEqd2Gy()), d.status().name(), d.ruleId() == null ? "-" : d.ruleId()});
            }
            table(rows);
            for (CumulativeDoseEntry d : doses) {
                if (d.ruleId() != null && !d.sources().isEmpty()) {
                    line("  " + d.organ() + " " + d.metric() + " limit sources: " + String.join(", ", d.sources()));
                }
            }
        }
        findings(inCategories(Category.DOSE_CHECK));
    }

    private void missingInformation() {
        heading("MISSING INFORMATION");
        if (assessment.missingInformation().isEmpty()) {
            line("  none");
        }
        assessment.missingInformation().forEach(path -> line("  - " + path));
    }

    private void knowledgeBase() {
        var kb = assessment.knowledgeBase();
        heading("KNOWLEDGE BASE");
        line("  " + kb.name() + " " + kb.version() + ", " + kb.ruleCount() + " rules");
        line("  " + kb.digest());
        if (kb.parameterOverrides().isEmpty()) {
            line("  no parameter overrides");
        }
        for (ParameterOverride o : kb.parameterOverrides()) {
            line("  override " + o.key() + " = " + o.value() + " " + o.unit() + " (default "
                    + (o.defaultValue().isEmpty() ? "empty" : o.defaultValue()) + ")");
        }
        line("");
        text.append(wrapped(assessment.disclaimer(), "")).append('\n');
    }

    private void section(String title, List<Finding> some, String empty) {
        heading(title);
        if (some.isEmpty()) {
            line("  " + empty);
        }
        findings(some);
    }

    private void findings(List<Finding> some) {
        for (Finding f : some) {
            line("  [" + f.severity() + "] " + f.ruleId() + "  " + f.title());
            if (!sameSentence(f.summary(), f.title())) {
                wrap(f.summary());
            }
            wrap(f.detail());
            String about = about(f);
            if (!about.isEmpty()) {
                wrap(about);
            }
            if (f.verdict() != null) {
                wrap("imposes " + f.verdict());
            }
            wrap("sources: " + String.join(", ", f.sources()) + "; evidence " + f.evidence() + "; "
                    + (f.verified() ? "verified" : "NOT verified"));
        }
    }

    /** Many rules say the same in title and summary: print it once. */
    private static boolean sameSentence(String a, String b) {
        return a == null || b != null && stripStop(a).equalsIgnoreCase(stripStop(b));
    }

    private static String stripStop(String s) {
        String t = s.strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    private static String about(Finding f) {
        List<String> parts = new ArrayList<>();
        if (f.technique() != null) {
            parts.add("technique " + f.technique() + (f.preference() == null ? "" : " (" + f.preference() + ")"));
        } else if (f.preference() != null) {
            parts.add(f.preference().name());
        }
        if (f.agent() != null) {
            parts.add("agent " + f.agent());
        }
        if (f.organ() != null) {
            parts.add("organ " + f.organ());
        }
        if (f.schedule() != null) {
            parts.add("schedule " + schedule(f.schedule()));
        }
        return String.join("; ", parts);
    }

    private static String schedule(ScheduleProposal s) {
        List<String> parts = new ArrayList<>();
        if (s.totalDoseGy() != null) {
            parts.add(number(s.totalDoseGy()) + " Gy");
        }
        if (s.fractions() != null) {
            parts.add("in " + s.fractions() + " fractions");
        }
        if (s.fractionsPerDay() != null) {
            parts.add(s.fractionsPerDay() + " a day");
        }
        if (s.pattern() != null) {
            parts.add(s.pattern().name());
        }
        String numbers = String.join(", ", parts);
        return s.description() == null || s.description().isBlank() ? numbers
                : numbers.isEmpty() ? s.description() : numbers + ": " + s.description();
    }

    private List<Finding> inCategories(Category first, Category... rest) {
        Set<Category> categories = EnumSet.of(first, rest);
        return assessment.findings().stream().filter(f -> categories.contains(f.category())).toList();
    }

    private void table(List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder cells = new StringBuilder("  ");
            for (int i = 0; i < row.length; i++) {
                cells.append(i == row.length - 1 ? row[i] : String.format("%-" + (widths[i] + 2) + "s", row[i]));
            }
            line(cells.toString().stripTrailing());
        }
    }

    private static String months(Double value) {
        return value == null ? "unknown" : number(value) + " months";
    }

    private static String number(Double value) {
        if (value == null) {
            return "-";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf(value.longValue())
                : String.valueOf(value);
    }

    private void heading(String title) {
        text.append('\n').append(title).append('\n');
    }

    private void line(String line) {
        text.append(line).append('\n');
    }

    private void wrap(String paragraph) {
        if (paragraph != null && !paragraph.isBlank()) {
            text.append(wrapped(paragraph, INDENT)).append('\n');
        }
    }

    /** Breaks a paragraph at spaces so that no line is longer than the width (a longer word stands alone). */
    private static String wrapped(String paragraph, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder(indent);
        for (String word : paragraph.strip().split("\\s+")) {
            if (current.length() > indent.length() && current.length() + 1 + word.length() > WIDTH) {
                lines.add(current.toString());
                current = new StringBuilder(indent);
            }
            if (current.length() > indent.length()) {
                current.append(' ');
            }
            current.append(word);
        }
        lines.add(current.toString());
        return lines.stream().collect(Collectors.joining("\n"));
    }
}
