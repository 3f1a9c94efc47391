package org.reirradiation.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules say what the clinical brief's candidate table says: for every encoded rule, the row of
 * the same id gives its category, severity, imposed verdict, intent scope, evidence, verified flag,
 * sources and parameters; and every candidate of a site that has rules is encoded (or declined).
 */
class CandidateFidelityTest {

    private static KnowledgeBase knowledgeBase;
    private static Map<String, Csv.Row> candidates;

    @BeforeAll
    static void load() throws IOException {
        knowledgeBase = TestKnowledgeBase.bundled();
        try (InputStream in = CandidateFidelityTest.class.getResourceAsStream("/candidates.csv")) {
            List<Problem> problems = new ArrayList<>();
            candidates = Csv.read("candidates.csv", new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    List.of("id", "status", "site", "category", "severity", "imposesVerdict", "intentScope",
                            "evidence", "verified", "sources", "parameters"), problems).stream()
                    .collect(Collectors.toMap(row -> row.get("id"), row -> row));
            assertThat(problems).isEmpty();
        }
    }

    @Test
    void everyRuleMatchesItsCandidateRow() {
        List<String> differences = new ArrayList<>();
        for (RuleInfo rule : knowledgeBase.rules()) {
            Csv.Row row = candidates.get(rule.id());
            if (row == null) {
                differences.add(rule.id() + ": no candidate row of that id");
                continue;
            }
            compare(differences, rule, "category", row.get("category"), rule.category().name());
            compare(differences, rule, "severity", row.get("severity"), rule.severity().name());
            compare(differences, rule, "verdict", row.get("imposesVerdict"),
                    rule.verdict() == null ? "" : rule.verdict().name());
            compare(differences, rule, "intentScope", row.get("intentScope"),
                    rule.scope() == null ? "ANY" : rule.scope().name());
            compare(differences, rule, "evidence", row.get("evidence"), rule.evidence().name());
            compare(differences, rule, "verified", row.get("verified"), String.valueOf(rule.verified()));
            compare(differences, rule, "sources", new TreeSet<>(RuleLint.splitList(row.get("sources"))),
                    new TreeSet<>(rule.sources()));
            compare(differences, rule, "parameters", new TreeSet<>(RuleLint.splitList(row.get("parameters"))),
                    new TreeSet<>(rule.parameters()));
            compare(differences, rule, "status", row.get("status"),
                    rule.silentUntilSet() ? RuleLint.NEEDS_LOCAL_VALUE : RuleLint.ACTIVE);
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void everyCandidateOfAnEncodedSiteIsEncoded() {
        Set<String> encodedSites = knowledgeBase.rules().stream()
                .map(rule -> rule.area() == KnowledgeArea.COMMON ? "COMMON" : rule.area().site().name())
                .collect(Collectors.toSet());
        Set<String> ids = knowledgeBase.rules().stream().map(RuleInfo::id).collect(Collectors.toSet());
        List<String> missing = candidates.values().stream()
                .filter(row -> encodedSites.contains(row.get("site")))
                .filter(row -> !"DECLINED".equals(row.get("status")))
                .map(row -> row.get("id"))
                .filter(id -> !ids.contains(id))
                .sorted(RuleIdOrder.NATURAL).toList();
        assertThat(missing).isEmpty();
    }

    private static void compare(List<String> differences, RuleInfo rule, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            differences.add(rule.id() + " " + what + ": candidates.csv says " + expected + ", the rule has " + actual);
        }
    }
}
