Feature: Cervix - candidacy and prognostic factors for reirradiation
  There is no validated score for reirradiation of recurrent cervical cancer: the factors of the
  published series are flagged one by one. Tumour volume, treatment-free interval and the number of
  invaded organs predicted survival after interstitial brachytherapy reirradiation (JILIN2022);
  salvage brachytherapy does better after post-operative than after definitive radiotherapy (FUJIOKA);
  GOG 240 enrolled performance status 0-1 only (GOG240). The favourable verdict (CX-17) combines the
  brief's favourable factors, a knowledge-base convention.

  # The treatment-free interval threshold cx.shortIntervalMonths is 12 months (parameters.csv):
  # below 12 is adverse (CX-05); 12 or more is required by CX-03 and CX-17.

  Scenario: Favourable candidate: vault recurrence four years after post-operative radiotherapy, no invasion
    Given a cervix case
    And the case has:
      | priorCourses[0].totalDoseGy        | 50.4              |
      | priorCourses[0].fractions          | 28                |
      | priorCourses[0].postoperative      | true              |
      | priorCourses[0].brachytherapyBoost | false             |
      | recurrence.subsite                 | VAGINAL_VAULT     |
      | recurrence.organInvasion           | []                |
      | recurrence.existingFistula         | false             |
      | recurrence.imaging                 | [MRI, FDG_PET_CT] |
    When the case is assessed
    Then the verdict is FAVOURABLE
    And the verdict is imposed by "CX-17"
    And the findings include:
      | rule  | category    | severity | verdict    |
      | CX-17 | ELIGIBILITY | INFO     | FAVOURABLE |
      | CX-04 | PROGNOSIS   | INFO     | -          |
    And the finding of rule "CX-17" mentions "no validated size limit"

  Scenario Outline: Favourable candidacy needs a treatment-free interval of at least 12 months (<interval>)
    Given a cervix case
    And the case has:
      | priorCourses[0].postoperative | true              |
      | recurrence.subsite            | CENTRAL_PELVIS    |
      | recurrence.organInvasion      | []                |
      | recurrence.existingFistula    | false             |
      | recurrence.imaging            | [MRI, FDG_PET_CT] |
    And the recurrence was diagnosed <months> months and <days> days after the end of the prior course
    When the case is assessed
    Then rule "CX-17" <favourable>
    And rule "CX-05" <adverse>
    And the verdict is <verdict>
    And the verdict is imposed by "<rules>"

    Examples:
      | interval             | months | days | favourable    | adverse       | verdict      | rules |
      | exactly 12 months    | 12     | 0    | fires         | does not fire | FAVOURABLE   | CX-17 |
      | just below 12 months | 11     | 20   | does not fire | fires         | UNFAVOURABLE | CX-05 |
      | just above 12 months | 12     | 10   | fires         | does not fire | FAVOURABLE   | CX-17 |

  Scenario: Organ invasion not recorded: no favourable verdict on an unknown
    Given a cervix case
    And the case has:
      | priorCourses[0].postoperative | true              |
      | recurrence.subsite            | CENTRAL_PELVIS    |
      | recurrence.existingFistula    | false             |
      | recurrence.imaging            | [MRI, FDG_PET_CT] |
    When the case is assessed
    Then rule "CX-17" does not fire
    And the verdict is CONDITIONAL
    And the verdict is imposed by "C-00"

  Scenario: After definitive radiotherapy the favourable combination does not apply
    Given a cervix case
    And the case has:
      | priorCourses[0].postoperative | false             |
      | recurrence.subsite            | CENTRAL_PELVIS    |
      | recurrence.organInvasion      | []                |
      | recurrence.existingFistula    | false             |
      | recurrence.imaging            | [MRI, FDG_PET_CT] |
    When the case is assessed
    Then rule "CX-17" does not fire

  Scenario: The favourable verdict judges a curative plan only
    Given a cervix case
    And the case has:
      | plan.intent                   | PALLIATIVE     |
      | priorCourses[0].postoperative | true           |
      | recurrence.subsite            | CENTRAL_PELVIS |
      | recurrence.organInvasion      | []             |
      | recurrence.existingFistula    | false          |
    When the case is assessed
    Then rule "CX-17" does not fire

  Scenario Outline: A centre's small-volume limit narrows the favourable candidacy (volume <volume> cm3)
    # 30 cm3 is an illustrative local choice, not a value from the literature: the brief gives none.
    Given a cervix case
    And the centre sets "cx.smallVolumeCc" to "30"
    And the case has:
      | priorCourses[0].postoperative | true              |
      | recurrence.subsite            | CENTRAL_PELVIS    |
      | recurrence.organInvasion      | []                |
      | recurrence.existingFistula    | false             |
      | recurrence.imaging            | [MRI, FDG_PET_CT] |
      | recurrence.volumeCc           | <volume>          |
    When the case is assessed
    Then rule "CX-17" <result>

    Examples:
      | volume | result        |
      | 29.5   | fires         |
      | 30     | fires         |
      | 30.5   | does not fire |

  Scenario: With a centre's small-volume limit an unknown volume cannot be called small
    Given a cervix case
    And the centre sets "cx.smallVolumeCc" to "30"
    And the case has:
      | priorCourses[0].postoperative | true              |
      | recurrence.subsite            | CENTRAL_PELVIS    |
      | recurrence.organInvasion      | []                |
      | recurrence.existingFistula    | false             |
      | recurrence.imaging            | [MRI, FDG_PET_CT] |
    When the case is assessed
    Then rule "CX-17" does not fire

  Scenario: Prior post-operative radiotherapy is a favourable flag for salvage brachytherapy, whatever the intent
    Given a cervix case
    And the case has:
      | plan.intent                        | PALLIATIVE |
      | priorCourses[0].postoperative      | true       |
      | priorCourses[0].brachytherapyBoost | false      |
    When the case is assessed
    Then the findings include:
      | rule  | category  | severity |
      | CX-04 | PROGNOSIS | INFO     |
    And the finding of rule "CX-04" mentions "better results after prior post-operative"

  Scenario: A post-operative course with a brachytherapy boost is not the favourable post-operative situation
    Given a cervix case
    And the case has:
      | priorCourses[0].postoperative      | true |
      | priorCourses[0].brachytherapyBoost | true |
    When the case is assessed
    Then rule "CX-04" does not fire

  Scenario: Brachytherapy boost not recorded: the favourable flag is not raised on an unknown
    Given a cervix case
    And the case has priorCourses[0].postoperative = true
    When the case is assessed
    Then rule "CX-04" does not fire

  Scenario: Invasion of the rectum makes curative reirradiation unfavourable
    Given a cervix case
    And the case has recurrence.organInvasion = [RECTUM]
    When the case is assessed
    Then the verdict is UNFAVOURABLE
    And the verdict is imposed by "CX-05"
    And the findings include:
      | rule  | category    | severity | verdict      |
      | CX-05 | PROGNOSIS   | CAUTION  | UNFAVOURABLE |
      | CX-12 | ELIGIBILITY | HIGH     | -            |
    And the finding of rule "CX-05" mentions "invasion of [RECTUM]"

  Scenario: Adverse factors flag only a curative plan; the organ-invasion warning stays for a palliative one
    Given a cervix case
    And the case has:
      | plan.intent              | PALLIATIVE |
      | recurrence.organInvasion | [BLADDER]  |
    When the case is assessed
    Then rule "CX-05" does not fire
    And rule "CX-12" fires

  Scenario: A large recurrence is not judged large by default: the literature gives no bound
    Given a cervix case
    And the case has recurrence.volumeCc = 200
    When the case is assessed
    Then rule "CX-05" does not fire

  Scenario Outline: A centre's large-volume limit switches on the volume branch (volume <volume> cm3)
    # 50 cm3 is an illustrative local choice, not a value from the literature: the brief gives none.
    Given a cervix case
    And the centre sets "cx.largeVolumeCc" to "50"
    And the case has recurrence.volumeCc = <volume>
    When the case is assessed
    Then rule "CX-05" <result>
    And the verdict is <verdict>

    Examples:
      | volume | result        | verdict      |
      | 49.5   | does not fire | CONDITIONAL  |
      | 50     | does not fire | CONDITIONAL  |
      | 50.5   | fires         | UNFAVOURABLE |

  Scenario: The large-volume finding names the case's volume and the centre's limit
    Given a cervix case
    And the centre sets "cx.largeVolumeCc" to "50"
    And the case has recurrence.volumeCc = 75
    When the case is assessed
    Then the finding of rule "CX-05" mentions "tumour volume 75 cm3, above the centre's limit of 50 cm3"

  Scenario: Pelvic sidewall recurrence after definitive radiotherapy: curative options limited
    Given a cervix case
    And the case has:
      | priorCourses[0].postoperative | false |
      | recurrence.pelvicSidewall     | true  |
    When the case is assessed
    Then the findings include:
      | rule  | category    | severity | verdict |
      | CX-06 | ELIGIBILITY | INFO     | -       |
    And the finding of rule "CX-06" mentions "palliative reirradiation for symptoms"

  Scenario: A recurrence recorded in the pelvic sidewall subsite counts as sidewall involvement
    Given a cervix case
    And the case has:
      | priorCourses[0].postoperative | false           |
      | recurrence.subsite            | PELVIC_SIDEWALL |
    When the case is assessed
    Then rule "CX-06" fires

  Scenario: Sidewall recurrence after post-operative radiotherapy is not covered by the statement
    Given a cervix case
    And the case has:
      | priorCourses[0].postoperative | true |
      | recurrence.pelvicSidewall     | true |
    When the case is assessed
    Then rule "CX-06" does not fire

  Scenario: Sidewall recurrence when the nature of the prior course is unknown
    Given a cervix case
    And the case has recurrence.pelvicSidewall = true
    When the case is assessed
    Then rule "CX-06" does not fire

  Scenario: An existing fistula makes brachytherapy or external-beam reirradiation hazardous
    Given a cervix case
    And the case has recurrence.existingFistula = true
    When the case is assessed
    Then the findings include:
      | rule  | category    | severity |
      | CX-12 | ELIGIBILITY | HIGH     |
    And the finding of rule "CX-12" mentions "Existing fistula"
    And the finding of rule "CX-12" mentions "39.1%"

  Scenario: No fistula and no organ invasion: no warning
    Given a cervix case
    And the case has:
      | recurrence.existingFistula | false |
      | recurrence.organInvasion   | []    |
    When the case is assessed
    Then rule "CX-12" does not fire
    And rule "CX-05" does not fire

  Scenario Outline: Performance status and curative reirradiation or exenteration (ECOG <ecog>)
    # cx.gogPsConditional is 2 (GOG 240 enrolled PS 0-1); the common rules C-10 and C-11 band ECOG too.
    Given a cervix case
    And the case has patient.ecog = <ecog>
    When the case is assessed
    Then rule "CX-13" <result>
    And the verdict is <verdict>
    And the verdict is imposed by "<rules>"

    Examples:
      | ecog | result        | verdict         | rules       |
      | 1    | does not fire | CONDITIONAL     | C-00        |
      | 2    | fires         | CONDITIONAL     | C-11, CX-13 |
      | 3    | fires         | NOT_RECOMMENDED | C-10        |

  Scenario: The reduced performance status finding cites the GOG 240 eligibility
    Given a cervix case
    And the case has patient.ecog = 2
    When the case is assessed
    Then the findings include:
      | rule  | category    | severity | verdict     |
      | CX-13 | ELIGIBILITY | CAUTION  | CONDITIONAL |
    And the finding of rule "CX-13" mentions "performance status 0-1"

  Scenario: Performance status 2 with a palliative plan: no curative cap
    Given a cervix case
    And the case has:
      | plan.intent  | PALLIATIVE |
      | patient.ecog | 2          |
    When the case is assessed
    Then rule "CX-13" does not fire
