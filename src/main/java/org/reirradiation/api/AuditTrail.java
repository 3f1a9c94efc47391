package org.reirradiation.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.reirradiation.knowledge.KnowledgeBase;
import org.reirradiation.knowledge.RuleIdOrder;
import org.reirradiation.model.Assessment;
import org.reirradiation.model.Finding;
import org.reirradiation.model.Json;
import org.reirradiation.model.KnowledgeBaseSummary;
import org.reirradiation.model.Score;
import org.reirradiation.model.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit trail: one JSON line per assessment and per reload on the logger
 * {@value #LOGGER}, so that a physicist can reconstruct which knowledge base, which local values and
 * which rules produced a recommendation. It records what the service did, never what the case said:
 * no dates, no free text, no clinical values, and the case id only when {@code kb.audit.include-case-id}
 * is set (a case id may identify a patient in the caller's system).
 */
final class AuditTrail {

    static final String LOGGER = "org.reirradiation.audit";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    private final boolean includeCaseId;

    AuditTrail(boolean includeCaseId) {
        this.includeCaseId = includeCaseId;
    }

    record KnowledgeBaseIdentity(String name, String version, String digest) {
    }

    record OverrideInForce(String key, String value) {
    }

    record AssessmentEntry(String event, String requestId, Instant time, KnowledgeBaseIdentity knowledgeBase,
            List<OverrideInForce> parameterOverrides, Verdict verdict, List<String> verdictRuleIds,
            List<String> firedRuleIds, long durationMs, @JsonInclude(JsonInclude.Include.NON_NULL) String caseId) {
    }

    record ReloadEntry(String event, @JsonInclude(JsonInclude.Include.NON_NULL) String requestId, Instant time,
            String by, String origin, String previousDigest, String digest, int problemCount) {
    }

    /** @param started when the request started; @param nanos how long it took, parsing included */
    void assessed(String requestId, Instant started, Assessment assessment, long nanos) {
        KnowledgeBaseSummary kb = assessment.knowledgeBase();
        List<OverrideInForce> overrides = kb.parameterOverrides().stream()
                .map(o -> new OverrideInForce(o.key(), o.value())).toList();
        write(new AssessmentEntry("assessment", requestId, started,
                new KnowledgeBaseIdentity(kb.name(), kb.version(), kb.digest()), overrides, assessment.verdict(),
                assessment.verdictRuleIds(), firedRuleIds(assessment), TimeUnit.NANOSECONDS.toMillis(nanos),
                includeCaseId ? assessment.caseId() : null));
    }

    /** A knowledge base put in force; {@code requestId} is null when no request asked for it. */
    void reloaded(String requestId, Instant time, String by, String origin, KnowledgeBase previous,
            KnowledgeBase next) {
        write(new ReloadEntry("reload", requestId, time, by, origin, previous.digest(), next.digest(), 0));
    }

    /** A reload refused because the rules do not load; the knowledge base in force stays. */
    void reloadRefused(String requestId, Instant time, String by, String origin, KnowledgeBase kept,
            int problemCount) {
        write(new ReloadEntry("reload-refused", requestId, time, by, origin, kept.digest(), kept.digest(),
                problemCount));
    }

    /** Every rule that contributed a statement, a score or the verdict, in natural id order. */
    static List<String> firedRuleIds(Assessment assessment) {
        TreeSet<String> ids = new TreeSet<>(RuleIdOrder.NATURAL);
        Stream.of(assessment.findings().stream().map(Finding::ruleId),
                assessment.scores().stream().map(Score::ruleId), assessment.verdictRuleIds().stream())
                .flatMap(s -> s).filter(Objects::nonNull).forEach(ids::add);
        return List.copyOf(ids);
    }

    private static void write(Object entry) {
        if (LOG.isInfoEnabled()) {
            LOG.info(Json.mapper().writeValueAsString(entry));
        }
    }
}
