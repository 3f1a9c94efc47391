Feature: Selecting patients with recurrent glioma for reirradiation
  Glioma means glioblastoma, astrocytoma or oligodendroglioma. The baseline brain case is a curative
  plan, ECOG 1 / KPS 80, age 60, recurrence about 38.5 months after the prior course, in the previously
  irradiated volume (Type 1), histology confirmed.

  # BRN-01: RTOG 1205 required progression at least 6 months after chemoradiation.
  Scenario Outline: Progression <interval> after chemoradiation
    Given a brain case
    And the case has recurrence.histology = GLIOBLASTOMA
    And the recurrence was diagnosed <interval> after the end of the prior course
    When the case is assessed
    Then rule "BRN-01" <early>

    Examples:
      | interval             | early         |
      | 5 months and 20 days | fires         |
      | 6 months             | does not fire |
      | 6 months and 10 days | does not fire |

  Scenario: Early glioma progression makes reirradiation not recommended, whatever the intent
    Given a brain case
    And the case has recurrence.histology = ASTROCYTOMA
    And the case has plan.intent = PALLIATIVE
    And the recurrence was diagnosed 4 months after the end of the prior course
    When the case is assessed
    Then the verdict is NOT_RECOMMENDED
    And the verdict is imposed by "BRN-01"
    And the finding of rule "BRN-01" mentions "pseudoprogression"

  Scenario: Early progression of a brain metastasis is not judged by the glioma interval rule
    Given a brain case
    And the case has recurrence.histology = BRAIN_METASTASIS
    And the recurrence was diagnosed 4 months after the end of the prior course
    When the case is assessed
    Then rule "BRN-01" does not fire

  # BRN-02: RANO, the first 12 weeks after chemoradiation. The prior course ends on the given date;
  # the recurrence is diagnosed on 2025-05-02 (84 days after 2025-02-07 = exactly 12 weeks).
  Scenario Outline: New enhancement inside the radiation field <days> days after chemoradiation, no histology
    Given a brain case
    And the case has:
      | recurrence.histology         | GLIOBLASTOMA |
      | recurrence.histologyConfirmed | false        |
      | priorCourses[0].startDate    | 2024-12-20   |
      | priorCourses[0].endDate      | <endDate>    |
    When the case is assessed
    Then rule "BRN-02" <pseudoprogression>

    Examples:
      | days | endDate    | pseudoprogression |
      | 83   | 2025-02-08 | fires             |
      | 84   | 2025-02-07 | does not fire     |
      | 85   | 2025-02-06 | does not fire     |

  Scenario: Possible pseudoprogression is a gate that asks for confirmation; early progression still wins
    Given a brain case
    And the case has:
      | recurrence.histology          | GLIOBLASTOMA |
      | recurrence.histologyConfirmed | false        |
      | recurrence.imaging            | [MRI]        |
      | priorCourses[0].startDate     | 2025-01-06   |
      | priorCourses[0].endDate       | 2025-02-14   |
    When the case is assessed
    Then the verdict is NOT_RECOMMENDED
    And the verdict is imposed by "BRN-01"
    And rule "BRN-02" fires
    And the findings include:
      | rule   | category    | severity | verdict                  |
      | BRN-02 | WORKUP      | HIGH     | INSUFFICIENT_INFORMATION |
      | BRN-01 | ELIGIBILITY | HIGH     | NOT_RECOMMENDED          |
    And the missing information includes "recurrence.histologyConfirmed"
    And the finding of rule "BRN-02" mentions "clinical decline alone does not count"

  Scenario: Early enhancement confirmed as tumour on histology is not pseudoprogression
    Given a brain case
    And the case has:
      | recurrence.histology          | GLIOBLASTOMA |
      | recurrence.histologyConfirmed | true         |
      | priorCourses[0].startDate     | 2025-01-06   |
      | priorCourses[0].endDate       | 2025-02-14   |
    When the case is assessed
    Then rule "BRN-02" does not fire
    And rule "BRN-01" fires

  Scenario: Early enhancement outside the previously irradiated volume is not held back as pseudoprogression
    Given a brain case
    And the case has:
      | recurrence.histology             | GLIOBLASTOMA |
      | recurrence.histologyConfirmed    | false        |
      | recurrence.overlapWithPriorVolume | NO          |
      | priorCourses[0].startDate        | 2025-01-06   |
      | priorCourses[0].endDate          | 2025-02-14   |
    When the case is assessed
    Then rule "BRN-02" does not fire

  # BRN-03: work-up of an unconfirmed glioma recurrence.
  Scenario: Unconfirmed glioma recurrence seen on MRI only: amino-acid PET and perfusion MRI
    Given a brain case
    And the case has:
      | recurrence.histology          | OLIGODENDROGLIOMA |
      | recurrence.histologyConfirmed | false             |
      | recurrence.imaging            | [MRI]             |
    When the case is assessed
    Then rule "BRN-03" fires
    And the findings include:
      | rule   | category | severity |
      | BRN-03 | WORKUP   | CAUTION  |
    And the finding of rule "BRN-03" mentions "amino-acid PET"

  Scenario: Unconfirmed glioma recurrence already imaged with amino-acid PET: no further request, no biopsy demand
    Given a brain case
    And the case has:
      | recurrence.histology          | GLIOBLASTOMA               |
      | recurrence.histologyConfirmed | false                      |
      | recurrence.biopsyFeasible     | true                       |
      | recurrence.imaging            | [MRI, PERFUSION_MRI, AMINO_ACID_PET] |
    When the case is assessed
    Then rule "BRN-03" does not fire
    And rule "C-07" does not fire

  Scenario: Histologically confirmed glioma recurrence needs no imaging confirmation
    Given a brain case
    And the case has recurrence.histology = GLIOBLASTOMA
    And the case has recurrence.imaging = [MRI]
    When the case is assessed
    Then rule "BRN-03" does not fire

  # BRN-04a..d: KPS bands for glioma (KPS only; < 60, 60-70, 71-89, 90-100).
  Scenario Outline: Glioma with KPS <kps>
    Given a brain case
    And the case has recurrence.histology = GLIOBLASTOMA
    And the case has patient.kps = <kps>
    When the case is assessed
    Then rule "<band>" fires
    And rule "<not>" does not fire

    Examples:
      | kps | band    | not     |
      | 59  | BRN-04a | BRN-04b |
      | 60  | BRN-04b | BRN-04a |
      | 61  | BRN-04b | BRN-04a |
      | 69  | BRN-04b | BRN-04c |
      | 70  | BRN-04b | BRN-04c |
      | 71  | BRN-04c | BRN-04b |
      | 89  | BRN-04c | BRN-04d |
      | 90  | BRN-04d | BRN-04c |
      | 91  | BRN-04d | BRN-04c |

  Scenario: KPS below 60 makes even palliative glioma reirradiation not recommended
    Given a brain case
    And the case has:
      | recurrence.histology | GLIOBLASTOMA |
      | plan.intent          | PALLIATIVE   |
      | patient.kps          | 50           |
      | patient.ecog         | 3            |
    When the case is assessed
    Then the verdict is NOT_RECOMMENDED
    And the verdict is imposed by "BRN-04a"
    And the finding of rule "BRN-04a" mentions "best supportive care"

  Scenario: KPS 70 keeps a curative glioma reirradiation conditional
    Given a brain case
    And the case has recurrence.histology = GLIOBLASTOMA
    And the case has patient.kps = 70
    When the case is assessed
    Then the verdict is CONDITIONAL
    And the verdict is imposed by "BRN-04b"

  Scenario: The good-KPS band is described from the parameter in force, not a hard-coded 71-79
    # 75 is an illustrative local value, not a literature value.
    Given a brain case
    And the centre sets "brn.kpsConditionalMax" to "75"
    And the case has:
      | recurrence.histology | GLIOBLASTOMA |
      | patient.kps          | 78           |
    When the case is assessed
    Then rule "BRN-04c" fires
    And the finding of rule "BRN-04c" mentions "KPS above 75 and below 80 is placed in this band"

  Scenario: KPS 90 is the RTOG 1205 subgroup with a survival benefit
    Given a brain case
    And the case has recurrence.histology = ASTROCYTOMA
    And the case has patient.kps = 90
    When the case is assessed
    Then the findings include:
      | rule    | category  | severity |
      | BRN-04d | PROGNOSIS | INFO     |
    And the finding of rule "BRN-04d" mentions "HR 0.67"

  Scenario: The glioma KPS bands do not apply to brain metastases
    Given a brain case
    And the case has recurrence.histology = BRAIN_METASTASIS
    And the case has patient.kps = 50
    When the case is assessed
    Then rule "BRN-04a" does not fire

  Scenario: ECOG alone is not converted into a KPS band
    Given a brain case
    And the case has recurrence.histology = GLIOBLASTOMA
    And the case has patient.kps = absent
    And the case has patient.ecog = 3
    When the case is assessed
    Then rule "BRN-04a" does not fire
    And rule "BRN-04b" does not fire

  # BRN-05a: Park score 0 - consider re-resection (non-eloquent, KPS > 80, volume < 50 cm3).
  Scenario Outline: Glioblastoma, non-eloquent, KPS <kps>, <volume> cm3: re-resection <consider>
    Given a brain case
    And the case has:
      | recurrence.histology         | GLIOBLASTOMA |
      | recurrence.eloquentLocation  | false        |
      | recurrence.volumeCc          | <volume>     |
      | patient.kps                  | <kps>        |
    When the case is assessed
    Then rule "BRN-05a" <consider>

    Examples:
      | kps | volume | consider      |
      | 79  | 20     | does not fire |
      | 80  | 20     | does not fire |
      | 81  | 20     | fires         |
      | 90  | 49.9   | fires         |
      | 90  | 50     | does not fire |
      | 90  | 50.1   | does not fire |

  Scenario: Park score 0 suggests re-resection first: the verdict is conditional
    Given a brain case
    And the case has:
      | recurrence.histology        | GLIOBLASTOMA |
      | recurrence.eloquentLocation | false        |
      | recurrence.volumeCc         | 25           |
      | recurrence.resectable       | YES          |
      | patient.kps                 | 90           |
    When the case is assessed
    Then the verdict is CONDITIONAL
    And the verdict is imposed by "BRN-05a"
    And the findings include:
      | rule    | category    | severity | verdict     |
      | BRN-05a | ALTERNATIVE | CAUTION  | CONDITIONAL |
    And the finding of rule "BRN-05a" mentions "10.8 months"

  Scenario Outline: No re-resection advice when <reason>
    Given a brain case
    And the case has:
      | recurrence.histology        | GLIOBLASTOMA |
      | recurrence.eloquentLocation | false        |
      | recurrence.volumeCc         | 25           |
      | patient.kps                 | 90           |
      | <path>                      | <value>      |
    When the case is assessed
    Then rule "BRN-05a" does not fire

    Examples:
      | reason                                   | path                        | value       |
      | the recurrence is judged unresectable    | recurrence.resectable       | NO          |
      | the recurrence was just resected         | plan.salvageSurgery         | DONE        |
      | the patient declines surgery             | patient.declinesSurgery     | true        |
      | the location is eloquent                 | recurrence.eloquentLocation | true        |
      | the tumour is a grade 3 astrocytoma      | recurrence.histology        | ASTROCYTOMA |

  # BRN-07a/b: target volume up to 50 cm3 (Navarria).
  Scenario Outline: Glioma reirradiation target of <volume> cm3
    Given a brain case
    And the case has recurrence.histology = GLIOBLASTOMA
    And the case has recurrence.volumeCc = <volume>
    When the case is assessed
    Then rule "<fires>" fires
    And rule "<silent>" does not fire

    Examples:
      | volume | fires   | silent  |
      | 49.9   | BRN-07a | BRN-07b |
      | 50     | BRN-07a | BRN-07b |
      | 50.1   | BRN-07b | BRN-07a |

  Scenario: Large target warning cites Navarria's survival figures
    Given a brain case
    And the case has recurrence.histology = OLIGODENDROGLIOMA
    And the case has recurrence.volumeCc = 80
    When the case is assessed
    Then the findings include:
      | rule    | category  | severity |
      | BRN-07b | PROGNOSIS | CAUTION  |
    And the finding of rule "BRN-07b" mentions "33% vs 56%"

  Scenario: Unknown target volume gives neither volume flag
    Given a brain case
    And the case has recurrence.histology = GLIOBLASTOMA
    When the case is assessed
    Then rule "BRN-07a" does not fire
    And rule "BRN-07b" does not fire

  # BRN-15: lower-grade glioma (WHO grade below 4).
  Scenario Outline: Glioma of WHO grade <grade>
    Given a brain case
    And the case has recurrence.histology = <histology>
    And the case has recurrence.whoGrade = <grade>
    When the case is assessed
    Then rule "BRN-15" <lowerGrade>

    Examples:
      | histology         | grade | lowerGrade    |
      | OLIGODENDROGLIOMA | 2     | fires         |
      | ASTROCYTOMA       | 3     | fires         |
      | GLIOBLASTOMA      | 4     | does not fire |

  Scenario: Grade 3 astrocytoma: longer survival after reirradiation than glioblastoma
    Given a brain case
    And the case has recurrence.histology = ASTROCYTOMA
    And the case has recurrence.whoGrade = 3
    When the case is assessed
    Then the finding of rule "BRN-15" mentions "9.5 months (grade III) vs 7.5 months"

  # BRN-21: favourable candidate (KB convention) - first recurrence, >= 6 months, KPS > 70, <= 50 cm3.
  Scenario: First recurrence of a glioblastoma, late, small, good KPS: favourable candidate
    Given a brain case
    And the case has:
      | recurrence.histology       | GLIOBLASTOMA |
      | recurrence.firstRecurrence | true         |
      | recurrence.volumeCc        | 30           |
    When the case is assessed
    Then the verdict is FAVOURABLE
    And the verdict is imposed by "BRN-21"

  Scenario Outline: Favourable-candidate criteria at their edges: <edge>
    Given a brain case
    And the case has:
      | recurrence.histology       | GLIOBLASTOMA |
      | recurrence.firstRecurrence | true         |
      | recurrence.volumeCc        | <volume>     |
      | patient.kps                | <kps>        |
    And the recurrence was diagnosed <interval> after the end of the prior course
    When the case is assessed
    Then rule "BRN-21" <favourable>

    Examples:
      | edge                     | volume | kps | interval             | favourable    |
      | interval just below      | 30     | 80  | 5 months and 20 days | does not fire |
      | interval at 6 months     | 30     | 80  | 6 months             | fires         |
      | interval just above      | 30     | 80  | 6 months and 10 days | fires         |
      | KPS at 70                | 30     | 70  | 12 months            | does not fire |
      | KPS just above 70        | 30     | 71  | 12 months            | fires         |
      | volume at 50 cm3         | 50     | 80  | 12 months            | fires         |
      | volume just above 50 cm3 | 50.1   | 80  | 12 months            | does not fire |

  Scenario: A second recurrence is not a favourable candidate by this rule
    Given a brain case
    And the case has:
      | recurrence.histology       | GLIOBLASTOMA |
      | recurrence.firstRecurrence | false        |
      | recurrence.volumeCc        | 30           |
    When the case is assessed
    Then rule "BRN-21" does not fire
    And the verdict is CONDITIONAL
    And the verdict is imposed by "C-00"

  # BRN-16: RTOG 1205 favourable subgroup needs the centre's "long interval" (no literature value).
  Scenario: The RTOG 1205 favourable subgroup stays silent without a local long-interval value
    Given a brain case
    And the case has:
      | recurrence.histology       | GLIOBLASTOMA |
      | recurrence.firstRecurrence | true         |
      | recurrence.volumeCc        | 30           |
      | patient.kps                | 90           |
    When the case is assessed
    Then rule "BRN-16" does not fire
    And rule "BRN-21" fires

  Scenario Outline: With a local long interval of 24 months (a local choice, not a literature value), recurrence after <interval>
    Given a brain case
    And the centre sets "brn.longIntervalMonths" to "24"
    And the case has:
      | recurrence.histology       | GLIOBLASTOMA |
      | recurrence.firstRecurrence | true         |
      | recurrence.volumeCc        | 30           |
      | patient.kps                | 90           |
    And the recurrence was diagnosed <interval> after the end of the prior course
    When the case is assessed
    Then rule "BRN-16" <subgroup>

    Examples:
      | interval              | subgroup      |
      | 23 months and 20 days | does not fire |
      | 24 months             | fires         |
      | 24 months and 10 days | fires         |

  Scenario: With the local long interval set, the RTOG 1205 subgroup imposes a favourable verdict
    Given a brain case
    And the centre sets "brn.longIntervalMonths" to "24"
    And the case has:
      | recurrence.histology       | ASTROCYTOMA |
      | recurrence.firstRecurrence | true        |
      | recurrence.volumeCc        | 30          |
      | patient.kps                | 90          |
    When the case is assessed
    Then the verdict is FAVOURABLE
    And the verdict is imposed by "BRN-16, BRN-21"
    And the finding of rule "BRN-16" mentions "centre's long interval"

  Scenario: With the local long interval set, KPS 80 is outside the RTOG 1205 subgroup
    Given a brain case
    And the centre sets "brn.longIntervalMonths" to "24"
    And the case has:
      | recurrence.histology       | GLIOBLASTOMA |
      | recurrence.firstRecurrence | true         |
      | recurrence.volumeCc        | 30           |
      | patient.kps                | 89           |
    When the case is assessed
    Then rule "BRN-16" does not fire
