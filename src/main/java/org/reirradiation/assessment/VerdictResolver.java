package org.reirradiation.assessment;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.reirradiation.knowledge.RuleIdOrder;
import org.reirradiation.model.Category;
import org.reirradiation.model.Verdict;

/**
 * The verdict resolution of DESIGN.md §4: NOT_RECOMMENDED wins, then a completeness gate
 * (INSUFFICIENT_INFORMATION), then the least favourable verdict imposed; an ALTERNATIVE imposes
 * CONDITIONAL; with no verdict imposed the default is CONDITIONAL under rule C-00.
 */
final class VerdictResolver {

    static final String DEFAULT_RULE_ID = "C-00";

    record Resolution(Verdict verdict, List<String> ruleIds) {
    }

    private static final List<Verdict> PRECEDENCE = List.of(Verdict.NOT_RECOMMENDED,
            Verdict.INSUFFICIENT_INFORMATION, Verdict.UNFAVOURABLE, Verdict.CONDITIONAL, Verdict.FAVOURABLE);

    private VerdictResolver() {
    }

    /** The verdict a rule imposes: its own, or CONDITIONAL for a rule that recommends an alternative. */
    static Verdict imposed(Verdict declared, Category category) {
        return declared == null && category == Category.ALTERNATIVE ? Verdict.CONDITIONAL : declared;
    }

    /** @param imposedByRule each firing rule's id with the verdict it imposes (null for none) */
    static Resolution resolve(Map<String, Verdict> imposedByRule) {
        for (Verdict candidate : PRECEDENCE) {
            TreeSet<String> ids = new TreeSet<>(RuleIdOrder.NATURAL);
            imposedByRule.forEach((id, verdict) -> {
                if (verdict == candidate) {
                    ids.add(id);
                }
            });
            if (!ids.isEmpty()) {
                return new Resolution(candidate, List.copyOf(ids));
            }
        }
        return new Resolution(Verdict.CONDITIONAL, List.of(DEFAULT_RULE_ID));
    }
}
