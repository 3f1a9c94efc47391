Feature: Rectal cancer - favourable candidate for curative reirradiation (RE-19)
  A knowledge-base convention combining the brief's favourable criteria: resectable, no distant
  metastases, expected margin R0 (or R1 with IORT planned or available), concurrent fluoropyrimidine,
  resection planned, and, if the plan gives a schedule, a hyperfractionated one (twice daily, or
  fractions below re.dailyFractionDoseGy = 1.8 Gy). FAVOURABLE is imposed only when no other rule
  lowers the verdict.

  Background:
    Given a rectum case
    And the case has:
      | recurrence.resectable     | YES     |
      | recurrence.expectedMargin | R0      |
      | plan.salvageSurgery       | PLANNED |
    And the plan includes CAPECITABINE CONCURRENT

  Scenario: All criteria met, no schedule given yet: favourable, and the hyperfractionated schedule is recommended
    When the case is assessed
    Then the verdict is FAVOURABLE
    And the verdict is imposed by "RE-19"
    And the findings include:
      | rule  | category    | severity | verdict    |
      | RE-19 | ELIGIBILITY | INFO     | FAVOURABLE |
      | RE-02 | SCHEDULE    | INFO     | -          |
    And the finding of rule "RE-19" mentions "not yet given"
    And the finding of rule "RE-19" mentions "80% after R0"

  Scenario: 40.8 Gy in 34 fractions twice daily: favourable
    Given the case has:
      | plan.schedule        | BID  |
      | plan.totalDoseGy     | 40.8 |
      | plan.fractions       | 34   |
      | plan.fractionsPerDay | 2    |
    When the case is assessed
    Then the verdict is FAVOURABLE
    And the verdict is imposed by "RE-19"

  Scenario: Concurrent continuous-infusion 5-FU instead of capecitabine: favourable
    Given the case has plan.systemicTherapy[0].agent = FLUOROURACIL
    When the case is assessed
    Then the verdict is FAVOURABLE

  Scenario: Daily fractions of 1.79 Gy (just below 1.8 Gy) count as hyperfractionated: favourable
    Given the case has:
      | plan.schedule    | DAILY |
      | plan.totalDoseGy | 35.8  |
      | plan.fractions   | 20    |
    When the case is assessed
    Then the verdict is FAVOURABLE
    And rule "RE-03" does not fire

  Scenario: Daily fractions of exactly 1.8 Gy: not favourable, hyperfractionation recommended
    Given the case has:
      | plan.schedule    | DAILY |
      | plan.totalDoseGy | 36    |
      | plan.fractions   | 20    |
    When the case is assessed
    Then rule "RE-19" does not fire
    And rule "RE-03" fires
    And the verdict is CONDITIONAL
    And the verdict is imposed by "C-00"

  Scenario: Daily fractions of 1.81 Gy (just above 1.8 Gy): not favourable
    Given the case has:
      | plan.schedule    | DAILY |
      | plan.totalDoseGy | 36.2  |
      | plan.fractions   | 20    |
    When the case is assessed
    Then rule "RE-19" does not fire

  Scenario: Daily pattern without dose and fractions: hyperfractionation not shown, not favourable
    Given the case has plan.schedule = DAILY
    When the case is assessed
    Then rule "RE-19" does not fire

  Scenario: 50.4 Gy in 28 fractions without a pattern: 1.8 Gy fractions are not hyperfractionated, not favourable
    Given the case has:
      | plan.totalDoseGy | 50.4 |
      | plan.fractions   | 28   |
    When the case is assessed
    Then rule "RE-19" does not fire

  Scenario: Expected R1 margin with IORT available in the centre: favourable
    Given the case has:
      | recurrence.expectedMargin | R1   |
      | context.iortAvailable     | true |
    When the case is assessed
    Then the verdict is FAVOURABLE
    And rule "RE-04" fires
    And the finding of rule "RE-19" mentions "with IORT planned or available"

  Scenario: Expected R1 margin with an IORT boost in the plan: favourable
    Given the case has:
      | recurrence.expectedMargin | R1   |
      | plan.iort                 | true |
    When the case is assessed
    Then the verdict is FAVOURABLE

  Scenario: Expected R1 margin without IORT: not favourable
    Given the case has:
      | recurrence.expectedMargin | R1    |
      | context.iortAvailable     | false |
    When the case is assessed
    Then rule "RE-19" does not fire

  Scenario: Expected R2 margin even with IORT: not favourable
    Given the case has:
      | recurrence.expectedMargin | R2   |
      | context.iortAvailable     | true |
    When the case is assessed
    Then rule "RE-19" does not fire
    And rule "RE-05" fires

  Scenario: Expected margin not stated: not favourable
    Given the case has recurrence.expectedMargin = absent
    When the case is assessed
    Then rule "RE-19" does not fire

  Scenario: Unresectable recurrence: not favourable
    Given the case has recurrence.resectable = NO
    When the case is assessed
    Then rule "RE-19" does not fire

  Scenario: Distant-metastasis status unknown: not favourable, restage
    Given the case has recurrence.distantMetastases = UNKNOWN
    When the case is assessed
    Then rule "RE-19" does not fire
    And rule "C-08" fires

  Scenario: Capecitabine only sequential: not favourable, a concurrent fluoropyrimidine is suggested
    Given the case has plan.systemicTherapy[0].timing = SEQUENTIAL
    When the case is assessed
    Then rule "RE-19" does not fire
    And rule "RE-12" fires

  Scenario: No surgery planned: not favourable
    Given the case has plan.salvageSurgery = NONE
    When the case is assessed
    Then rule "RE-19" does not fire

  Scenario: Palliative intent: the curative favourable criteria do not apply
    Given the case has plan.intent = PALLIATIVE
    When the case is assessed
    Then rule "RE-19" does not fire

  Scenario: Favourable criteria met but ECOG 2: the reduced performance status makes it conditional
    Given the case has:
      | patient.ecog | 2  |
      | patient.kps  | 70 |
    When the case is assessed
    Then rule "RE-19" fires
    And the verdict is CONDITIONAL
    And the verdict is imposed by "C-11"
