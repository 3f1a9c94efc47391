Feature: How the verdict is resolved when several rules speak
  The verdict judges the plan's intent as given. NOT_RECOMMENDED wins if any rule imposes it; else
  INSUFFICIENT_INFORMATION if a completeness gate found a required fact missing; else the least
  favourable verdict imposed (UNFAVOURABLE before CONDITIONAL before FAVOURABLE). When no rule
  imposes a verdict it is CONDITIONAL by default, under rule C-00: the knowledge base holds no
  positive support for the plan. "Imposed by" lists every rule that imposed the winning verdict.

  Scenario: No rule imposes a verdict: CONDITIONAL by default (C-00)
    Given a breast case
    When the case is assessed
    Then the verdict is CONDITIONAL
    And the verdict is imposed by "C-00"
    And the findings include:
      | rule | category    | severity | verdict     |
      | C-00 | ELIGIBILITY | CAUTION  | CONDITIONAL |
    And the finding of rule "C-00" mentions "no positive support"

  Scenario: NOT_RECOMMENDED beats INSUFFICIENT_INFORMATION
    Given a breast case
    And the case has patient.ecog = 4
    And the case has recurrence.histologyConfirmed = absent
    When the case is assessed
    Then the verdict is NOT_RECOMMENDED
    And the verdict is imposed by "C-10"
    And the missing information is "recurrence.histologyConfirmed"

  Scenario: INSUFFICIENT_INFORMATION beats UNFAVOURABLE
    Given a breast case
    And the recurrence was diagnosed 4 months after the end of the prior course
    And the case has recurrence.overlapWithPriorVolume = UNKNOWN
    When the case is assessed
    Then the verdict is INSUFFICIENT_INFORMATION
    And the verdict is imposed by "C-01"
    And rule "C-13b" fires

  Scenario: Two gates: both are named
    Given a breast case
    And the case has plan.intent = absent
    And the case has patient.ecog = absent
    And the case has patient.kps = absent
    When the case is assessed
    Then the verdict is INSUFFICIENT_INFORMATION
    And the verdict is imposed by "C-01, C-06"
    And the missing information is "patient.ecog|patient.kps, plan.intent"

  Scenario: UNFAVOURABLE beats CONDITIONAL
    Given a breast case
    And the recurrence was diagnosed 5 months after the end of the prior course
    And the case has context.priorPlanAvailable = false
    When the case is assessed
    Then the verdict is UNFAVOURABLE
    And the verdict is imposed by "C-13b"
    And rule "C-14b" fires

  Scenario: Every rule imposing the winning verdict is listed
    Given a breast case
    And the recurrence was diagnosed 5 months after the end of the prior course
    And the case has recurrence.distantMetastases = YES
    And the case has:
      | priorToxicities[0].organ       | SKIN     |
      | priorToxicities[0].description | necrosis |
      | priorToxicities[0].ctcaeGrade  | 4        |
      | priorToxicities[0].late        | true     |
      | priorToxicities[0].inField     | true     |
    And the case has patient.ecog = 2
    When the case is assessed
    Then the verdict is UNFAVOURABLE
    And the verdict is imposed by "C-09, C-13b, C-15b"
    And the findings include:
      | rule  | verdict      |
      | C-11  | CONDITIONAL  |
      | C-09  | UNFAVOURABLE |
      | C-13b | UNFAVOURABLE |
      | C-15b | UNFAVOURABLE |

  Scenario: CONDITIONAL beats FAVOURABLE
    Given a breast case
    And the case has plan.intent = PALLIATIVE
    And the case has recurrence.symptomatic = true
    And the case has recurrence.histologyConfirmed = false
    And the case has recurrence.biopsyFeasible = true
    When the case is assessed
    Then the verdict is CONDITIONAL
    And the verdict is imposed by "C-07"
    And rule "C-25" fires

  Scenario: Two conditional rules are both named
    Given a breast case
    And the case has patient.ecog = 2
    And the case has context.priorPlanAvailable = false
    When the case is assessed
    Then the verdict is CONDITIONAL
    And the verdict is imposed by "C-11, C-14b"
    And rule "C-00" does not fire

  Scenario: The same patient, the same findings, judged for a palliative plan
    Given a breast case
    And the case has plan.intent = PALLIATIVE
    And the case has recurrence.symptomatic = true
    And the recurrence was diagnosed 5 months after the end of the prior course
    And the case has recurrence.distantMetastases = YES
    And the case has patient.ecog = 2
    When the case is assessed
    Then the verdict is FAVOURABLE
    And the verdict is imposed by "C-25"
    And the findings include:
      | rule  | severity | verdict |
      | C-13a | HIGH     | -       |
    And rule "C-09" does not fire
    And rule "C-11" does not fire
