package org.reirradiation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class CaseReaderTest {

    /** The example case of DESIGN.md section 3. */
    static final String EXAMPLE = """
            {
              "caseId": "optional, echoed back",
              "assessmentDate": "2025-03-20",
              "site": "HEAD_AND_NECK",
              "patient": {
                "ageYears": 62, "ecog": 1, "kps": 80, "estimatedSurvivalMonths": 24,
                "feedingTubeDependent": false, "tracheostomyDependent": false,
                "fitForSurgery": false, "declinesSurgery": false, "wantsOrganPreservation": false,
                "chemotherapyContraindicated": false
              },
              "priorCourses": [{
                "startDate": "2021-01-04", "endDate": "2021-02-19", "intent": "CURATIVE",
                "technique": "IMRT", "totalDoseGy": 70, "fractions": 35, "fractionsPerDay": 1,
                "postoperative": false, "brachytherapyBoost": false, "concurrentSystemic": ["CISPLATIN"]
              }],
              "priorToxicities": [{ "organ": "SKIN", "description": "fibrosis",
                                    "ctcaeGrade": 2, "late": true, "inField": true }],
              "recurrence": {
                "diagnosisDate": "2025-03-01", "histologyConfirmed": true, "biopsyFeasible": true,
                "histology": "SQUAMOUS_CELL_CARCINOMA", "subsite": "OROPHARYNX",
                "overlapWithPriorVolume": "YES", "sameOrgan": true, "maxDiameterCm": 2.5, "volumeCc": 18,
                "rStage": "rT2", "nodalRecurrence": false, "resectable": "NO", "expectedMargin": "R0",
                "distantMetastases": "NO", "symptomatic": false, "imagingEquivocal": false,
                "carotidEncasementDegrees": 90, "ulceration": false, "skinInvasion": false,
                "imaging": ["MRI", "FDG_PET_CT"]
              },
              "organDoses": [{
                "organ": "SPINAL_CORD", "metric": "DMAX", "alphaBetaGy": 2,
                "priorDoses": [{ "doseGy": 48, "fractions": 35 }],
                "plannedDose": { "doseGy": 12, "fractions": 30 }
              }],
              "plan": {
                "intent": "CURATIVE", "technique": "IMRT", "totalDoseGy": 60, "fractions": 50,
                "fractionsPerDay": 2, "schedule": "BID", "startDate": "2025-04-01",
                "systemicTherapy": [{ "agent": "CETUXIMAB", "timing": "CONCURRENT", "weeksFromRadiotherapy": 0 }],
                "hyperthermia": false, "iort": false, "wholeBrain": false, "salvageSurgery": "NONE"
              },
              "context": {
                "mdtReviewed": true, "priorPlanAvailable": true, "centreReRtExperience": true,
                "doseAccumulationMethod": "DEFORMABLE", "protonAvailable": false, "carbonIonAvailable": false,
                "hyperthermiaAvailable": false, "brachytherapyExpertise": false, "iortAvailable": false
              }
            }
            """;

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 20);

    private final CaseReader reader = new CaseReader(Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC));

    @Test
    void readsTheExampleCase() {
        ReirradiationCase c = reader.read(EXAMPLE);

        assertThat(c.site()).isEqualTo(Site.HEAD_AND_NECK);
        assertThat(c.assessmentDate()).isEqualTo(TODAY);
        assertThat(c.patient().ecog()).isEqualTo(1);
        assertThat(c.priorCourses().get(0).endDate()).isEqualTo(LocalDate.of(2021, 2, 19));
        assertThat(c.priorCourses().get(0).concurrentSystemic()).containsExactly(Agent.CISPLATIN);
        assertThat(c.recurrence().rStage()).isEqualTo("rT2");
        assertThat(c.recurrence().imaging()).containsExactly(Imaging.MRI, Imaging.FDG_PET_CT);
        assertThat(c.organDoses().get(0).plannedDose()).isEqualTo(new Dose(12.0, 30));
        assertThat(c.plan().systemicTherapy().get(0).agent()).isEqualTo(Agent.CETUXIMAB);
        assertThat(c.context().doseAccumulationMethod()).isEqualTo(DoseAccumulationMethod.DEFORMABLE);
    }

    @Test
    void theExampleCaseRoundTrips() {
        ReirradiationCase c = reader.read(EXAMPLE);

        byte[] written = Json.mapper().writeValueAsBytes(c);

        assertThat(reader.read(written)).isEqualTo(c);
    }

    @Test
    void anAlmostEmptyCaseIsValid() {
        assertThat(reader.read("{\"site\":\"BRAIN\"}"))
                .isEqualTo(new ReirradiationCase(null, null, Site.BRAIN, null, null, null, null, null, null, null));
    }

    @Test
    void nullMeansAbsent() {
        ReirradiationCase c = reader.read("{\"site\":\"BRAIN\",\"caseId\":null,\"patient\":{\"ecog\":null}}");

        assertThat(c.caseId()).isNull();
        assertThat(c.patient().ecog()).isNull();
    }

    @Test
    void aMissingSiteIsRejected() {
        assertThat(errors("{\"caseId\":\"x\"}")).containsExactly(new FieldError("site", "is required"));
        assertThat(errors("{\"site\":null}")).containsExactly(new FieldError("site", "is required"));
    }

    @Test
    void unknownFieldsAreNamedByPathAtEveryDepth() {
        List<FieldError> errors = errors("{\"site\":\"BRAIN\",\"foo\":1,\"patient\":{\"foo\":{\"deep\":[1]}},"
                + "\"priorCourses\":[{},{\"bar\":true}],\"organDoses\":[{\"plannedDose\":{\"unit\":\"Gy\"}}]}");

        assertThat(errors).containsExactly(
                new FieldError("foo", "unknown field"),
                new FieldError("organDoses[0].plannedDose.unit", "unknown field"),
                new FieldError("patient.foo", "unknown field"),
                new FieldError("priorCourses[1].bar", "unknown field"));
    }

    @Test
    void aFractionalFractionCountIsRejected() {
        assertThat(errors("{\"site\":\"BRAIN\",\"priorCourses\":[{\"fractions\":2.5}]}"))
                .containsExactly(new FieldError("priorCourses[0].fractions", "must be a whole number"));
    }

    @Test
    void aWholeNumberWrittenWithADecimalPointIsAccepted() {
        assertThat(reader.read("{\"site\":\"BRAIN\",\"priorCourses\":[{\"fractions\":35.0}]}")
                .priorCourses().get(0).fractions()).isEqualTo(35);
    }

    @Test
    void anIntegerTooLargeForItsFieldIsRejected() {
        assertThat(errors("{\"site\":\"BRAIN\",\"plan\":{\"fractions\":12345678901234567890}}"))
                .containsExactly(new FieldError("plan.fractions", "is too large"));
    }

    @Test
    void scalarsOfTheWrongJsonTypeAreRejected() {
        List<FieldError> errors = errors("{\"site\":\"BRAIN\",\"caseId\":12,\"patient\":{\"ecog\":\"1\","
                + "\"estimatedSurvivalMonths\":\"12\",\"fitForSurgery\":\"true\",\"declinesSurgery\":0}}");

        assertThat(errors).containsExactly(
                new FieldError("caseId", "must be a string"),
                new FieldError("patient.declinesSurgery", "must be true or false"),
                new FieldError("patient.ecog", "must be a whole number"),
                new FieldError("patient.estimatedSurvivalMonths", "must be a number"),
                new FieldError("patient.fitForSurgery", "must be true or false"));
    }

    @Test
    void objectsAndListsOfTheWrongJsonTypeAreRejected() {
        List<FieldError> errors = errors("{\"site\":\"BRAIN\",\"patient\":[],\"priorCourses\":{},"
                + "\"priorToxicities\":[1,null],\"recurrence\":{\"imaging\":\"MRI\"}}");

        assertThat(errors).containsExactly(
                new FieldError("patient", "must be an object"),
                new FieldError("priorCourses", "must be an array"),
                new FieldError("priorToxicities[0]", "must be an object"),
                new FieldError("priorToxicities[1]", "must not be null"),
                new FieldError("recurrence.imaging", "must be an array"));
    }

    @Test
    void anUnknownEnumValueIsRejectedWithTheAllowedValues() {
        assertThat(errors("{\"site\":\"BRAIN\",\"plan\":{\"technique\":\"GAMMA_KNIFE\"}}"))
                .containsExactly(new FieldError("plan.technique",
                        "must be one of THREE_D_CRT, IMRT, SBRT, PROTON, CARBON_ION, BRACHYTHERAPY, IORT"));
    }

    @Test
    void enumValuesAreCaseSensitive() {
        assertThat(errors("{\"site\":\"brain\",\"recurrence\":{\"imaging\":[\"MRI\",\"pet\"]}}"))
                .extracting(FieldError::field).containsExactly("recurrence.imaging[1]", "site");
    }

    @Test
    void badDatesAreRejected() {
        assertThat(errors("{\"site\":\"BRAIN\",\"assessmentDate\":\"2025-02-30\","
                + "\"priorCourses\":[{\"startDate\":\"04/01/2021\",\"endDate\":20210219}]}"))
                .extracting(FieldError::field)
                .containsExactly("assessmentDate", "priorCourses[0].endDate", "priorCourses[0].startDate");
    }

    @Test
    void everyStructuralErrorInADocumentIsReported() {
        InvalidCaseException e = catchThrowableOfType(InvalidCaseException.class,
                () -> reader.read("{\"site\":\"LUNG\",\"patient\":{\"kps\":80.5,\"foo\":1},"
                        + "\"priorCourses\":[{\"fractions\":2.5,\"technique\":\"GAMMA_KNIFE\"}]}"));

        assertThat(e.errors()).extracting(FieldError::field).containsExactly("patient.foo", "patient.kps",
                "priorCourses[0].fractions", "priorCourses[0].technique", "site");
        assertThat(e.getMessage()).contains("patient.foo: unknown field", "site: must be one of");
    }

    @Test
    void structuralAndContentErrorsAreReportedTogether() {
        assertThat(errors("{\"site\":\"LUNG\",\"patient\":{\"kps\":150,\"ecog\":\"two\"},"
                + "\"plan\":{\"fractions\":2.5,\"totalDoseGy\":-5}}"))
                .extracting(FieldError::field)
                .containsExactly("patient.ecog", "patient.kps", "plan.fractions", "plan.totalDoseGy", "site");
    }

    @Test
    void everyContentErrorInADocumentIsReported() {
        assertThat(errors("{\"site\":\"BRAIN\",\"patient\":{\"ecog\":7,\"kps\":150},"
                + "\"priorCourses\":[{\"fractions\":0,\"totalDoseGy\":10000}]}"))
                .extracting(FieldError::field)
                .containsExactly("patient.ecog", "patient.kps", "priorCourses[0].fractions",
                        "priorCourses[0].totalDoseGy");
    }

    @Test
    void aFuturePlanStartIsAcceptedButAFutureDiagnosisIsNot() {
        assertThat(reader.read("{\"site\":\"BRAIN\",\"plan\":{\"startDate\":\"2025-04-01\"}}").plan().startDate())
                .isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(errors("{\"site\":\"BRAIN\",\"recurrence\":{\"diagnosisDate\":\"2025-03-21\"}}"))
                .containsExactly(new FieldError("recurrence.diagnosisDate",
                        "must not be after the assessment date 2025-03-20"));
    }

    @Test
    void aListOf51ItemsIsRejected() {
        String items = String.join(",", Collections.nCopies(51, "{\"agent\":\"OTHER\"}"));

        assertThat(errors("{\"site\":\"BRAIN\",\"plan\":{\"systemicTherapy\":[" + items + "]}}"))
                .containsExactly(new FieldError("plan.systemicTherapy", "must have at most 50 items"));
    }

    @Test
    void brokenJsonIsReportedAtTheRootWithItsLocation() {
        List<FieldError> errors = errors("{\"site\":\"BRAIN\",\n\"patient\": {\"ecog\": 1,}}");

        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).field()).isEqualTo("$");
        assertThat(errors.get(0).message()).startsWith("is not valid JSON").contains("line 2");
    }

    @Test
    void documentsThatAreNotOneObjectAreRejectedAtTheRoot() {
        for (String json : List.of("", "null", "[]", "\"BRAIN\"", "{\"site\":\"BRAIN\"} {}",
                "{\"site\":\"BRAIN\",\"site\":\"BREAST\"}")) {
            assertThat(errors(json)).as(json).extracting(FieldError::field).containsExactly("$");
        }
    }

    @Test
    void deeplyNestedInputDoesNotOverflowTheStack() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);

        assertThat(errors(deep)).extracting(FieldError::field).containsExactly("$");
        assertThat(errors("{\"site\":\"BRAIN\",\"foo\":" + "[".repeat(400) + "]".repeat(400) + "}"))
                .containsExactly(new FieldError("foo", "unknown field"));
    }

    @Test
    void readsBytesAsUtf8() {
        assertThat(reader.read("{\"site\":\"BRAIN\",\"caseId\":\"Müller\"}".getBytes(StandardCharsets.UTF_8))
                .caseId()).isEqualTo("Müller");
    }

    @Test
    void errorsAreOrderedAndImmutable() {
        InvalidCaseException e = catchThrowableOfType(InvalidCaseException.class,
                () -> reader.read("{\"zeta\":1,\"alpha\":2,\"site\":\"BRAIN\"}"));

        assertThat(e.errors()).extracting(FieldError::field).containsExactly("alpha", "zeta");
        assertThatThrownBy(() -> e.errors().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    private List<FieldError> errors(String json) {
        return catchThrowableOfType(InvalidCaseException.class, () -> reader.read(json)).errors();
    }
}
