Feature: Reirradiation of brain metastases
  Repeat radiosurgery for a metastasis recurring locally after SRS, telling radionecrosis from
  progression, and repeat whole-brain RT. The case has no PTV field: the recurrence volume stands for it.

  Background:
    Given a brain case
    And the case has:
      | recurrence.histology         | BRAIN_METASTASIS |
      | priorCourses[0].technique    | SBRT             |
      | priorCourses[0].totalDoseGy  | 20               |
      | priorCourses[0].fractions    | 1                |

  # BRN-17a / BRN-17b: PTV up to 7 cm3 (SRS2-2018).
  Scenario Outline: Metastasis recurring after radiosurgery with a PTV of <ptv> cm3
    Given the case has recurrence.volumeCc = <ptv>
    When the case is assessed
    Then rule "<fires>" fires
    And rule "<silent>" does not fire

    Examples:
      | ptv | fires   | silent  |
      | 6.9 | BRN-17a | BRN-17b |
      | 7   | BRN-17a | BRN-17b |
      | 7.1 | BRN-17b | BRN-17a |

  Scenario: Small PTV: repeat SRS or FSRT is feasible
    Given the case has recurrence.volumeCc = 3.5
    When the case is assessed
    Then the findings include:
      | rule    | category  | severity | technique | preference |
      | BRN-17a | TECHNIQUE | INFO     | SBRT      | ACCEPTABLE |
    And the finding of rule "BRN-17a" mentions "local control 68% at 1 year"

  Scenario: Large PTV: more toxicity with repeat SRS
    Given the case has recurrence.volumeCc = 12
    When the case is assessed
    Then the findings include:
      | rule    | category  | severity | technique | preference |
      | BRN-17b | TECHNIQUE | CAUTION  | SBRT      | -          |

  Scenario: A metastasis recurring after whole-brain RT only is not a repeat-radiosurgery case
    Given the case has priorCourses[0].technique = THREE_D_CRT
    And the case has priorCourses[0].totalDoseGy = 30
    And the case has priorCourses[0].fractions = 10
    And the case has recurrence.volumeCc = 3
    When the case is assessed
    Then rule "BRN-17a" does not fire
    And rule "BRN-18" does not fire

  Scenario: Repeat-radiosurgery advice is for metastases, not glioma
    Given the case has recurrence.histology = GLIOBLASTOMA
    And the case has recurrence.volumeCc = 3
    When the case is assessed
    Then rule "BRN-17a" does not fire

  # BRN-18: enlarging lesion after SRS, neither histology nor amino-acid PET.
  Scenario: Lesion enlarging after radiosurgery, MRI only: tell radionecrosis from progression
    Given the case has:
      | recurrence.histologyConfirmed | false                |
      | recurrence.biopsyFeasible     | false                |
      | recurrence.imaging            | [MRI, PERFUSION_MRI] |
    When the case is assessed
    Then the verdict is CONDITIONAL
    And the verdict is imposed by "BRN-18"
    And the findings include:
      | rule   | category | severity | verdict     |
      | BRN-18 | WORKUP   | CAUTION  | CONDITIONAL |
    And the finding of rule "BRN-18" mentions "amino-acid PET or histology"

  Scenario Outline: No radionecrosis work-up when progression is confirmed by <confirmation>
    Given the case has recurrence.histologyConfirmed = <histology>
    And the case has recurrence.imaging = <imaging>
    When the case is assessed
    Then rule "BRN-18" does not fire

    Examples:
      | confirmation    | histology | imaging               |
      | histology       | true      | [MRI]                 |
      | amino-acid PET  | false     | [MRI, AMINO_ACID_PET] |

  # BRN-19: repeat whole-brain RT.
  Scenario: Repeat whole-brain RT: short survival, about 20 Gy in 10 fractions
    Given the case has:
      | plan.intent     | PALLIATIVE |
      | plan.wholeBrain | true       |
    When the case is assessed
    Then the findings include:
      | rule   | category | severity | schedule |
      | BRN-19 | SCHEDULE | INFO     | DAILY    |
    And the finding of rule "BRN-19" mentions "median survival of 3 months"
    And the finding of rule "BRN-19" mentions "39%"

  Scenario: Focal reirradiation of a metastasis is not repeat whole-brain RT
    Given the case has plan.wholeBrain = false
    When the case is assessed
    Then rule "BRN-19" does not fire

  Scenario: Whole-brain reirradiation advice is for metastases, not glioma
    Given the case has recurrence.histology = GLIOBLASTOMA
    And the case has plan.wholeBrain = true
    When the case is assessed
    Then rule "BRN-19" does not fire
