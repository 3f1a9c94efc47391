Feature: Immune checkpoint inhibitors with reirradiation are investigational (C-20)
  A checkpoint inhibitor given concurrently with reirradiation belongs in a trial where one is
  available: the only randomised head-and-neck trial (KEYSTROKE, RTOG 3507) had no confirmed
  published result. One finding per agent; other timings and other agents do not trigger it.

  Scenario Outline: Concurrent <agent>
    Given a head and neck case
    And the plan includes <agent> CONCURRENT
    When the case is assessed
    Then the findings include:
      | rule | category | severity | agent   |
      | C-20 | TRIAL    | INFO     | <agent> |

    Examples:
      | agent         |
      | PEMBROLIZUMAB |
      | NIVOLUMAB     |

  Scenario: Two checkpoint inhibitors: one finding each
    Given a head and neck case
    And the plan includes PEMBROLIZUMAB CONCURRENT
    And the plan includes NIVOLUMAB CONCURRENT
    When the case is assessed
    Then the findings include:
      | rule | agent         |
      | C-20 | PEMBROLIZUMAB |
      | C-20 | NIVOLUMAB     |
    And the finding of rule "C-20" mentions "trial"

  Scenario Outline: No trial recommendation (<agent> <timing>)
    Given a head and neck case
    And the plan includes <agent> <timing> 4 weeks from the radiotherapy
    When the case is assessed
    Then rule "C-20" does not fire

    Examples:
      | agent         | timing     |
      | PEMBROLIZUMAB | ADJUVANT   |
      | NIVOLUMAB     | SEQUENTIAL |

  Scenario: Concurrent cetuximab is not a checkpoint inhibitor
    Given a head and neck case
    And the plan includes CETUXIMAB CONCURRENT
    When the case is assessed
    Then rule "C-20" does not fire
