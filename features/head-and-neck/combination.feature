Feature: Head and neck reirradiation with systemic therapy
  Intensive concurrent chemotherapy of the RTOG reirradiation trials (HN-20a cisplatin and paclitaxel,
  HN-20b fluorouracil and hydroxyurea), cetuximab with SBRT (HN-21), and PD-1 inhibitors only within
  a trial (HN-22, with the common C-20).

  Scenario: Concurrent cisplatin and paclitaxel: treatment-related deaths in RTOG 9911
    Given a head and neck case
    And the plan includes CISPLATIN CONCURRENT
    And the plan includes PACLITAXEL CONCURRENT
    When the case is assessed
    Then the findings include:
      | rule   | category    | severity | agent      |
      | HN-20a | COMBINATION | HIGH     | PACLITAXEL |
    And the finding of rule "HN-20a" mentions "8% treatment-related deaths"
    And the finding of rule "HN-20a" mentions "carotid"

  Scenario: Paclitaxel alone is not the RTOG 9911 regimen
    Given a head and neck case
    And the plan includes PACLITAXEL CONCURRENT
    When the case is assessed
    Then rule "HN-20a" does not fire

  Scenario: Cisplatin and paclitaxel given as induction are not concurrent
    Given a head and neck case
    And the plan includes CISPLATIN INDUCTION 6 weeks from the radiotherapy
    And the plan includes PACLITAXEL INDUCTION 6 weeks from the radiotherapy
    When the case is assessed
    Then rule "HN-20a" does not fire

  Scenario: Concurrent fluorouracil and hydroxyurea: treatment-related deaths in RTOG 9610
    Given a head and neck case
    And the plan includes FLUOROURACIL CONCURRENT
    And the plan includes HYDROXYUREA CONCURRENT
    When the case is assessed
    Then the findings include:
      | rule   | category    | severity | agent       |
      | HN-20b | COMBINATION | HIGH     | HYDROXYUREA |
    And the finding of rule "HN-20b" mentions "7.6%"

  Scenario: Fluorouracil with cisplatin is not the RTOG 9610 regimen
    Given a head and neck case
    And the plan includes FLUOROURACIL CONCURRENT
    And the plan includes CISPLATIN CONCURRENT
    When the case is assessed
    Then rule "HN-20b" does not fire
    And rule "HN-20a" does not fire

  Scenario: Concurrent cetuximab with SBRT is feasible
    Given a head and neck case
    And the case has:
      | plan.technique   | SBRT            |
      | plan.schedule    | EVERY_OTHER_DAY |
    And the plan includes CETUXIMAB CONCURRENT
    When the case is assessed
    Then the findings include:
      | rule  | category    | severity | agent     | technique |
      | HN-21 | COMBINATION | INFO     | CETUXIMAB | SBRT      |
    And the finding of rule "HN-21" mentions "24.5 vs 14.8 months"

  Scenario: Cetuximab with conventional IMRT: no SBRT statement
    Given a head and neck case
    And the case has plan.technique = IMRT
    And the plan includes CETUXIMAB CONCURRENT
    When the case is assessed
    Then rule "HN-21" does not fire

  Scenario: Cetuximab after SBRT is not concurrent
    Given a head and neck case
    And the case has plan.technique = SBRT
    And the plan includes CETUXIMAB ADJUVANT 4 weeks from the radiotherapy
    When the case is assessed
    Then rule "HN-21" does not fire

  Scenario Outline: Concurrent PD-1 inhibitor with reirradiation: within a trial only
    Given a head and neck case
    And the plan includes <agent> CONCURRENT
    When the case is assessed
    Then the findings include:
      | rule  | category | severity | agent   |
      | HN-22 | TRIAL    | INFO     | <agent> |
      | C-20  | TRIAL    | INFO     | <agent> |
    And the finding of rule "HN-22" mentions "no confirmed results"

    Examples:
      | agent         |
      | PEMBROLIZUMAB |
      | NIVOLUMAB     |

  Scenario: Pembrolizumab after reirradiation is not a concurrent checkpoint inhibitor
    Given a head and neck case
    And the plan includes PEMBROLIZUMAB ADJUVANT 6 weeks from the radiotherapy
    When the case is assessed
    Then rule "HN-22" does not fire
