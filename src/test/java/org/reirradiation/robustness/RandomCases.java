package org.reirradiation.robustness;

import java.time.LocalDate;
import java.util.Random;
import org.reirradiation.model.Agent;
import org.reirradiation.model.Histology;
import org.reirradiation.model.Imaging;
import org.reirradiation.model.Intent;
import org.reirradiation.model.Metric;
import org.reirradiation.model.Organ;
import org.reirradiation.model.Schedule;
import org.reirradiation.model.Site;
import org.reirradiation.model.Subsite;
import org.reirradiation.model.Technique;
import org.reirradiation.model.Timing;
import org.reirradiation.model.TriState;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random cases from a seed, mostly plausible and sometimes broken (out-of-range numbers, absent
 * parts, a fraction count of 2.5, an unknown field, an unknown enum value), so that one seed
 * reproduces one case exactly. Public for the HTTP-level properties of the service (package api).
 */
public final class RandomCases {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final LocalDate ASSESSED = LocalDate.of(2025, 6, 2);

    private final Random random;

    public RandomCases(long seed) {
        this.random = new Random(seed);
    }

    public ObjectNode next(boolean allowBroken) {
        ObjectNode c = JSON.objectNode();
        c.put("caseId", "random-" + random.nextInt(1000));
        c.put("assessmentDate", ASSESSED.toString());
        c.put("site", pick(Site.values()).name());
        if (chance(0.9)) {
            ObjectNode patient = c.putObject("patient");
            maybe(() -> patient.put("ecog", random.nextInt(5)));
            maybe(() -> patient.put("kps", 10 * random.nextInt(11)));
            maybe(() -> patient.put("ageYears", 20 + random.nextInt(70)));
            maybe(() -> patient.put("estimatedSurvivalMonths", random.nextInt(60) / 2.0));
            maybe(() -> patient.put("feedingTubeDependent", random.nextBoolean()));
            maybe(() -> patient.put("fitForSurgery", random.nextBoolean()));
        }
        LocalDate priorEnd = ASSESSED.minusDays(60 + random.nextInt(3000));
        if (chance(0.9)) {
            ArrayNode courses = c.putArray("priorCourses");
            int n = 1 + random.nextInt(2);
            for (int i = 0; i < n; i++) {
                ObjectNode course = courses.addObject();
                LocalDate end = priorEnd.minusDays(400L * i);
                maybe(() -> course.put("startDate", end.minusDays(45).toString()));
                maybe(() -> course.put("endDate", end.toString()));
                maybe(() -> course.put("technique", pick(Technique.values()).name()));
                maybe(() -> course.put("totalDoseGy", 20 + random.nextInt(55)));
                maybe(() -> course.put("fractions", 5 + random.nextInt(35)));
            }
        }
        ObjectNode recurrence = c.putObject("recurrence");
        maybe(() -> recurrence.put("diagnosisDate", priorEnd.plusDays(1 + random.nextInt(50)).toString()));
        maybe(() -> recurrence.put("histologyConfirmed", random.nextBoolean()));
        maybe(() -> recurrence.put("biopsyFeasible", random.nextBoolean()));
        maybe(() -> recurrence.put("histology", pick(Histology.values()).name()));
        maybe(() -> recurrence.put("subsite", pick(Subsite.values()).name()));
        maybe(() -> recurrence.put("overlapWithPriorVolume", pick(TriState.values()).name()));
        maybe(() -> recurrence.put("sameOrgan", random.nextBoolean()));
        maybe(() -> recurrence.put("resectable", pick(TriState.values()).name()));
        maybe(() -> recurrence.put("distantMetastases", pick(TriState.values()).name()));
        maybe(() -> recurrence.put("volumeCc", random.nextInt(120)));
        maybe(() -> recurrence.put("maxDiameterCm", random.nextInt(100) / 10.0));
        maybe(() -> recurrence.put("rStage", "rT" + (1 + random.nextInt(4))));
        maybe(() -> recurrence.put("symptomatic", random.nextBoolean()));
        maybe(() -> recurrence.put("carotidEncasementDegrees", random.nextInt(361)));
        maybe(() -> recurrence.put("whoGrade", 1 + random.nextInt(4)));
        maybe(() -> recurrence.put("firstRecurrence", random.nextBoolean()));
        maybe(() -> recurrence.putArray("imaging").add(pick(Imaging.values()).name()));
        if (chance(0.7)) {
            ArrayNode doses = c.putArray("organDoses");
            int n = random.nextInt(4);
            for (int i = 0; i < n; i++) {
                ObjectNode dose = doses.addObject();
                dose.put("organ", pick(Organ.values()).name());
                dose.put("metric", pick(Metric.values()).name());
                maybe(() -> dose.putArray("priorDoses").addObject().put("doseGy", random.nextInt(80))
                        .put("fractions", 1 + random.nextInt(35)));
                maybe(() -> dose.putObject("plannedDose").put("doseGy", random.nextInt(60))
                        .put("fractions", 1 + random.nextInt(35)));
            }
        }
        ObjectNode plan = c.putObject("plan");
        maybe(() -> plan.put("intent", pick(Intent.values()).name()));
        maybe(() -> plan.put("technique", pick(Technique.values()).name()));
        maybe(() -> plan.put("totalDoseGy", 10 + random.nextInt(60)));
        maybe(() -> plan.put("fractions", 1 + random.nextInt(54)));
        maybe(() -> plan.put("schedule", pick(Schedule.values()).name()));
        maybe(() -> plan.put("startDate", ASSESSED.plusDays(random.nextInt(60) - 20).toString()));
        if (chance(0.5)) {
            ObjectNode therapy = plan.putArray("systemicTherapy").addObject();
            therapy.put("agent", pick(Agent.values()).name());
            therapy.put("timing", pick(Timing.values()).name());
            maybe(() -> therapy.put("weeksFromRadiotherapy", random.nextInt(10)));
        }
        ObjectNode context = c.putObject("context");
        maybe(() -> context.put("mdtReviewed", random.nextBoolean()));
        maybe(() -> context.put("priorPlanAvailable", random.nextBoolean()));
        maybe(() -> context.put("centreReRtExperience", random.nextBoolean()));
        if (allowBroken && chance(0.3)) {
            breakOneThing(c);
        }
        return c;
    }

    private void breakOneThing(ObjectNode c) {
        switch (random.nextInt(6)) {
            case 0 -> c.withObject("patient").put("kps", 150);
            case 1 -> c.withObject("plan").put("fractions", 2.5);
            case 2 -> c.withObject("recurrence").put("unexpected", true);
            case 3 -> c.withObject("plan").put("technique", "GAMMA_RAYS");
            case 4 -> c.withObject("plan").put("totalDoseGy", -5);
            default -> c.withObject("patient").put("ecog", "two");
        }
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private void maybe(Runnable action) {
        if (chance(0.8)) {
            action.run();
        }
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
