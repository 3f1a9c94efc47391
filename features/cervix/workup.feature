Feature: Cervix - work-up before reirradiation
  Without the prior brachytherapy doses to rectum and bladder a curative reirradiation cannot be
  judged: after chemoradiation with image-guided brachytherapy these organs have usually received a
  high dose already (RetroEMBRACE mean D2cc rectum 64, bladder 81 Gy EQD2; STURDZA2016). The site gate
  CX-10 then withholds the verdict (INSUFFICIENT_INFORMATION) and names what is missing. The
  recurrence should be confirmed by biopsy, and FDG-PET/CT should stage nodal and distant disease
  before curative reirradiation (consensus).

  Background: a curative plan after chemoradiation with a brachytherapy boost
    Given a cervix case
    And the case has:
      | priorCourses[0].totalDoseGy        | 45                |
      | priorCourses[0].fractions          | 25                |
      | priorCourses[0].postoperative      | false             |
      | priorCourses[0].brachytherapyBoost | true              |
      | recurrence.imaging                 | [MRI, FDG_PET_CT] |

  Scenario: No organ doses given after brachytherapy: no verdict for curative reirradiation
    When the case is assessed
    Then the verdict is INSUFFICIENT_INFORMATION
    And the verdict is imposed by "CX-10"
    And the missing information is "organDoses"
    And the findings include:
      | rule  | category | severity | verdict                  |
      | CX-10 | WORKUP   | HIGH     | INSUFFICIENT_INFORMATION |
    And the finding of rule "CX-10" mentions "RECTUM D2cc not given; BLADDER D2cc not given"

  Scenario: Rectum and bladder prior doses given: the gate is satisfied (the sigmoid is optional)
    Given the RECTUM D2CC dose was 64 Gy in 32 fractions before and is planned at 18 Gy in 9 fractions
    And the BLADDER D2CC dose was 80 Gy in 40 fractions before and is planned at 20 Gy in 10 fractions
    When the case is assessed
    Then rule "CX-10" does not fire
    And the verdict is CONDITIONAL
    And the verdict is imposed by "C-00"
    And the missing information is ""

  Scenario: The bladder dose is missing: the gate names the bladder
    Given the RECTUM D2CC dose was 64 Gy in 32 fractions before and is planned at 18 Gy in 9 fractions
    When the case is assessed
    Then the verdict is INSUFFICIENT_INFORMATION
    And the missing information is "organDoses"
    And the finding of rule "CX-10" mentions "BLADDER D2cc not given"

  Scenario: The bladder entry has no prior dose: the gate names that entry's prior doses
    Given the RECTUM D2CC dose was 64 Gy in 32 fractions before and is planned at 18 Gy in 9 fractions
    And the case has:
      | organDoses[1].organ                 | BLADDER |
      | organDoses[1].metric                | D2CC    |
      | organDoses[1].plannedDose.doseGy    | 20      |
      | organDoses[1].plannedDose.fractions | 10      |
    When the case is assessed
    Then the verdict is INSUFFICIENT_INFORMATION
    And the verdict is imposed by "CX-10"
    And the missing information is "organDoses[1].priorDoses"
    And the finding of rule "CX-10" mentions "BLADDER D2cc given without its prior dose"

  Scenario: A separate prior brachytherapy course counts as prior brachytherapy
    Given the case has:
      | priorCourses[0].brachytherapyBoost | false         |
      | priorCourses[1].technique          | BRACHYTHERAPY |
      | priorCourses[1].startDate          | 2022-02-21    |
      | priorCourses[1].endDate            | 2022-03-04    |
      | priorCourses[1].totalDoseGy        | 28            |
      | priorCourses[1].fractions          | 4             |
    When the case is assessed
    Then rule "CX-10" fires
    And the verdict is INSUFFICIENT_INFORMATION

  Scenario: The gate and the common completeness gate both name their missing inputs
    Given the case has:
      | patient.ecog | absent |
      | patient.kps  | absent |
    When the case is assessed
    Then the verdict is INSUFFICIENT_INFORMATION
    And the verdict is imposed by "C-01, CX-10"
    And the missing information is "patient.ecog|patient.kps, organDoses"

  Scenario: The gate concerns curative reirradiation only
    Given the case has plan.intent = PALLIATIVE
    When the case is assessed
    Then rule "CX-10" does not fire

  Scenario: External-beam radiotherapy without brachytherapy: the gate does not apply
    Given the case has priorCourses[0].brachytherapyBoost = false
    When the case is assessed
    Then rule "CX-10" does not fire
    And the verdict is CONDITIONAL

  Scenario: Recurrence not histologically confirmed: biopsy, whatever the intent
    Given the case has:
      | plan.intent                   | PALLIATIVE |
      | recurrence.histologyConfirmed | false      |
    When the case is assessed
    Then the findings include:
      | rule   | category | severity | verdict |
      | CX-14a | WORKUP   | CAUTION  | -       |
    And the finding of rule "CX-14a" mentions "radiation necrosis"

  Scenario: Unconfirmed recurrence where a biopsy is feasible: the common rule also holds the verdict conditional
    Given the case has:
      | plan.intent                   | PALLIATIVE |
      | recurrence.histologyConfirmed | false      |
      | recurrence.biopsyFeasible     | true       |
    When the case is assessed
    Then rule "CX-14a" fires
    And rule "C-07" fires
    And the verdict is CONDITIONAL
    And the verdict is imposed by "C-07"

  Scenario: Histology confirmed: no biopsy request
    When the case is assessed
    Then rule "CX-14a" does not fire

  Scenario Outline: FDG-PET/CT before curative reirradiation (imaging <imaging>)
    Given the case has recurrence.imaging = <imaging>
    When the case is assessed
    Then rule "CX-14b" <result>

    Examples:
      | imaging           | result        |
      | [MRI]             | fires         |
      | []                | fires         |
      | absent            | fires         |
      | [MRI, FDG_PET_CT] | does not fire |
      | [FDG_PET_CT]      | does not fire |

  Scenario: The FDG-PET/CT request names what was done
    Given the case has recurrence.imaging = [MRI, CT]
    When the case is assessed
    Then the findings include:
      | rule   | category | severity |
      | CX-14b | WORKUP   | CAUTION  |
    And the finding of rule "CX-14b" mentions "Imaging recorded: [MRI, CT]"

  Scenario: No FDG-PET/CT request for a palliative plan
    Given the case has:
      | plan.intent        | PALLIATIVE |
      | recurrence.imaging | absent     |
    When the case is assessed
    Then rule "CX-14b" does not fire
