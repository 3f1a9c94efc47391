Feature: Work-up of the recurrence: biopsy and restaging (C-07, C-08, C-09)
  Post-treatment change can mimic tumour: when the recurrence is not histologically confirmed but a
  biopsy is feasible, ask for one and keep the verdict CONDITIONAL (C-07). For brain, amino-acid PET
  is the imaging route instead (the site override). Before a curative reirradiation, distant
  metastases must be excluded: restage when their status is unknown (C-08, McDONALD2011); with
  distant metastases curative reirradiation is UNFAVOURABLE (C-09). Both judge curative plans only.

  Scenario: Recurrence not confirmed although a biopsy is feasible
    Given a breast case
    And the case has recurrence.histologyConfirmed = false
    And the case has recurrence.biopsyFeasible = true
    When the case is assessed
    Then the verdict is CONDITIONAL
    And the verdict is imposed by "C-07"
    And the findings include:
      | rule | category | severity | verdict     |
      | C-07 | WORKUP   | CAUTION  | CONDITIONAL |
    And the finding of rule "C-07" mentions "biopsy"

  Scenario Outline: No biopsy is asked for (confirmed <confirmed>, biopsy feasible <feasible>)
    Given a breast case
    And the case has recurrence.histologyConfirmed = <confirmed>
    And the case has recurrence.biopsyFeasible = <feasible>
    When the case is assessed
    Then rule "C-07" does not fire

    Examples:
      | confirmed | feasible |
      | true      | true     |
      | false     | false    |
      | false     | absent   |

  Scenario: Brain recurrence assessed by amino-acid PET: no biopsy demanded
    Given a brain case
    And the case has recurrence.histologyConfirmed = false
    And the case has recurrence.biopsyFeasible = true
    And the case has recurrence.imaging = [MRI, AMINO_ACID_PET]
    When the case is assessed
    Then rule "C-07" does not fire

  Scenario: Brain recurrence on MRI alone: a biopsy is asked for
    Given a brain case
    And the case has recurrence.histologyConfirmed = false
    And the case has recurrence.biopsyFeasible = true
    And the case has recurrence.imaging = [MRI, PERFUSION_MRI]
    When the case is assessed
    Then rule "C-07" fires

  Scenario: Brain recurrence with no imaging recorded: a biopsy is asked for
    Given a brain case
    And the case has recurrence.histologyConfirmed = false
    And the case has recurrence.biopsyFeasible = true
    And the case has recurrence.imaging = absent
    When the case is assessed
    Then rule "C-07" fires

  Scenario: Amino-acid PET does not replace a biopsy outside the brain
    Given a breast case
    And the case has recurrence.histologyConfirmed = false
    And the case has recurrence.biopsyFeasible = true
    And the case has recurrence.imaging = [AMINO_ACID_PET]
    When the case is assessed
    Then rule "C-07" fires

  Scenario Outline: Distant-metastasis status unknown before curative reirradiation: restage (<status>)
    Given a breast case
    And the case has recurrence.distantMetastases = <status>
    When the case is assessed
    Then the findings include:
      | rule | category | severity |
      | C-08 | WORKUP   | CAUTION  |
    And the finding of rule "C-08" mentions "FDG-PET/CT"

    Examples:
      | status  |
      | UNKNOWN |
      | absent  |

  Scenario Outline: No restaging demanded (intent <intent>, distant metastases <status>)
    Given a breast case
    And the case has plan.intent = <intent>
    And the case has recurrence.distantMetastases = <status>
    When the case is assessed
    Then rule "C-08" does not fire

    Examples:
      | intent     | status  |
      | CURATIVE   | NO      |
      | PALLIATIVE | UNKNOWN |

  Scenario: Distant metastases: curative reirradiation unfavourable
    Given a breast case
    And the case has recurrence.distantMetastases = YES
    When the case is assessed
    Then the verdict is UNFAVOURABLE
    And the verdict is imposed by "C-09"
    And the findings include:
      | rule | category    | severity | verdict      |
      | C-09 | ELIGIBILITY | HIGH     | UNFAVOURABLE |
    And the finding of rule "C-09" mentions "palliative intent"

  Scenario: Distant metastases before a palliative reirradiation: no verdict against it
    Given a breast case
    And the case has plan.intent = PALLIATIVE
    And the case has recurrence.distantMetastases = YES
    When the case is assessed
    Then rule "C-09" does not fire
    And the verdict is CONDITIONAL
