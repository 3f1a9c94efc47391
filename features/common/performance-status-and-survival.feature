Feature: Performance status and estimated survival (C-10, C-11, C-12, C-25)
  Performance status and estimated survival are key eligibility factors (ANDRATSCHKE2022). The
  knowledge base bands them (a KB convention): ECOG 3 or more, or KPS below 50, makes curative
  reirradiation NOT_RECOMMENDED (C-10); ECOG 2, or KPS 50 to 69, makes it CONDITIONAL with
  counselling (C-11); ECOG 0-1 or KPS 70 or more gives no verdict. Either scale suffices; when both
  are given and disagree the worse band applies. Both verdicts judge curative plans only.
  An estimated survival below 3 months favours palliative intent, the shortest effective schedule
  or best supportive care (C-12, no verdict). A symptomatic recurrence with adequate performance
  status (ECOG 2 or better, KPS 50 or more) is a favourable case for palliative reirradiation (C-25).

  Scenario Outline: Curative plan, ECOG <ecog> alone
    Given a breast case
    And the case has patient.ecog = <ecog>
    And the case has patient.kps = absent
    When the case is assessed
    Then the verdict is <verdict>
    And rule "C-10" <C-10>
    And rule "C-11" <C-11>

    Examples:
      | ecog | verdict         | C-10          | C-11          |
      | 1    | CONDITIONAL     | does not fire | does not fire |
      | 2    | CONDITIONAL     | does not fire | fires         |
      | 3    | NOT_RECOMMENDED | fires         | does not fire |
      | 4    | NOT_RECOMMENDED | fires         | does not fire |

  Scenario Outline: Curative plan, KPS <kps> alone
    Given a breast case
    And the case has patient.ecog = absent
    And the case has patient.kps = <kps>
    When the case is assessed
    Then the verdict is <verdict>
    And rule "C-10" <C-10>
    And rule "C-11" <C-11>

    Examples:
      | kps | verdict         | C-10          | C-11          |
      | 40  | NOT_RECOMMENDED | fires         | does not fire |
      | 49  | NOT_RECOMMENDED | fires         | does not fire |
      | 50  | CONDITIONAL     | does not fire | fires         |
      | 60  | CONDITIONAL     | does not fire | fires         |
      | 69  | CONDITIONAL     | does not fire | fires         |
      | 70  | CONDITIONAL     | does not fire | does not fire |

  Scenario: ECOG 3 makes a curative reirradiation not recommended
    Given a breast case
    And the case has patient.ecog = 3
    And the case has patient.kps = 40
    When the case is assessed
    Then the verdict is NOT_RECOMMENDED
    And the verdict is imposed by "C-10"
    And the findings include:
      | rule | category    | severity | verdict         |
      | C-10 | ELIGIBILITY | HIGH     | NOT_RECOMMENDED |
    And the finding of rule "C-10" mentions "best supportive care"

  Scenario: ECOG 2 makes a curative reirradiation conditional, with counselling
    Given a breast case
    And the case has patient.ecog = 2
    And the case has patient.kps = 60
    When the case is assessed
    Then the verdict is CONDITIONAL
    And the verdict is imposed by "C-11"
    And the findings include:
      | rule | category    | severity | verdict     |
      | C-11 | ELIGIBILITY | CAUTION  | CONDITIONAL |
    And the finding of rule "C-11" mentions "counselling"

  Scenario Outline: ECOG and KPS disagree: the worse band applies (ECOG <ecog>, KPS <kps>)
    Given a breast case
    And the case has patient.ecog = <ecog>
    And the case has patient.kps = <kps>
    When the case is assessed
    Then the verdict is <verdict>
    And rule "C-10" <C-10>
    And rule "C-11" <C-11>

    Examples:
      | ecog | kps | verdict         | C-10          | C-11          |
      | 1    | 40  | NOT_RECOMMENDED | fires         | does not fire |
      | 3    | 80  | NOT_RECOMMENDED | fires         | does not fire |
      | 1    | 60  | CONDITIONAL     | does not fire | fires         |
      | 2    | 80  | CONDITIONAL     | does not fire | fires         |

  Scenario Outline: Performance-status verdicts judge curative plans only (palliative, ECOG <ecog>)
    Given a breast case
    And the case has plan.intent = PALLIATIVE
    And the case has patient.ecog = <ecog>
    And the case has patient.kps = absent
    When the case is assessed
    Then rule "C-10" does not fire
    And rule "C-11" does not fire

    Examples:
      | ecog |
      | 2    |
      | 3    |

  Scenario Outline: Estimated survival of <months> months
    Given a breast case
    And the case has patient.estimatedSurvivalMonths = <months>
    When the case is assessed
    Then rule "C-12" <C-12>

    Examples:
      | months | C-12          |
      | 2.9    | fires         |
      | 3      | does not fire |
      | 3.1    | does not fire |

  Scenario: Short estimated survival: palliative intent, no verdict of its own
    Given a breast case
    And the case has plan.intent = PALLIATIVE
    And the case has patient.estimatedSurvivalMonths = 2
    When the case is assessed
    Then the findings include:
      | rule | category    | severity | verdict |
      | C-12 | ELIGIBILITY | CAUTION  | -       |
    And the finding of rule "C-12" mentions "best supportive care"

  Scenario: A centre that empties the survival threshold silences C-12
    Given a breast case
    And the case has patient.estimatedSurvivalMonths = 2
    And the centre sets "common.shortSurvivalMonths" to ""
    When the case is assessed
    Then rule "C-12" does not fire

  Scenario: Symptomatic recurrence, ECOG 1, palliative plan: favourable
    Given a breast case
    And the case has plan.intent = PALLIATIVE
    And the case has recurrence.symptomatic = true
    When the case is assessed
    Then the verdict is FAVOURABLE
    And the verdict is imposed by "C-25"
    And the findings include:
      | rule | category    | severity | verdict    |
      | C-25 | ELIGIBILITY | INFO     | FAVOURABLE |

  Scenario Outline: Palliative reirradiation of a symptomatic recurrence: adequate performance status (ECOG <ecog>, KPS <kps>)
    Given a breast case
    And the case has plan.intent = PALLIATIVE
    And the case has recurrence.symptomatic = true
    And the case has patient.ecog = <ecog>
    And the case has patient.kps = <kps>
    When the case is assessed
    Then rule "C-25" <C-25>

    Examples:
      | ecog   | kps    | C-25          |
      | 2      | absent | fires         |
      | 3      | absent | does not fire |
      | absent | 50     | fires         |
      | absent | 49     | does not fire |
      | 2      | 40     | does not fire |
      | absent | absent | does not fire |

  Scenario Outline: C-25 needs a palliative plan for a symptomatic recurrence (intent <intent>, symptomatic <symptomatic>)
    Given a breast case
    And the case has plan.intent = <intent>
    And the case has recurrence.symptomatic = <symptomatic>
    When the case is assessed
    Then rule "C-25" <C-25>

    Examples:
      | intent     | symptomatic | C-25          |
      | CURATIVE   | true        | does not fire |
      | PALLIATIVE | false       | does not fire |
      | PALLIATIVE | absent      | does not fire |
      | absent     | true        | fires         |
