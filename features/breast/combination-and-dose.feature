Feature: Breast reirradiation - hyperthermia, concurrent drugs and cumulative doses
  Hyperthermia burns, capecitabine with hyperthermia, the cumulative chest-wall dose (ADV2021: median
  103.5 Gy EQD2, IQR 95-110; 110 Gy at alpha/beta 3 is br.limit.CHEST_WALL.DMAX.any) and the brachial
  plexus after regional-node reirradiation. Baseline as in the glossary, first course 50 Gy in 25
  fractions, receptor status known.

  Background:
    Given a breast case
    And the case has:
      | priorCourses[0].totalDoseGy    | 50   |
      | priorCourses[0].fractions      | 25   |
      | recurrence.receptorStatusKnown | true |

  # BR-12: thermal burns.

  Scenario: Hyperthermia in the plan: warn about thermal burns
    Given the case has plan.hyperthermia = true
    When the case is assessed
    Then the findings include:
      | rule  | category    | severity | agent        |
      | BR-12 | COMBINATION | CAUTION  | HYPERTHERMIA |
    And the finding of rule "BR-12" mentions "thermal burns 23%"

  Scenario: Hyperthermia over a breast reconstruction: the reconstruction experience is quoted
    Given the case has plan.hyperthermia = true
    And the case has recurrence.reconstruction = true
    When the case is assessed
    Then the finding of rule "BR-12" mentions "This patient has a breast reconstruction"
    And the finding of rule "BR-12" mentions "3 of 36"

  Scenario: No hyperthermia in the plan: no burn warning
    Given the case has plan.hyperthermia = false
    When the case is assessed
    Then rule "BR-12" does not fire

  # BR-15: capecitabine with hyperthermia and reirradiation.

  Scenario: Concurrent capecitabine with hyperthermia and reirradiation
    Given the case has plan.hyperthermia = true
    And the plan includes CAPECITABINE CONCURRENT
    When the case is assessed
    Then the findings include:
      | rule  | category    | severity | agent       |
      | BR-15 | COMBINATION | INFO     | CAPECITABINE |
    And the finding of rule "BR-15" mentions "complete response 80%"

  Scenario: Concurrent capecitabine without hyperthermia: the hyperthermia series does not apply
    Given the case has plan.hyperthermia = false
    And the plan includes CAPECITABINE CONCURRENT
    When the case is assessed
    Then rule "BR-15" does not fire

  Scenario: Capecitabine given after the reirradiation with hyperthermia: not concurrent
    Given the case has plan.hyperthermia = true
    And the plan includes CAPECITABINE SEQUENTIAL 4 weeks from the radiotherapy
    When the case is assessed
    Then rule "BR-15" does not fire

  # BR-13: cumulative chest-wall Dmax EQD2 (alpha/beta 3) above 110 Gy.

  Scenario: Cumulative chest-wall EQD2 of 110.7 Gy: above the upper quartile of the reported experience
    Given the CHEST_WALL DMAX dose was 50.5 Gy in 25 fractions before and is planned at 60 Gy in 30 fractions
    When the case is assessed
    Then the cumulative CHEST_WALL DMAX EQD2 is 110.7 Gy
    And the cumulative CHEST_WALL DMAX dose is EXCEEDS
    And the cumulative CHEST_WALL DMAX dose is checked by rule "BR-13"
    And the findings include:
      | rule  | category   | severity | organ      | verdict |
      | BR-13 | DOSE_CHECK | HIGH     | CHEST_WALL | -       |
    And the finding of rule "BR-13" mentions "median cumulative 103.5 Gy"

  Scenario: Cumulative chest-wall EQD2 of exactly 110 Gy: at the limit, within
    Given the CHEST_WALL DMAX dose was 50 Gy in 25 fractions before and is planned at 60 Gy in 30 fractions
    When the case is assessed
    Then the cumulative CHEST_WALL DMAX EQD2 is 110 Gy
    And the cumulative CHEST_WALL DMAX dose is WITHIN
    And the cumulative CHEST_WALL DMAX dose is checked by rule "BR-13"
    And rule "BR-13" does not fire

  Scenario: Cumulative chest-wall EQD2 of 109.3 Gy: within
    Given the CHEST_WALL DMAX dose was 49.5 Gy in 25 fractions before and is planned at 60 Gy in 30 fractions
    When the case is assessed
    Then the cumulative CHEST_WALL DMAX EQD2 is 109.3 Gy
    And the cumulative CHEST_WALL DMAX dose is WITHIN
    And rule "BR-13" does not fire

  Scenario: 50 Gy in 25 fractions then 8 x 4 Gy: 94.8 Gy, inside the reported range
    Given the CHEST_WALL DMAX dose was 50 Gy in 25 fractions before and is planned at 32 Gy in 8 fractions
    When the case is assessed
    Then the cumulative CHEST_WALL DMAX EQD2 is 94.8 Gy
    And the cumulative CHEST_WALL DMAX dose is WITHIN

  Scenario: Chest wall treated again without overlap (repeat organ irradiation): no reirradiation dose warning
    # The Type 2 concern level has no literature value; 120 Gy is an illustrative local choice, not
    # literature. Below it, a course without overlap is a repeat organ irradiation (C-04a) and the
    # reirradiation dose warnings do not apply; the cumulative dose is still shown.
    Given the centre sets "common.type2ConcernEqd2Gy" to "120"
    And the case has recurrence.overlapWithPriorVolume = NO
    And the case has recurrence.sameOrgan = true
    And the CHEST_WALL DMAX dose was 50.5 Gy in 25 fractions before and is planned at 60 Gy in 30 fractions
    When the case is assessed
    Then the reirradiation type is REPEAT_ORGAN_IRRADIATION
    And the cumulative CHEST_WALL DMAX dose is EXCEEDS
    And rule "BR-13" does not fire

  # BR-19: regional-node recurrence in the irradiated field: the plexus dose must be entered; C-19 judges it.

  Scenario: Axillary or supraclavicular recurrence in the prior field without a plexus dose: ask for it
    Given the case has recurrence.subsite = REGIONAL_NODES
    When the case is assessed
    Then the findings include:
      | rule  | category   | severity | organ           |
      | BR-19 | DOSE_CHECK | CAUTION  | BRACHIAL_PLEXUS |
    And the finding of rule "BR-19" mentions "95 Gy"

  Scenario: Regional-node recurrence with the plexus dose entered: the common plexus check takes over
    Given the case has recurrence.subsite = REGIONAL_NODES
    And the BRACHIAL_PLEXUS DMAX dose was 50 Gy in 25 fractions before and is planned at 50 Gy in 25 fractions
    When the case is assessed
    Then rule "BR-19" does not fire
    And the cumulative BRACHIAL_PLEXUS DMAX EQD2 is 100 Gy
    And the cumulative BRACHIAL_PLEXUS DMAX dose is EXCEEDS
    And the cumulative BRACHIAL_PLEXUS DMAX dose is checked by rule "C-19"
    And rule "C-19" fires

  Scenario: Regional-node recurrence outside the prior field: no plexus request
    Given the case has recurrence.subsite = REGIONAL_NODES
    And the case has recurrence.overlapWithPriorVolume = NO
    When the case is assessed
    Then rule "BR-19" does not fire

  Scenario: Chest-wall recurrence in the prior field: the plexus request is for regional nodes only
    Given the case has recurrence.subsite = CHEST_WALL
    When the case is assessed
    Then rule "BR-19" does not fire
