Feature: Rectal cancer - schedule and concurrent chemotherapy of reirradiation
  Hyperfractionated chemoradiation (1.2-1.5 Gy twice daily to 30-40 Gy, GTV + 2-4 cm) with a
  fluoropyrimidine is the reirradiation of the series (GUREN2014, TAO-MDACC, VALENTINI2006, Re-RAD-I).
  Daily fractions of 1.8 Gy or more (re.dailyFractionDoseGy) in a curative course prompt a
  recommendation of hyperfractionation.

  Background:
    Given a rectum case
    And the case has recurrence.resectable = YES

  # RE-02: the pre-operative schedule (CURATIVE scope)
  Scenario: Resection planned: hyperfractionated chemoradiation 40.8 Gy in 1.2 Gy twice daily, or 39 Gy in 1.5 Gy
    Given the case has plan.salvageSurgery = PLANNED
    When the case is assessed
    Then the findings include:
      | rule  | category | severity | preference | schedule |
      | RE-02 | SCHEDULE | INFO     | PREFERRED  | BID      |
    And the finding of rule "RE-02" mentions "40.8 Gy"
    And the finding of rule "RE-02" mentions "39 Gy in 1.5 Gy twice daily"
    And the finding of rule "RE-02" mentions "GTV + 2-4 cm"

  Scenario: Resection planned but metastatic status unknown: the schedule is still shown while restaging is asked
    Given the case has:
      | plan.salvageSurgery          | PLANNED |
      | recurrence.distantMetastases | UNKNOWN |
    When the case is assessed
    Then rule "RE-02" fires
    And rule "C-08" fires

  Scenario: No surgery planned: no pre-operative schedule
    Given the case has plan.salvageSurgery = NONE
    When the case is assessed
    Then rule "RE-02" does not fire

  Scenario: A palliative plan with surgery planned gets no pre-operative schedule
    Given the case has:
      | plan.intent         | PALLIATIVE |
      | plan.salvageSurgery | PLANNED    |
    When the case is assessed
    Then rule "RE-02" does not fire
    And rule "RE-09" fires

  # RE-03: daily fractions, threshold re.dailyFractionDoseGy = 1.8 Gy (CURATIVE scope)
  Scenario: 36 Gy in 20 daily fractions (exactly 1.8 Gy): hyperfractionation preferred
    Given the case has:
      | plan.schedule    | DAILY |
      | plan.totalDoseGy | 36    |
      | plan.fractions   | 20    |
    When the case is assessed
    Then the findings include:
      | rule  | category | severity | preference | schedule |
      | RE-03 | SCHEDULE | INFO     | PREFERRED  | BID      |
    And the finding of rule "RE-03" mentions "1.8 Gy"

  Scenario: 35.8 Gy in 20 daily fractions (1.79 Gy, just below 1.8 Gy): no recommendation
    Given the case has:
      | plan.schedule    | DAILY |
      | plan.totalDoseGy | 35.8  |
      | plan.fractions   | 20    |
    When the case is assessed
    Then rule "RE-03" does not fire

  Scenario: 36.2 Gy in 20 daily fractions (1.81 Gy, just above 1.8 Gy): hyperfractionation preferred
    Given the case has:
      | plan.schedule    | DAILY |
      | plan.totalDoseGy | 36.2  |
      | plan.fractions   | 20    |
    When the case is assessed
    Then rule "RE-03" fires

  Scenario: 50.4 Gy in 28 daily fractions of 1.8 Gy, the first-course schedule: hyperfractionation preferred
    Given the case has:
      | plan.schedule    | DAILY |
      | plan.totalDoseGy | 50.4  |
      | plan.fractions   | 28    |
    When the case is assessed
    Then rule "RE-03" fires

  Scenario: 39 Gy in 26 fractions twice daily is already hyperfractionated
    Given the case has:
      | plan.schedule       | BID |
      | plan.totalDoseGy    | 39  |
      | plan.fractions      | 26  |
      | plan.fractionsPerDay | 2  |
    When the case is assessed
    Then rule "RE-03" does not fire

  Scenario: A palliative course of 1.8 Gy daily fractions gets no hyperfractionation advice
    Given the case has:
      | plan.intent      | PALLIATIVE |
      | plan.schedule    | DAILY      |
      | plan.totalDoseGy | 36         |
      | plan.fractions   | 20         |
    When the case is assessed
    Then rule "RE-03" does not fire

  # RE-12: concurrent fluoropyrimidine (CURATIVE scope)
  Scenario: Curative reirradiation without concurrent chemotherapy: add a fluoropyrimidine
    When the case is assessed
    Then the findings include:
      | rule  | category    | severity | agent        |
      | RE-12 | COMBINATION | INFO     | FLUOROURACIL |
    And the finding of rule "RE-12" mentions "capecitabine"
    And the finding of rule "RE-12" mentions "25 of 31"

  Scenario: Capecitabine planned concurrently: no suggestion to add chemotherapy
    Given the plan includes CAPECITABINE CONCURRENT
    When the case is assessed
    Then rule "RE-12" does not fire

  Scenario: Only sequential chemotherapy planned: a concurrent fluoropyrimidine is still suggested
    Given the plan includes FLUOROURACIL SEQUENTIAL 6 weeks from the radiotherapy
    When the case is assessed
    Then rule "RE-12" fires

  Scenario: Chemotherapy contraindicated: no suggestion to add it
    Given the case has patient.chemotherapyContraindicated = true
    When the case is assessed
    Then rule "RE-12" does not fire

  Scenario: A palliative plan without chemotherapy gets no chemotherapy suggestion
    Given the case has plan.intent = PALLIATIVE
    When the case is assessed
    Then rule "RE-12" does not fire
