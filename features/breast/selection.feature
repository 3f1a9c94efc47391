Feature: Breast reirradiation - who is a candidate
  Recurrence in the conserved breast (subsite BREAST) or on the chest wall after mastectomy
  (subsite CHEST_WALL), after a first course of 50 Gy in 25 fractions. Salvage mastectomy is the
  standard for a resectable in-breast recurrence (DEGRO); a second breast conservation needs a long
  recurrence-free interval and no skin infiltration; RTOG 1014 took in-breast recurrences more than
  12 months after whole-breast irradiation. Unless a scenario says otherwise the patient is the
  glossary's baseline: curative plan, ECOG 1 / KPS 80, recurrence about 38.5 months after the prior
  course, in the prior volume, no distant metastases, receptor status known.

  Background:
    Given a breast case
    And the case has:
      | priorCourses[0].totalDoseGy    | 50   |
      | priorCourses[0].fractions      | 25   |
      | recurrence.receptorStatusKnown | true |

  # BR-01a / BR-01b: salvage mastectomy is the standard; breast preservation is a counselled wish.

  Scenario: Resectable in-breast recurrence after breast conservation: mastectomy is the standard
    Given the case has recurrence.subsite = BREAST
    And the case has recurrence.resectable = YES
    When the case is assessed
    Then the verdict is CONDITIONAL
    And the verdict is imposed by "BR-01a"
    And the findings include:
      | rule   | category    | severity | verdict     |
      | BR-01a | ALTERNATIVE | CAUTION  | CONDITIONAL |
    And the finding of rule "BR-01a" mentions "salvage mastectomy"
    And rule "BR-01b" does not fire

  Scenario: Once the repeat lumpectomy is done, conservation has been chosen: no mastectomy advice
    Given the case has recurrence.subsite = BREAST
    And the case has recurrence.resectable = YES
    And the case has plan.salvageSurgery = DONE
    When the case is assessed
    Then rule "BR-01a" does not fire

  Scenario: Irresectable in-breast recurrence: mastectomy is not offered as the alternative
    Given the case has recurrence.subsite = BREAST
    And the case has recurrence.resectable = NO
    When the case is assessed
    Then rule "BR-01a" does not fire

  Scenario: Resectable chest-wall recurrence after mastectomy: the breast-conservation rules do not apply
    Given the case has recurrence.subsite = CHEST_WALL
    And the case has recurrence.resectable = YES
    And the case has patient.wantsOrganPreservation = true
    When the case is assessed
    Then rule "BR-01a" does not fire
    And rule "BR-01b" does not fire

  Scenario: A palliative plan for a resectable in-breast recurrence gets no curative mastectomy advice
    Given the case has recurrence.subsite = BREAST
    And the case has recurrence.resectable = YES
    And the case has patient.wantsOrganPreservation = true
    And the case has plan.intent = PALLIATIVE
    When the case is assessed
    Then rule "BR-01a" does not fire
    And rule "BR-01b" does not fire

  Scenario: The patient wishes to keep her breast: evaluate repeat lumpectomy and partial-breast reirradiation
    Given the case has recurrence.subsite = BREAST
    And the case has recurrence.resectable = YES
    And the case has patient.wantsOrganPreservation = true
    When the case is assessed
    Then the findings include:
      | rule   | category    | severity | verdict     |
      | BR-01a | ALTERNATIVE | CAUTION  | CONDITIONAL |
      | BR-01b | COUNSEL     | INFO     | -           |
    And the finding of rule "BR-01b" mentions "further in-breast recurrence is higher"
    And rule "BR-02" does not fire

  Scenario: No wish for breast preservation: no counselling on a second conservation
    Given the case has recurrence.subsite = BREAST
    And the case has recurrence.resectable = YES
    And the case has patient.wantsOrganPreservation = false
    When the case is assessed
    Then rule "BR-01a" fires
    And rule "BR-01b" does not fire

  # BR-02: skin infiltration or recurrence within 24 months (br.earlyRecurrenceMonths) argues against a
  # second conservation.

  Scenario: Repeat lumpectomy planned despite skin infiltration: mastectomy preferred
    Given the case has recurrence.subsite = BREAST
    And the case has recurrence.skinInvasion = true
    And the case has plan.salvageSurgery = PLANNED
    When the case is assessed
    Then the verdict is CONDITIONAL
    And the verdict is imposed by "BR-02"
    And the findings include:
      | rule  | category    | severity | verdict     |
      | BR-02 | ALTERNATIVE | CAUTION  | CONDITIONAL |
    And the finding of rule "BR-02" mentions "Skin invasion: yes"

  Scenario: Breast preservation wished, recurrence just under 24 months after the prior course
    Given the case has recurrence.subsite = BREAST
    And the case has patient.wantsOrganPreservation = true
    And the recurrence was diagnosed 23 months and 20 days after the end of the prior course
    When the case is assessed
    Then rule "BR-02" fires
    And the verdict is imposed by "BR-02"
    And the finding of rule "BR-02" mentions "early below 24 months"

  Scenario: Breast preservation wished, recurrence exactly 24 months after the prior course: not early
    Given the case has recurrence.subsite = BREAST
    And the case has patient.wantsOrganPreservation = true
    And the recurrence was diagnosed 24 months after the end of the prior course
    When the case is assessed
    Then rule "BR-02" does not fire

  Scenario: Breast preservation wished, recurrence just over 24 months after the prior course
    Given the case has recurrence.subsite = BREAST
    And the case has patient.wantsOrganPreservation = true
    And the recurrence was diagnosed 24 months and 10 days after the end of the prior course
    When the case is assessed
    Then rule "BR-02" does not fire

  Scenario: Skin infiltration but no second conservation considered: the mastectomy warning is not needed
    Given the case has recurrence.subsite = BREAST
    And the case has recurrence.skinInvasion = true
    And the case has plan.salvageSurgery = NONE
    And the case has patient.wantsOrganPreservation = false
    When the case is assessed
    Then rule "BR-02" does not fire

  Scenario: Second conservation planned, late recurrence without skin infiltration: no objection
    Given the case has recurrence.subsite = BREAST
    And the case has recurrence.skinInvasion = false
    And the case has plan.salvageSurgery = PLANNED
    When the case is assessed
    Then rule "BR-02" does not fire

  Scenario: Second conservation with skin infiltration under a palliative plan: the curative warning stays silent
    Given the case has recurrence.subsite = BREAST
    And the case has recurrence.skinInvasion = true
    And the case has plan.salvageSurgery = PLANNED
    And the case has plan.intent = PALLIATIVE
    When the case is assessed
    Then rule "BR-02" does not fire

  # BR-03: recurrence within 24 months carries a worse prognosis (any intent).

  Scenario: Recurrence just under 24 months after the prior course: adverse prognosis
    Given the recurrence was diagnosed 23 months and 20 days after the end of the prior course
    When the case is assessed
    Then the findings include:
      | rule  | category  | severity | verdict |
      | BR-03 | PROGNOSIS | CAUTION  | -       |
    And the finding of rule "BR-03" mentions "below 24 months"

  Scenario: Recurrence exactly 24 months after the prior course: not an early recurrence
    Given the recurrence was diagnosed 24 months after the end of the prior course
    When the case is assessed
    Then rule "BR-03" does not fire

  Scenario: Recurrence just over 24 months after the prior course: not an early recurrence
    Given the recurrence was diagnosed 24 months and 10 days after the end of the prior course
    When the case is assessed
    Then rule "BR-03" does not fire

  Scenario: Early recurrence under a palliative plan is still flagged as adverse
    Given the recurrence was diagnosed 20 months after the end of the prior course
    And the case has plan.intent = PALLIATIVE
    When the case is assessed
    Then rule "BR-03" fires

  # BR-05: RTOG 1014 took in-breast recurrences more than 12 months after whole-breast RT
  # (br.pbiIntervalMonths; exactly 12 months is outside).

  Scenario: In-breast recurrence exactly 12 months after whole-breast irradiation: outside RTOG 1014
    Given the case has recurrence.subsite = BREAST
    And the recurrence was diagnosed 12 months after the end of the prior course
    When the case is assessed
    Then the verdict is CONDITIONAL
    And the verdict is imposed by "BR-05"
    And the findings include:
      | rule  | category    | severity | verdict     |
      | BR-05 | ELIGIBILITY | CAUTION  | CONDITIONAL |
    And the finding of rule "BR-05" mentions "more than 12 months"

  Scenario: In-breast recurrence just under 12 months after whole-breast irradiation: outside RTOG 1014
    Given the case has recurrence.subsite = BREAST
    And the recurrence was diagnosed 11 months and 20 days after the end of the prior course
    When the case is assessed
    Then rule "BR-05" fires

  Scenario: In-breast recurrence just over 12 months after whole-breast irradiation: within the RTOG 1014 interval
    Given the case has recurrence.subsite = BREAST
    And the recurrence was diagnosed 12 months and 10 days after the end of the prior course
    When the case is assessed
    Then rule "BR-05" does not fire

  Scenario: Early chest-wall recurrence after mastectomy: the RTOG 1014 criterion does not apply
    Given the case has recurrence.subsite = CHEST_WALL
    And the recurrence was diagnosed 10 months after the end of the prior course
    When the case is assessed
    Then rule "BR-05" does not fire
    And rule "BR-03" fires

  Scenario: Early in-breast recurrence under a palliative plan: no curative eligibility cap
    Given the case has recurrence.subsite = BREAST
    And the recurrence was diagnosed 10 months after the end of the prior course
    And the case has plan.intent = PALLIATIVE
    When the case is assessed
    Then rule "BR-05" does not fire

  # BR-09: Oldenborg's best results were in chest-wall recurrences of at most 5 cm (br.largeLesionCm)
  # without distant metastases.

  Scenario: Chest-wall recurrence just over 5 cm: lower local control with reirradiation and hyperthermia
    Given the case has recurrence.subsite = CHEST_WALL
    And the case has recurrence.maxDiameterCm = 5.1
    When the case is assessed
    Then the findings include:
      | rule  | category  | severity | verdict |
      | BR-09 | PROGNOSIS | CAUTION  | -       |
    And the finding of rule "BR-09" mentions "favour palliative intent"

  Scenario: Chest-wall recurrence of exactly 5 cm: not a large lesion
    Given the case has recurrence.subsite = CHEST_WALL
    And the case has recurrence.maxDiameterCm = 5
    When the case is assessed
    Then rule "BR-09" does not fire

  Scenario: Chest-wall recurrence just under 5 cm: not a large lesion
    Given the case has recurrence.subsite = CHEST_WALL
    And the case has recurrence.maxDiameterCm = 4.9
    When the case is assessed
    Then rule "BR-09" does not fire

  Scenario: Small recurrence with distant metastases: lower local control, curative reirradiation unfavourable
    Given the case has recurrence.subsite = CHEST_WALL
    And the case has recurrence.maxDiameterCm = 3
    And the case has recurrence.distantMetastases = YES
    When the case is assessed
    Then rule "BR-09" fires
    And the verdict is UNFAVOURABLE
    And the verdict is imposed by "C-09"

  # BR-14: shorter time between courses went with grade 3 toxicity; 24 months
  # (br.shortBetweenCoursesMonths) is a knowledge-base default.

  Scenario: Reirradiation starting just under 24 months after the prior course: more grade 3 toxicity
    Given the recurrence was diagnosed 22 months after the end of the prior course
    And the reirradiation starts 23 months and 20 days after the end of the prior course
    When the case is assessed
    Then the findings include:
      | rule  | category    | severity | verdict |
      | BR-14 | ELIGIBILITY | CAUTION  | -       |
    And the finding of rule "BR-14" mentions "below 24 months"

  Scenario: Reirradiation starting exactly 24 months after the prior course: not a short interval
    Given the recurrence was diagnosed 22 months after the end of the prior course
    And the reirradiation starts 24 months after the end of the prior course
    When the case is assessed
    Then rule "BR-14" does not fire

  Scenario: Reirradiation starting just over 24 months after the prior course: not a short interval
    Given the recurrence was diagnosed 22 months after the end of the prior course
    And the reirradiation starts 24 months and 10 days after the end of the prior course
    When the case is assessed
    Then rule "BR-14" does not fire

  # BR-21: the favourable candidates (knowledge-base combination of the brief's favourable groups).

  Scenario: Irresectable chest-wall recurrence of 5 cm, no metastases, hyperthermia planned: favourable
    Given the case has:
      | recurrence.subsite       | CHEST_WALL |
      | recurrence.resectable    | NO         |
      | recurrence.maxDiameterCm | 5          |
      | plan.hyperthermia        | true       |
    When the case is assessed
    Then the verdict is FAVOURABLE
    And the verdict is imposed by "BR-21"
    And the findings include:
      | rule  | category    | severity | verdict    |
      | BR-21 | ELIGIBILITY | INFO     | FAVOURABLE |
    And the finding of rule "BR-21" mentions "chest-wall"

  Scenario: Irresectable chest-wall recurrence, hyperthermia not planned but available at the centre: favourable
    Given the case has:
      | recurrence.subsite                | CHEST_WALL |
      | recurrence.resectable             | NO         |
      | recurrence.maxDiameterCm          | 3.5        |
      | context.hyperthermiaAvailable     | true       |
    When the case is assessed
    Then the verdict is FAVOURABLE
    And the verdict is imposed by "BR-21"

  Scenario: Irresectable chest-wall recurrence just over 5 cm: not in the favourable group
    Given the case has:
      | recurrence.subsite       | CHEST_WALL |
      | recurrence.resectable    | NO         |
      | recurrence.maxDiameterCm | 5.1        |
      | plan.hyperthermia        | true       |
    When the case is assessed
    Then rule "BR-21" does not fire
    And the verdict is CONDITIONAL
    And the verdict is imposed by "C-00"

  Scenario: Irresectable chest-wall recurrence without hyperthermia at hand: not in the favourable group
    Given the case has:
      | recurrence.subsite            | CHEST_WALL |
      | recurrence.resectable         | NO         |
      | recurrence.maxDiameterCm      | 3          |
      | plan.hyperthermia             | false      |
      | context.hyperthermiaAvailable | false      |
    When the case is assessed
    Then rule "BR-21" does not fire

  Scenario: Small irresectable chest-wall recurrence but distant metastases: not in the favourable group
    Given the case has:
      | recurrence.subsite           | CHEST_WALL |
      | recurrence.resectable        | NO         |
      | recurrence.maxDiameterCm     | 3          |
      | plan.hyperthermia            | true       |
      | recurrence.distantMetastases | YES        |
    When the case is assessed
    Then rule "BR-21" does not fire

  Scenario: Favourable chest-wall situation under a palliative plan: the curative favourable verdict is not given
    Given the case has:
      | recurrence.subsite       | CHEST_WALL |
      | recurrence.resectable    | NO         |
      | recurrence.maxDiameterCm | 3          |
      | plan.hyperthermia        | true       |
      | plan.intent              | PALLIATIVE |
    When the case is assessed
    Then rule "BR-21" does not fire

  Scenario: Repeat lumpectomy done, unifocal 2.9 cm, clear margins, 38 months after the prior course: favourable
    Given the case has:
      | recurrence.subsite          | BREAST |
      | recurrence.unifocal         | true   |
      | recurrence.maxDiameterCm    | 2.9    |
      | recurrence.marginsNegative  | true   |
      | plan.salvageSurgery         | DONE   |
    When the case is assessed
    Then the verdict is FAVOURABLE
    And the verdict is imposed by "BR-21"
    And the finding of rule "BR-21" mentions "partial-breast"

  Scenario: Repeat lumpectomy 12 months and 10 days after whole-breast RT: RTOG 1014-eligible, but the early recurrence keeps it conditional
    # More than 12 months meets RTOG 1014 (BR-21 fires), but under 24 months DEGRO does not favour a second
    # conservation (BR-02), and the least favourable verdict wins.
    Given the case has:
      | recurrence.subsite          | BREAST |
      | recurrence.unifocal         | true   |
      | recurrence.maxDiameterCm    | 2.9    |
      | recurrence.marginsNegative  | true   |
      | plan.salvageSurgery         | DONE   |
    And the recurrence was diagnosed 12 months and 10 days after the end of the prior course
    When the case is assessed
    Then rule "BR-21" fires
    And the verdict is CONDITIONAL
    And the verdict is imposed by "BR-02"

  Scenario: Repeat lumpectomy of a 3 cm recurrence: outside the RTOG 1014 size limit, not favourable
    Given the case has:
      | recurrence.subsite          | BREAST |
      | recurrence.unifocal         | true   |
      | recurrence.maxDiameterCm    | 3      |
      | recurrence.marginsNegative  | true   |
      | plan.salvageSurgery         | DONE   |
    When the case is assessed
    Then rule "BR-21" does not fire

  Scenario: Repeat lumpectomy exactly 12 months after whole-breast irradiation: not favourable
    Given the case has:
      | recurrence.subsite          | BREAST |
      | recurrence.unifocal         | true   |
      | recurrence.maxDiameterCm    | 2      |
      | recurrence.marginsNegative  | true   |
      | plan.salvageSurgery         | DONE   |
    And the recurrence was diagnosed 12 months after the end of the prior course
    When the case is assessed
    Then rule "BR-21" does not fire
    And the verdict is imposed by "BR-02, BR-05"
