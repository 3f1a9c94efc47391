Feature: Cumulative brain and brachial plexus doses (C-18, C-19)
  Brain: radionecrosis risk rises with the cumulative EQD2 (alpha/beta 2); above 100 Gy for
  conventional reirradiation: HIGH (C-18, MAYER2008 and SMINIA2012; the 100 Gy figure is
  unverified). Small SRS/FSRT volumes tolerate more and the brief gives no value, so an SBRT plan has
  no brain limit. Brachial plexus (head-and-neck data, CHEN-BP): 1-year freedom from plexopathy was
  67% above versus 86% below a cumulative maximum of 95 Gy, and 66% versus 87% when the
  reirradiation came within versus after 2 years: CAUTION when the cumulative maximum exceeds 95 Gy,
  or when less than 24 months lie between the courses and the plexus is dosed in both (C-19).

  Scenario Outline: Glioma reirradiation, cumulative brain maximum of <cumulative> Gy EQD2
    Given a brain case
    And the case has plan.technique = IMRT
    And the BRAIN DMAX dose was 60 Gy in 30 fractions before and is planned at <dose> Gy in <fractions> fractions
    When the case is assessed
    Then the cumulative BRAIN DMAX EQD2 is <cumulative> Gy
    And the cumulative BRAIN DMAX dose is <status>
    And rule "C-18" <C-18>

    Examples:
      | dose | fractions | cumulative | status  | C-18          |
      | 40   | 20        | 100.0      | WITHIN  | does not fire |
      | 42   | 21        | 102.0      | EXCEEDS | fires         |

  Scenario: Glioblastoma reirradiation with 35 Gy in 10 fractions after 60 Gy in 30 fractions
    # 35 Gy in 10 fractions = EQD2 48.1 Gy at alpha/beta 2
    Given a brain case
    And the case has plan.technique = IMRT
    And the BRAIN DMAX dose was 60 Gy in 30 fractions before and is planned at 35 Gy in 10 fractions
    When the case is assessed
    Then the cumulative BRAIN DMAX EQD2 is 108.1 Gy
    And the findings include:
      | rule | category   | severity | organ |
      | C-18 | DOSE_CHECK | HIGH     | BRAIN |
    And the cumulative BRAIN DMAX dose is checked by rule "C-18"
    And the finding of rule "C-18" mentions "SRS/FSRT"

  Scenario: Stereotactic reirradiation of the brain has no cumulative brain limit
    # 24 Gy in 3 fractions = EQD2 60 Gy; cumulative 120 Gy
    Given a brain case
    And the case has plan.technique = SBRT
    And the BRAIN DMAX dose was 60 Gy in 30 fractions before and is planned at 24 Gy in 3 fractions
    When the case is assessed
    Then the cumulative BRAIN DMAX EQD2 is 120.0 Gy
    And the cumulative BRAIN DMAX dose is NO_LIMIT
    And rule "C-18" does not fire

  Scenario: Without a planned technique the brain warning still fires (other than SBRT), though no limit is shown
    # The dose table uses only "any" limits without a technique (the contract); the warning treats an
    # unknown technique as conventional so that it never vanishes for a missing input.
    Given a brain case
    And the BRAIN DMAX dose was 60 Gy in 30 fractions before and is planned at 42 Gy in 21 fractions
    When the case is assessed
    Then the cumulative BRAIN DMAX EQD2 is 102.0 Gy
    And the cumulative BRAIN DMAX dose is NO_LIMIT
    And rule "C-18" fires

  Scenario: A centre that sets its own limit for stereotactic brain reirradiation gets the warning above it
    # 110 Gy is an illustrative local choice, not a literature value.
    Given a brain case
    And the case has plan.technique = SBRT
    And the centre sets "common.limit.BRAIN.DMAX.sbrt" to "110"
    And the BRAIN DMAX dose was 60 Gy in 30 fractions before and is planned at 24 Gy in 3 fractions
    When the case is assessed
    Then the cumulative BRAIN DMAX dose is EXCEEDS
    And the findings include:
      | rule | category   | severity | organ |
      | C-18 | DOSE_CHECK | HIGH     | BRAIN |

  Scenario Outline: Brachial plexus, cumulative maximum of <cumulative> Gy EQD2, more than 2 years after the first course
    Given a head and neck case
    And the BRACHIAL_PLEXUS DMAX dose was <prior> Gy in <fractions> fractions before and is planned at 40 Gy in 16 fractions
    When the case is assessed
    Then the cumulative BRACHIAL_PLEXUS DMAX EQD2 is <cumulative> Gy
    And the cumulative BRACHIAL_PLEXUS DMAX dose is <status>
    And rule "C-19" <C-19>

    Examples:
      | prior | fractions | cumulative | status  | C-19          |
      | 50    | 25        | 95.0       | WITHIN  | does not fire |
      | 52    | 26        | 97.0       | EXCEEDS | fires         |

  Scenario: Brachial plexus above 95 Gy: plexopathy risk
    Given a head and neck case
    And the BRACHIAL_PLEXUS DMAX dose was 66 Gy in 33 fractions before and is planned at 40 Gy in 16 fractions
    When the case is assessed
    Then the findings include:
      | rule | category   | severity | organ           |
      | C-19 | DOSE_CHECK | CAUTION  | BRACHIAL_PLEXUS |
    And the cumulative BRACHIAL_PLEXUS DMAX dose is checked by rule "C-19"
    And the finding of rule "C-19" mentions "33%"

  Scenario Outline: Brachial plexus dosed in both courses, reirradiation <start> after the first
    # 50 Gy in 25 fractions + 20 Gy in 10 fractions = 70 Gy EQD2, well below 95 Gy
    Given a head and neck case
    And the recurrence was diagnosed 22 months after the end of the prior course
    And the reirradiation starts <start> after the end of the prior course
    And the BRACHIAL_PLEXUS DMAX dose was 50 Gy in 25 fractions before and is planned at 20 Gy in 10 fractions
    When the case is assessed
    Then rule "C-19" <C-19>

    Examples:
      | start                 | C-19          |
      | 24 months             | does not fire |
      | 23 months and 20 days | fires         |

  Scenario: Early reirradiation that spares the plexus: no plexus concern
    Given a head and neck case
    And the recurrence was diagnosed 12 months after the end of the prior course
    And the reirradiation starts 13 months after the end of the prior course
    And the BRACHIAL_PLEXUS DMAX dose was 50 Gy in 25 fractions before and is planned at 0 Gy in 30 fractions
    When the case is assessed
    Then rule "C-19" does not fire
