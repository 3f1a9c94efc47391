package org.reirradiation.knowledge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;
import org.reirradiation.model.Agent;
import org.reirradiation.model.Organ;
import org.reirradiation.model.Preference;
import org.reirradiation.model.ReirradiationType;
import org.reirradiation.model.Schedule;
import org.reirradiation.model.ScheduleProposal;
import org.reirradiation.model.ScoreName;
import org.reirradiation.model.Technique;

/**
 * What a rule concludes about the case, inserted as a fact in its consequence:
 * {@code insert(Conclusion.by(kcontext).organ(Organ.CAROTID_ARTERY).summary("..."));}. The rule's
 * metadata (id, category, severity, verdict, sources, evidence) is not repeated here: the assembler
 * reads it from the catalogue by the rule id. Other rules may match conclusions, for example
 * {@code Conclusion(reirradiationType == ReirradiationType.TYPE_1)}.
 */
public final class Conclusion {

    private final String ruleId;
    private Technique technique;
    private Preference preference;
    private Agent agent;
    private Organ organ;
    private ScheduleProposal schedule;
    private String summary;
    private String detail;
    private ReirradiationType reirradiationType;
    private ScoreName scoreName;
    private String scoreValue;
    private String expectedOutcome;
    private List<String> factors = List.of();
    private List<String> missing = List.of();

    Conclusion(String ruleId) {
        this.ruleId = ruleId;
    }

    public static Conclusion by(RuleContext context) {
        Object id = context.getRule().getMetaData().get("id");
        if (id == null) {
            throw new IllegalStateException("rule '" + context.getRule().getName() + "' has no @id");
        }
        return new Conclusion(id.toString());
    }

    /** A number for a finding's text: at most two decimals, no trailing zeros. */
    public static String num(Number value) {
        if (value == null) {
            return "unknown";
        }
        return new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    public Conclusion technique(Technique value) {
        this.technique = value;
        return this;
    }

    public Conclusion preference(Preference value) {
        this.preference = value;
        return this;
    }

    public Conclusion agent(Agent value) {
        this.agent = value;
        return this;
    }

    public Conclusion organ(Organ value) {
        this.organ = value;
        return this;
    }

    public Conclusion schedule(Number totalDoseGy, Integer fractions, Integer fractionsPerDay, Schedule pattern,
            String description) {
        this.schedule = new ScheduleProposal(totalDoseGy == null ? null : totalDoseGy.doubleValue(), fractions,
                fractionsPerDay, pattern, description);
        return this;
    }

    public Conclusion summary(String value) {
        this.summary = value;
        return this;
    }

    public Conclusion detail(String value) {
        this.detail = value;
        return this;
    }

    public Conclusion reirradiationType(ReirradiationType value) {
        this.reirradiationType = value;
        return this;
    }

    public Conclusion score(ScoreName name, String value, String expectedOutcome, List<String> factors) {
        this.scoreName = name;
        this.scoreValue = value;
        this.expectedOutcome = expectedOutcome;
        this.factors = List.copyOf(factors);
        return this;
    }

    /** Inputs a gate required and found absent, as contract paths ({@code patient.ecog|patient.kps}). */
    public Conclusion missing(List<String> paths) {
        this.missing = List.copyOf(paths);
        return this;
    }

    public String getRuleId() {
        return ruleId;
    }

    public Technique getTechnique() {
        return technique;
    }

    public Preference getPreference() {
        return preference;
    }

    public Agent getAgent() {
        return agent;
    }

    public Organ getOrgan() {
        return organ;
    }

    public ScheduleProposal getSchedule() {
        return schedule;
    }

    public String getSummary() {
        return summary;
    }

    public String getDetail() {
        return detail;
    }

    public ReirradiationType getReirradiationType() {
        return reirradiationType;
    }

    /** True for the repeat types, for which the reirradiation dose warnings do not fire. */
    public boolean isRepeatIrradiation() {
        return reirradiationType == ReirradiationType.REPEAT_ORGAN_IRRADIATION
                || reirradiationType == ReirradiationType.REPEAT_IRRADIATION;
    }

    public ScoreName getScoreName() {
        return scoreName;
    }

    public String getScoreValue() {
        return scoreValue;
    }

    public String getExpectedOutcome() {
        return expectedOutcome;
    }

    public List<String> getFactors() {
        return factors;
    }

    public List<String> getMissing() {
        return missing;
    }
}
