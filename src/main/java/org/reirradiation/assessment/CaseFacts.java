package org.reirradiation.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.reirradiation.knowledge.KnowledgeArea;
import org.reirradiation.knowledge.KnowledgeBase;
import org.reirradiation.knowledge.Parameter;
import org.reirradiation.knowledge.Parameters;
import org.reirradiation.model.Dose;
import org.reirradiation.model.DoseStatus;
import org.reirradiation.model.Organ;
import org.reirradiation.model.OrganDose;
import org.reirradiation.model.Plan;
import org.reirradiation.model.PriorCourse;
import org.reirradiation.model.ReirradiationCase;
import org.reirradiation.model.Technique;

/**
 * The public fact builder: everything the rules match for one case. The case and each of its parts
 * (patient, recurrence, plan, context, prior courses, toxicities, systemic agents), the derived
 * arithmetic ({@link Intervals}, {@link PlannedCourse}, one {@link CumulativeDose} per organ dose),
 * and every parameter with a value that the common rules or the case's site's rules name. An application that runs the rules through the Kie API
 * inserts exactly these facts.
 */
public final class CaseFacts {

    private CaseFacts() {
    }

    /**
     * @param assessedCase a validated case whose assessment date is set (see {@link ReirradiationAssessor})
     */
    public static List<Object> of(ReirradiationCase assessedCase, KnowledgeBase knowledgeBase) {
        List<Object> facts = withoutParameters(assessedCase, knowledgeBase);
        facts.addAll(knowledgeBase.parameterFacts(assessedCase.site()));
        return facts;
    }

    /** The same facts without the parameters, as {@link KnowledgeBase#evaluate} takes them. */
    static List<Object> withoutParameters(ReirradiationCase assessedCase, KnowledgeBase knowledgeBase) {
        if (assessedCase.assessmentDate() == null) {
            throw new IllegalArgumentException("set the assessment date: intervals are measured to it");
        }
        ReirradiationCase c = assessedCase.normalised();
        Parameters parameters = knowledgeBase.parameters();
        Intervals intervals = intervals(c);
        List<Object> facts = new ArrayList<>();
        facts.add(c);
        facts.add(c.patient());
        facts.add(c.recurrence());
        facts.add(c.plan());
        facts.add(c.context());
        facts.addAll(c.priorCourses());
        facts.addAll(c.priorToxicities());
        facts.addAll(c.plan().systemicTherapy());
        facts.add(intervals);
        facts.add(plannedCourse(c.plan(), parameters));
        for (int i = 0; i < c.organDoses().size(); i++) {
            facts.add(cumulativeDose(i, c, intervals, parameters, KnowledgeArea.of(c.site())));
        }
        return facts;
    }

    static Intervals intervals(ReirradiationCase c) {
        Optional<LocalDate> priorEnd = c.priorCourses().stream().map(PriorCourse::endDate).filter(Objects::nonNull)
                .max(Comparator.naturalOrder());
        LocalDate diagnosis = c.recurrence().diagnosisDate();
        LocalDate nextStart = c.plan().startDate() != null ? c.plan().startDate() : c.assessmentDate();
        return new Intervals(
                priorEnd.isPresent() && diagnosis != null ? Durations.months(priorEnd.get(), diagnosis) : null,
                priorEnd.isPresent() && nextStart != null ? Durations.months(priorEnd.get(), nextStart) : null,
                priorEnd.isPresent() && diagnosis != null ? Durations.weeks(priorEnd.get(), diagnosis) : null);
    }

    private static PlannedCourse plannedCourse(Plan plan, Parameters parameters) {
        if (plan.totalDoseGy() == null || plan.fractions() == null) {
            return new PlannedCourse(null, null);
        }
        Double alphaBeta = parameters.value("common.alphaBeta.TUMOUR");
        return new PlannedCourse(plan.totalDoseGy() / plan.fractions(),
                alphaBeta == null ? null : Radiobiology.eqd2(plan.totalDoseGy(), plan.fractions(), alphaBeta));
    }

    private static CumulativeDose cumulativeDose(int index, ReirradiationCase c, Intervals intervals,
            Parameters parameters, KnowledgeArea area) {
        OrganDose dose = c.organDoses().get(index);
        double alphaBeta = dose.alphaBetaGy() != null ? dose.alphaBetaGy()
                : Optional.ofNullable(parameters.value("common.alphaBeta." + dose.organ())).orElse(3.0);
        List<Dose> prior = dose.priorDoses() == null ? List.of() : dose.priorDoses();
        boolean priorKnown = !prior.isEmpty() && prior.stream().allMatch(CaseFacts::complete);
        Double priorEqd2 = priorKnown ? prior.stream().mapToDouble(d -> eqd2(d, alphaBeta)).sum() : null;
        Double maxCourse = priorKnown ? prior.stream().mapToDouble(d -> eqd2(d, alphaBeta)).max().orElse(0) : null;
        Dose planned = dose.plannedDose();
        Double plannedEqd2 = complete(planned) ? eqd2(planned, alphaBeta) : null;
        Double cumulative = priorEqd2 != null && plannedEqd2 != null ? priorEqd2 + plannedEqd2 : null;
        boolean both = priorEqd2 != null && priorEqd2 > 0 && plannedEqd2 != null && plannedEqd2 > 0;

        double recovery = dose.organ() == Organ.SPINAL_CORD ? recoveryFactor(intervals, parameters) : 0;
        Double withRecovery = recovery > 0 && cumulative != null ? priorEqd2 * (1 - recovery) + plannedEqd2 : null;

        Parameter limit = limit(area, dose, c.plan().technique(), parameters);
        Double checked = withRecovery != null ? withRecovery : cumulative;
        DoseStatus status = limit == null || checked == null ? DoseStatus.NO_LIMIT
                : checked <= limit.value() ? DoseStatus.WITHIN : DoseStatus.EXCEEDS;
        return new CumulativeDose(index, dose.organ(), dose.metric(), alphaBeta, priorEqd2, maxCourse, plannedEqd2,
                planned == null ? null : planned.doseGy(), planned == null ? null : planned.fractions(), cumulative,
                both, recovery, withRecovery, limit == null ? null : limit.key(),
                limit == null ? null : limit.value(), status);
    }

    private static boolean complete(Dose dose) {
        // A planned 0 Gy needs no fraction count: its EQD2 is 0 whatever the fractionation.
        return dose != null && dose.doseGy() != null && (dose.fractions() != null || dose.doseGy() == 0);
    }

    private static double eqd2(Dose dose, double alphaBeta) {
        return dose.doseGy() == 0 ? 0 : Radiobiology.eqd2(dose.doseGy(), dose.fractions(), alphaBeta);
    }

    /** Cord recovery is off unless a centre sets its factors (brief 0.5); the undiscounted dose is always shown. */
    private static double recoveryFactor(Intervals intervals, Parameters parameters) {
        Double months = intervals.betweenCoursesMonths();
        Double atSix = parameters.value("common.cordRecoveryAt6Months");
        Double atTwelve = parameters.value("common.cordRecoveryAt12Months");
        if (months == null) {
            return 0;
        }
        if (months >= 12 && atTwelve != null) {
            return atTwelve;
        }
        return months >= 6 && months < 12 && atSix != null ? atSix : 0;
    }

    /**
     * The first key with a value, in the order of DESIGN.md §4: the site's prefix before common, the
     * plan's technique class before "any"; without a planned technique only "any" applies.
     */
    static Parameter limit(KnowledgeArea area, OrganDose dose, Technique technique, Parameters parameters) {
        List<String> classes = technique == null ? List.of("any")
                : List.of(technique == Technique.SBRT ? "sbrt" : "conventional", "any");
        for (String prefix : List.of(area.parameterPrefix(), KnowledgeArea.COMMON.parameterPrefix())) {
            for (String techniqueClass : classes) {
                String key = prefix + ".limit." + dose.organ() + "." + dose.metric() + "." + techniqueClass;
                if (parameters.value(key) != null) {
                    return parameters.get(key);
                }
            }
        }
        return null;
    }
}
