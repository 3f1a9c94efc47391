package org.reirradiation.model;

import java.time.LocalDate;
import java.util.List;

/** The answer to one case: every statement is a finding that names its rule and sources. */
public record Assessment(
        String caseId,
        Site site,
        LocalDate assessmentDate,
        KnowledgeBaseSummary knowledgeBase,
        Verdict verdict,
        List<String> verdictRuleIds,
        ReirradiationType reirradiationType,
        IntervalSummary intervals,
        List<Score> scores,
        List<CumulativeDoseEntry> cumulativeDoses,
        List<Finding> findings,
        List<String> missingInformation,
        String disclaimer) {
}
