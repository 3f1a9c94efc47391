Feature: Adjuvant reirradiation after salvage surgery (HN-25)
  GORTEC 98-03 randomised 130 patients after a macroscopically complete salvage resection (no major
  sequelae of the first RT, good general condition, no distant metastases) to 60 Gy over 11 weeks
  with fluorouracil and hydroxyurea or observation: better disease-free survival, no overall survival
  difference, grade 3-4 late toxicity at 2 years 39% vs 10%. Knowledge-base readings: margin R0 or R1
  stands for a macroscopically complete resection, ECOG 0-1 or KPS of at least 70 for a good general
  condition, and recorded toxicities without a late grade 3 or worse entry for no major sequelae.

  Background:
    Given a head and neck case
    And the case has:
      | recurrence.subsite             | ORAL_CAVITY   |
      | recurrence.resectable          | YES           |
      | recurrence.expectedMargin      | R0            |
      | plan.salvageSurgery            | DONE          |
      | priorToxicities[0].organ       | SKIN          |
      | priorToxicities[0].description | neck fibrosis |
      | priorToxicities[0].ctcaeGrade  | 2             |
      | priorToxicities[0].late        | true          |
      | priorToxicities[0].inField     | true          |

  Scenario: After a complete salvage resection: discuss adjuvant reirradiation with chemotherapy
    When the case is assessed
    Then the findings include:
      | rule  | category | severity | verdict |
      | HN-25 | COUNSEL  | INFO     | -       |
    And the finding of rule "HN-25" mentions "60 Gy over 11 weeks with fluorouracil and hydroxyurea"
    And the finding of rule "HN-25" mentions "not a trial criterion"
    And rule "HN-01" does not fire

  Scenario Outline: Adjuvant reirradiation and the patient's general condition
    Given the case has patient.ecog = <ecog>
    And the case has patient.kps = <kps>
    When the case is assessed
    Then rule "HN-25" <outcome>

    Examples:
      | ecog   | kps    | outcome       |
      | 0      | 90     | fires         |
      | 1      | 80     | fires         |
      | 2      | 80     | does not fire |
      | absent | 70     | fires         |
      | absent | 69     | does not fire |
      | absent | 71     | fires         |
      | 1      | 69     | does not fire |
      | absent | absent | does not fire |

  Scenario Outline: Adjuvant reirradiation needs a complete resection, no severe sequelae and no distant metastases
    Given the case has <path> = <value>
    When the case is assessed
    Then rule "HN-25" <outcome>

    Examples:
      | path                          | value   | outcome       |
      | recurrence.expectedMargin     | R1      | fires         |
      | recurrence.expectedMargin     | R2      | does not fire |
      | recurrence.expectedMargin     | absent  | does not fire |
      | priorToxicities[0].ctcaeGrade | 3       | does not fire |
      | priorToxicities[0].late       | false   | fires         |
      | priorToxicities[0].late       | absent  | fires         |
      | recurrence.distantMetastases  | UNKNOWN | does not fire |
      | recurrence.distantMetastases  | YES     | does not fire |
      | plan.salvageSurgery           | PLANNED | does not fire |
      | plan.intent                   | PALLIATIVE | does not fire |

  Scenario: A grade 3 toxicity of unknown timing may be a major sequela: no adjuvant recommendation
    Given the case has:
      | priorToxicities[0].ctcaeGrade | 3      |
      | priorToxicities[0].late       | absent |
    When the case is assessed
    Then rule "HN-25" does not fire

  Scenario: Without any recorded toxicity the absence of major sequelae is unknown
    Given the case has priorToxicities = absent
    When the case is assessed
    Then rule "HN-25" does not fire
