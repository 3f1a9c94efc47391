package org.reirradiation.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.reirradiation.knowledge.Conclusion;
import org.reirradiation.knowledge.KnowledgeArea;
import org.reirradiation.knowledge.KnowledgeBase;
import org.reirradiation.knowledge.RuleIdOrder;
import org.reirradiation.knowledge.RuleInfo;
import org.reirradiation.model.Assessment;
import org.reirradiation.model.Category;
import org.reirradiation.model.CumulativeDoseEntry;
import org.reirradiation.model.DoseStatus;
import org.reirradiation.model.Evidence;
import org.reirradiation.model.Finding;
import org.reirradiation.model.IntervalSummary;
import org.reirradiation.model.KnowledgeBaseSummary;
import org.reirradiation.model.ReirradiationCase;
import org.reirradiation.model.ReirradiationType;
import org.reirradiation.model.Score;
import org.reirradiation.model.Severity;
import org.reirradiation.model.Verdict;

/**
 * The public assembler: turns what a session holds after firing (the conclusions and the derived
 * facts) into the assessment of the contract, attaching each rule's metadata from the catalogue,
 * resolving the verdict and ordering everything deterministically.
 */
public final class AssessmentAssembler {

    static final String DISCLAIMER = "Decision support only, not a prescription: the multidisciplinary tumour board "
            + "decides. Every finding names the rule and the literature it rests on; findings marked verified=false "
            + "rest on unverified facts, knowledge-base conventions or local parameter values and need review.";

    private static final Comparator<Finding> FINDING_ORDER = Comparator
            .comparing(Finding::severity)
            .thenComparing(Finding::category)
            .thenComparing(Finding::ruleId, RuleIdOrder.NATURAL)
            .thenComparing(f -> f.organ() == null ? -1 : f.organ().ordinal())
            .thenComparing(f -> f.agent() == null ? -1 : f.agent().ordinal())
            .thenComparing(f -> f.technique() == null ? -1 : f.technique().ordinal())
            .thenComparing(f -> Objects.toString(f.summary(), ""))
            .thenComparing(f -> Objects.toString(f.detail(), ""));

    private AssessmentAssembler() {
    }

    /**
     * @param assessedCase the case as given to the facts builder (validated, assessment date set)
     * @param sessionObjects everything the session holds after firing
     */
    public static Assessment assemble(ReirradiationCase assessedCase, KnowledgeBase knowledgeBase,
            Collection<?> sessionObjects) {
        List<Conclusion> conclusions = ofType(sessionObjects, Conclusion.class)
                .sorted(Comparator.comparing(Conclusion::getRuleId, RuleIdOrder.NATURAL)).toList();
        List<CumulativeDose> doses = ofType(sessionObjects, CumulativeDose.class)
                .sorted(Comparator.comparingInt(CumulativeDose::index)).toList();
        Intervals intervals = ofType(sessionObjects, Intervals.class).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the session holds no Intervals fact"));

        Map<String, Verdict> imposed = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        List<Score> scores = new ArrayList<>();
        LinkedHashSet<String> missing = new LinkedHashSet<>();
        for (Conclusion conclusion : conclusions) {
            RuleInfo rule = knowledgeBase.rule(conclusion.getRuleId()).orElseThrow();
            boolean verified = verified(rule, knowledgeBase);
            Verdict verdict = VerdictResolver.imposed(rule.verdict(), rule.category());
            imposed.put(rule.id(), verdict);
            findings.add(new Finding(rule.id(), rule.title(), rule.category(), rule.severity(), verdict,
                    conclusion.getTechnique(), conclusion.getPreference(), conclusion.getAgent(), conclusion.getOrgan(),
                    conclusion.getSchedule(), conclusion.getSummary(), conclusion.getDetail(), rule.sources(),
                    rule.evidence(), verified));
            if (conclusion.getScoreName() != null) {
                scores.add(new Score(conclusion.getScoreName(), conclusion.getScoreValue(),
                        conclusion.getExpectedOutcome(), conclusion.getFactors(), rule.id(), rule.sources(), verified));
            }
            missing.addAll(conclusion.getMissing());
        }
        VerdictResolver.Resolution resolution = VerdictResolver.resolve(imposed);
        if (resolution.ruleIds().equals(List.of(VerdictResolver.DEFAULT_RULE_ID))) {
            findings.add(defaultFinding());
        }
        findings.sort(FINDING_ORDER);
        scores.sort(Comparator.comparing(Score::name));

        ReirradiationType type = conclusions.stream().map(Conclusion::getReirradiationType).filter(Objects::nonNull)
                .findFirst().orElse(ReirradiationType.UNDETERMINED);
        return new Assessment(
                assessedCase.caseId(),
                assessedCase.site(),
                assessedCase.assessmentDate(),
                new KnowledgeBaseSummary(knowledgeBase.name(), knowledgeBase.version(), knowledgeBase.digest(),
                        knowledgeBase.rules().size(), knowledgeBase.parameters().overrides()),
                resolution.verdict(),
                resolution.ruleIds(),
                type,
                new IntervalSummary(Rounding.oneDecimal(intervals.priorRtToRecurrenceMonths()),
                        Rounding.oneDecimal(intervals.betweenCoursesMonths())),
                List.copyOf(scores),
                doses.stream().map(d -> doseEntry(d, findings, knowledgeBase, assessedCase)).toList(),
                List.copyOf(findings),
                List.copyOf(missing),
                DISCLAIMER);
    }

    /** A finding is verified only when its rule is and none of the rule's parameters was overridden. */
    private static boolean verified(RuleInfo rule, KnowledgeBase knowledgeBase) {
        return rule.verified() && rule.parameters().stream().noneMatch(knowledgeBase.parameters()::isOverridden);
    }

    private static Finding defaultFinding() {
        return new Finding(VerdictResolver.DEFAULT_RULE_ID,
                "No rule imposes a verdict: conditional by default", Category.ELIGIBILITY, Severity.CAUTION,
                Verdict.CONDITIONAL, null, null, null, null, null,
                "The knowledge base holds no positive support for this plan; the verdict is CONDITIONAL by default.",
                "No rule of the knowledge base imposed a verdict on this case. Conditional is the resolver's default "
                        + "(a knowledge-base convention), not a recommendation: the tumour board decides.",
                List.of("KB-CONVENTION"), Evidence.CONS, false);
    }

    /**
     * The rule named by a dose entry: the dose check that fired on that organ (a site rule before a
     * common one), else the rule whose parameters hold a limit for that organ and metric.
     */
    private static CumulativeDoseEntry doseEntry(CumulativeDose dose, List<Finding> findings,
            KnowledgeBase knowledgeBase, ReirradiationCase assessedCase) {
        String limitPrefix = ".limit." + dose.organ() + "." + dose.metric() + ".";
        KnowledgeArea site = KnowledgeArea.of(assessedCase.site());
        // Where no check fired (the repeat types), an exceeded dose names a warning rule, not the "within" one.
        Comparator<RuleInfo> siteFirst = Comparator.comparing((RuleInfo r) -> r.area() != site)
                .thenComparing(r -> dose.status() == DoseStatus.EXCEEDS && r.severity() == Severity.INFO)
                .thenComparing(RuleInfo::id, RuleIdOrder.NATURAL);
        Stream<RuleInfo> checking = knowledgeBase.rulesNamingParameter(limitPrefix).stream()
                .filter(r -> r.area() == site || r.area() == KnowledgeArea.COMMON);
        List<RuleInfo> candidates = checking.sorted(siteFirst).toList();
        Optional<RuleInfo> fired = candidates.stream()
                .filter(r -> findings.stream().anyMatch(f -> f.ruleId().equals(r.id()) && f.organ() == dose.organ()))
                .findFirst();
        RuleInfo rule = fired.orElse(candidates.isEmpty() ? null : candidates.get(0));
        return new CumulativeDoseEntry(dose.organ(), dose.metric(), dose.alphaBetaGy(),
                Rounding.oneDecimal(dose.priorEqd2Gy()), Rounding.oneDecimal(dose.plannedEqd2Gy()),
                Rounding.oneDecimal(dose.cumulativeEqd2Gy()), dose.recoveryFactor(),
                Rounding.oneDecimal(dose.cumulativeEqd2WithRecoveryGy()), dose.limitEqd2Gy(), dose.status(),
                rule == null ? null : rule.id(), rule == null ? List.of() : rule.sources());
    }

    private static <T> Stream<T> ofType(Collection<?> objects, Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast);
    }
}
