Feature: Head and neck reirradiation dose and fractionation
  A meaningful dose for curative reirradiation (HN-09: EQD2 below 50 Gy at alpha/beta 10 is likely
  insufficient), hyperfractionation for unresectable nasopharyngeal recurrences (HN-10, YOU2023) and
  the caution against daily fractions of 2 Gy or more there (HN-11), the carotid blowout risk of
  split-course schedules (HN-13) and of SBRT on consecutive days (HN-17).

  # HN-09 meaningful dose (EQD2 at alpha/beta 10 below 50 Gy)

  Scenario: A curative plan of 48 Gy in 24 fractions is likely too low for durable control
    Given a head and neck case
    And the case has:
      | plan.technique    | IMRT  |
      | plan.totalDoseGy  | 48    |
      | plan.fractions    | 24    |
      | plan.schedule     | DAILY |
    When the case is assessed
    Then the findings include:
      | rule  | category | severity |
      | HN-09 | SCHEDULE | CAUTION  |
    And the finding of rule "HN-09" mentions "EQD2 48 Gy"
    And the finding of rule "HN-09" mentions "aim for 60 Gy EQD2"

  Scenario: A curative plan of exactly EQD2 50 Gy (50 Gy in 25 fractions) is not flagged
    Given a head and neck case
    And the case has:
      | plan.totalDoseGy  | 50 |
      | plan.fractions    | 25 |
    When the case is assessed
    Then rule "HN-09" does not fire

  Scenario: A curative plan just under EQD2 50 Gy (49.8 Gy in 25 fractions) is flagged
    Given a head and neck case
    And the case has:
      | plan.totalDoseGy  | 49.8 |
      | plan.fractions    | 25   |
    When the case is assessed
    Then rule "HN-09" fires

  Scenario: A curative plan just over EQD2 50 Gy (52 Gy in 26 fractions) is not flagged
    Given a head and neck case
    And the case has:
      | plan.totalDoseGy  | 52 |
      | plan.fractions    | 26 |
    When the case is assessed
    Then rule "HN-09" does not fire

  Scenario: A palliative plan is not judged against a curative dose
    Given a head and neck case
    And the case has:
      | plan.intent       | PALLIATIVE |
      | plan.totalDoseGy  | 30         |
      | plan.fractions    | 10         |
    When the case is assessed
    Then rule "HN-09" does not fire

  # HN-10 hyperfractionated IMRT for unresectable nasopharyngeal recurrence (>= 12 months, KPS >= 70)

  Scenario: Unresectable rT3 nasopharyngeal recurrence 12 months after RT: 65 Gy in 54 fractions twice daily is preferred
    Given a head and neck case
    And the case has:
      | recurrence.subsite             | NASOPHARYNX |
      | recurrence.histology           | NASOPHARYNGEAL_CARCINOMA |
      | recurrence.rStage              | rT3         |
      | recurrence.resectable          | NO          |
      | priorToxicities[0].organ       | SKIN        |
      | priorToxicities[0].description | xerostomia  |
      | priorToxicities[0].ctcaeGrade  | 2           |
      | priorToxicities[0].late        | true        |
    And the recurrence was diagnosed 12 months after the end of the prior course
    When the case is assessed
    Then the findings include:
      | rule  | category | severity | technique | preference | schedule |
      | HN-10 | SCHEDULE | INFO     | IMRT      | PREFERRED  | BID      |
    And the finding of rule "HN-10" mentions "65 Gy in 54 fractions"
    And the finding of rule "HN-10" mentions "34% vs 57%"

  Scenario Outline: Hyperfractionation for the nasopharynx applies within the trial's population only
    Given a head and neck case
    And the case has:
      | recurrence.subsite             | NASOPHARYNX |
      | recurrence.rStage              | <stage>     |
      | recurrence.resectable          | <resectable> |
      | patient.kps                    | <kps>       |
      | priorToxicities[0].organ       | SKIN        |
      | priorToxicities[0].ctcaeGrade  | <grade>     |
      | priorToxicities[0].late        | true        |
    And the recurrence was diagnosed <interval> after the end of the prior course
    When the case is assessed
    Then rule "HN-10" <outcome>

    Examples:
      | stage | resectable | kps | grade | interval            | outcome       |
      | rT3   | NO         | 80  | 2     | 12 months and 10 days | fires       |
      | rT3   | NO         | 80  | 2     | 11 months and 20 days | does not fire |
      | rT3   | NO         | 70  | 2     | 24 months           | fires         |
      | rT3   | NO         | 60  | 2     | 24 months           | does not fire |
      | rT2   | NO         | 80  | 2     | 24 months           | fires         |
      | rT4a  | NO         | 80  | 2     | 24 months           | fires         |
      | rT1   | NO         | 80  | 2     | 24 months           | does not fire |
      | rT3   | YES        | 80  | 2     | 24 months           | does not fire |
      | rT3   | UNKNOWN    | 80  | 2     | 24 months           | does not fire |
      | rT3   | NO         | 80  | 3     | 24 months           | does not fire |

  Scenario: Hyperfractionation is not proposed when no prior toxicity is recorded (the trial excluded severe late toxicity)
    Given a head and neck case
    And the case has:
      | recurrence.subsite    | NASOPHARYNX |
      | recurrence.rStage     | rT3         |
      | recurrence.resectable | NO          |
    When the case is assessed
    Then rule "HN-10" does not fire

  Scenario: Hyperfractionation is not proposed when a prior late toxicity has an unknown grade
    Given a head and neck case
    And the case has:
      | recurrence.subsite            | NASOPHARYNX |
      | recurrence.rStage             | rT3         |
      | recurrence.resectable         | NO          |
      | priorToxicities[0].organ      | MANDIBLE    |
      | priorToxicities[0].late       | true        |
    When the case is assessed
    Then rule "HN-10" does not fire

  Scenario: Hyperfractionation advice concerns curative plans only
    Given a head and neck case
    And the case has:
      | plan.intent                   | PALLIATIVE  |
      | recurrence.subsite            | NASOPHARYNX |
      | recurrence.rStage             | rT3         |
      | recurrence.resectable         | NO          |
      | priorToxicities[0].organ      | SKIN        |
      | priorToxicities[0].ctcaeGrade | 1           |
      | priorToxicities[0].late       | true        |
    When the case is assessed
    Then rule "HN-10" does not fire

  # HN-11 daily fractions of 2 Gy or more for the nasopharynx

  Scenario Outline: Nasopharynx: daily fractionation from 2 Gy per fraction is discouraged
    Given a head and neck case
    And the case has:
      | recurrence.subsite  | NASOPHARYNX |
      | plan.technique      | IMRT        |
      | plan.totalDoseGy    | <dose>      |
      | plan.fractions      | <fractions> |
      | plan.schedule       | <schedule>  |
    When the case is assessed
    Then rule "HN-11" <outcome>

    Examples:
      | dose | fractions | schedule | outcome       |
      | 60   | 27        | DAILY    | fires         |
      | 60   | 30        | DAILY    | fires         |
      | 57   | 30        | DAILY    | does not fire |
      | 66   | 30        | DAILY    | fires         |
      | 65   | 54        | BID      | does not fire |

  Scenario: The discouraged daily schedule is named with its alternative
    Given a head and neck case
    And the case has:
      | recurrence.subsite     | NASOPHARYNX |
      | plan.technique         | IMRT        |
      | plan.totalDoseGy       | 60          |
      | plan.fractions         | 27          |
      | plan.fractionsPerDay   | 1           |
      | plan.schedule          | DAILY       |
    When the case is assessed
    Then the findings include:
      | rule  | category | severity | preference  | schedule |
      | HN-11 | SCHEDULE | CAUTION  | DISCOURAGED | DAILY    |
    And the finding of rule "HN-11" mentions "grade 5 events in 24% vs 7%"

  Scenario: Daily 2 Gy fractions outside the nasopharynx are not discouraged
    Given a head and neck case
    And the case has:
      | recurrence.subsite  | OROPHARYNX |
      | plan.totalDoseGy    | 60         |
      | plan.fractions      | 30         |
      | plan.schedule       | DAILY      |
    When the case is assessed
    Then rule "HN-11" does not fire

  Scenario: The nasopharynx daily-fractionation caution concerns curative plans only
    Given a head and neck case
    And the case has:
      | plan.intent         | PALLIATIVE  |
      | recurrence.subsite  | NASOPHARYNX |
      | plan.totalDoseGy    | 60          |
      | plan.fractions      | 30          |
      | plan.schedule       | DAILY       |
    When the case is assessed
    Then rule "HN-11" does not fire

  # HN-13 split course

  Scenario: A split-course twice-daily schedule raises the carotid blowout risk
    Given a head and neck case
    And the case has:
      | plan.technique       | IMRT         |
      | plan.totalDoseGy     | 60           |
      | plan.fractions       | 40           |
      | plan.fractionsPerDay | 2            |
      | plan.schedule        | SPLIT_COURSE |
    When the case is assessed
    Then the findings include:
      | rule  | category | severity | organ          | preference  | schedule     |
      | HN-13 | SCHEDULE | CAUTION  | CAROTID_ARTERY | DISCOURAGED | SPLIT_COURSE |
    And the finding of rule "HN-13" mentions "4.5% vs 1.3%"

  Scenario: A continuous 1.2 Gy twice-daily schedule carries no split-course warning
    Given a head and neck case
    And the case has:
      | plan.totalDoseGy     | 60  |
      | plan.fractions       | 50  |
      | plan.fractionsPerDay | 2   |
      | plan.schedule        | BID |
    When the case is assessed
    Then rule "HN-13" does not fire

  Scenario: Split-course warning applies to palliative plans too
    Given a head and neck case
    And the case has:
      | plan.intent   | PALLIATIVE   |
      | plan.schedule | SPLIT_COURSE |
    When the case is assessed
    Then rule "HN-13" fires

  # HN-17 SBRT on consecutive days

  Scenario: SBRT on consecutive days: deliver it every other day
    Given a head and neck case
    And the case has:
      | plan.technique   | SBRT  |
      | plan.totalDoseGy | 40    |
      | plan.fractions   | 5     |
      | plan.schedule    | DAILY |
    When the case is assessed
    Then the findings include:
      | rule  | category | severity | technique | organ          | schedule        |
      | HN-17 | SCHEDULE | HIGH     | SBRT      | CAROTID_ARTERY | EVERY_OTHER_DAY |
    And the finding of rule "HN-17" mentions "from 11 to 23 months"

  Scenario: SBRT every other day: no consecutive-day warning
    Given a head and neck case
    And the case has:
      | plan.technique   | SBRT            |
      | plan.totalDoseGy | 40              |
      | plan.fractions   | 5               |
      | plan.schedule    | EVERY_OTHER_DAY |
    When the case is assessed
    Then rule "HN-17" does not fire

  Scenario: Daily conventional IMRT is not SBRT on consecutive days
    Given a head and neck case
    And the case has:
      | plan.technique | IMRT  |
      | plan.schedule  | DAILY |
    When the case is assessed
    Then rule "HN-17" does not fire
