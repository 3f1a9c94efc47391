Feature: Rectal cancer - prior and cumulative pelvic doses
  Short-course RT (5 x 5 Gy, RAPIDO) leaves less prior late-tissue dose than 50.4 Gy in 28 fractions
  (DIJKSTRA2023; EQD2 computed at alpha/beta 3 Gy). Cumulative rectum, bowel and bladder Dmax are
  compared at alpha/beta 3 Gy with the medians observed without grade 3 toxicity after pelvic SBRT
  reirradiation (ABUSARIS2012: re.limit.RECTUM.DMAX.any 104, re.limit.BOWEL.DMAX.any 98,
  re.limit.BLADDER.DMAX.any 113 Gy): observed ranges, not tolerance limits. Prior doses of 50 Gy in
  25 fractions are 2-Gy fractions, so their EQD2 is 50 Gy.

  Background:
    Given a rectum case
    And the case has recurrence.resectable = NO

  # RE-10: prior short-course RT (re.shortCourseDoseGy = 25, re.shortCourseFractions = 5)
  Scenario: Prior short-course RT 5 x 5 Gy: prior EQD2 40 Gy against 48.4 Gy after long-course chemoradiation
    Given the case has:
      | priorCourses[0].totalDoseGy | 25 |
      | priorCourses[0].fractions   | 5  |
    When the case is assessed
    Then the findings include:
      | rule  | category   | severity | organ |
      | RE-10 | DOSE_CHECK | INFO     | -     |
    And the finding of rule "RE-10" mentions "EQD2 (alpha/beta 3 Gy) 40 Gy vs 48.38 Gy"
    And the finding of rule "RE-10" mentions "12% after short-course RT with chemotherapy vs 8%"

  Scenario: Prior long-course chemoradiation 50.4 Gy in 28 fractions: no short-course statement
    Given the case has:
      | priorCourses[0].totalDoseGy | 50.4 |
      | priorCourses[0].fractions   | 28   |
    When the case is assessed
    Then rule "RE-10" does not fire

  Scenario: 25 Gy in 10 fractions is not short-course RT
    Given the case has:
      | priorCourses[0].totalDoseGy | 25 |
      | priorCourses[0].fractions   | 10 |
    When the case is assessed
    Then rule "RE-10" does not fire

  Scenario: 24 Gy in 5 fractions (just below 25 Gy) is not the RAPIDO short course
    Given the case has:
      | priorCourses[0].totalDoseGy | 24 |
      | priorCourses[0].fractions   | 5  |
    When the case is assessed
    Then rule "RE-10" does not fire

  Scenario: 26 Gy in 5 fractions (just above 25 Gy) is not the RAPIDO short course
    Given the case has:
      | priorCourses[0].totalDoseGy | 26 |
      | priorCourses[0].fractions   | 5  |
    When the case is assessed
    Then rule "RE-10" does not fire

  Scenario: A short course among two prior courses is recognised
    Given the case has:
      | priorCourses[1].startDate   | 2022-09-05 |
      | priorCourses[1].endDate     | 2022-09-09 |
      | priorCourses[1].totalDoseGy | 25         |
      | priorCourses[1].fractions   | 5          |
    When the case is assessed
    Then rule "RE-10" fires

  # RE-13b: rectum 104 Gy
  Scenario: Cumulative rectum Dmax exactly 104 Gy (50 + 54 Gy): within the observed range
    Given the RECTUM DMAX dose was 50 Gy in 25 fractions before and is planned at 54 Gy in 27 fractions
    When the case is assessed
    Then the cumulative RECTUM DMAX EQD2 is 104 Gy
    And the cumulative RECTUM DMAX dose is WITHIN
    And the cumulative RECTUM DMAX dose is checked by rule "RE-13b"
    And rule "RE-13b" does not fire

  Scenario: Cumulative rectum Dmax just below 104 Gy: within the observed range
    Given the RECTUM DMAX dose was 50 Gy in 25 fractions before and is planned at 53.8 Gy in 27 fractions
    When the case is assessed
    Then the cumulative RECTUM DMAX EQD2 is 103.7 Gy
    And the cumulative RECTUM DMAX dose is WITHIN
    And rule "RE-13b" does not fire

  Scenario: Cumulative rectum Dmax just above 104 Gy: above the dose seen without severe toxicity
    Given the RECTUM DMAX dose was 50 Gy in 25 fractions before and is planned at 54.2 Gy in 27 fractions
    When the case is assessed
    Then the cumulative RECTUM DMAX EQD2 is 104.3 Gy
    And the cumulative RECTUM DMAX dose is EXCEEDS
    And the findings include:
      | rule   | category   | severity | organ  |
      | RE-13b | DOSE_CHECK | CAUTION  | RECTUM |
    And the finding of rule "RE-13b" mentions "not a tolerance limit"

  # RE-13b: bowel 98 Gy
  Scenario: Cumulative bowel Dmax exactly 98 Gy (50 + 48 Gy): within the observed range
    Given the BOWEL DMAX dose was 50 Gy in 25 fractions before and is planned at 48 Gy in 24 fractions
    When the case is assessed
    Then the cumulative BOWEL DMAX EQD2 is 98 Gy
    And the cumulative BOWEL DMAX dose is WITHIN
    And rule "RE-13b" does not fire

  Scenario: Cumulative bowel Dmax just below 98 Gy: within the observed range
    Given the BOWEL DMAX dose was 50 Gy in 25 fractions before and is planned at 47.8 Gy in 24 fractions
    When the case is assessed
    Then the cumulative BOWEL DMAX dose is WITHIN
    And rule "RE-13b" does not fire

  Scenario: Cumulative bowel Dmax just above 98 Gy: above the dose seen without severe toxicity
    Given the BOWEL DMAX dose was 50 Gy in 25 fractions before and is planned at 48.2 Gy in 24 fractions
    When the case is assessed
    Then the cumulative BOWEL DMAX dose is EXCEEDS
    And the findings include:
      | rule   | category   | severity | organ |
      | RE-13b | DOSE_CHECK | CAUTION  | BOWEL |

  # RE-13b: bladder 113 Gy (an SBRT boost of 30 Gy in 4 fractions of 7.5 Gy is EQD2 63 Gy)
  Scenario: Cumulative bladder Dmax exactly 113 Gy (50 + 63 Gy): within the observed range
    Given the BLADDER DMAX dose was 50 Gy in 25 fractions before and is planned at 30 Gy in 4 fractions
    When the case is assessed
    Then the cumulative BLADDER DMAX EQD2 is 113 Gy
    And the cumulative BLADDER DMAX dose is WITHIN
    And rule "RE-13b" does not fire

  Scenario: Cumulative bladder Dmax just below 113 Gy: within the observed range
    Given the BLADDER DMAX dose was 50 Gy in 25 fractions before and is planned at 29.8 Gy in 4 fractions
    When the case is assessed
    Then the cumulative BLADDER DMAX EQD2 is 112.3 Gy
    And the cumulative BLADDER DMAX dose is WITHIN
    And rule "RE-13b" does not fire

  Scenario: Cumulative bladder Dmax just above 113 Gy: above the dose seen without severe toxicity
    Given the BLADDER DMAX dose was 50 Gy in 25 fractions before and is planned at 30.2 Gy in 4 fractions
    When the case is assessed
    Then the cumulative BLADDER DMAX EQD2 is 113.7 Gy
    And the cumulative BLADDER DMAX dose is EXCEEDS
    And the findings include:
      | rule   | category   | severity | organ   |
      | RE-13b | DOSE_CHECK | CAUTION  | BLADDER |

  Scenario: Rectum and bladder both above their values: one finding per organ
    Given the RECTUM DMAX dose was 50 Gy in 25 fractions before and is planned at 60 Gy in 30 fractions
    And the BLADDER DMAX dose was 50 Gy in 25 fractions before and is planned at 32 Gy in 4 fractions
    And the BOWEL DMAX dose was 50 Gy in 25 fractions before and is planned at 20 Gy in 10 fractions
    When the case is assessed
    Then the findings include:
      | rule   | organ   |
      | RE-13b | RECTUM  |
      | RE-13b | BLADDER |
    And the cumulative BOWEL DMAX dose is WITHIN

  Scenario: Small bowel has no validated cumulative limit: the dose is shown, never passed
    Given the SMALL_BOWEL DMAX dose was 50 Gy in 25 fractions before and is planned at 60 Gy in 30 fractions
    When the case is assessed
    Then the cumulative SMALL_BOWEL DMAX EQD2 is 110 Gy
    And the cumulative SMALL_BOWEL DMAX dose is NO_LIMIT
    And rule "RE-13b" does not fire

  Scenario: A centre's rectum level is reported as the check level, the cohort medians as the cohort's
    # 90 Gy is an illustrative local value, not a literature value.
    Given the RECTUM DMAX dose was 50 Gy in 25 fractions before and is planned at 50 Gy in 25 fractions
    And the centre sets "re.limit.RECTUM.DMAX.any" to "90"
    When the case is assessed
    Then the cumulative RECTUM DMAX dose is EXCEEDS
    And the findings include:
      | rule   | category   | severity | organ  |
      | RE-13b | DOSE_CHECK | CAUTION  | RECTUM |
    And the finding of rule "RE-13b" mentions "above 90 Gy (re.limit.RECTUM.DMAX.any)"
    And the finding of rule "RE-13b" mentions "median cumulative doses without grade 3 or more toxicity were rectum 104"

  Scenario: A centre's small-bowel level switches on that branch; no cohort value is claimed for it
    # 100 Gy is an illustrative local value, not a literature value.
    Given the SMALL_BOWEL DMAX dose was 50 Gy in 25 fractions before and is planned at 60 Gy in 30 fractions
    And the centre sets "re.limit.SMALL_BOWEL.DMAX.any" to "100"
    When the case is assessed
    Then the cumulative SMALL_BOWEL DMAX dose is EXCEEDS
    And the findings include:
      | rule   | category   | severity | organ       |
      | RE-13b | DOSE_CHECK | CAUTION  | SMALL_BOWEL |
    And the finding of rule "RE-13b" mentions "no small-bowel value is reported"

  # RE-13a: needs a local value (re.bowelAdjacentMm ships empty)
  Scenario: Bowel 5 mm from the recurrence: no small-bowel warning until the centre sets an adjacency distance
    Given the case has recurrence.bowelDistanceMm = 5
    When the case is assessed
    Then rule "RE-13a" does not fire

  Scenario: Centre's local choice of 10 mm (not a literature value): bowel at 9 mm is in the high-dose region
    Given the case has recurrence.bowelDistanceMm = 9
    And the centre sets "re.bowelAdjacentMm" to "10"
    When the case is assessed
    Then the findings include:
      | rule   | category   | severity | organ       |
      | RE-13a | DOSE_CHECK | HIGH     | SMALL_BOWEL |
    And the finding of rule "RE-13a" mentions "local value"

  Scenario: Centre's local choice of 10 mm (not a literature value): bowel at exactly 10 mm is not adjacent
    Given the case has recurrence.bowelDistanceMm = 10
    And the centre sets "re.bowelAdjacentMm" to "10"
    When the case is assessed
    Then rule "RE-13a" does not fire

  Scenario: Centre's local choice of 10 mm (not a literature value): bowel at 11 mm is not adjacent
    Given the case has recurrence.bowelDistanceMm = 11
    And the centre sets "re.bowelAdjacentMm" to "10"
    When the case is assessed
    Then rule "RE-13a" does not fire

  Scenario: Centre's local choice of 10 mm (not a literature value): bowel distance unknown gives no warning
    Given the centre sets "re.bowelAdjacentMm" to "10"
    When the case is assessed
    Then rule "RE-13a" does not fire
