Feature: Spinal SBRT after conventional radiotherapy: Sahgal's range (C-17)
  After conventional palliative radiotherapy, SBRT reirradiation appeared safe when given at least
  5 months later, with a thecal-sac maximum of the SBRT course of at most about 25 Gy EQD2, a
  cumulative thecal-sac maximum of at most about 70 Gy EQD2, and the SBRT course contributing at most
  half of it (SAHGAL2012, HyTEC SAHGAL2019; alpha/beta 2 Gy). Any check failed: HIGH. The thecal
  sac is judged; without a thecal-sac dose the cord contour stands in (less conservative).
  No SBRT schedule gives exactly 25 Gy EQD2: 12 Gy in 2 fractions gives 24 Gy, 12.5 Gy in 2
  fractions 25.8 Gy.

  Background:
    Given a head and neck case
    And the case has:
      | priorCourses[0].intent      | PALLIATIVE  |
      | priorCourses[0].technique   | THREE_D_CRT |
      | priorCourses[0].totalDoseGy | 30          |
      | priorCourses[0].fractions   | 10          |
      | plan.intent                 | PALLIATIVE  |
      | plan.technique              | SBRT        |

  Scenario: Inside Sahgal's range: no warning
    # 30 Gy in 10 fractions = EQD2 37.5 Gy; 12 Gy in 2 fractions = EQD2 24 Gy; share 0.39
    Given the THECAL_SAC DMAX dose was 30 Gy in 10 fractions before and is planned at 12 Gy in 2 fractions
    When the case is assessed
    Then the cumulative THECAL_SAC DMAX EQD2 is 61.5 Gy
    And the cumulative THECAL_SAC DMAX dose is WITHIN
    And rule "C-17" does not fire

  Scenario Outline: SBRT <start> after the end of the conventional course
    Given the recurrence was diagnosed 4 months after the end of the prior course
    And the reirradiation starts <start> after the end of the prior course
    And the THECAL_SAC DMAX dose was 30 Gy in 10 fractions before and is planned at 12 Gy in 2 fractions
    When the case is assessed
    Then rule "C-17" <C-17>

    Examples:
      | start                | C-17          |
      | 5 months             | does not fire |
      | 4 months and 20 days | fires         |

  Scenario Outline: Thecal-sac maximum of the SBRT course: <dose> Gy in 2 fractions
    Given the THECAL_SAC DMAX dose was 30 Gy in 10 fractions before and is planned at <dose> Gy in 2 fractions
    When the case is assessed
    Then rule "C-17" <C-17>

    Examples:
      | dose | C-17          |
      | 12   | does not fire |
      | 12.5 | fires         |

  Scenario Outline: Cumulative thecal-sac maximum of <cumulative> Gy EQD2
    Given the THECAL_SAC DMAX dose was <prior> Gy in <fractions> fractions before and is planned at 12 Gy in 2 fractions
    When the case is assessed
    Then the cumulative THECAL_SAC DMAX EQD2 is <cumulative> Gy
    And the cumulative THECAL_SAC DMAX dose is <status>
    And rule "C-17" <C-17>

    Examples:
      | prior | fractions | cumulative | status  | C-17          |
      | 46    | 23        | 70.0       | WITHIN  | does not fire |
      | 48    | 24        | 72.0       | EXCEEDS | fires         |

  Scenario Outline: Share of the SBRT course in the cumulative maximum (prior EQD2 <prior> Gy, SBRT 24 Gy)
    Given the THECAL_SAC DMAX dose was <prior> Gy in <fractions> fractions before and is planned at 12 Gy in 2 fractions
    When the case is assessed
    Then rule "C-17" <C-17>

    Examples:
      | prior | fractions | C-17          |
      | 24    | 12        | does not fire |
      | 20    | 10        | fires         |

  Scenario: Outside Sahgal's range: a HIGH warning with the computed values
    Given the THECAL_SAC DMAX dose was 48 Gy in 24 fractions before and is planned at 12.5 Gy in 2 fractions
    When the case is assessed
    Then the findings include:
      | rule | category   | severity | organ      |
      | C-17 | DOSE_CHECK | HIGH     | THECAL_SAC |
    And the cumulative THECAL_SAC DMAX dose is checked by rule "C-17"
    And the finding of rule "C-17" mentions "SBRT course EQD2 25.78 Gy"

  Scenario: Without a thecal-sac dose the cord contour stands in
    Given the SPINAL_CORD DMAX dose was 48 Gy in 24 fractions before and is planned at 12 Gy in 2 fractions
    When the case is assessed
    Then the findings include:
      | rule | organ       |
      | C-17 | SPINAL_CORD |
    And the finding of rule "C-17" mentions "less conservative"

  Scenario: SBRT after a prior SBRT course is outside Sahgal's series: C-17 does not apply
    Given the case has priorCourses[0].technique = SBRT
    And the THECAL_SAC DMAX dose was 48 Gy in 24 fractions before and is planned at 12.5 Gy in 2 fractions
    When the case is assessed
    Then rule "C-17" does not fire
