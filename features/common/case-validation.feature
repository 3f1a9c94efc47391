Feature: Cases that break the contract are refused, naming the field
  A case is either exactly right or refused with every bad field named (as the service's HTTP 400):
  unknown fields and enum values, wrong types (a fraction count must be a whole number), doses or
  fraction counts of zero or below, ECOG outside 0-4, KPS outside 0-100, an end date before its
  start, a recurrence diagnosed before the end of the prior course, and dates after the assessment
  date (except the planned start of the reirradiation).

  Scenario Outline: Refused: <field> = <value>
    Given a breast case
    And the case has <field> = <value>
    When the case is assessed
    Then the case is refused with an error at "<field>"

    Examples:
      | field                         | value      |
      | priorCourses[0].fractions     | 2.5        |
      | priorCourses[0].totalDoseGy   | 0          |
      | patient.ecog                  | 5          |
      | patient.kps                   | 110        |
      | patient.ecog                  | two        |
      | plan.intent                   | RADICAL    |
      | patient.weightKg              | 70         |
      | recurrence.diagnosisDate      | 2021-12-01 |
      | recurrence.diagnosisDate      | 2025-07-01 |

  Scenario: An end date before its start is refused at the end date
    Given a breast case
    And the case has priorCourses[0].startDate = 2022-03-01
    When the case is assessed
    Then the case is refused with an error at "priorCourses[0].endDate"

  Scenario: A planned start in the future is accepted
    Given a breast case
    And the case has plan.startDate = 2025-07-01
    When the case is assessed
    Then the intervals are 38.5 months to recurrence and 40.4 months between courses

  Scenario: A planned organ dose of 0 Gy is valid, a negative one is not
    Given a breast case
    And the HEART DMEAN dose was 4 Gy in 25 fractions before and is planned at 0 Gy in 15 fractions
    And the case has organDoses[0].priorDoses[0].doseGy = -1
    When the case is assessed
    Then the case is refused with an error at "organDoses[0].priorDoses[0].doseGy"
