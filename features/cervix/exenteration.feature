Feature: Cervix - pelvic exenteration before reirradiation for a central recurrence
  A central recurrence after definitive chemoradiation with brachytherapy, confined to the central
  pelvis (no sidewall, no nodal or distant disease on FDG-PET/CT) in a woman fit for surgery, is first
  considered for pelvic exenteration, the classical potentially curative option (TERGLANE2022,
  NGO2013; GOG 240 excluded exenteration candidates from palliative systemic therapy). The rule
  recommends an alternative to reirradiation and so caps the curative verdict at CONDITIONAL (CX-01).
  A planned exenteration needs counselling on its morbidity (CX-02).

  Background: a woman fit for surgery with a central recurrence three years after chemoradiation and brachytherapy
    Given a cervix case
    And the case has:
      | priorCourses[0].totalDoseGy           | 45                |
      | priorCourses[0].fractions             | 25                |
      | priorCourses[0].postoperative         | false             |
      | priorCourses[0].brachytherapyBoost    | true              |
      | recurrence.subsite                    | CENTRAL_PELVIS    |
      | recurrence.pelvicSidewall             | false             |
      | recurrence.nodalRecurrence            | false             |
      | recurrence.imaging                    | [MRI, FDG_PET_CT] |
      | patient.fitForSurgery                 | true              |
      | organDoses[0].organ                   | RECTUM            |
      | organDoses[0].metric                  | D2CC              |
      | organDoses[0].priorDoses[0].doseGy    | 64                |
      | organDoses[0].priorDoses[0].fractions | 32                |
      | organDoses[1].organ                   | BLADDER           |
      | organDoses[1].metric                  | D2CC              |
      | organDoses[1].priorDoses[0].doseGy    | 80                |
      | organDoses[1].priorDoses[0].fractions | 40                |

  Scenario: A fit woman with a central recurrence after definitive chemoradiation is referred for exenteration
    When the case is assessed
    Then the verdict is CONDITIONAL
    And the verdict is imposed by "CX-01"
    And the findings include:
      | rule  | category    | severity | verdict     |
      | CX-01 | ALTERNATIVE | CAUTION  | CONDITIONAL |
    And the finding of rule "CX-01" mentions "evaluate pelvic exenteration"
    And the finding of rule "CX-01" mentions "41.7%"
    And rule "CX-03" does not fire

  Scenario: A vaginal-vault recurrence is central too
    Given the case has recurrence.subsite = VAGINAL_VAULT
    When the case is assessed
    Then rule "CX-01" fires

  Scenario: A woman who declines surgery is not sent to exenteration: interstitial brachytherapy instead
    Given the case has patient.declinesSurgery = true
    When the case is assessed
    Then rule "CX-01" does not fire
    And the findings include:
      | rule  | technique     | preference |
      | CX-03 | BRACHYTHERAPY | PREFERRED  |

  Scenario: A woman unfit for surgery is not sent to exenteration
    Given the case has patient.fitForSurgery = false
    When the case is assessed
    Then rule "CX-01" does not fire
    And rule "CX-03" fires

  Scenario: Fitness for surgery unknown: neither exenteration nor brachytherapy is proposed yet
    Given the case has patient.fitForSurgery = absent
    When the case is assessed
    Then rule "CX-01" does not fire
    And rule "CX-03" does not fire

  Scenario: Without FDG-PET/CT nodal and distant disease are not excluded: no exenteration advice, restage
    Given the case has recurrence.imaging = [MRI]
    When the case is assessed
    Then rule "CX-01" does not fire
    And rule "CX-14b" fires

  Scenario: Pelvic sidewall involvement excludes the central exenteration route
    Given the case has recurrence.pelvicSidewall = true
    When the case is assessed
    Then rule "CX-01" does not fire
    And rule "CX-06" fires

  Scenario: Sidewall status unknown: no exenteration advice
    Given the case has recurrence.pelvicSidewall = absent
    When the case is assessed
    Then rule "CX-01" does not fire

  Scenario: A nodal recurrence is not a central recurrence confined to the pelvis
    Given the case has recurrence.nodalRecurrence = true
    When the case is assessed
    Then rule "CX-01" does not fire

  Scenario: Distant metastases exclude exenteration
    Given the case has recurrence.distantMetastases = YES
    When the case is assessed
    Then rule "CX-01" does not fire
    And the verdict is UNFAVOURABLE
    And the verdict is imposed by "C-09"

  Scenario: After post-operative radiotherapy without a brachytherapy boost the rule for definitive RT does not apply
    Given the case has:
      | priorCourses[0].postoperative      | true  |
      | priorCourses[0].brachytherapyBoost | false |
    When the case is assessed
    Then rule "CX-01" does not fire
    And rule "CX-04" fires

  Scenario: Exenteration advice concerns a curative plan only
    Given the case has plan.intent = PALLIATIVE
    When the case is assessed
    Then rule "CX-01" does not fire

  Scenario: A planned exenteration calls for counselling on its morbidity
    Given the case has plan.salvageSurgery = PLANNED
    When the case is assessed
    Then the findings include:
      | rule  | category | severity | verdict |
      | CX-02 | COUNSEL  | INFO     | -       |
    And the finding of rule "CX-02" mentions "morbidity above 50% in an irradiated pelvis"
    And the finding of rule "CX-02" mentions "margins"

  Scenario: Exenteration counselling applies whatever the intent of the radiotherapy plan
    Given the case has:
      | plan.salvageSurgery | PLANNED    |
      | plan.intent         | PALLIATIVE |
    When the case is assessed
    Then rule "CX-02" fires

  Scenario Outline: No counselling for exenteration when no salvage surgery is planned (<surgery>)
    Given the case has plan.salvageSurgery = <surgery>
    When the case is assessed
    Then rule "CX-02" does not fire

    Examples:
      | surgery |
      | NONE    |
      | DONE    |
