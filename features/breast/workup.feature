Feature: Breast reirradiation - work-up and missing information
  Biopsy with ER, PR and HER2 at recurrence; systemic staging before curative reirradiation; the
  completeness gate (C-01) and the intent gate (C-06) that withhold a verdict until key facts are known.

  # BR-17: receptor status at recurrence.

  Scenario: Receptor status of the recurrence not recorded: biopsy with ER, PR and HER2
    Given a breast case
    When the case is assessed
    Then the findings include:
      | rule  | category | severity | verdict |
      | BR-17 | WORKUP   | CAUTION  | -       |
    And the finding of rule "BR-17" mentions "ER, PR and HER2"

  Scenario: Receptor status explicitly not known: biopsy with ER, PR and HER2
    Given a breast case
    And the case has recurrence.receptorStatusKnown = false
    When the case is assessed
    Then rule "BR-17" fires

  Scenario: Receptor status of the recurrence known: no receptor work-up
    Given a breast case
    And the case has recurrence.receptorStatusKnown = true
    When the case is assessed
    Then rule "BR-17" does not fire

  # BR-18: distant-metastasis status before curative reirradiation (with C-08 and the C-01 gate).

  Scenario: Distant-metastasis status unknown before curative reirradiation: stage first, no verdict yet
    Given a breast case
    And the case has recurrence.receptorStatusKnown = true
    And the case has recurrence.distantMetastases = UNKNOWN
    When the case is assessed
    Then the verdict is INSUFFICIENT_INFORMATION
    And the verdict is imposed by "C-01"
    And the missing information is "recurrence.distantMetastases"
    And the findings include:
      | rule  | category | severity |
      | BR-18 | WORKUP   | CAUTION  |
      | C-08  | WORKUP   | CAUTION  |
    And the finding of rule "BR-18" mentions "HR 17.6"

  Scenario: Distant-metastasis status absent under a palliative plan: no staging demand
    Given a breast case
    And the case has recurrence.distantMetastases = absent
    And the case has plan.intent = PALLIATIVE
    When the case is assessed
    Then rule "BR-18" does not fire
    And the missing information is ""

  Scenario: Staging done, no distant metastases: no staging demand
    Given a breast case
    When the case is assessed
    Then rule "BR-18" does not fire

  # Missing data: no verdict until the key facts are known.

  Scenario: An empty breast case: every key fact is listed as missing
    Given an empty breast case
    When the case is assessed
    Then the verdict is INSUFFICIENT_INFORMATION
    And the verdict is imposed by "C-01, C-06"
    And the missing information includes "recurrence.histologyConfirmed"
    And the missing information includes "priorCourses"
    And the missing information includes "patient.ecog|patient.kps"
    And the missing information includes "recurrence.overlapWithPriorVolume"
    And the missing information includes "plan.intent"
    And rule "BR-17" fires
