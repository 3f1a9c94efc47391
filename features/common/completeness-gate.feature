Feature: Completeness gate: no verdict without the key facts (C-01, C-06)
  Before any verdict the knowledge base needs to know: whether the recurrence is histologically
  confirmed; the dose, fractions and end date of every prior course; ECOG or KPS; whether the
  recurrence overlaps the previously irradiated volume; the intent of the plan; and, for a curative
  plan only, whether distant metastases have been excluded. Unknown is not "no": a fact that is
  missing or UNKNOWN makes the verdict INSUFFICIENT_INFORMATION and is listed, by its path in the
  case, as missing information (ANDRATSCHKE2022, McDONALD2011).

  The common rules judge every site; these scenarios use breast cases because no breast rule
  imposes a verdict on the minimal case, so the verdicts shown are the common rules' own.

  Scenario: A complete case passes the gate
    Given a breast case
    When the case is assessed
    Then rule "C-01" does not fire
    And rule "C-06" does not fire
    And the missing information is ""

  Scenario: An empty case names every key fact that is missing
    Given an empty breast case
    When the case is assessed
    Then the verdict is INSUFFICIENT_INFORMATION
    And the verdict is imposed by "C-01, C-06"
    And the missing information is "recurrence.histologyConfirmed, priorCourses, patient.ecog|patient.kps, recurrence.overlapWithPriorVolume, plan.intent"
    And the findings include:
      | rule | category | severity | verdict                  |
      | C-01 | WORKUP   | HIGH     | INSUFFICIENT_INFORMATION |
      | C-06 | WORKUP   | HIGH     | INSUFFICIENT_INFORMATION |

  Scenario: Without any prior course the gate names the prior courses once
    Given an empty breast case
    When the case is assessed
    Then the finding of rule "C-01" mentions "Missing: recurrence.histologyConfirmed, priorCourses, patient.ecog|patient.kps, recurrence.overlapWithPriorVolume."

  Scenario: The end date of the prior course is unknown
    Given a breast case
    And the case has priorCourses[0].endDate = absent
    When the case is assessed
    Then the verdict is INSUFFICIENT_INFORMATION
    And the verdict is imposed by "C-01"
    And the missing information is "priorCourses[0].endDate"
    And the finding of rule "C-01" mentions "priorCourses[0].endDate"

  Scenario: A second prior course is given without its number of fractions
    Given a breast case
    And the case has:
      | priorCourses[1].startDate   | 2023-02-27 |
      | priorCourses[1].endDate     | 2023-03-10 |
      | priorCourses[1].totalDoseGy | 30         |
    When the case is assessed
    Then the verdict is INSUFFICIENT_INFORMATION
    And the missing information is "priorCourses[1].fractions"

  Scenario Outline: Either ECOG or KPS is enough; the gate asks for one of them (ECOG <ecog>, KPS <kps>)
    Given a breast case
    And the case has patient.ecog = <ecog>
    And the case has patient.kps = <kps>
    When the case is assessed
    Then rule "C-01" <gate>
    And the missing information is "<missing>"

    Examples:
      | ecog   | kps    | gate          | missing                  |
      | 1      | absent | does not fire |                          |
      | absent | 80     | does not fire |                          |
      | absent | absent | fires         | patient.ecog\|patient.kps |

  Scenario: Overlap with the previously irradiated volume is UNKNOWN
    Given a breast case
    And the case has recurrence.overlapWithPriorVolume = UNKNOWN
    When the case is assessed
    Then the verdict is INSUFFICIENT_INFORMATION
    And the missing information is "recurrence.overlapWithPriorVolume"
    And the reirradiation type is UNDETERMINED
    And rule "C-02" does not fire

  Scenario: Whether the recurrence was histologically confirmed is not recorded
    Given a breast case
    And the case has recurrence.histologyConfirmed = absent
    When the case is assessed
    Then the verdict is INSUFFICIENT_INFORMATION
    And the missing information includes "recurrence.histologyConfirmed"

  Scenario Outline: Distant-metastasis status is a gate item for curative plans only (<intent>, <status>)
    Given a breast case
    And the case has plan.intent = <intent>
    And the case has recurrence.distantMetastases = <status>
    When the case is assessed
    Then the verdict is <verdict>
    And the missing information is "<missing>"

    Examples:
      | intent     | status  | verdict                  | missing                      |
      | CURATIVE   | UNKNOWN | INSUFFICIENT_INFORMATION | recurrence.distantMetastases |
      | CURATIVE   | absent  | INSUFFICIENT_INFORMATION | recurrence.distantMetastases |
      | CURATIVE   | NO      | CONDITIONAL              |                              |
      | PALLIATIVE | UNKNOWN | CONDITIONAL              |                              |

  Scenario: The plan's intent is not declared (C-06)
    Given a breast case
    And the case has plan.intent = absent
    When the case is assessed
    Then the verdict is INSUFFICIENT_INFORMATION
    And the verdict is imposed by "C-06"
    And the missing information is "plan.intent"
    And the finding of rule "C-06" mentions "curative or palliative"

  Scenario: A declared palliative intent satisfies C-06
    Given a breast case
    And the case has plan.intent = PALLIATIVE
    When the case is assessed
    Then rule "C-06" does not fire
    And rule "C-01" does not fire
