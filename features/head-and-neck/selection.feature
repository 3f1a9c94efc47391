Feature: Head and neck reirradiation: who is a candidate
  Selection for head and neck reirradiation (brief 2.1): salvage surgery or endoscopic
  nasopharyngectomy first when possible, the interval since the prior course, performance status,
  organ dysfunction, subsite, prior severe toxicity, pathological confirmation, and the favourable
  curative candidate (HN-30). The baseline case is a curative Type 1 reirradiation, ECOG 1 / KPS 80,
  recurrence about 38.5 months after 70 Gy in 35 fractions.

  # HN-01 salvage surgery first

  Scenario: A resectable recurrence in a patient fit for surgery is offered salvage surgery first
    Given a head and neck case
    And the case has:
      | recurrence.resectable   | YES  |
      | patient.fitForSurgery   | true |
      | patient.feedingTubeDependent  | false |
      | patient.tracheostomyDependent | false |
    When the case is assessed
    Then rule "HN-01" fires
    And the findings include:
      | rule  | category    | severity | verdict     |
      | HN-01 | ALTERNATIVE | CAUTION  | CONDITIONAL |
      | HN-30 | ELIGIBILITY | INFO     | FAVOURABLE  |
    And the verdict is CONDITIONAL
    And the verdict is imposed by "HN-01"
    And the finding of rule "HN-01" mentions "adjuvant reirradiation"

  Scenario: A patient who declines surgery is not redirected to salvage surgery
    Given a head and neck case
    And the case has:
      | recurrence.resectable   | YES  |
      | patient.fitForSurgery   | true |
      | patient.declinesSurgery | true |
    When the case is assessed
    Then rule "HN-01" does not fire

  Scenario: Salvage surgery already planned: the surgery-first advice is not repeated
    Given a head and neck case
    And the case has:
      | recurrence.resectable | YES     |
      | patient.fitForSurgery | true    |
      | plan.salvageSurgery   | PLANNED |
    When the case is assessed
    Then rule "HN-01" does not fire

  Scenario: A resectable recurrence in a patient not fit for surgery: no surgery-first advice
    Given a head and neck case
    And the case has:
      | recurrence.resectable | YES   |
      | patient.fitForSurgery | false |
    When the case is assessed
    Then rule "HN-01" does not fire

  Scenario: Surgery-first advice concerns curative plans only
    Given a head and neck case
    And the case has:
      | plan.intent           | PALLIATIVE |
      | recurrence.resectable | YES        |
      | patient.fitForSurgery | true       |
    When the case is assessed
    Then rule "HN-01" does not fire

  # HN-02 endoscopic nasopharyngectomy (KPS >= 70, age <= 70, carotid distance >= 5 mm)

  Scenario Outline: Nasopharyngeal recurrence in the endoscopic zone: endoscopic nasopharyngectomy is considered
    Given a head and neck case
    And the case has:
      | recurrence.subsite                      | NASOPHARYNX |
      | recurrence.histology                    | NASOPHARYNGEAL_CARCINOMA |
      | recurrence.rStage                       | <stage>     |
      | recurrence.deepParapharyngealExtension  | false       |
      | recurrence.distanceToInternalCarotidMm  | <distance>  |
      | patient.kps                             | <kps>       |
      | patient.ageYears                        | <age>       |
    When the case is assessed
    Then rule "HN-02" <outcome>

    Examples:
      | stage | distance | kps | age | outcome        |
      | rT2   | 8        | 80  | 60  | fires          |
      | rT1   | 8        | 80  | 60  | fires          |
      | rT3   | 8        | 80  | 60  | fires          |
      | rT4   | 8        | 80  | 60  | does not fire  |
      | rT2   | 8        | 70  | 60  | fires          |
      | rT2   | 8        | 69  | 60  | does not fire  |
      | rT2   | 8        | 60  | 60  | does not fire  |
      | rT2   | 8        | 80  | 69  | fires          |
      | rT2   | 8        | 80  | 70  | fires          |
      | rT2   | 8        | 80  | 71  | does not fire  |
      | rT2   | 5.1      | 80  | 60  | fires          |
      | rT2   | 5        | 80  | 60  | fires          |
      | rT2   | 4.9      | 80  | 60  | does not fire  |
      | rT2   | absent   | 80  | 60  | fires          |

  Scenario: Endoscopic nasopharyngectomy makes the curative verdict conditional
    Given a head and neck case
    And the case has:
      | recurrence.subsite                     | NASOPHARYNX |
      | recurrence.rStage                      | rT2         |
      | recurrence.deepParapharyngealExtension | false       |
    When the case is assessed
    Then the verdict is CONDITIONAL
    And the verdict is imposed by "HN-02"
    And the finding of rule "HN-02" mentions "85.8% vs 68.0%"

  Scenario: Retropharyngeal nodes: endoscopic nasopharyngectomy is not preferred
    Given a head and neck case
    And the case has:
      | recurrence.subsite                     | NASOPHARYNX |
      | recurrence.rStage                      | rT2         |
      | recurrence.deepParapharyngealExtension | false       |
      | recurrence.retropharyngealNodes        | true        |
    When the case is assessed
    Then rule "HN-02" does not fire

  Scenario: Deep parapharyngeal extension, or extension unknown: outside the endoscopic zone
    Given a head and neck case
    And the case has:
      | recurrence.subsite                     | NASOPHARYNX |
      | recurrence.rStage                      | rT2         |
    When the case is assessed
    Then rule "HN-02" does not fire

  Scenario: A nasopharyngeal recurrence judged unresectable is not sent to endoscopic surgery
    Given a head and neck case
    And the case has:
      | recurrence.subsite                     | NASOPHARYNX |
      | recurrence.rStage                      | rT2         |
      | recurrence.deepParapharyngealExtension | false       |
      | recurrence.resectable                  | NO          |
    When the case is assessed
    Then rule "HN-02" does not fire

  Scenario: Endoscopic nasopharyngectomy advice concerns curative plans only
    Given a head and neck case
    And the case has:
      | plan.intent                            | PALLIATIVE  |
      | recurrence.subsite                     | NASOPHARYNX |
      | recurrence.rStage                      | rT2         |
      | recurrence.deepParapharyngealExtension | false       |
    When the case is assessed
    Then rule "HN-02" does not fire

  # HN-03 and HN-04: interval from the prior course to the recurrence (6 and 12 months)

  Scenario: Recurrence just under 6 months after the prior course: outside RTOG 9610/9911 eligibility
    Given a head and neck case
    And the recurrence was diagnosed 5 months and 20 days after the end of the prior course
    When the case is assessed
    Then the findings include:
      | rule  | category    | severity | verdict      |
      | HN-03 | ELIGIBILITY | HIGH     | UNFAVOURABLE |
      | C-13b | ELIGIBILITY | HIGH     | UNFAVOURABLE |
    And the verdict is UNFAVOURABLE
    And the verdict is imposed by "C-13b, HN-03"
    And rule "HN-04" does not fire

  Scenario: Recurrence exactly 6 months after the prior course: eligible, but a short interval
    Given a head and neck case
    And the recurrence was diagnosed 6 months after the end of the prior course
    When the case is assessed
    Then rule "HN-03" does not fire
    And rule "HN-04" fires
    And the finding of rule "HN-04" mentions "5.8 vs 9.8 months"

  Scenario: Recurrence just over 6 months after the prior course: a short interval
    Given a head and neck case
    And the recurrence was diagnosed 6 months and 10 days after the end of the prior course
    When the case is assessed
    Then rule "HN-03" does not fire
    And rule "HN-04" fires

  Scenario: Early recurrence before palliative reirradiation: the warning stays, the HN verdict does not apply
    Given a head and neck case
    And the case has plan.intent = PALLIATIVE
    And the recurrence was diagnosed 5 months and 20 days after the end of the prior course
    When the case is assessed
    Then rule "HN-03" does not fire
    And rule "C-13a" fires
    And rule "HN-04" does not fire

  Scenario: Recurrence exactly 12 months after the prior course still counts as a short interval
    Given a head and neck case
    And the recurrence was diagnosed 12 months after the end of the prior course
    When the case is assessed
    Then rule "HN-04" fires

  Scenario: Recurrence just under 12 months after the prior course is a short interval
    Given a head and neck case
    And the recurrence was diagnosed 11 months and 20 days after the end of the prior course
    When the case is assessed
    Then rule "HN-04" fires

  Scenario: Recurrence just over 12 months after the prior course is not a short interval
    Given a head and neck case
    And the recurrence was diagnosed 12 months and 10 days after the end of the prior course
    When the case is assessed
    Then rule "HN-04" does not fire
    And rule "HN-03" does not fire

  Scenario: A centre's wider short-interval bound (a local choice, not literature) is the one the finding states
    Given a head and neck case
    And the recurrence was diagnosed 15 months after the end of the prior course
    And the centre sets "hn.shortIntervalMonths" to "18"
    When the case is assessed
    Then rule "HN-04" fires
    And the finding of rule "HN-04" mentions "Recurrence within 18 months of the prior course"

  # HN-07 organ dysfunction

  Scenario: Feeding-tube dependence is adverse for survival and control
    Given a head and neck case
    And the case has patient.feedingTubeDependent = true
    When the case is assessed
    Then the findings include:
      | rule  | category  | severity | verdict |
      | HN-07 | PROGNOSIS | CAUTION  | -       |

  Scenario: Tracheostomy dependence is adverse for survival and control
    Given a head and neck case
    And the case has patient.tracheostomyDependent = true
    When the case is assessed
    Then rule "HN-07" fires
    And the finding of rule "HN-07" mentions "Tracheostomy dependent"

  Scenario: Neither feeding tube nor tracheostomy: no organ-dysfunction flag
    Given a head and neck case
    And the case has:
      | patient.feedingTubeDependent  | false |
      | patient.tracheostomyDependent | false |
    When the case is assessed
    Then rule "HN-07" does not fire

  # HN-08 ECOG performance status (adverse from ECOG 2)

  Scenario Outline: ECOG performance status as a prognostic factor
    Given a head and neck case
    And the case has patient.ecog = <ecog>
    When the case is assessed
    Then rule "<flagged>" fires
    And rule "<not flagged>" does not fire

    Examples:
      | ecog | flagged | not flagged |
      | 0    | HN-08b  | HN-08a      |
      | 1    | HN-08b  | HN-08a      |
      | 2    | HN-08a  | HN-08b      |
      | 3    | HN-08a  | HN-08b      |

  Scenario: ECOG unknown (KPS only): no ECOG flag either way
    Given a head and neck case
    And the case has patient.ecog = absent
    When the case is assessed
    Then rule "HN-08a" does not fire
    And rule "HN-08b" does not fire

  # HN-26 oral cavity

  Scenario: An oral cavity recurrence is adverse for locoregional control
    Given a head and neck case
    And the case has recurrence.subsite = ORAL_CAVITY
    When the case is assessed
    Then the findings include:
      | rule  | category  | severity |
      | HN-26 | PROGNOSIS | CAUTION  |

  Scenario: An oropharyngeal recurrence carries no oral-cavity flag
    Given a head and neck case
    And the case has recurrence.subsite = OROPHARYNX
    When the case is assessed
    Then rule "HN-26" does not fire

  # HN-27 severe late toxicity in the field (grade 3 or more)

  Scenario: Osteoradionecrosis after the first course: high risk, outside the nasopharynx trial's eligibility
    Given a head and neck case
    And the case has:
      | recurrence.subsite                | NASOPHARYNX        |
      | priorToxicities[0].organ          | MANDIBLE           |
      | priorToxicities[0].description    | osteoradionecrosis |
      | priorToxicities[0].ctcaeGrade     | 3                  |
      | priorToxicities[0].late           | true               |
      | priorToxicities[0].inField        | true               |
    When the case is assessed
    Then the findings include:
      | rule  | category    | severity | verdict      |
      | HN-27 | ELIGIBILITY | HIGH     | -            |
      | C-15b | ELIGIBILITY | HIGH     | UNFAVOURABLE |
    And the finding of rule "HN-27" mentions "excluded from the randomised hyperfractionation trial"
    And the verdict is UNFAVOURABLE

  Scenario: Grade 2 late fibrosis is not severe late toxicity
    Given a head and neck case
    And the case has:
      | priorToxicities[0].organ       | SKIN     |
      | priorToxicities[0].description | fibrosis |
      | priorToxicities[0].ctcaeGrade  | 2        |
      | priorToxicities[0].late        | true     |
      | priorToxicities[0].inField     | true     |
    When the case is assessed
    Then rule "HN-27" does not fire

  Scenario: Grade 4 in-field mucosal necrosis outside the nasopharynx: high risk
    Given a head and neck case
    And the case has:
      | recurrence.subsite             | OROPHARYNX        |
      | priorToxicities[0].organ       | PHARYNGEAL_MUCOSA |
      | priorToxicities[0].description | mucosal necrosis  |
      | priorToxicities[0].ctcaeGrade  | 4                 |
      | priorToxicities[0].late        | true              |
      | priorToxicities[0].inField     | true              |
    When the case is assessed
    Then rule "HN-27" fires
    And the finding of rule "HN-27" mentions "mucosal necrosis"

  Scenario: Severe late toxicity outside the field to be treated does not count
    Given a head and neck case
    And the case has:
      | priorToxicities[0].organ       | SKIN     |
      | priorToxicities[0].description | fibrosis |
      | priorToxicities[0].ctcaeGrade  | 4        |
      | priorToxicities[0].late        | true     |
      | priorToxicities[0].inField     | false    |
    When the case is assessed
    Then rule "HN-27" does not fire

  # HN-29 pathological confirmation

  Scenario: A recurrence not confirmed by biopsy, though a biopsy is possible
    Given a head and neck case
    And the case has:
      | recurrence.histologyConfirmed | false |
      | recurrence.biopsyFeasible     | true  |
    When the case is assessed
    Then the findings include:
      | rule  | category | severity | verdict     |
      | HN-29 | WORKUP   | CAUTION  | -           |
      | C-07  | WORKUP   | CAUTION  | CONDITIONAL |
    And the finding of rule "HN-29" mentions "FDG-PET/CT"

  Scenario: A recurrence not confirmed and not safely biopsiable still needs pathological confirmation
    Given a head and neck case
    And the case has:
      | recurrence.histologyConfirmed | false |
      | recurrence.biopsyFeasible     | false |
    When the case is assessed
    Then rule "HN-29" fires
    And rule "C-07" does not fire

  Scenario: A confirmed recurrence needs no biopsy request
    Given a head and neck case
    When the case is assessed
    Then rule "HN-29" does not fire

  # HN-30 favourable curative candidate

  Scenario: Favourable candidate for curative reirradiation
    Given a head and neck case
    And the case has:
      | patient.feedingTubeDependent  | false |
      | patient.tracheostomyDependent | false |
    When the case is assessed
    Then the verdict is FAVOURABLE
    And the verdict is imposed by "HN-30"
    And the reirradiation type is TYPE_1

  Scenario: Favourable candidate with the recurrence exactly 6 months after the prior course
    Given a head and neck case
    And the case has:
      | patient.feedingTubeDependent  | false |
      | patient.tracheostomyDependent | false |
    And the recurrence was diagnosed 6 months after the end of the prior course
    When the case is assessed
    Then rule "HN-30" fires

  Scenario Outline: Not a favourable curative candidate when one criterion fails or is unknown
    Given a head and neck case
    And the case has:
      | patient.feedingTubeDependent  | false |
      | patient.tracheostomyDependent | false |
    And the case has <path> = <value>
    When the case is assessed
    Then rule "HN-30" does not fire

    Examples:
      | path                          | value      |
      | patient.ecog                  | 2          |
      | patient.kps                   | 69         |
      | patient.tracheostomyDependent | true       |
      | patient.feedingTubeDependent  | absent     |
      | recurrence.distantMetastases  | UNKNOWN    |
      | recurrence.distantMetastases  | YES        |
      | recurrence.histologyConfirmed | false      |
      | plan.intent                   | PALLIATIVE |

  Scenario: Not a favourable candidate when the recurrence came just under 6 months after the prior course
    Given a head and neck case
    And the case has:
      | patient.feedingTubeDependent  | false |
      | patient.tracheostomyDependent | false |
    And the recurrence was diagnosed 5 months and 20 days after the end of the prior course
    When the case is assessed
    Then rule "HN-30" does not fire
    And the verdict is UNFAVOURABLE

  Scenario: Performance status given by KPS alone at 70 is good enough
    Given a head and neck case
    And the case has:
      | patient.ecog                  | absent |
      | patient.kps                   | 70     |
      | patient.feedingTubeDependent  | false  |
      | patient.tracheostomyDependent | false  |
    When the case is assessed
    Then rule "HN-30" fires

  # Head and neck rules fire for head and neck cases only

  Scenario: A breast case gets no head and neck findings
    Given a breast case
    And the case has:
      | patient.feedingTubeDependent  | false |
      | patient.tracheostomyDependent | false |
    When the case is assessed
    Then rule "HN-05" does not fire
    And rule "HN-08b" does not fire
    And rule "HN-30" does not fire
