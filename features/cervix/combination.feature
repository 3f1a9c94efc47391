Feature: Cervix - systemic therapy with reirradiation: bevacizumab and the fistula risk
  Bevacizumab added to chemotherapy improved survival in recurrent cervical cancer (GOG 240: 17.0 vs
  13.3 months at the 2014 report, 16.8 vs 13.3 months, HR 0.77, at the 2017 final analysis), but every
  fistula occurred in women with previous pelvic radiotherapy (any grade 15% vs 1%). In cohorts after
  pelvic radiotherapy the fistula or perforation rate was 20.8% vs 8.0% (GORILLA) and 40% vs 8% after
  chemoradiation with brachytherapy, mostly with invasive procedures or reirradiation (STURDZA2017).
  Every cervix case here has had pelvic radiotherapy, so the warnings apply to any planned bevacizumab.

  Scenario: Concurrent bevacizumab with curative reirradiation: two high-severity fistula warnings
    Given a cervix case
    And the case has plan.technique = IMRT
    And the plan includes BEVACIZUMAB CONCURRENT
    When the case is assessed
    Then the findings include:
      | rule  | category    | severity | agent       |
      | CX-07 | COMBINATION | HIGH     | BEVACIZUMAB |
      | CX-08 | COMBINATION | HIGH     | BEVACIZUMAB |
      | CX-16 | COMBINATION | INFO     | BEVACIZUMAB |
    And the finding of rule "CX-07" mentions "15% with bevacizumab vs 1% without"
    And the finding of rule "CX-07" mentions "20.8% with vs 8.0% without"
    And the finding of rule "CX-08" mentions "pelvic reirradiation planned (IMRT)"
    And the finding of rule "CX-08" mentions "reconsider bevacizumab"

  Scenario: Bevacizumab after a palliative course, given sequentially: the warnings apply whatever the timing and intent
    Given a cervix case
    And the case has plan.intent = PALLIATIVE
    And the plan includes BEVACIZUMAB SEQUENTIAL 4 weeks from the radiotherapy
    When the case is assessed
    Then rule "CX-07" fires
    And rule "CX-08" fires
    And rule "CX-16" fires

  Scenario: Bladder invasion and a recent invasive procedure add to the fistula risk of bevacizumab
    Given a cervix case
    And the case has:
      | recurrence.organInvasion           | [BLADDER, RECTUM] |
      | recurrence.recentInvasiveProcedure | true              |
    And the plan includes BEVACIZUMAB CONCURRENT
    When the case is assessed
    Then the finding of rule "CX-08" mentions "invasion of the rectum and bladder"
    And the finding of rule "CX-08" mentions "a recent invasive procedure"
    And the finding of rule "CX-08" mentions "5 of the 6 women with a fistula had invasive procedures"

  Scenario: Chemotherapy without bevacizumab: no fistula warning, but the survival benefit of bevacizumab is recalled
    Given a cervix case
    And the plan includes CISPLATIN CONCURRENT
    When the case is assessed
    Then rule "CX-07" does not fire
    And rule "CX-08" does not fire
    And the findings include:
      | rule  | category    | severity | agent       |
      | CX-16 | COMBINATION | INFO     | BEVACIZUMAB |
    And the finding of rule "CX-16" mentions "CISPLATIN"
    And the finding of rule "CX-16" mentions "HR 0.77"

  Scenario: No systemic therapy planned: no combination finding
    Given a cervix case
    When the case is assessed
    Then rule "CX-07" does not fire
    And rule "CX-08" does not fire
    And rule "CX-16" does not fire
