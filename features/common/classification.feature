Feature: ESTRO-EORTC type of the reirradiation (C-02, C-03, C-04a, C-04b) and what follows from it (C-05, C-22)
  Type 1: the new course overlaps the previously irradiated volume. Type 2: no overlap, but an organ
  at risk that lay in both dose distributions reaches a cumulative dose of concern. Without overlap
  and without such a concern, treating the same organ again is "repeat organ irradiation", anything
  else "repeat irradiation"; the reirradiation-specific cumulative-dose warnings do not apply to
  them (ANDRATSCHKE2022). The recurrence's overlap stands for the planned volume's. A Type 1 or
  Type 2 decision needs an MDT review (C-05) and counselling on severe toxicity (C-22).

  The brief gives no cumulative dose "of concern": C-03 needs a local value
  (common.type2ConcernEqd2Gy) and stays silent until a centre sets it. An organ dose whose prior or
  planned part is unknown may lie in both dose distributions (unknown is not no): no repeat type is
  given until it is known.

  Scenario: Recurrence inside the previously irradiated volume is Type 1 reirradiation
    Given a breast case
    When the case is assessed
    Then the reirradiation type is TYPE_1
    And the findings include:
      | rule | category       | severity |
      | C-02 | CLASSIFICATION | INFO     |
      | C-22 | COUNSEL        | INFO     |

  Scenario: Without overlap and without organ doses the type stays undetermined
    Given a breast case
    And the case has recurrence.overlapWithPriorVolume = NO
    And the case has recurrence.sameOrgan = true
    When the case is assessed
    Then the reirradiation type is UNDETERMINED
    And rule "C-02" does not fire
    And rule "C-04a" does not fire
    And rule "C-22" does not fire

  Scenario: Same organ, no overlap, the heart is dosed only by the first course: repeat organ irradiation
    Given a breast case
    And the case has recurrence.overlapWithPriorVolume = NO
    And the case has recurrence.sameOrgan = true
    And the HEART DMEAN dose was 4 Gy in 25 fractions before and is planned at 0 Gy in 15 fractions
    When the case is assessed
    Then the reirradiation type is REPEAT_ORGAN_IRRADIATION
    And rule "C-04a" fires
    And rule "C-04b" does not fire
    And rule "C-22" does not fire

  Scenario: Another organ, no overlap, no organ dosed twice: repeat irradiation
    Given a breast case
    And the case has recurrence.overlapWithPriorVolume = NO
    And the case has recurrence.sameOrgan = false
    And the HEART DMEAN dose was 4 Gy in 25 fractions before and is planned at 0 Gy in 15 fractions
    When the case is assessed
    Then the reirradiation type is REPEAT_IRRADIATION
    And rule "C-04b" fires
    And rule "C-04a" does not fire

  Scenario: Same organ, no overlap, but the planned dose to the heart is unknown: no type can be given
    Given a breast case
    And the case has recurrence.overlapWithPriorVolume = NO
    And the case has recurrence.sameOrgan = true
    And the HEART DMEAN dose was 4 Gy in 25 fractions before and is planned at 0 Gy in 15 fractions
    And the case has organDoses[0].plannedDose = absent
    When the case is assessed
    Then the reirradiation type is UNDETERMINED
    And rule "C-04a" does not fire
    And rule "C-04b" does not fire

  Scenario: Another organ, no overlap, but the prior heart dose is unknown: no type can be given
    Given a breast case
    And the case has recurrence.overlapWithPriorVolume = NO
    And the case has recurrence.sameOrgan = false
    And the HEART DMEAN dose was 4 Gy in 25 fractions before and is planned at 0 Gy in 15 fractions
    And the case has organDoses[0].priorDoses = absent
    When the case is assessed
    Then the reirradiation type is UNDETERMINED
    And rule "C-04b" does not fire

  Scenario: An organ dosed in both courses without a local concern level: no type can be given
    Given a breast case
    And the case has recurrence.overlapWithPriorVolume = NO
    And the case has recurrence.sameOrgan = true
    And the SPINAL_CORD DMAX dose was 30 Gy in 15 fractions before and is planned at 20 Gy in 10 fractions
    When the case is assessed
    Then the reirradiation type is UNDETERMINED
    And rule "C-03" does not fire
    And rule "C-04a" does not fire

  Scenario: With the centre's concern level, a cumulative dose above it makes Type 2
    Given a breast case
    And the case has recurrence.overlapWithPriorVolume = NO
    And the case has recurrence.sameOrgan = true
    And the SPINAL_CORD DMAX dose was 30 Gy in 15 fractions before and is planned at 20 Gy in 10 fractions
    And the centre sets "common.type2ConcernEqd2Gy" to "45"
    When the case is assessed
    Then the reirradiation type is TYPE_2
    And the cumulative SPINAL_CORD DMAX EQD2 is 50.0 Gy
    And the findings include:
      | rule | category       | severity |
      | C-03 | CLASSIFICATION | INFO     |
      | C-22 | COUNSEL        | INFO     |

  Scenario: With the centre's concern level, a cumulative dose exactly at it is not a concern
    Given a breast case
    And the case has recurrence.overlapWithPriorVolume = NO
    And the case has recurrence.sameOrgan = true
    And the SPINAL_CORD DMAX dose was 30 Gy in 15 fractions before and is planned at 20 Gy in 10 fractions
    And the centre sets "common.type2ConcernEqd2Gy" to "50"
    When the case is assessed
    Then the reirradiation type is REPEAT_ORGAN_IRRADIATION
    And rule "C-03" does not fire
    And rule "C-04a" fires

  Scenario: With the centre's concern level, another organ below it is repeat irradiation
    Given a breast case
    And the case has recurrence.overlapWithPriorVolume = NO
    And the case has recurrence.sameOrgan = false
    And the SPINAL_CORD DMAX dose was 30 Gy in 15 fractions before and is planned at 20 Gy in 10 fractions
    And the centre sets "common.type2ConcernEqd2Gy" to "60"
    When the case is assessed
    Then the reirradiation type is REPEAT_IRRADIATION
    And rule "C-04b" fires

  Scenario: Repeat irradiation: the cumulative cord dose is shown but the reirradiation warnings stay silent
    Given a breast case
    And the case has recurrence.overlapWithPriorVolume = NO
    And the case has recurrence.sameOrgan = false
    And the case has plan.technique = IMRT
    And the SPINAL_CORD DMAX dose was 46 Gy in 23 fractions before and is planned at 22 Gy in 11 fractions
    And the centre sets "common.type2ConcernEqd2Gy" to "100"
    When the case is assessed
    Then the reirradiation type is REPEAT_IRRADIATION
    And the cumulative SPINAL_CORD DMAX EQD2 is 68.0 Gy
    And the cumulative SPINAL_CORD DMAX dose is EXCEEDS
    And the cumulative SPINAL_CORD DMAX dose is checked by rule "C-16b"
    And rule "C-16a" does not fire
    And rule "C-16b" does not fire

  Scenario: The same cord doses in a Type 1 reirradiation are warned about
    Given a breast case
    And the case has plan.technique = IMRT
    And the SPINAL_CORD DMAX dose was 46 Gy in 23 fractions before and is planned at 22 Gy in 11 fractions
    When the case is assessed
    Then the reirradiation type is TYPE_1
    And rule "C-16b" fires

  Scenario: Type 1 reirradiation not yet discussed by the tumour board (C-05)
    Given a breast case
    And the case has context.mdtReviewed = false
    When the case is assessed
    Then the findings include:
      | rule | category | severity |
      | C-05 | WORKUP   | CAUTION  |

  Scenario Outline: MDT review is asked for only when it is known not to have happened (mdtReviewed <reviewed>)
    Given a breast case
    And the case has context.mdtReviewed = <reviewed>
    When the case is assessed
    Then rule "C-05" does not fire

    Examples:
      | reviewed |
      | true     |
      | absent   |

  Scenario: Repeat irradiation needs no reirradiation MDT review or counselling
    Given a breast case
    And the case has recurrence.overlapWithPriorVolume = NO
    And the case has recurrence.sameOrgan = false
    And the case has context.mdtReviewed = false
    And the HEART DMEAN dose was 4 Gy in 25 fractions before and is planned at 0 Gy in 15 fractions
    When the case is assessed
    Then the reirradiation type is REPEAT_IRRADIATION
    And rule "C-05" does not fire
    And rule "C-22" does not fire

  Scenario: Type 2 reirradiation not yet discussed by the tumour board
    Given a breast case
    And the case has recurrence.overlapWithPriorVolume = NO
    And the case has recurrence.sameOrgan = true
    And the case has context.mdtReviewed = false
    And the SPINAL_CORD DMAX dose was 30 Gy in 15 fractions before and is planned at 20 Gy in 10 fractions
    And the centre sets "common.type2ConcernEqd2Gy" to "45"
    When the case is assessed
    Then the reirradiation type is TYPE_2
    And rule "C-05" fires
