Feature: Systemic therapy combined with brain reirradiation
  Bevacizumab with 35 Gy in 10 fractions (NRG/RTOG 1205), concurrent chemotherapy, the bevacizumab
  cautions after recent surgery or haemorrhage, and T-DM1 close to radiosurgery.

  # BRN-06: the RTOG 1205 schedule for recurrent glioblastoma when bevacizumab is acceptable.
  Scenario: Recurrent glioblastoma: 35 Gy in 10 fractions with bevacizumab as in RTOG 1205
    Given a brain case
    And the case has recurrence.histology = GLIOBLASTOMA
    When the case is assessed
    Then the findings include:
      | rule   | category | severity | agent       | preference | schedule |
      | BRN-06 | SCHEDULE | INFO     | BEVACIZUMAB | PREFERRED  | DAILY    |
    And the finding of rule "BRN-06" mentions "median PFS 7.1 vs 3.8 months"
    And the finding of rule "BRN-06" mentions "HR 0.98"

  Scenario Outline: Bevacizumab schedule <weeks> weeks after surgery
    Given a brain case
    And the case has recurrence.histology = GLIOBLASTOMA
    And the case has recurrence.weeksSinceSurgery = <weeks>
    When the case is assessed
    Then rule "BRN-06" <schedule>

    Examples:
      | weeks | schedule      |
      | 3.9   | does not fire |
      | 4     | fires         |
      | 4.1   | fires         |

  Scenario Outline: No bevacizumab schedule when <reason>
    Given a brain case
    And the case has recurrence.histology = <histology>
    And the case has <path> = <value>
    When the case is assessed
    Then rule "BRN-06" does not fire

    Examples:
      | reason                                         | histology    | path                               | value |
      | there was a recent intracranial haemorrhage    | GLIOBLASTOMA | recurrence.recentHaemorrhage       | true  |
      | systemic therapy is contraindicated            | GLIOBLASTOMA | patient.chemotherapyContraindicated | true  |
      | the tumour is an astrocytoma, not glioblastoma | ASTROCYTOMA  | recurrence.whoGrade                | 3     |

  # BRN-12: concurrent chemotherapy.
  Scenario: Concurrent temozolomide with glioma reirradiation: no demonstrated benefit
    Given a brain case
    And the case has recurrence.histology = GLIOBLASTOMA
    And the plan includes TEMOZOLOMIDE CONCURRENT
    When the case is assessed
    Then the findings include:
      | rule   | category    | severity | agent        |
      | BRN-12 | COMBINATION | INFO     | TEMOZOLOMIDE |
    And the finding of rule "BRN-12" mentions "64-patient cohort"

  Scenario: Concurrent carboplatin and etoposide: one finding per agent
    Given a brain case
    And the case has recurrence.histology = ASTROCYTOMA
    And the plan includes CARBOPLATIN CONCURRENT
    And the plan includes ETOPOSIDE CONCURRENT
    When the case is assessed
    Then the findings include:
      | rule   | agent       |
      | BRN-12 | CARBOPLATIN |
      | BRN-12 | ETOPOSIDE   |

  Scenario: Adjuvant temozolomide after reirradiation is not concurrent chemotherapy
    Given a brain case
    And the case has recurrence.histology = GLIOBLASTOMA
    And the plan includes TEMOZOLOMIDE ADJUVANT
    When the case is assessed
    Then rule "BRN-12" does not fire

  Scenario: Concurrent lomustine is not one of the studied agents
    Given a brain case
    And the case has recurrence.histology = GLIOBLASTOMA
    And the plan includes LOMUSTINE CONCURRENT
    When the case is assessed
    Then rule "BRN-12" does not fire

  # BRN-13: bevacizumab within 4 weeks (28 days) of surgery or after a recent haemorrhage.
  Scenario Outline: Bevacizumab planned <weeks> weeks after surgery
    Given a brain case
    And the case has recurrence.histology = GLIOBLASTOMA
    And the case has recurrence.weeksSinceSurgery = <weeks>
    And the plan includes BEVACIZUMAB CONCURRENT
    When the case is assessed
    Then rule "BRN-13" <caution>

    Examples:
      | weeks | caution       |
      | 3.9   | fires         |
      | 4     | does not fire |
      | 4.1   | does not fire |

  Scenario: Bevacizumab after a recent haemorrhage into a brain metastasis
    Given a brain case
    And the case has recurrence.histology = BRAIN_METASTASIS
    And the case has recurrence.recentHaemorrhage = true
    And the plan includes BEVACIZUMAB SEQUENTIAL 2 weeks from the radiotherapy
    When the case is assessed
    Then the findings include:
      | rule   | category    | severity | agent       |
      | BRN-13 | COMBINATION | HIGH     | BEVACIZUMAB |
    And the finding of rule "BRN-13" mentions "recent haemorrhage: yes"

  Scenario: The surgery window in the finding follows the parameter in force
    # 6 weeks is an illustrative local value, not a literature value.
    Given a brain case
    And the centre sets "brn.bevacizumabSurgeryWindowWeeks" to "6"
    And the case has recurrence.histology = GLIOBLASTOMA
    And the case has recurrence.weeksSinceSurgery = 5
    And the plan includes BEVACIZUMAB CONCURRENT
    When the case is assessed
    Then rule "BRN-13" fires
    And the finding of rule "BRN-13" mentions "caution below 6 weeks, i.e. 42 days"

  Scenario: Recent surgery without bevacizumab in the plan: no bevacizumab caution
    Given a brain case
    And the case has recurrence.histology = GLIOBLASTOMA
    And the case has recurrence.weeksSinceSurgery = 2
    When the case is assessed
    Then rule "BRN-13" does not fire

  # BRN-20: T-DM1 within 4 weeks of brain radiosurgery.
  Scenario Outline: T-DM1 given <weeks> weeks from brain radiosurgery
    Given a brain case
    And the case has:
      | recurrence.histology | BRAIN_METASTASIS |
      | plan.technique       | SBRT             |
    And the plan includes TRASTUZUMAB_EMTANSINE SEQUENTIAL 4 weeks from the radiotherapy
    And the case has plan.systemicTherapy[0].weeksFromRadiotherapy = <weeks>
    When the case is assessed
    Then rule "BRN-20" <caution>

    Examples:
      | weeks | caution       |
      | 3.9   | fires         |
      | 4     | fires         |
      | 4.1   | does not fire |

  Scenario: T-DM1 given concurrently without a stated gap counts as during the radiosurgery
    Given a brain case
    And the case has:
      | recurrence.histology           | BRAIN_METASTASIS      |
      | plan.technique                 | SBRT                  |
      | plan.systemicTherapy[0].agent  | TRASTUZUMAB_EMTANSINE |
      | plan.systemicTherapy[0].timing | CONCURRENT            |
    When the case is assessed
    Then the findings include:
      | rule   | agent                 | severity |
      | BRN-20 | TRASTUZUMAB_EMTANSINE | HIGH     |

  Scenario: T-DM1 given sequentially without a stated gap: the window cannot be judged
    Given a brain case
    And the case has:
      | recurrence.histology           | BRAIN_METASTASIS      |
      | plan.technique                 | SBRT                  |
      | plan.systemicTherapy[0].agent  | TRASTUZUMAB_EMTANSINE |
      | plan.systemicTherapy[0].timing | SEQUENTIAL            |
    When the case is assessed
    Then rule "BRN-20" does not fire

  Scenario: T-DM1 during radiosurgery: high radionecrosis risk
    Given a brain case
    And the case has recurrence.histology = BRAIN_METASTASIS
    And the case has plan.technique = SBRT
    And the plan includes TRASTUZUMAB_EMTANSINE CONCURRENT
    When the case is assessed
    Then the findings include:
      | rule   | category    | severity | agent                 | technique |
      | BRN-20 | COMBINATION | HIGH     | TRASTUZUMAB_EMTANSINE | SBRT      |
    And the finding of rule "BRN-20" mentions "39.1%"

  Scenario: T-DM1 with fractionated conventional reirradiation is not the radiosurgery risk
    Given a brain case
    And the case has recurrence.histology = BRAIN_METASTASIS
    And the case has plan.technique = IMRT
    And the plan includes TRASTUZUMAB_EMTANSINE CONCURRENT
    When the case is assessed
    Then rule "BRN-20" does not fire
