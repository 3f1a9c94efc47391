Feature: Cumulative doses to the brain, brainstem and optic apparatus
  Normal brain is checked by the common rule C-18 (cumulative EQD2 at alpha/beta 2 above 100 Gy for
  plans other than SRS/FSRT). The literature gives no cumulative limit for the brainstem, chiasm or optic
  nerves: the dose table shows NO_LIMIT and rule BRN-14 stays silent until a centre sets its own limit.

  Scenario: Without a local limit the brainstem dose is shown but not judged
    Given a brain case
    And the case has recurrence.histology = GLIOBLASTOMA
    And the BRAINSTEM DMAX dose was 54 Gy in 30 fractions before and is planned at 30 Gy in 10 fractions
    When the case is assessed
    Then the cumulative BRAINSTEM DMAX dose is NO_LIMIT
    And the cumulative BRAINSTEM DMAX EQD2 is 88.8 Gy
    And rule "BRN-14" does not fire

  Scenario Outline: A local brainstem limit of <limit> Gy EQD2 (a local choice, not a literature value)
    Given a brain case
    And the centre sets "brn.limit.BRAINSTEM.DMAX.any" to "<limit>"
    And the case has recurrence.histology = GLIOBLASTOMA
    And the BRAINSTEM DMAX dose was 50 Gy in 25 fractions before and is planned at 10 Gy in 5 fractions
    When the case is assessed
    Then the cumulative BRAINSTEM DMAX EQD2 is 60 Gy
    And the cumulative BRAINSTEM DMAX dose is <status>
    And rule "BRN-14" <warning>

    Examples:
      | limit | status  | warning       |
      | 59.9  | EXCEEDS | fires         |
      | 60    | WITHIN  | does not fire |
      | 60.1  | WITHIN  | does not fire |

  Scenario: Local limits for chiasm and optic nerve (local choices): one warning per organ above its limit
    Given a brain case
    And the centre sets "brn.limit.OPTIC_CHIASM.DMAX.any" to "55"
    And the centre sets "brn.limit.OPTIC_NERVE.DMAX.any" to "55"
    And the case has recurrence.histology = BRAIN_METASTASIS
    And the OPTIC_CHIASM DMAX dose was 50 Gy in 25 fractions before and is planned at 10 Gy in 5 fractions
    And the OPTIC_NERVE DMAX dose was 50 Gy in 25 fractions before and is planned at 10 Gy in 5 fractions
    When the case is assessed
    Then the cumulative OPTIC_CHIASM DMAX dose is EXCEEDS
    And the cumulative OPTIC_CHIASM DMAX dose is checked by rule "BRN-14"
    And the findings include:
      | rule   | category   | severity | organ        |
      | BRN-14 | DOSE_CHECK | HIGH     | OPTIC_CHIASM |
      | BRN-14 | DOSE_CHECK | HIGH     | OPTIC_NERVE  |
    And the finding of rule "BRN-14" mentions "no validated value"

  Scenario: A repeat organ irradiation without overlap skips the reirradiation dose warning
    # Both values are illustrative local choices, not literature values.
    Given a brain case
    And the centre sets "brn.limit.BRAINSTEM.DMAX.any" to "55"
    And the centre sets "common.type2ConcernEqd2Gy" to "120"
    And the case has:
      | recurrence.histology              | BRAIN_METASTASIS |
      | recurrence.overlapWithPriorVolume | NO               |
      | recurrence.sameOrgan              | true             |
    And the BRAINSTEM DMAX dose was 50 Gy in 25 fractions before and is planned at 10 Gy in 5 fractions
    When the case is assessed
    Then the reirradiation type is REPEAT_ORGAN_IRRADIATION
    And the cumulative BRAINSTEM DMAX dose is EXCEEDS
    And rule "BRN-14" does not fire

  # The brief's RTOG 1205 example: 60 Gy/30 then 35 Gy/10 gives 108.1 Gy EQD2 to brain receiving both.
  Scenario: 35 Gy in 10 fractions after 60 Gy in 30 fractions exceeds the normal-brain concern level
    Given a brain case
    And the case has recurrence.histology = GLIOBLASTOMA
    And the case has:
      | plan.technique   | IMRT |
      | plan.totalDoseGy | 35   |
      | plan.fractions   | 10   |
    And the BRAIN DMAX dose was 60 Gy in 30 fractions before and is planned at 35 Gy in 10 fractions
    When the case is assessed
    Then the cumulative BRAIN DMAX EQD2 is 108.1 Gy
    And the cumulative BRAIN DMAX dose is EXCEEDS
    And the cumulative BRAIN DMAX dose is checked by rule "C-18"
    And rule "C-18" fires

  Scenario: The same brain dose with fractionated stereotactic RT has no validated limit
    Given a brain case
    And the case has recurrence.histology = GLIOBLASTOMA
    And the case has:
      | plan.technique   | SBRT |
      | plan.totalDoseGy | 35   |
      | plan.fractions   | 10   |
    And the BRAIN DMAX dose was 60 Gy in 30 fractions before and is planned at 35 Gy in 10 fractions
    When the case is assessed
    Then the cumulative BRAIN DMAX dose is NO_LIMIT
    And rule "C-18" does not fire
