Feature: Technique for reirradiation of recurrent glioma
  Radiosurgery (SRS) suits small recurrences away from the brainstem and optic apparatus; larger ones,
  or those near these organs, get fractionated stereotactic RT (FSRT). The 3 cm bound is the knowledge
  base's configurable default. SRS and FSRT are both technique SBRT in the contract.

  # BRN-08a / BRN-08b: diameter up to 3 cm and away from critical organs.
  Scenario Outline: Glioma recurrence of <diameter> cm away from the brainstem and optic apparatus
    Given a brain case
    And the case has:
      | recurrence.histology                      | GLIOBLASTOMA |
      | recurrence.maxDiameterCm                  | <diameter>   |
      | recurrence.abutsBrainstemOrOpticApparatus | false        |
    When the case is assessed
    Then rule "<fires>" fires
    And rule "<silent>" does not fire

    Examples:
      | diameter | fires   | silent  |
      | 2.9      | BRN-08a | BRN-08b |
      | 3        | BRN-08a | BRN-08b |
      | 3.1      | BRN-08b | BRN-08a |

  Scenario: Small recurrence away from critical organs: SRS or FSRT preferred
    Given a brain case
    And the case has:
      | recurrence.histology                      | ASTROCYTOMA |
      | recurrence.maxDiameterCm                  | 2           |
      | recurrence.abutsBrainstemOrOpticApparatus | false       |
    When the case is assessed
    Then the findings include:
      | rule    | category  | severity | technique | preference |
      | BRN-08a | TECHNIQUE | INFO     | SBRT      | PREFERRED  |
    And the finding of rule "BRN-08a" mentions "radionecrosis 6.1% after SRS"

  Scenario: Small recurrence abutting the optic chiasm: fractionated stereotactic RT
    Given a brain case
    And the case has:
      | recurrence.histology                      | GLIOBLASTOMA |
      | recurrence.maxDiameterCm                  | 2            |
      | recurrence.abutsBrainstemOrOpticApparatus | true         |
    When the case is assessed
    Then rule "BRN-08a" does not fire
    And the findings include:
      | rule    | category  | technique | preference | schedule |
      | BRN-08b | TECHNIQUE | SBRT      | PREFERRED  | DAILY    |
    And the finding of rule "BRN-08b" mentions "25 Gy in 5"

  Scenario: Small recurrence whose relation to the brainstem is unknown: no SRS advice yet
    Given a brain case
    And the case has recurrence.histology = GLIOBLASTOMA
    And the case has recurrence.maxDiameterCm = 2
    When the case is assessed
    Then rule "BRN-08a" does not fire
    And rule "BRN-08b" does not fire

  Scenario: Technique advice for glioma does not apply to brain metastases
    Given a brain case
    And the case has recurrence.histology = BRAIN_METASTASIS
    And the case has recurrence.maxDiameterCm = 4
    When the case is assessed
    Then rule "BRN-08b" does not fire

  # BRN-09: single-fraction SRS to a large target or one abutting the brainstem or optic apparatus.
  Scenario Outline: Single-fraction radiosurgery planned for a <diameter> cm recurrence
    Given a brain case
    And the case has:
      | recurrence.histology                      | GLIOBLASTOMA |
      | recurrence.maxDiameterCm                  | <diameter>   |
      | recurrence.abutsBrainstemOrOpticApparatus | false        |
      | plan.technique                            | SBRT         |
      | plan.totalDoseGy                          | 18           |
      | plan.fractions                            | 1            |
    When the case is assessed
    Then rule "BRN-09" <discouraged>

    Examples:
      | diameter | discouraged   |
      | 2.9      | does not fire |
      | 3        | does not fire |
      | 3.1      | fires         |

  Scenario Outline: Radiosurgery for a 3.5 cm recurrence in <fractions> fraction(s)
    Given a brain case
    And the case has:
      | recurrence.histology     | GLIOBLASTOMA |
      | recurrence.maxDiameterCm | 3.5          |
      | plan.technique           | SBRT         |
      | plan.totalDoseGy         | <dose>       |
      | plan.fractions           | <fractions>  |
    When the case is assessed
    Then rule "BRN-09" <discouraged>

    Examples:
      | dose | fractions | discouraged   |
      | 18   | 1         | fires         |
      | 24   | 2         | does not fire |
      | 25   | 5         | does not fire |

  Scenario: Single-fraction radiosurgery next to the brainstem is discouraged even for a small lesion
    Given a brain case
    And the case has:
      | recurrence.histology                      | OLIGODENDROGLIOMA |
      | recurrence.maxDiameterCm                  | 1.5               |
      | recurrence.abutsBrainstemOrOpticApparatus | true              |
      | plan.technique                            | SBRT              |
      | plan.totalDoseGy                          | 15                |
      | plan.fractions                            | 1                 |
    When the case is assessed
    Then the findings include:
      | rule    | category  | severity | technique | preference  |
      | BRN-09  | TECHNIQUE | HIGH     | SBRT      | DISCOURAGED |
      | BRN-08b | TECHNIQUE | INFO     | SBRT      | PREFERRED   |
    And the finding of rule "BRN-09" mentions "abutting the brainstem or optic apparatus: yes"

  Scenario: A single fraction with a technique other than SBRT is not radiosurgery
    Given a brain case
    And the case has:
      | recurrence.histology     | GLIOBLASTOMA |
      | recurrence.maxDiameterCm | 3.5          |
      | plan.technique           | IMRT         |
      | plan.totalDoseGy         | 8            |
      | plan.fractions           | 1            |
    When the case is assessed
    Then rule "BRN-09" does not fire
