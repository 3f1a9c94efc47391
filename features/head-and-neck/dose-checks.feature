Feature: Head and neck organ-at-risk checks
  For SBRT, the carotid maximum dose of the course (HN-18a/b: no carotid blowout was seen below
  34 Gy in 5-fraction SBRT). For the nasopharynx, cumulative doses to the temporal lobe, brainstem and
  optic apparatus (HN-28a: the NG2021 values were not retrieved, so a centre must set its limits) and
  the expected late effects for rT3-rT4 recurrences (HN-28b).

  # HN-18a / HN-18b carotid Dmax of the SBRT course (34 Gy)

  Scenario Outline: SBRT and the carotid maximum dose of this course
    Given a head and neck case
    And the case has:
      | plan.technique   | SBRT            |
      | plan.totalDoseGy | 40              |
      | plan.fractions   | 5               |
      | plan.schedule    | EVERY_OTHER_DAY |
    And the CAROTID_ARTERY DMAX dose was 66 Gy in 35 fractions before and is planned at <dose> Gy in 5 fractions
    When the case is assessed
    Then rule "<fires>" fires
    And rule "<silent>" does not fire
    And the cumulative CAROTID_ARTERY DMAX dose is NO_LIMIT

    Examples:
      | dose | fires  | silent |
      | 30   | HN-18a | HN-18b |
      | 33.9 | HN-18a | HN-18b |
      | 34   | HN-18b | HN-18a |
      | 36   | HN-18b | HN-18a |

  Scenario: SBRT with a carotid maximum dose of 36 Gy: above the level without blowouts
    Given a head and neck case
    And the case has:
      | plan.technique   | SBRT            |
      | plan.totalDoseGy | 40              |
      | plan.fractions   | 5               |
      | plan.schedule    | EVERY_OTHER_DAY |
    And the CAROTID_ARTERY DMAX dose was 66 Gy in 35 fractions before and is planned at 36 Gy in 5 fractions
    When the case is assessed
    Then the findings include:
      | rule   | category   | severity | organ          |
      | HN-18b | DOSE_CHECK | CAUTION  | CAROTID_ARTERY |
    And the finding of rule "HN-18b" mentions "36 Gy in 5 fractions"

  Scenario: SBRT without a carotid dose: a reminder to record and check it
    Given a head and neck case
    And the case has plan.technique = SBRT
    When the case is assessed
    Then the findings include:
      | rule   | category   | severity | organ          |
      | HN-18a | DOSE_CHECK | INFO     | CAROTID_ARTERY |
    And the finding of rule "HN-18a" mentions "No planned carotid Dmax is given"

  Scenario: Conventional IMRT: the SBRT carotid check does not apply
    Given a head and neck case
    And the case has plan.technique = IMRT
    And the CAROTID_ARTERY DMAX dose was 66 Gy in 35 fractions before and is planned at 40 Gy in 20 fractions
    When the case is assessed
    Then rule "HN-18a" does not fire
    And rule "HN-18b" does not fire

  Scenario: Repeat irradiation without overlap: the reirradiation carotid check does not apply
    Given a head and neck case
    And the case has:
      | recurrence.overlapWithPriorVolume | NO    |
      | recurrence.sameOrgan              | false |
      | plan.technique                    | SBRT  |
    And the CAROTID_ARTERY DMAX dose was 0 Gy in 35 fractions before and is planned at 36 Gy in 5 fractions
    When the case is assessed
    Then the reirradiation type is REPEAT_IRRADIATION
    And rule "HN-18b" does not fire
    And rule "HN-18a" does not fire

  Scenario: Without overlap but with the carotid's prior dose unknown, the type is undetermined and the check still applies
    Given a head and neck case
    And the case has:
      | recurrence.overlapWithPriorVolume | NO    |
      | recurrence.sameOrgan              | false |
      | plan.technique                    | SBRT  |
    And the CAROTID_ARTERY DMAX dose was 0 Gy in 35 fractions before and is planned at 36 Gy in 5 fractions
    And the case has organDoses[0].priorDoses = absent
    When the case is assessed
    Then the reirradiation type is UNDETERMINED
    And rule "C-04b" does not fire
    And the findings include:
      | rule   | category   | severity | organ          |
      | HN-18b | DOSE_CHECK | CAUTION  | CAROTID_ARTERY |

  # HN-28a nasopharynx cumulative limits: need the centre's values

  Scenario: Without a centre's limit, the temporal-lobe dose is shown with no limit and no warning
    Given a head and neck case
    And the case has:
      | recurrence.subsite | NASOPHARYNX |
      | plan.technique     | IMRT        |
    And the TEMPORAL_LOBE DMAX dose was 60 Gy in 30 fractions before and is planned at 12 Gy in 6 fractions
    When the case is assessed
    Then the cumulative TEMPORAL_LOBE DMAX dose is NO_LIMIT
    And the cumulative TEMPORAL_LOBE DMAX EQD2 is 72 Gy
    And rule "HN-28a" does not fire

  Scenario: A centre limit of 70 Gy EQD2 for the temporal lobe (a local choice, not literature): 72 Gy exceeds it
    Given a head and neck case
    And the centre sets "hn.limit.TEMPORAL_LOBE.DMAX.any" to "70"
    And the case has:
      | recurrence.subsite | NASOPHARYNX |
      | plan.technique     | IMRT        |
    And the TEMPORAL_LOBE DMAX dose was 60 Gy in 30 fractions before and is planned at 12 Gy in 6 fractions
    When the case is assessed
    Then the cumulative TEMPORAL_LOBE DMAX dose is EXCEEDS
    And the cumulative TEMPORAL_LOBE DMAX dose is checked by rule "HN-28a"
    And the findings include:
      | rule   | category   | severity | organ         |
      | HN-28a | DOSE_CHECK | HIGH     | TEMPORAL_LOBE |
    And the finding of rule "HN-28a" mentions "centre's limit of 70 Gy"

  Scenario: At the centre's temporal-lobe limit of 70 Gy EQD2 (a local choice, not literature) the dose is within it
    Given a head and neck case
    And the centre sets "hn.limit.TEMPORAL_LOBE.DMAX.any" to "70"
    And the case has:
      | recurrence.subsite | NASOPHARYNX |
      | plan.technique     | IMRT        |
    And the TEMPORAL_LOBE DMAX dose was 60 Gy in 30 fractions before and is planned at 10 Gy in 5 fractions
    When the case is assessed
    Then the cumulative TEMPORAL_LOBE DMAX dose is WITHIN
    And the cumulative TEMPORAL_LOBE DMAX EQD2 is 70 Gy
    And rule "HN-28a" does not fire

  Scenario: Centre limits for the brainstem and optic chiasm (a local choice, not literature): one warning per organ above its limit
    Given a head and neck case
    And the centre sets "hn.limit.BRAINSTEM.DMAX.any" to "64"
    And the centre sets "hn.limit.OPTIC_CHIASM.DMAX.any" to "64"
    And the centre sets "hn.limit.OPTIC_NERVE.DMAX.any" to "64"
    And the case has:
      | recurrence.subsite | NASOPHARYNX |
      | plan.technique     | IMRT        |
    And the BRAINSTEM DMAX dose was 54 Gy in 30 fractions before and is planned at 14 Gy in 7 fractions
    And the OPTIC_CHIASM DMAX dose was 50 Gy in 30 fractions before and is planned at 20 Gy in 10 fractions
    And the OPTIC_NERVE DMAX dose was 40 Gy in 30 fractions before and is planned at 10 Gy in 5 fractions
    When the case is assessed
    Then the findings include:
      | rule   | organ        |
      | HN-28a | BRAINSTEM    |
      | HN-28a | OPTIC_CHIASM |
    And the cumulative OPTIC_NERVE DMAX dose is WITHIN

  Scenario: A centre's temporal-lobe limit (a local choice, not literature) is not a nasopharynx warning for an oropharyngeal recurrence
    Given a head and neck case
    And the centre sets "hn.limit.TEMPORAL_LOBE.DMAX.any" to "70"
    And the case has:
      | recurrence.subsite | OROPHARYNX |
      | plan.technique     | IMRT       |
    And the TEMPORAL_LOBE DMAX dose was 60 Gy in 30 fractions before and is planned at 12 Gy in 6 fractions
    When the case is assessed
    Then the cumulative TEMPORAL_LOBE DMAX dose is EXCEEDS
    And rule "HN-28a" does not fire

  # HN-28b late effects of reirradiation for rT3-rT4 nasopharyngeal carcinoma

  Scenario Outline: Counselling on late effects for advanced nasopharyngeal recurrences
    Given a head and neck case
    And the case has:
      | recurrence.subsite | NASOPHARYNX |
      | recurrence.rStage  | <stage>     |
    When the case is assessed
    Then rule "HN-28b" <outcome>

    Examples:
      | stage | outcome       |
      | rT2   | does not fire |
      | rT3   | fires         |
      | rT4   | fires         |
      | rT4b  | fires         |

  Scenario: The late-effect counselling gives the expected rates
    Given a head and neck case
    And the case has:
      | recurrence.subsite | NASOPHARYNX |
      | recurrence.rStage  | rT4         |
    When the case is assessed
    Then the findings include:
      | rule   | category | severity |
      | HN-28b | COUNSEL  | INFO     |
    And the finding of rule "HN-28b" mentions "temporal-lobe necrosis 14.6%"
    And the finding of rule "HN-28b" mentions "cranial neuropathy 27.0%"

  Scenario: An rT4 oropharyngeal recurrence gets no nasopharynx late-effect counselling
    Given a head and neck case
    And the case has:
      | recurrence.subsite | OROPHARYNX |
      | recurrence.rStage  | rT4        |
    When the case is assessed
    Then rule "HN-28b" does not fire
