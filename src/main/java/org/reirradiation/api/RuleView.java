package org.reirradiation.api;

import java.util.List;
import org.reirradiation.knowledge.Parameters;
import org.reirradiation.knowledge.RuleInfo;
import org.reirradiation.model.Category;
import org.reirradiation.model.Evidence;
import org.reirradiation.model.Intent;
import org.reirradiation.model.Severity;
import org.reirradiation.model.Verdict;

/**
 * One rule of {@code GET /api/v1/rules}. {@code site} is COMMON for a cross-site rule;
 * {@code needsLocalValue} marks a rule silent until a centre sets a parameter that ships empty.
 */
record RuleView(
        String id,
        String title,
        String site,
        Category category,
        Severity severity,
        Verdict verdict,
        Intent scope,
        Evidence evidence,
        boolean verified,
        List<String> sources,
        List<String> parameters,
        boolean needsLocalValue) {

    static RuleView of(RuleInfo rule, Parameters parameters) {
        return new RuleView(rule.id(), rule.title(), rule.area().name(), rule.category(), rule.severity(),
                rule.verdict(), rule.scope(), rule.evidence(), rule.verified(), rule.sources(), rule.parameters(),
                rule.needsLocalValue(parameters));
    }
}
