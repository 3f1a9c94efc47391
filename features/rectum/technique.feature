Feature: Rectal cancer - techniques of reirradiation
  IORT for a close or positive margin at surgery (HADDOCK2017, ROEDER2012), carbon ions for an
  unresectable recurrence (YAMADA2021) with a bowel-perforation caution (CION-PCRT), protons after a
  prior radiation injury (PBS-RE), and SBRT for a small unresectable recurrence (ABUSARIS2012).

  Background:
    Given a rectum case

  # RE-04: IORT (CURATIVE scope); the nerve-dose value is re.iortNerveDoseGy = 15 Gy
  Scenario: Expected R1 margin with IORT available: add IORT, keeping the nerve dose below 15 Gy
    Given the case has:
      | recurrence.resectable     | YES  |
      | recurrence.expectedMargin | R1   |
      | context.iortAvailable     | true |
    When the case is assessed
    Then the findings include:
      | rule  | category  | severity | technique | preference |
      | RE-04 | TECHNIQUE | INFO     | IORT      | PREFERRED  |
    And the finding of rule "RE-04" mentions "below 15 Gy"
    And the finding of rule "RE-04" mentions "41% (R1)"

  Scenario: Expected R2 margin with IORT available: add IORT
    Given the case has:
      | recurrence.resectable     | YES  |
      | recurrence.expectedMargin | R2   |
      | context.iortAvailable     | true |
    When the case is assessed
    Then rule "RE-04" fires
    And rule "RE-05" fires

  Scenario: Expected R0 margin: no IORT recommendation
    Given the case has:
      | recurrence.resectable     | YES  |
      | recurrence.expectedMargin | R0   |
      | context.iortAvailable     | true |
    When the case is assessed
    Then rule "RE-04" does not fire

  Scenario: Expected R1 margin but no IORT in the centre: no IORT recommendation
    Given the case has:
      | recurrence.resectable     | YES   |
      | recurrence.expectedMargin | R1    |
      | context.iortAvailable     | false |
    When the case is assessed
    Then rule "RE-04" does not fire

  Scenario: Palliative plan with an R1 margin and IORT available: no IORT recommendation
    Given the case has:
      | plan.intent               | PALLIATIVE |
      | recurrence.expectedMargin | R1         |
      | context.iortAvailable     | true       |
    When the case is assessed
    Then rule "RE-04" does not fire

  # RE-06: carbon ions (CURATIVE scope)
  Scenario: Unresectable recurrence with carbon ions available: carbon-ion reirradiation 70.4 Gy(RBE) in 16 fractions
    Given the case has:
      | recurrence.resectable      | NO   |
      | context.carbonIonAvailable | true |
    When the case is assessed
    Then the findings include:
      | rule  | category  | severity | technique  | preference | schedule          |
      | RE-06 | TECHNIQUE | INFO     | CARBON_ION | ACCEPTABLE | FOUR_TIMES_WEEKLY |
    And the finding of rule "RE-06" mentions "70.4 Gy(RBE) in 16 fractions over 4 weeks"
    And the finding of rule "RE-06" mentions "21%"

  Scenario: Resectable recurrence: carbon ions are not proposed
    Given the case has:
      | recurrence.resectable      | YES  |
      | context.carbonIonAvailable | true |
    When the case is assessed
    Then rule "RE-06" does not fire

  Scenario: Unresectable recurrence without access to carbon ions: not proposed
    Given the case has:
      | recurrence.resectable      | NO    |
      | context.carbonIonAvailable | false |
    When the case is assessed
    Then rule "RE-06" does not fire

  Scenario: Unresectable recurrence with distant metastases: carbon ions are not proposed
    Given the case has:
      | recurrence.resectable        | NO   |
      | recurrence.distantMetastases | YES  |
      | context.carbonIonAvailable   | true |
    When the case is assessed
    Then rule "RE-06" does not fire

  Scenario: Palliative plan for an unresectable recurrence: carbon ions are not proposed
    Given the case has:
      | plan.intent                | PALLIATIVE |
      | recurrence.resectable      | NO         |
      | context.carbonIonAvailable | true       |
    When the case is assessed
    Then rule "RE-06" does not fire

  # RE-07a: carbon ions and the bowel
  Scenario: Carbon-ion plan: assess the bowel distance, a perforation has been reported
    Given the case has:
      | recurrence.resectable     | NO         |
      | plan.technique            | CARBON_ION |
      | recurrence.bowelDistanceMm | 12        |
    When the case is assessed
    Then the findings include:
      | rule   | category  | severity | technique  | organ |
      | RE-07a | TECHNIQUE | CAUTION  | CARBON_ION | BOWEL |
    And the finding of rule "RE-07a" mentions "12 mm"

  Scenario: Carbon-ion plan with the bowel distance not given: the caution asks for it
    Given the case has:
      | recurrence.resectable | NO         |
      | plan.technique        | CARBON_ION |
    When the case is assessed
    Then rule "RE-07a" fires
    And the finding of rule "RE-07a" mentions "not given"

  Scenario: Photon IMRT plan: no carbon-ion bowel caution
    Given the case has:
      | recurrence.resectable | NO   |
      | plan.technique        | IMRT |
    When the case is assessed
    Then rule "RE-07a" does not fire

  # RE-07b: needs a local value (re.bowelAdjacentMm ships empty)
  Scenario: Carbon ions with bowel at 4 mm: no perforation warning until the centre sets an adjacency distance
    Given the case has:
      | recurrence.resectable      | NO         |
      | plan.technique             | CARBON_ION |
      | recurrence.bowelDistanceMm | 4          |
    When the case is assessed
    Then rule "RE-07b" does not fire
    And rule "RE-07a" fires

  Scenario: Centre's local choice of 10 mm (not a literature value): bowel at 9 mm is adjacent
    Given the case has:
      | recurrence.resectable      | NO         |
      | plan.technique             | CARBON_ION |
      | recurrence.bowelDistanceMm | 9          |
    And the centre sets "re.bowelAdjacentMm" to "10"
    When the case is assessed
    Then the findings include:
      | rule   | category  | severity | technique  | organ |
      | RE-07b | TECHNIQUE | HIGH     | CARBON_ION | BOWEL |
    And the finding of rule "RE-07b" mentions "local value"

  Scenario: Centre's local choice of 10 mm (not a literature value): bowel at exactly 10 mm is not adjacent
    Given the case has:
      | recurrence.resectable      | NO         |
      | plan.technique             | CARBON_ION |
      | recurrence.bowelDistanceMm | 10         |
    And the centre sets "re.bowelAdjacentMm" to "10"
    When the case is assessed
    Then rule "RE-07b" does not fire

  Scenario: Centre's local choice of 10 mm (not a literature value): bowel at 11 mm is not adjacent
    Given the case has:
      | recurrence.resectable      | NO         |
      | plan.technique             | CARBON_ION |
      | recurrence.bowelDistanceMm | 11         |
    And the centre sets "re.bowelAdjacentMm" to "10"
    When the case is assessed
    Then rule "RE-07b" does not fire

  Scenario: Centre's local choice of 10 mm (not a literature value): a photon plan gets no carbon-ion warning
    Given the case has:
      | recurrence.resectable      | NO   |
      | plan.technique             | IMRT |
      | recurrence.bowelDistanceMm | 4    |
    And the centre sets "re.bowelAdjacentMm" to "10"
    When the case is assessed
    Then rule "RE-07b" does not fire

  # RE-14: protons after a prior radiation injury
  Scenario: Proton reirradiation after a prior radiation injury: grade 5 event reported
    Given the case has:
      | recurrence.resectable           | NO     |
      | plan.technique                  | PROTON |
      | recurrence.priorRadiationInjury | true   |
    When the case is assessed
    Then the findings include:
      | rule  | category  | severity | technique |
      | RE-14 | TECHNIQUE | CAUTION  | PROTON    |
    And the finding of rule "RE-14" mentions "grade 5"

  Scenario: Proton reirradiation without a prior radiation injury: no caution
    Given the case has:
      | recurrence.resectable           | NO     |
      | plan.technique                  | PROTON |
      | recurrence.priorRadiationInjury | false  |
    When the case is assessed
    Then rule "RE-14" does not fire

  Scenario: Photon reirradiation after a prior radiation injury: no proton caution
    Given the case has:
      | recurrence.resectable           | NO   |
      | plan.technique                  | IMRT |
      | recurrence.priorRadiationInjury | true |
    When the case is assessed
    Then rule "RE-14" does not fire

  Scenario: Palliative proton plan after a prior radiation injury: the caution applies to every intent
    Given the case has:
      | plan.intent                     | PALLIATIVE |
      | plan.technique                  | PROTON     |
      | recurrence.priorRadiationInjury | true       |
    When the case is assessed
    Then rule "RE-14" fires

  # RE-15: needs a local value (re.sbrtSmallVolumeCc ships empty)
  Scenario: Small unresectable recurrence: no SBRT option until the centre sets a small volume
    Given the case has:
      | recurrence.resectable | NO |
      | recurrence.volumeCc   | 12 |
    When the case is assessed
    Then rule "RE-15" does not fire

  Scenario: Centre's local choice of 30 cm3 (not a literature value): a 30 cm3 unresectable recurrence may have SBRT
    Given the case has:
      | recurrence.resectable | NO |
      | recurrence.volumeCc   | 30 |
    And the centre sets "re.sbrtSmallVolumeCc" to "30"
    When the case is assessed
    Then the findings include:
      | rule  | category  | severity | technique | preference |
      | RE-15 | TECHNIQUE | INFO     | SBRT      | ACCEPTABLE |
    And the finding of rule "RE-15" mentions "96%"

  Scenario: Centre's local choice of 30 cm3 (not a literature value): 29 cm3 is small
    Given the case has:
      | recurrence.resectable | NO |
      | recurrence.volumeCc   | 29 |
    And the centre sets "re.sbrtSmallVolumeCc" to "30"
    When the case is assessed
    Then rule "RE-15" fires

  Scenario: Centre's local choice of 30 cm3 (not a literature value): 31 cm3 is not small
    Given the case has:
      | recurrence.resectable | NO |
      | recurrence.volumeCc   | 31 |
    And the centre sets "re.sbrtSmallVolumeCc" to "30"
    When the case is assessed
    Then rule "RE-15" does not fire

  Scenario: Centre's local choice of 30 cm3 (not a literature value): a resectable small recurrence is not offered SBRT
    Given the case has:
      | recurrence.resectable | YES |
      | recurrence.volumeCc   | 12  |
    And the centre sets "re.sbrtSmallVolumeCc" to "30"
    When the case is assessed
    Then rule "RE-15" does not fire

  Scenario: Centre's local choice of 30 cm3 (not a literature value): the SBRT option is offered to a palliative plan too
    Given the case has:
      | plan.intent           | PALLIATIVE |
      | recurrence.resectable | NO         |
      | recurrence.volumeCc   | 12         |
    And the centre sets "re.sbrtSmallVolumeCc" to "30"
    When the case is assessed
    Then rule "RE-15" fires
