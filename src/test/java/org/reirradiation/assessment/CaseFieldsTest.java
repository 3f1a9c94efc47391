package org.reirradiation.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reirradiation.model.CaseReader;
import org.reirradiation.model.ReirradiationCase;

class CaseFieldsTest {

    private final CaseReader reader = new CaseReader();

    @Test
    void listItemsAreCheckedOneByOneAndAnEmptyListIsReportedItself() {
        ReirradiationCase c = read("""
                {"site":"BRAIN","priorCourses":[{"totalDoseGy":60,"endDate":"2020-01-01"},{"totalDoseGy":30}]}""");
        assertThat(CaseFields.absent(c, "priorCourses[].endDate", "organDoses[].organ", "organDoses[].metric").paths())
                .containsExactly("priorCourses[1].endDate", "organDoses");
    }

    @Test
    void alternativesAreAbsentOnlyWhenAllAre() {
        assertThat(CaseFields.absent(read("{\"site\":\"BRAIN\",\"patient\":{\"kps\":70}}"), "patient.ecog|patient.kps")
                .any()).isFalse();
        assertThat(CaseFields.absent(read("{\"site\":\"BRAIN\"}"), "patient.ecog|patient.kps").paths())
                .containsExactly("patient.ecog|patient.kps");
    }

    @Test
    void unknownCountsAsAbsentAndAnEmptyPathRequiresNothing() {
        ReirradiationCase c = read("{\"site\":\"RECTUM\",\"recurrence\":{\"resectable\":\"UNKNOWN\",\"imaging\":[]}}");
        assertThat(CaseFields.absent(c, "recurrence.resectable", "recurrence.imaging", "").paths())
                .containsExactly("recurrence.resectable", "recurrence.imaging");
    }

    private ReirradiationCase read(String json) {
        return reader.read(json).normalised();
    }
}
