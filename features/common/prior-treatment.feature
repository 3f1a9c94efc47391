Feature: What the prior course left behind: its plan and its late toxicity (C-14a, C-14b, C-15a, C-15b)
  Without the prior plan (DICOM dose, or at least prescription, fractionation, technique, dates and
  organ doses) the cumulative dose cannot be checked: a HIGH warning, and a curative plan stays
  CONDITIONAL (C-14b; C-14a gives the warning for plans that are not curative). An unknown
  availability is not "unavailable". A late toxicity of CTCAE grade 3 or more inside the region to
  be treated again is a HIGH warning, and curative reirradiation is UNFAVOURABLE (C-15b; C-15a for
  plans that are not curative): patients without severe soft-tissue or bone toxicity are the
  likeliest to benefit, and the randomised nasopharynx trial excluded them (McDONALD2011, YOU2023).

  Scenario: Prior plan unavailable before a curative reirradiation
    Given a breast case
    And the case has context.priorPlanAvailable = false
    When the case is assessed
    Then the verdict is CONDITIONAL
    And the verdict is imposed by "C-14b"
    And the findings include:
      | rule  | category   | severity | verdict     |
      | C-14b | DOSE_CHECK | HIGH     | CONDITIONAL |
    And rule "C-14a" does not fire

  Scenario: Prior plan unavailable before a palliative reirradiation: the warning without a verdict
    Given a breast case
    And the case has plan.intent = PALLIATIVE
    And the case has context.priorPlanAvailable = false
    When the case is assessed
    Then the findings include:
      | rule  | category   | severity | verdict |
      | C-14a | DOSE_CHECK | HIGH     | -       |
    And rule "C-14b" does not fire

  Scenario Outline: The prior plan is available or its availability unknown (<available>)
    Given a breast case
    And the case has context.priorPlanAvailable = <available>
    When the case is assessed
    Then rule "C-14a" does not fire
    And rule "C-14b" does not fire

    Examples:
      | available |
      | true      |
      | absent    |

  Scenario: Grade 3 late in-field fibrosis before a curative reirradiation
    Given a breast case
    And the case has:
      | priorToxicities[0].organ       | CHEST_WALL      |
      | priorToxicities[0].description | severe fibrosis |
      | priorToxicities[0].ctcaeGrade  | 3               |
      | priorToxicities[0].late        | true            |
      | priorToxicities[0].inField     | true            |
    When the case is assessed
    Then the verdict is UNFAVOURABLE
    And the verdict is imposed by "C-15b"
    And the findings include:
      | rule  | category    | severity | verdict      |
      | C-15b | ELIGIBILITY | HIGH     | UNFAVOURABLE |
    And the finding of rule "C-15b" mentions "severe fibrosis"
    And rule "C-15a" does not fire

  Scenario: Grade 3 late in-field toxicity before a palliative reirradiation: the warning without a verdict
    Given a breast case
    And the case has plan.intent = PALLIATIVE
    And the case has:
      | priorToxicities[0].organ       | SKIN       |
      | priorToxicities[0].description | ulceration |
      | priorToxicities[0].ctcaeGrade  | 3          |
      | priorToxicities[0].late        | true       |
      | priorToxicities[0].inField     | true       |
    When the case is assessed
    Then the findings include:
      | rule  | category    | severity | verdict |
      | C-15a | ELIGIBILITY | HIGH     | -       |
    And rule "C-15b" does not fire

  Scenario Outline: Prior toxicity that does not count as severe late in-field toxicity (grade <grade>, late <late>, in field <inField>)
    Given a breast case
    And the case has:
      | priorToxicities[0].organ       | CHEST_WALL |
      | priorToxicities[0].description | fibrosis   |
      | priorToxicities[0].ctcaeGrade  | <grade>    |
      | priorToxicities[0].late        | <late>     |
      | priorToxicities[0].inField     | <inField>  |
    When the case is assessed
    Then rule "C-15b" does not fire
    And rule "C-15a" does not fire

    Examples:
      | grade | late  | inField |
      | 2     | true  | true    |
      | 3     | false | true    |
      | 4     | true  | false   |
      | 3     | true  | absent  |
