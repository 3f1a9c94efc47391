Feature: Rectal cancer - who is a candidate for pelvic reirradiation
  A locally recurrent rectal cancer after pelvic radiotherapy. When curative resection is possible,
  reirradiation aims at an R0 resection (GUREN2014); otherwise it palliates. The baseline case is a
  curative plan, Type 1, ECOG 1 / KPS 80, no distant metastases, recurrence about 38.5 months after
  the prior course. Most scenarios state resectability, because a curative plan needs it (RE-17).

  Background:
    Given a rectum case

  # RE-01: the curative pathway
  Scenario: An isolated resectable recurrence is pointed to chemo-reirradiation then surgery
    Given the case has recurrence.resectable = YES
    When the case is assessed
    Then the findings include:
      | rule  | category    | severity | agent        |
      | RE-01 | ELIGIBILITY | INFO     | FLUOROURACIL |
    And the finding of rule "RE-01" mentions "capecitabine"
    And the finding of rule "RE-01" mentions "39-60 months"

  Scenario: A palliative plan also learns that a resectable recurrence has a curative pathway
    Given the case has:
      | recurrence.resectable | YES        |
      | plan.intent           | PALLIATIVE |
    When the case is assessed
    Then rule "RE-01" fires

  Scenario: An unresectable recurrence is not pointed to the surgical pathway
    Given the case has recurrence.resectable = NO
    When the case is assessed
    Then rule "RE-01" does not fire

  Scenario: With metastatic status unknown the surgical pathway is not proposed yet
    Given the case has:
      | recurrence.resectable        | YES     |
      | recurrence.distantMetastases | UNKNOWN |
    When the case is assessed
    Then rule "RE-01" does not fire
    And rule "C-08" fires

  # RE-05: gross residual disease
  Scenario: Expected gross residual disease (R2) warns of poor control even with IORT
    Given the case has:
      | recurrence.resectable     | YES |
      | recurrence.expectedMargin | R2  |
    When the case is assessed
    Then the findings include:
      | rule  | category  | severity | verdict |
      | RE-05 | PROGNOSIS | CAUTION  | -       |
    And the finding of rule "RE-05" mentions "18%"

  Scenario: An expected microscopic margin (R1) is not gross residual disease
    Given the case has:
      | recurrence.resectable     | YES |
      | recurrence.expectedMargin | R1  |
    When the case is assessed
    Then rule "RE-05" does not fire

  # RE-08: palliation (PALLIATIVE scope)
  Scenario: Palliative reirradiation of a painful recurrence: high rate of symptom relief
    Given the case has:
      | plan.intent           | PALLIATIVE |
      | recurrence.symptomatic | true      |
    When the case is assessed
    Then the findings include:
      | rule  | category    | severity |
      | RE-08 | ELIGIBILITY | INFO     |
    And the finding of rule "RE-08" mentions "82-100%"
    And the finding of rule "RE-08" mentions "56%"

  Scenario: An asymptomatic recurrence gets no palliation statement
    Given the case has:
      | plan.intent            | PALLIATIVE |
      | recurrence.symptomatic | false      |
    When the case is assessed
    Then rule "RE-08" does not fire

  Scenario: A curative plan for a symptomatic recurrence gets no palliation statement
    Given the case has:
      | recurrence.resectable  | YES  |
      | recurrence.symptomatic | true |
    When the case is assessed
    Then rule "RE-08" does not fire

  # RE-09: counselling before surgery
  Scenario: Surgery planned after reirradiation: counsel on late toxicity and survival
    Given the case has:
      | recurrence.resectable | YES     |
      | plan.salvageSurgery   | PLANNED |
    When the case is assessed
    Then the findings include:
      | rule  | category | severity |
      | RE-09 | COUNSEL  | INFO     |
    And the finding of rule "RE-09" mentions "54%"
    And the finding of rule "RE-09" mentions "62% vs 20%"

  Scenario: Surgery already done: no counselling about surgery after reirradiation
    Given the case has:
      | recurrence.resectable | YES  |
      | plan.salvageSurgery   | DONE |
    When the case is assessed
    Then rule "RE-09" does not fire

  # RE-11: short interval (6 to below 12 months), thresholds common.earlyFailureIntervalMonths = 6
  # and re.shortIntervalMonths = 12
  Scenario: Recurrence just under 6 months after the prior course: early failure, not the short-interval cap
    Given the case has recurrence.resectable = YES
    And the recurrence was diagnosed 5 months and 20 days after the end of the prior course
    When the case is assessed
    Then rule "RE-11" does not fire
    And rule "C-13b" fires
    And the verdict is UNFAVOURABLE

  Scenario: Recurrence exactly 6 months after the prior course: verdict at most conditional
    Given the case has recurrence.resectable = YES
    And the recurrence was diagnosed 6 months after the end of the prior course
    When the case is assessed
    Then the findings include:
      | rule  | category    | severity | verdict     |
      | RE-11 | ELIGIBILITY | INFO     | CONDITIONAL |
    And rule "C-13b" does not fire
    And the verdict is CONDITIONAL
    And the verdict is imposed by "RE-11"
    And the finding of rule "RE-11" mentions "8-30 months"

  Scenario: Recurrence 6 months and 10 days after the prior course: short interval
    Given the case has recurrence.resectable = YES
    And the recurrence was diagnosed 6 months and 10 days after the end of the prior course
    When the case is assessed
    Then rule "RE-11" fires

  Scenario: Recurrence just under 12 months after the prior course: short interval
    Given the case has recurrence.resectable = YES
    And the recurrence was diagnosed 11 months and 20 days after the end of the prior course
    When the case is assessed
    Then rule "RE-11" fires
    And the verdict is imposed by "RE-11"

  Scenario: Recurrence exactly 12 months after the prior course: no short-interval cap
    Given the case has recurrence.resectable = YES
    And the recurrence was diagnosed 12 months after the end of the prior course
    When the case is assessed
    Then rule "RE-11" does not fire

  Scenario: Recurrence 12 months and 10 days after the prior course: no short-interval cap
    Given the case has recurrence.resectable = YES
    And the recurrence was diagnosed 12 months and 10 days after the end of the prior course
    When the case is assessed
    Then rule "RE-11" does not fire

  Scenario: The short-interval cap applies to a palliative plan as well
    Given the case has plan.intent = PALLIATIVE
    And the recurrence was diagnosed 9 months after the end of the prior course
    When the case is assessed
    Then rule "RE-11" fires
    And the verdict is CONDITIONAL

  Scenario: The short-interval finding states the interval in force, not a hard-coded year
    # 9 months is an illustrative local value, not a literature value.
    Given the case has recurrence.resectable = YES
    And the centre sets "re.shortIntervalMonths" to "9"
    And the recurrence was diagnosed 7 months after the end of the prior course
    When the case is assessed
    Then rule "RE-11" fires
    And the finding of rule "RE-11" mentions "less than 9 months after the prior pelvic course"

  # RE-16: distant metastases
  Scenario: Distant metastases: palliative pathway, and the curative surgical pathway is not proposed
    Given the case has:
      | recurrence.distantMetastases | YES     |
      | recurrence.resectable        | YES     |
      | plan.salvageSurgery          | PLANNED |
    When the case is assessed
    Then the findings include:
      | rule  | category    | severity |
      | RE-16 | ELIGIBILITY | CAUTION  |
    And rule "RE-01" does not fire
    And rule "RE-02" does not fire
    And rule "C-09" fires
    And the verdict is UNFAVOURABLE
    And the verdict is imposed by "C-09"

  Scenario: No distant metastases: no palliative-pathway statement
    Given the case has recurrence.resectable = YES
    When the case is assessed
    Then rule "RE-16" does not fire

  # RE-17: site gate on resectability (CURATIVE scope)
  Scenario: Curative plan with resectability unknown and no MRI: insufficient information
    When the case is assessed
    Then the verdict is INSUFFICIENT_INFORMATION
    And the verdict is imposed by "RE-17"
    And the missing information is "recurrence.resectable"
    And the findings include:
      | rule  | category | severity | verdict                  |
      | RE-17 | WORKUP   | HIGH     | INSUFFICIENT_INFORMATION |
    And the finding of rule "RE-17" mentions "pelvic MRI"
    And the finding of rule "RE-17" mentions "No MRI is recorded"

  Scenario: Resectability recorded as unknown after MRI: still insufficient information
    Given the case has:
      | recurrence.resectable | UNKNOWN |
      | recurrence.imaging    | [MRI]   |
    When the case is assessed
    Then the verdict is INSUFFICIENT_INFORMATION
    And the missing information includes "recurrence.resectable"
    And the finding of rule "RE-17" mentions "An MRI is recorded"

  Scenario: Resectability known: the gate is passed
    Given the case has recurrence.resectable = NO
    When the case is assessed
    Then rule "RE-17" does not fire
    And the missing information is ""

  Scenario: A palliative plan does not need resectability
    Given the case has plan.intent = PALLIATIVE
    When the case is assessed
    Then rule "RE-17" does not fire
    And the missing information is ""

  # RE-18: unconfirmed recurrence with equivocal imaging
  Scenario: Unconfirmed recurrence with imaging equivocal between tumour and fibrosis: biopsy and PET
    Given the case has:
      | recurrence.resectable        | YES   |
      | recurrence.histologyConfirmed | false |
      | recurrence.imagingEquivocal  | true  |
    When the case is assessed
    Then the findings include:
      | rule  | category | severity |
      | RE-18 | WORKUP   | CAUTION  |
    And the finding of rule "RE-18" mentions "FDG-PET/CT"

  Scenario: Unconfirmed recurrence with unequivocal imaging: no extra imaging work-up from this rule
    Given the case has:
      | recurrence.resectable         | YES   |
      | recurrence.histologyConfirmed | false |
      | recurrence.imagingEquivocal   | false |
    When the case is assessed
    Then rule "RE-18" does not fire

  Scenario: Confirmed recurrence with equivocal imaging: no biopsy request from this rule
    Given the case has:
      | recurrence.resectable       | YES  |
      | recurrence.imagingEquivocal | true |
    When the case is assessed
    Then rule "RE-18" does not fire
