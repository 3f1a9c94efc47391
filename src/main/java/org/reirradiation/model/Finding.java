package org.reirradiation.model;

import java.util.List;

/** One statement of an assessment, carrying the rule that made it and the literature behind it. */
public record Finding(
        String ruleId,
        String title,
        Category category,
        Severity severity,
        Verdict verdict,
        Technique technique,
        Preference preference,
        Agent agent,
        Organ organ,
        ScheduleProposal schedule,
        String summary,
        String detail,
        List<String> sources,
        Evidence evidence,
        boolean verified) {
}
