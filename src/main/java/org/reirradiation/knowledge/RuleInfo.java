package org.reirradiation.knowledge;

import java.util.List;
import org.reirradiation.model.Category;
import org.reirradiation.model.Evidence;
import org.reirradiation.model.Intent;
import org.reirradiation.model.Severity;
import org.reirradiation.model.Verdict;

/**
 * What the catalogue knows of one rule, read from its metadata and its text. {@code scope} is null
 * for a rule that fires whatever the plan's intent, CURATIVE for curative plans only and PALLIATIVE
 * for plans that are not curative (including an absent intent). {@code silentUntilSet} is the rule's
 * {@code @status("NEEDS_LOCAL_VALUE")}: it stays silent until a centre sets a parameter that ships empty.
 * {@code fingerprint} is a digest of the rule's text without comments or layout, so that a change
 * report can tell which rules changed.
 */
public record RuleInfo(
        String id,
        String title,
        KnowledgeArea area,
        Category category,
        Severity severity,
        Verdict verdict,
        Intent scope,
        Evidence evidence,
        boolean verified,
        List<String> sources,
        List<String> parameters,
        boolean silentUntilSet,
        String fingerprint,
        String file,
        int line) {

    /** A rule still silenced by a parameter that a centre has not set (DESIGN.md §5). */
    public boolean needsLocalValue(Parameters parameters) {
        return silentUntilSet && this.parameters.stream().anyMatch(key -> parameters.get(key).value() == null);
    }
}
