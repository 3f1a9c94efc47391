Feature: Cervix - cumulative rectum, bladder and sigmoid doses
  After image-guided brachytherapy the central pelvic organs have already received a high dose. The
  knowledge base checks the cumulative D2cc EQD2 (alpha/beta 3 Gy) of rectum and bladder against
  levels set below the medians of the only reirradiation cohort that reports them (JILIN2022: rectum
  115.0 Gy, bladder 130.5 Gy, grade 3 or more rectal 13% and urinary 21.7%): rectum 100 Gy, bladder
  120 Gy (cx.limit.RECTUM.D2CC.any, cx.limit.BLADDER.D2CC.any). These are design levels, not validated
  tolerances. The sigmoid has no value (NO_LIMIT) until a centre sets one. Doses known only as EQD2
  are entered in 2-Gy fractions.

  Scenario Outline: Cumulative rectum D2cc against the 100 Gy level (<position>)
    Given a cervix case
    And the RECTUM D2CC dose was 70 Gy in 35 fractions before and is planned at <planned> Gy in 15 fractions
    When the case is assessed
    Then the cumulative RECTUM D2CC EQD2 is <cumulative> Gy
    And the cumulative RECTUM D2CC dose is <status>
    And the cumulative RECTUM D2CC dose is checked by rule "CX-09"
    And rule "CX-09" <result>

    Examples:
      | position             | planned | cumulative | status  | result        |
      | just below the level | 29.4    | 99.2       | WITHIN  | does not fire |
      | at the level         | 30      | 100.0      | WITHIN  | does not fire |
      | just above the level | 30.6    | 100.8      | EXCEEDS | fires         |

  Scenario Outline: Cumulative bladder D2cc against the 120 Gy level (<position>)
    Given a cervix case
    And the BLADDER D2CC dose was 90 Gy in 45 fractions before and is planned at <planned> Gy in 15 fractions
    When the case is assessed
    Then the cumulative BLADDER D2CC EQD2 is <cumulative> Gy
    And the cumulative BLADDER D2CC dose is <status>
    And the cumulative BLADDER D2CC dose is checked by rule "CX-09"
    And rule "CX-09" <result>

    Examples:
      | position             | planned | cumulative | status  | result        |
      | just below the level | 29.4    | 119.2      | WITHIN  | does not fire |
      | at the level         | 30      | 120.0      | WITHIN  | does not fire |
      | just above the level | 30.6    | 120.8      | EXCEEDS | fires         |

  Scenario: Rectum above and bladder within: one high-severity finding, for the rectum only
    Given a cervix case
    And the RECTUM D2CC dose was 70 Gy in 35 fractions before and is planned at 36 Gy in 18 fractions
    And the BLADDER D2CC dose was 80 Gy in 40 fractions before and is planned at 36 Gy in 18 fractions
    When the case is assessed
    Then the findings include:
      | rule  | category   | severity | organ  |
      | CX-09 | DOSE_CHECK | HIGH     | RECTUM |
    And the cumulative RECTUM D2CC dose is EXCEEDS
    And the cumulative BLADDER D2CC dose is WITHIN
    And the finding of rule "CX-09" mentions "Cumulative RECTUM D2cc EQD2 106 Gy"
    And the finding of rule "CX-09" mentions "115.0 Gy"
    And the finding of rule "CX-09" mentions "13%"
    And the finding of rule "CX-09" mentions "104 Gy (alpha/beta 3) with no grade 3 or more toxicity"

  Scenario: The dose check applies to palliative reirradiation too
    Given a cervix case
    And the case has plan.intent = PALLIATIVE
    And the BLADDER D2CC dose was 90 Gy in 45 fractions before and is planned at 40 Gy in 20 fractions
    When the case is assessed
    Then the findings include:
      | rule  | severity | organ   |
      | CX-09 | HIGH     | BLADDER |
    And the finding of rule "CX-09" mentions "21.7%"

  Scenario: The sigmoid has no cumulative limit by default: the dose is shown, never passed
    Given a cervix case
    And the SIGMOID D2CC dose was 70 Gy in 35 fractions before and is planned at 40 Gy in 20 fractions
    When the case is assessed
    Then the cumulative SIGMOID D2CC EQD2 is 110.0 Gy
    And the cumulative SIGMOID D2CC dose is NO_LIMIT
    And the cumulative SIGMOID D2CC dose is checked by rule "CX-09"
    And rule "CX-09" does not fire

  Scenario: A centre that sets a sigmoid limit gets the sigmoid warning
    # 100 Gy is an illustrative local choice, not a value from the literature: the brief gives none.
    Given a cervix case
    And the centre sets "cx.limit.SIGMOID.D2CC.any" to "100"
    And the SIGMOID D2CC dose was 70 Gy in 35 fractions before and is planned at 40 Gy in 20 fractions
    When the case is assessed
    Then the cumulative SIGMOID D2CC dose is EXCEEDS
    And the findings include:
      | rule  | severity | organ   |
      | CX-09 | HIGH     | SIGMOID |
    And the finding of rule "CX-09" mentions "the limit is the centre's own"

  Scenario Outline: A centre's sigmoid limit is checked like the others (<position>)
    # 100 Gy is an illustrative local choice, not a value from the literature: the brief gives none.
    Given a cervix case
    And the centre sets "cx.limit.SIGMOID.D2CC.any" to "100"
    And the SIGMOID D2CC dose was 70 Gy in 35 fractions before and is planned at <planned> Gy in 15 fractions
    When the case is assessed
    Then the cumulative SIGMOID D2CC EQD2 is <cumulative> Gy
    And the cumulative SIGMOID D2CC dose is <status>
    And rule "CX-09" <result>

    Examples:
      | position             | planned | cumulative | status  | result        |
      | just below the level | 29.4    | 99.2       | WITHIN  | does not fire |
      | at the level         | 30      | 100.0      | WITHIN  | does not fire |
      | just above the level | 30.6    | 100.8      | EXCEEDS | fires         |

  Scenario: A prior organ dose without its planned part gives no cumulative value and no warning
    Given a cervix case
    And the case has:
      | organDoses[0].organ                   | RECTUM |
      | organDoses[0].metric                  | D2CC   |
      | organDoses[0].priorDoses[0].doseGy    | 90     |
      | organDoses[0].priorDoses[0].fractions | 45     |
    When the case is assessed
    Then the cumulative RECTUM D2CC dose is NO_LIMIT
    And rule "CX-09" does not fire

  Scenario: Repeat irradiation of another organ skips the reirradiation dose warning, the dose is still shown
    # The centre's Type 2 concern level of 150 Gy is an illustrative local choice (the brief gives none);
    # with it, a course that does not overlap the prior volume is classified as repeat irradiation.
    Given a cervix case
    And the centre sets "common.type2ConcernEqd2Gy" to "150"
    And the case has:
      | recurrence.overlapWithPriorVolume | NO    |
      | recurrence.sameOrgan              | false |
    And the RECTUM D2CC dose was 96 Gy in 48 fractions before and is planned at 6 Gy in 3 fractions
    When the case is assessed
    Then the reirradiation type is REPEAT_IRRADIATION
    And the cumulative RECTUM D2CC dose is EXCEEDS
    And rule "CX-09" does not fire
