Feature: Cervix - technique and schedule of the reirradiation
  Image-guided interstitial HDR brachytherapy, with or without limited external-beam radiotherapy, is
  the main reirradiation technique for central and vaginal recurrences when exenteration is not an
  option (JILIN2022, FUJIOKA). SBRT evidence is weak and confined to small-volume salvage (YANEZ2018),
  a size the literature does not give: that warning needs a centre's value. Palliative reirradiation
  for bleeding or pain is a short course to a limited volume; the brief names no regimen.

  Scenario: Central recurrence in a woman unfit for exenteration: interstitial brachytherapy preferred
    Given a cervix case
    And the case has:
      | recurrence.subsite    | CENTRAL_PELVIS |
      | patient.fitForSurgery | false          |
    When the case is assessed
    Then the findings include:
      | rule  | category  | severity | technique     | preference | schedule |
      | CX-03 | TECHNIQUE | INFO     | BRACHYTHERAPY | PREFERRED  | -        |
    And the finding of rule "CX-03" mentions "interstitial HDR brachytherapy"
    And the finding of rule "CX-03" mentions "not fit for surgery"
    And the finding of rule "CX-03" mentions "no validated size limit exists"

  Scenario: A woman who declines exenteration: interstitial brachytherapy preferred
    Given a cervix case
    And the case has:
      | recurrence.subsite      | VAGINAL_VAULT |
      | patient.fitForSurgery   | true          |
      | patient.declinesSurgery | true          |
    When the case is assessed
    Then rule "CX-03" fires
    And the finding of rule "CX-03" mentions "the patient declines surgery"

  Scenario Outline: Brachytherapy is preferred only after a treatment-free interval of at least 12 months (<interval>)
    Given a cervix case
    And the case has:
      | recurrence.subsite    | CENTRAL_PELVIS |
      | patient.fitForSurgery | false          |
    And the recurrence was diagnosed <months> months and <days> days after the end of the prior course
    When the case is assessed
    Then rule "CX-03" <result>

    Examples:
      | interval             | months | days | result        |
      | exactly 12 months    | 12     | 0    | fires         |
      | just below 12 months | 11     | 20   | does not fire |
      | just above 12 months | 12     | 10   | fires         |

  Scenario: A sidewall recurrence is not a target for the central brachytherapy recommendation
    Given a cervix case
    And the case has:
      | recurrence.subsite    | PELVIC_SIDEWALL |
      | patient.fitForSurgery | false           |
    When the case is assessed
    Then rule "CX-03" does not fire

  Scenario: The brachytherapy recommendation is for curative reirradiation only
    Given a cervix case
    And the case has:
      | plan.intent           | PALLIATIVE     |
      | recurrence.subsite    | CENTRAL_PELVIS |
      | patient.fitForSurgery | false          |
    When the case is assessed
    Then rule "CX-03" does not fire

  Scenario Outline: A centre's small-volume limit narrows the brachytherapy recommendation (volume <volume> cm3)
    # 30 cm3 is an illustrative local choice, not a value from the literature: the brief gives none.
    Given a cervix case
    And the centre sets "cx.smallVolumeCc" to "30"
    And the case has:
      | recurrence.subsite    | CENTRAL_PELVIS |
      | patient.fitForSurgery | false          |
      | recurrence.volumeCc   | <volume>       |
    When the case is assessed
    Then rule "CX-03" <result>

    Examples:
      | volume | result        |
      | 29.5   | fires         |
      | 30     | fires         |
      | 30.5   | does not fire |

  Scenario: SBRT for a large recurrence is not flagged by default: the literature gives no size limit
    Given a cervix case
    And the case has:
      | plan.technique      | SBRT |
      | recurrence.volumeCc | 80   |
    When the case is assessed
    Then rule "CX-11" does not fire

  Scenario Outline: With a centre's small-volume limit, SBRT for a recurrence that is not small is discouraged (volume <volume> cm3)
    # 30 cm3 is an illustrative local choice, not a value from the literature: the brief gives none.
    Given a cervix case
    And the centre sets "cx.smallVolumeCc" to "30"
    And the case has:
      | plan.technique      | SBRT     |
      | recurrence.volumeCc | <volume> |
    When the case is assessed
    Then rule "CX-11" <result>

    Examples:
      | volume | result        |
      | 29.5   | does not fire |
      | 30     | does not fire |
      | 30.5   | fires         |

  Scenario: The SBRT warning names the volume, the centre's limit and the evidence
    Given a cervix case
    And the centre sets "cx.smallVolumeCc" to "30"
    And the case has:
      | plan.intent         | PALLIATIVE |
      | plan.technique      | SBRT       |
      | recurrence.volumeCc | 45         |
    When the case is assessed
    Then the findings include:
      | rule  | category  | severity | technique | preference  |
      | CX-11 | TECHNIQUE | CAUTION  | SBRT      | DISCOURAGED |
    And the finding of rule "CX-11" mentions "Tumour volume 45 cm3, above the centre's small-volume limit of 30 cm3"

  Scenario: Other techniques are not concerned by the SBRT warning
    Given a cervix case
    And the centre sets "cx.smallVolumeCc" to "30"
    And the case has:
      | plan.technique      | IMRT |
      | recurrence.volumeCc | 80   |
    When the case is assessed
    Then rule "CX-11" does not fire

  Scenario: Palliative reirradiation for a bleeding recurrence: short course to a limited volume, no regimen named
    Given a cervix case
    And the case has:
      | plan.intent            | PALLIATIVE |
      | recurrence.symptomatic | true       |
    When the case is assessed
    Then the findings include:
      | rule  | category | severity | schedule |
      | CX-15 | SCHEDULE | INFO     | -        |
    And the finding of rule "CX-15" mentions "short overall treatment time"

  Scenario: A symptomatic recurrence with an undeclared intent still gets the palliative advice (and the intent gate)
    Given a cervix case
    And the case has:
      | plan.intent            | absent |
      | recurrence.symptomatic | true   |
    When the case is assessed
    Then rule "CX-15" fires
    And the verdict is INSUFFICIENT_INFORMATION
    And the missing information includes "plan.intent"

  Scenario: A symptomatic recurrence treated with curative intent: no palliative schedule advice
    Given a cervix case
    And the case has recurrence.symptomatic = true
    When the case is assessed
    Then rule "CX-15" does not fire

  Scenario: A palliative plan for an asymptomatic recurrence: no palliative schedule advice
    Given a cervix case
    And the case has:
      | plan.intent            | PALLIATIVE |
      | recurrence.symptomatic | false      |
    When the case is assessed
    Then rule "CX-15" does not fire
