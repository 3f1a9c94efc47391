Feature: Spinal cord after conventional reirradiation: Nieder's low-risk conditions (C-16a, C-16b)
  Nieder's pooled data: myelopathy risk was low (about 3%) when the cumulative cord BED was at most
  135.5 Gy2 (EQD2 67.75 Gy), no single course exceeded BED 98 Gy2 (EQD2 49 Gy) and at least 6 months
  lay between the courses; otherwise 25% (intermediate) to 90% (high risk). EQD2 uses alpha/beta
  2 Gy for the cervical and thoracic cord and 4 Gy for the lumbar cord (entered on the organ dose).
  Inside all three conditions: INFO (C-16a); any condition failed: HIGH with the computed values
  (C-16b). Plans other than SBRT (SBRT: C-17). No recovery of the prior dose is assumed unless the
  centre sets recovery factors. EQD2 = D x (d + alpha/beta) / (2 + alpha/beta), d = D / n.

  Background:
    Given a head and neck case
    And the case has plan.technique = IMRT

  Scenario: Cord within the low-risk conditions, cumulative EQD2 exactly 67.75 Gy
    # 46 Gy in 23 fractions = EQD2 46 Gy; 29 Gy in 29 fractions = EQD2 21.75 Gy
    Given the SPINAL_CORD DMAX dose was 46 Gy in 23 fractions before and is planned at 29 Gy in 29 fractions
    When the case is assessed
    Then the cumulative SPINAL_CORD DMAX EQD2 is 67.8 Gy
    And the cumulative SPINAL_CORD DMAX dose is WITHIN
    And the cumulative SPINAL_CORD DMAX dose is checked by rule "C-16a"
    And the findings include:
      | rule  | category   | severity | organ       |
      | C-16a | DOSE_CHECK | INFO     | SPINAL_CORD |
    And rule "C-16b" does not fire

  Scenario: Cumulative cord EQD2 of 68 Gy, just above 67.75 Gy: outside the low-risk conditions
    # 46 Gy in 23 fractions = EQD2 46 Gy; 22 Gy in 11 fractions = EQD2 22 Gy
    Given the SPINAL_CORD DMAX dose was 46 Gy in 23 fractions before and is planned at 22 Gy in 11 fractions
    When the case is assessed
    Then the cumulative SPINAL_CORD DMAX EQD2 is 68.0 Gy
    And the cumulative SPINAL_CORD DMAX dose is EXCEEDS
    And the cumulative SPINAL_CORD DMAX dose is checked by rule "C-16b"
    And the findings include:
      | rule  | category   | severity | organ       |
      | C-16b | DOSE_CHECK | HIGH     | SPINAL_CORD |
    And rule "C-16a" does not fire
    And the finding of rule "C-16b" mentions "Cumulative cord Dmax EQD2 68 Gy"

  Scenario: Lumbar cord, a prior course of exactly EQD2 49 Gy at alpha/beta 4
    # 42 Gy in 14 fractions at alpha/beta 4 = EQD2 49 Gy; 18 Gy in 9 fractions = EQD2 18 Gy
    Given the SPINAL_CORD DMAX dose was 42 Gy in 14 fractions before and is planned at 18 Gy in 9 fractions
    And the case has organDoses[0].alphaBetaGy = 4
    When the case is assessed
    Then the cumulative SPINAL_CORD DMAX EQD2 is 67.0 Gy
    And rule "C-16a" fires
    And rule "C-16b" does not fire

  Scenario: Lumbar cord, a prior course of EQD2 49.5 Gy: one course above 49 Gy though the sum is within
    # 44 Gy in 16 fractions at alpha/beta 4 = EQD2 49.5 Gy; cumulative 67.5 Gy
    Given the SPINAL_CORD DMAX dose was 44 Gy in 16 fractions before and is planned at 18 Gy in 9 fractions
    And the case has organDoses[0].alphaBetaGy = 4
    When the case is assessed
    Then the cumulative SPINAL_CORD DMAX EQD2 is 67.5 Gy
    And the cumulative SPINAL_CORD DMAX dose is WITHIN
    And rule "C-16b" fires
    And rule "C-16a" does not fire
    And the finding of rule "C-16b" mentions "largest prior course 49.5 Gy"

  Scenario Outline: Time between the courses: <start> after the end of the prior course
    Given the recurrence was diagnosed 5 months after the end of the prior course
    And the reirradiation starts <start> after the end of the prior course
    And the SPINAL_CORD DMAX dose was 46 Gy in 23 fractions before and is planned at 20 Gy in 10 fractions
    When the case is assessed
    Then rule "<fires>" fires
    And rule "<silent>" does not fire

    Examples:
      | start                | fires | silent |
      | 6 months             | C-16a | C-16b  |
      | 5 months and 20 days | C-16b | C-16a  |

  Scenario: The cord dose of a typical first head-and-neck course and a hyperfractionated reirradiation
    # 48 Gy in 35 fractions = EQD2 40.5 Gy; 12 Gy in 30 fractions = EQD2 7.2 Gy
    Given the SPINAL_CORD DMAX dose was 48 Gy in 35 fractions before and is planned at 12 Gy in 30 fractions
    When the case is assessed
    Then the cumulative SPINAL_CORD DMAX EQD2 is 47.7 Gy
    And the cumulative SPINAL_CORD DMAX dose is WITHIN
    And rule "C-16a" fires

  Scenario: A planned SBRT course is judged by Sahgal's criteria, not Nieder's
    Given the case has plan.technique = SBRT
    And the SPINAL_CORD DMAX dose was 46 Gy in 23 fractions before and is planned at 22 Gy in 11 fractions
    When the case is assessed
    Then rule "C-16a" does not fire
    And rule "C-16b" does not fire

  Scenario: A centre's recovery factor discounts the prior cord dose
    # 39.5 months between courses: the 12-month factor applies; 46 x 0.5 + 22 = 45 Gy
    Given the SPINAL_CORD DMAX dose was 46 Gy in 23 fractions before and is planned at 22 Gy in 11 fractions
    And the centre sets "common.cordRecoveryAt12Months" to "0.5"
    When the case is assessed
    Then the cumulative SPINAL_CORD DMAX EQD2 is 68.0 Gy
    And the cumulative SPINAL_CORD DMAX dose is WITHIN
    And rule "C-16a" fires
    And the finding of rule "C-16a" mentions "recovery factor 0.5"

  Scenario: The finding states Nieder's limits as BED 135.5 Gy2 and 98 Gy2
    Given the SPINAL_CORD DMAX dose was 46 Gy in 23 fractions before and is planned at 22 Gy in 11 fractions
    When the case is assessed
    Then the finding of rule "C-16b" mentions "low risk up to 67.75 Gy (BED 135.5 Gy2)"
    And the finding of rule "C-16b" mentions "each at most 49 Gy (BED 98 Gy2)"

  Scenario: A centre's stricter cord limit (a local choice, not literature) is stated with its own BED, not Nieder's
    # 60 Gy EQD2 = BED 120 Gy2; 45 Gy EQD2 = BED 90 Gy2 at alpha/beta 2
    Given the SPINAL_CORD DMAX dose was 46 Gy in 23 fractions before and is planned at 22 Gy in 11 fractions
    And the centre sets "common.limit.SPINAL_CORD.DMAX.conventional" to "60"
    And the centre sets "common.cordCourseLimitEqd2Gy" to "45"
    When the case is assessed
    Then rule "C-16b" fires
    And the finding of rule "C-16b" mentions "low risk up to 60 Gy (BED 120 Gy2)"
    And the finding of rule "C-16b" mentions "each at most 45 Gy (BED 90 Gy2)"
