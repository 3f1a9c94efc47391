Feature: Prognostic scores for recurrent glioma
  The Park scale helps decide between surgery and reirradiation for recurrent glioblastoma; the Combs
  factors and the Reirradiation Risk Score inform counselling. A score whose inputs are missing is not
  given, and its finding names what is missing.

  # BRN-05b: Park scale - one point each for eloquent location, KPS 80 or less, volume 50 cm3 or more.
  Scenario Outline: Park score of a recurrent glioblastoma: <description>
    Given a brain case
    And the case has:
      | recurrence.histology        | GLIOBLASTOMA |
      | recurrence.eloquentLocation | <eloquent>   |
      | recurrence.volumeCc         | <volume>     |
      | patient.kps                 | <kps>        |
    When the case is assessed
    Then the score PARK_RESECTION is "<score>"
    And the finding of rule "BRN-05b" mentions "<survival>"

    Examples:
      | description                         | eloquent | volume | kps | score | survival                    |
      | no adverse factor                   | false    | 30     | 90  | 0     | median survival 10.8 months |
      | KPS just above 80                   | false    | 30     | 81  | 0     | median survival 10.8 months |
      | KPS at 80                           | false    | 30     | 80  | 1     | median survival 4.5 months  |
      | KPS just below 80                   | false    | 30     | 79  | 1     | median survival 4.5 months  |
      | volume just below 50 cm3            | false    | 49.9   | 90  | 0     | median survival 10.8 months |
      | volume at 50 cm3                    | false    | 50     | 90  | 1     | median survival 4.5 months  |
      | volume just above 50 cm3            | false    | 50.1   | 90  | 1     | median survival 4.5 months  |
      | eloquent and KPS 80                 | true     | 30     | 80  | 2     | median survival 4.5 months  |
      | all three adverse factors           | true     | 60     | 70  | 3     | median survival 1.0 month   |

  Scenario: The Park score lists its factors
    Given a brain case
    And the case has:
      | recurrence.histology        | GLIOBLASTOMA |
      | recurrence.eloquentLocation | true         |
      | recurrence.volumeCc         | 60           |
      | patient.kps                 | 70           |
    When the case is assessed
    Then the score PARK_RESECTION is "3"
    And the score PARK_RESECTION lists the factor "eloquent location: 1 point"
    And the score PARK_RESECTION lists the factor "KPS 70, at most 80: 1 point"
    And the score PARK_RESECTION lists the factor "volume 60 cm3, at least 50 cm3: 1 point"

  Scenario: Park score not given when the location and volume are unknown
    Given a brain case
    And the case has recurrence.histology = GLIOBLASTOMA
    When the case is assessed
    Then no PARK_RESECTION score is given
    And rule "BRN-05b" fires
    And the finding of rule "BRN-05b" mentions "recurrence.eloquentLocation"
    And the finding of rule "BRN-05b" mentions "recurrence.volumeCc"

  Scenario: The Park scale was built for glioblastoma only
    Given a brain case
    And the case has:
      | recurrence.histology        | ASTROCYTOMA |
      | recurrence.eloquentLocation | false       |
      | recurrence.volumeCc         | 30          |
    When the case is assessed
    Then no PARK_RESECTION score is given
    And rule "BRN-05b" does not fire

  # BRN-10: Reirradiation Risk Score counselling, curative plans only; no group is computed.
  Scenario: Curative glioma reirradiation: counsel with the Reirradiation Risk Score factors
    Given a brain case
    And the case has recurrence.histology = GLIOBLASTOMA
    When the case is assessed
    Then the findings include:
      | rule   | category | severity |
      | BRN-10 | COUNSEL  | INFO     |
    And the finding of rule "BRN-10" mentions "14.2 / 9.1 / 5.3 months"
    And the finding of rule "BRN-10" mentions "no group is computed"

  Scenario: Palliative glioma reirradiation: no Reirradiation Risk Score counselling
    Given a brain case
    And the case has recurrence.histology = GLIOBLASTOMA
    And the case has plan.intent = PALLIATIVE
    When the case is assessed
    Then rule "BRN-10" does not fire

  Scenario: Brain metastases: no Reirradiation Risk Score counselling
    Given a brain case
    And the case has recurrence.histology = BRAIN_METASTASIS
    When the case is assessed
    Then rule "BRN-10" does not fire

  # BRN-11: Combs factors - glioblastoma, age 50 or more, 12 months or less between the courses.
  Scenario Outline: Combs factors of a <age>-year-old patient with <histology>, long interval
    Given a brain case
    And the case has recurrence.histology = <histology>
    And the case has patient.ageYears = <age>
    When the case is assessed
    Then the score COMBS_GLIOMA is "<score>"

    Examples:
      | histology    | age | score |
      | ASTROCYTOMA  | 49  | 0     |
      | ASTROCYTOMA  | 50  | 1     |
      | ASTROCYTOMA  | 51  | 1     |
      | GLIOBLASTOMA | 49  | 1     |
      | GLIOBLASTOMA | 60  | 2     |

  Scenario Outline: Combs interval factor with reirradiation starting <interval> after the prior course
    Given a brain case
    And the case has recurrence.histology = ASTROCYTOMA
    And the case has patient.ageYears = 45
    And the recurrence was diagnosed 10 months after the end of the prior course
    And the reirradiation starts <interval> after the end of the prior course
    When the case is assessed
    Then the score COMBS_GLIOMA is "<score>"

    Examples:
      | interval              | score |
      | 11 months and 20 days | 1     |
      | 12 months             | 1     |
      | 12 months and 10 days | 0     |

  Scenario: All three Combs factors present
    Given a brain case
    And the case has recurrence.histology = GLIOBLASTOMA
    And the case has patient.ageYears = 67
    And the recurrence was diagnosed 8 months after the end of the prior course
    And the reirradiation starts 9 months after the end of the prior course
    When the case is assessed
    Then the score COMBS_GLIOMA is "3"
    And the score COMBS_GLIOMA lists the factor "glioblastoma: adverse"
    And the score COMBS_GLIOMA lists the factor "age 67 years, at least 50: adverse"
    And the score COMBS_GLIOMA lists the factor "9 months between courses, at most 12: adverse"

  Scenario: Combs factors not counted when the age is unknown
    Given a brain case
    And the case has recurrence.histology = GLIOBLASTOMA
    And the case has patient.ageYears = absent
    When the case is assessed
    Then no COMBS_GLIOMA score is given
    And the finding of rule "BRN-11" mentions "patient.ageYears"

  Scenario: No Combs factors for brain metastases
    Given a brain case
    And the case has recurrence.histology = BRAIN_METASTASIS
    When the case is assessed
    Then no COMBS_GLIOMA score is given
    And rule "BRN-11" does not fire
