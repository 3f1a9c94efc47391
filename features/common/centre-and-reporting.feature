Feature: Experience of the centre, dose accumulation and reporting (C-21, C-23, C-24)
  Plan quality matters: in TROG 02.02 plan deficiencies were far commoner in low-volume centres and
  went with worse survival. A curative reirradiation in a centre without reirradiation experience
  should be referred (C-23; an extrapolation to reirradiation). Rigid registration for dose
  accumulation underestimates the uncertainty of accumulated doses: consider deformable
  registration (C-24). Every decision is logged with the ESTRO-EORTC reporting items; the finding
  names those the case lacks (C-21, fires on every assessed case).

  Scenario: Curative reirradiation in a centre without reirradiation experience: refer
    Given a breast case
    And the case has context.centreReRtExperience = false
    When the case is assessed
    Then the findings include:
      | rule | category | severity | verdict |
      | C-23 | WORKUP   | CAUTION  | -       |
    And the finding of rule "C-23" mentions "experienced"

  Scenario Outline: No referral (intent <intent>, experience <experience>)
    Given a breast case
    And the case has plan.intent = <intent>
    And the case has context.centreReRtExperience = <experience>
    When the case is assessed
    Then rule "C-23" does not fire

    Examples:
      | intent     | experience |
      | PALLIATIVE | false      |
      | CURATIVE   | true       |
      | CURATIVE   | absent     |

  Scenario: Doses accumulated with rigid registration
    Given a breast case
    And the case has context.doseAccumulationMethod = RIGID
    When the case is assessed
    Then the findings include:
      | rule | category   | severity |
      | C-24 | DOSE_CHECK | INFO     |
    And the finding of rule "C-24" mentions "deformable registration"

  Scenario Outline: Deformable or point accumulation needs no advice (<method>)
    Given a breast case
    And the case has context.doseAccumulationMethod = <method>
    When the case is assessed
    Then rule "C-24" does not fire

    Examples:
      | method     |
      | DEFORMABLE |
      | POINT      |

  Scenario: The reporting reminder names the items the case lacks
    Given a breast case
    When the case is assessed
    Then the findings include:
      | rule | category | severity |
      | C-21 | WORKUP   | INFO     |
    And the finding of rule "C-21" mentions "Not yet recorded in this case: organDoses, context.doseAccumulationMethod"

  Scenario: The reporting reminder fires on an empty case too, naming everything it lacks
    Given an empty breast case
    When the case is assessed
    Then the finding of rule "C-21" mentions "Not yet recorded in this case: recurrence.overlapWithPriorVolume, plan.intent, patient.ecog|patient.kps, priorCourses, organDoses, context.doseAccumulationMethod"
