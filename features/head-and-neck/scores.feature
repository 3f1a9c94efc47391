Feature: Head and neck prognostic scores: MIRI class and Tian factors
  The MIRI recursive-partitioning class (HN-05) uses the time between the two RT courses (split at
  24 months), salvage surgery and organ dysfunction; median overall survival by class I/II/III is
  44.9 / 15.9 / 7.9 months. Class III makes curative reirradiation unfavourable (HN-06). For recurrent
  nasopharyngeal carcinoma, Tian's six adverse factors are counted (HN-12a); the published risk tiers
  need point weights that are unverified, so a verdict from them needs a centre's cut-off (HN-12b).

  # HN-05 MIRI class

  Scenario: More than 2 years between courses after salvage surgery: MIRI class I
    Given a head and neck case
    And the case has plan.salvageSurgery = DONE
    When the case is assessed
    Then the score MIRI_RPA is "CLASS_I"
    And the score MIRI_RPA lists the factor "salvage surgery DONE"
    And the finding of rule "HN-05" mentions "median OS 44.9 months"

  Scenario: More than 2 years between courses with salvage surgery planned: MIRI class I
    Given a head and neck case
    And the case has plan.salvageSurgery = PLANNED
    When the case is assessed
    Then the score MIRI_RPA is "CLASS_I"

  Scenario: More than 2 years between courses, no surgery: MIRI class II
    Given a head and neck case
    And the case has plan.salvageSurgery = NONE
    When the case is assessed
    Then the score MIRI_RPA is "CLASS_II"
    And the score MIRI_RPA lists the factor "not resected"
    And the finding of rule "HN-05" mentions "15.9 months"

  Scenario: More than 2 years between courses, surgery status unknown: no MIRI class, the missing input is named
    Given a head and neck case
    When the case is assessed
    Then no MIRI_RPA score is given
    And rule "HN-05" fires
    And the finding of rule "HN-05" mentions "plan.salvageSurgery"

  Scenario: Exactly 2 years between courses with a feeding tube: MIRI class III
    Given a head and neck case
    And the recurrence was diagnosed 22 months after the end of the prior course
    And the reirradiation starts 24 months after the end of the prior course
    And the case has:
      | patient.feedingTubeDependent  | true  |
      | patient.tracheostomyDependent | false |
      | plan.salvageSurgery           | NONE  |
    When the case is assessed
    Then the score MIRI_RPA is "CLASS_III"
    And the score MIRI_RPA lists the factor "feeding-tube dependent"
    And the intervals are 22 months to recurrence and 24 months between courses

  Scenario: Just under 2 years between courses with a tracheostomy: MIRI class III
    Given a head and neck case
    And the recurrence was diagnosed 22 months after the end of the prior course
    And the reirradiation starts 23 months and 20 days after the end of the prior course
    And the case has patient.tracheostomyDependent = true
    When the case is assessed
    Then the score MIRI_RPA is "CLASS_III"
    And the score MIRI_RPA lists the factor "tracheostomy dependent"

  Scenario: Just over 2 years between courses: organ dysfunction no longer decides the class
    Given a head and neck case
    And the recurrence was diagnosed 22 months after the end of the prior course
    And the reirradiation starts 24 months and 10 days after the end of the prior course
    And the case has:
      | patient.feedingTubeDependent | true |
      | plan.salvageSurgery          | NONE |
    When the case is assessed
    Then the score MIRI_RPA is "CLASS_II"

  Scenario: Exactly 2 years between courses after salvage surgery is not class I
    Given a head and neck case
    And the recurrence was diagnosed 22 months after the end of the prior course
    And the reirradiation starts 24 months after the end of the prior course
    And the case has:
      | plan.salvageSurgery           | DONE  |
      | patient.feedingTubeDependent  | false |
      | patient.tracheostomyDependent | false |
    When the case is assessed
    Then the score MIRI_RPA is "CLASS_II"
    And the score MIRI_RPA lists the factor "no organ dysfunction"

  Scenario: Within 2 years, organ dysfunction unknown: no MIRI class, the missing inputs are named
    Given a head and neck case
    And the recurrence was diagnosed 10 months after the end of the prior course
    And the reirradiation starts 12 months after the end of the prior course
    And the case has patient.feedingTubeDependent = false
    When the case is assessed
    Then no MIRI_RPA score is given
    And the finding of rule "HN-05" mentions "patient.tracheostomyDependent"

  Scenario: Prior course end date unknown: no MIRI class
    Given a head and neck case
    And the case has priorCourses[0].endDate = absent
    When the case is assessed
    Then no MIRI_RPA score is given
    And the finding of rule "HN-05" mentions "priorCourses[0].endDate"
    And the verdict is INSUFFICIENT_INFORMATION

  Scenario: The MIRI class without a planned start date counts to the assessment date
    Given a head and neck case
    And the case has:
      | plan.salvageSurgery | NONE |
    When the case is assessed
    Then the intervals are 38.5 months to recurrence and 39.5 months between courses
    And the score MIRI_RPA is "CLASS_II"

  # HN-06 MIRI class III and curative intent

  Scenario: MIRI class III makes curative reirradiation unfavourable
    Given a head and neck case
    And the recurrence was diagnosed 14 months after the end of the prior course
    And the reirradiation starts 15 months after the end of the prior course
    And the case has patient.feedingTubeDependent = true
    When the case is assessed
    Then the findings include:
      | rule  | category    | severity | verdict      |
      | HN-06 | ELIGIBILITY | HIGH     | UNFAVOURABLE |
    And the verdict is UNFAVOURABLE
    And the verdict is imposed by "HN-06"
    And the finding of rule "HN-06" mentions "median OS about 8 months"

  Scenario: MIRI class III before palliative reirradiation: prognosis shown, no curative verdict
    Given a head and neck case
    And the case has plan.intent = PALLIATIVE
    And the recurrence was diagnosed 14 months after the end of the prior course
    And the reirradiation starts 15 months after the end of the prior course
    And the case has patient.feedingTubeDependent = true
    When the case is assessed
    Then the score MIRI_RPA is "CLASS_III"
    And rule "HN-06" does not fire

  Scenario: MIRI class II: no class III warning
    Given a head and neck case
    And the recurrence was diagnosed 14 months after the end of the prior course
    And the reirradiation starts 15 months after the end of the prior course
    And the case has:
      | patient.feedingTubeDependent  | false |
      | patient.tracheostomyDependent | false |
    When the case is assessed
    Then the score MIRI_RPA is "CLASS_II"
    And rule "HN-06" does not fire

  # HN-12a Tian factors (KPS <= 70, age > 50, late complication, rT3-rT4, nodal recurrence, GTV > 30 cm3)

  Scenario: Tian factor count for a nasopharyngeal recurrence with every input known
    Given a head and neck case
    And the case has:
      | recurrence.subsite             | NASOPHARYNX |
      | recurrence.rStage              | rT2         |
      | recurrence.nodalRecurrence     | false       |
      | recurrence.volumeCc            | 30          |
      | patient.kps                    | 80          |
      | patient.ageYears               | 50          |
      | priorToxicities[0].organ       | SKIN        |
      | priorToxicities[0].description | xerostomia  |
      | priorToxicities[0].ctcaeGrade  | 2           |
      | priorToxicities[0].late        | false       |
    When the case is assessed
    Then the score TIAN_NPC is "0"
    And the finding of rule "HN-12a" mentions "no tier"

  Scenario: Tian factors just above each threshold are all counted
    Given a head and neck case
    And the case has:
      | recurrence.subsite             | NASOPHARYNX |
      | recurrence.rStage              | rT3         |
      | recurrence.nodalRecurrence     | true        |
      | recurrence.volumeCc            | 30.5        |
      | patient.kps                    | 70          |
      | patient.ageYears               | 51          |
      | priorToxicities[0].organ       | TEMPORAL_LOBE |
      | priorToxicities[0].description | temporal lobe necrosis |
      | priorToxicities[0].ctcaeGrade  | 2           |
      | priorToxicities[0].late        | true        |
    When the case is assessed
    Then the score TIAN_NPC is "6"
    And the score TIAN_NPC lists the factor "KPS 70"
    And the score TIAN_NPC lists the factor "age 51"
    And the score TIAN_NPC lists the factor "GTV 30.5 cm3"
    And the score TIAN_NPC lists the factor "late complication"
    And the score TIAN_NPC lists the factor "rT3"
    And the score TIAN_NPC lists the factor "synchronous nodal recurrence"

  Scenario: Tian factors just below each threshold are not counted
    Given a head and neck case
    And the case has:
      | recurrence.subsite             | NASOPHARYNX |
      | recurrence.rStage              | rT2         |
      | recurrence.nodalRecurrence     | false       |
      | recurrence.volumeCc            | 29.5        |
      | patient.kps                    | 80          |
      | patient.ageYears               | 49          |
      | priorToxicities[0].organ       | SKIN        |
      | priorToxicities[0].ctcaeGrade  | 1           |
      | priorToxicities[0].late        | false       |
    When the case is assessed
    Then the score TIAN_NPC is "0"

  Scenario Outline: The Tian KPS factor counts KPS 70 and below
    Given a head and neck case
    And the case has:
      | recurrence.subsite             | NASOPHARYNX |
      | recurrence.rStage              | rT2         |
      | recurrence.nodalRecurrence     | false       |
      | recurrence.volumeCc            | 20          |
      | patient.ageYears               | 45          |
      | patient.kps                    | <kps>       |
      | priorToxicities[0].organ       | SKIN        |
      | priorToxicities[0].ctcaeGrade  | 1           |
      | priorToxicities[0].late        | false       |
    When the case is assessed
    Then the score TIAN_NPC is "<count>"

    Examples:
      | kps | count |
      | 69  | 1     |
      | 70  | 1     |
      | 71  | 0     |

  Scenario: Tumour volume unknown: no Tian count, the missing input is named
    Given a head and neck case
    And the case has:
      | recurrence.subsite             | NASOPHARYNX |
      | recurrence.rStage              | rT3         |
      | recurrence.nodalRecurrence     | false       |
      | priorToxicities[0].organ       | SKIN        |
      | priorToxicities[0].ctcaeGrade  | 1           |
      | priorToxicities[0].late        | true        |
    When the case is assessed
    Then no TIAN_NPC score is given
    And rule "HN-12a" fires
    And the finding of rule "HN-12a" mentions "recurrence.volumeCc"

  Scenario: No Tian factors outside the nasopharynx
    Given a head and neck case
    And the case has recurrence.subsite = OROPHARYNX
    When the case is assessed
    Then rule "HN-12a" does not fire
    And no TIAN_NPC score is given

  # HN-12b Tian high risk: needs a local cut-off

  Scenario: Without a centre's cut-off, many Tian factors do not change the verdict
    Given a head and neck case
    And the case has:
      | recurrence.subsite             | NASOPHARYNX |
      | recurrence.rStage              | rT4         |
      | recurrence.nodalRecurrence     | true        |
      | recurrence.volumeCc            | 45          |
      | patient.ageYears               | 62          |
    When the case is assessed
    Then rule "HN-12b" does not fire

  Scenario: A centre that sets a Tian cut-off of 4 factors (a local choice, not literature) gets an unfavourable verdict at 4 factors
    Given a head and neck case
    And the centre sets "hn.tianHighRiskFactors" to "4"
    And the case has:
      | recurrence.subsite             | NASOPHARYNX |
      | recurrence.rStage              | rT4         |
      | recurrence.nodalRecurrence     | true        |
      | recurrence.volumeCc            | 45          |
      | patient.ageYears               | 62          |
      | patient.feedingTubeDependent   | false       |
      | patient.tracheostomyDependent  | false       |
    When the case is assessed
    Then the findings include:
      | rule   | category    | severity | verdict      |
      | HN-12b | ELIGIBILITY | HIGH     | UNFAVOURABLE |
    And the verdict is UNFAVOURABLE
    And the verdict is imposed by "HN-12b"
    And the finding of rule "HN-12b" mentions "cut-off of 4 factors"

  Scenario: With the local cut-off of 4 factors (a local choice, not literature), 3 factors stay below it
    Given a head and neck case
    And the centre sets "hn.tianHighRiskFactors" to "4"
    And the case has:
      | recurrence.subsite             | NASOPHARYNX |
      | recurrence.rStage              | rT4         |
      | recurrence.nodalRecurrence     | true        |
      | recurrence.volumeCc            | 25          |
      | patient.ageYears               | 62          |
    When the case is assessed
    Then rule "HN-12b" does not fire

  Scenario: With the local cut-off of 4 factors (a local choice, not literature), 5 factors are above it
    Given a head and neck case
    And the centre sets "hn.tianHighRiskFactors" to "4"
    And the case has:
      | recurrence.subsite             | NASOPHARYNX |
      | recurrence.rStage              | rT3         |
      | recurrence.nodalRecurrence     | true        |
      | recurrence.volumeCc            | 36          |
      | patient.ageYears               | 66          |
      | patient.kps                    | 70          |
    When the case is assessed
    Then rule "HN-12b" fires
    And the finding of rule "HN-12b" mentions "5 Tian factors present"

  Scenario: With the local cut-off (a local choice, not literature), a palliative plan gets no curative verdict
    Given a head and neck case
    And the centre sets "hn.tianHighRiskFactors" to "4"
    And the case has:
      | plan.intent                    | PALLIATIVE  |
      | recurrence.subsite             | NASOPHARYNX |
      | recurrence.rStage              | rT4         |
      | recurrence.nodalRecurrence     | true        |
      | recurrence.volumeCc            | 45          |
      | patient.ageYears               | 62          |
    When the case is assessed
    Then rule "HN-12b" does not fire
