package org.reirradiation.acceptance;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.reirradiation.model.Assessment;
import org.reirradiation.model.CumulativeDoseEntry;
import org.reirradiation.model.Finding;
import org.reirradiation.model.InvalidCaseException;
import org.reirradiation.model.Score;

/**
 * Failure messages for clinicians: what was expected, then what the knowledge base actually
 * concluded, written as a short report (verdict, findings with rule, category and severity, doses),
 * not as a Java object dump.
 */
final class AssessmentReport {

    private AssessmentReport() {
    }

    static AssertionError mismatch(String expectation, Assessment assessment) {
        return new AssertionError(expectation + "\n\n" + describe(assessment));
    }

    static String describe(Assessment a) {
        StringBuilder text = new StringBuilder("What the knowledge base concluded for \"" + a.caseId() + "\" (" + a.site()
                + ", assessed " + a.assessmentDate() + "):\n");
        text.append("  verdict: ").append(a.verdict()).append(", imposed by ").append(String.join(", ", a.verdictRuleIds()))
                .append('\n');
        text.append("  reirradiation type: ").append(a.reirradiationType()).append('\n');
        text.append("  intervals: ").append(months(a.intervals().priorRtToRecurrenceMonths())).append(" to recurrence, ")
                .append(months(a.intervals().betweenCoursesMonths())).append(" between courses\n");
        text.append("  missing information: ").append(a.missingInformation().isEmpty() ? "none"
                : String.join(", ", a.missingInformation())).append('\n');
        text.append("  findings (rule, category, severity, verdict):\n");
        a.findings().forEach(f -> text.append("    ").append(finding(f)).append('\n'));
        if (!a.scores().isEmpty()) {
            text.append("  scores:\n");
            a.scores().forEach(s -> text.append("    ").append(score(s)).append('\n'));
        }
        if (!a.cumulativeDoses().isEmpty()) {
            text.append("  cumulative doses:\n");
            a.cumulativeDoses().forEach(d -> text.append("    ").append(dose(d)).append('\n'));
        }
        if (!a.knowledgeBase().parameterOverrides().isEmpty()) {
            text.append("  centre's parameter values: ").append(a.knowledgeBase().parameterOverrides().stream()
                    .map(o -> o.key() + " = " + o.value() + " (default " + (o.defaultValue().isEmpty() ? "empty"
                            : o.defaultValue()) + ")")
                    .collect(Collectors.joining(", "))).append('\n');
        }
        return text.toString();
    }

    static String refusal(InvalidCaseException refusal) {
        return "The case was refused:\n" + refusal.errors().stream()
                .map(error -> "    " + error.field() + ": " + error.message())
                .collect(Collectors.joining("\n"));
    }

    static String finding(Finding f) {
        String about = Stream.of(
                        f.organ() == null ? null : "organ " + f.organ(),
                        f.agent() == null ? null : "agent " + f.agent(),
                        f.technique() == null ? null : "technique " + f.technique(),
                        f.preference() == null ? null : "preference " + f.preference(),
                        f.schedule() == null ? null : "schedule " + f.schedule().pattern())
                .filter(Objects::nonNull).collect(Collectors.joining(", "));
        return String.format("%-7s %-14s %-7s %-24s %s%s", f.ruleId(), f.category(), f.severity(),
                f.verdict() == null ? "-" : f.verdict(), about.isEmpty() ? "" : "[" + about + "] ", f.summary());
    }

    private static String score(Score s) {
        return s.name() + " = " + s.value() + " (rule " + s.ruleId() + "; factors: " + String.join("; ", s.factors()) + ")";
    }

    private static String dose(CumulativeDoseEntry d) {
        return d.organ() + " " + d.metric() + ": cumulative EQD2 " + gy(d.cumulativeEqd2Gy()) + " (prior "
                + gy(d.priorEqd2Gy()) + " + planned " + gy(d.plannedEqd2Gy()) + ", alpha/beta " + d.alphaBetaGy() + " Gy"
                + (d.cumulativeEqd2WithRecoveryGy() == null ? "" : ", with recovery "
                        + gy(d.cumulativeEqd2WithRecoveryGy()))
                + "), " + (d.limitEqd2Gy() == null ? "no limit" : "limit " + gy(d.limitEqd2Gy())) + ", " + d.status() + ", rule " + d.ruleId();
    }

    private static String gy(Double value) {
        return value == null ? "unknown" : value + " Gy";
    }

    private static String months(Double value) {
        return value == null ? "unknown" : value + " months";
    }
}
