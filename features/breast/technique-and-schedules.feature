Feature: Breast reirradiation - technique and schedule
  Partial-breast reirradiation after repeat lumpectomy (NRG/RTOG 1014: 45 Gy in 30 fractions of
  1.5 Gy twice daily; or multicatheter interstitial brachytherapy), chest-wall reirradiation with
  hyperthermia (8 x 4 Gy twice weekly; after resection 8 x 4 Gy or 23 x 2 Gy), smaller fractions
  for long survivors, protons when heart or lung doses are high. Baseline as in the glossary, first
  course 50 Gy in 25 fractions, receptor status known.

  Background:
    Given a breast case
    And the case has:
      | priorCourses[0].totalDoseGy    | 50   |
      | priorCourses[0].fractions      | 25   |
      | recurrence.receptorStatusKnown | true |

  # BR-04: RTOG 1014 criteria: repeat lumpectomy done, unifocal, below 3 cm (br.pbiMaxSizeCm), negative
  # margins, more than 12 months after whole-breast RT (br.pbiIntervalMonths).

  Scenario: Repeat lumpectomy meeting the RTOG 1014 criteria: partial-breast reirradiation twice daily
    Given the case has:
      | recurrence.subsite          | BREAST |
      | recurrence.unifocal         | true   |
      | recurrence.maxDiameterCm    | 2.9    |
      | recurrence.marginsNegative  | true   |
      | plan.salvageSurgery         | DONE   |
    When the case is assessed
    Then the findings include:
      | rule  | category | severity | technique   | preference | schedule |
      | BR-04 | SCHEDULE | INFO     | THREE_D_CRT | PREFERRED  | BID      |
    And the finding of rule "BR-04" mentions "45 Gy in 30 fractions of 1.5 Gy twice daily"
    And the finding of rule "BR-04" mentions "5-year in-breast re-recurrence 5%"

  Scenario: Recurrence of exactly 3 cm: outside the RTOG 1014 size limit
    Given the case has:
      | recurrence.subsite          | BREAST |
      | recurrence.unifocal         | true   |
      | recurrence.maxDiameterCm    | 3      |
      | recurrence.marginsNegative  | true   |
      | plan.salvageSurgery         | DONE   |
    When the case is assessed
    Then rule "BR-04" does not fire

  Scenario: Recurrence of 3.1 cm: outside the RTOG 1014 size limit
    Given the case has:
      | recurrence.subsite          | BREAST |
      | recurrence.unifocal         | true   |
      | recurrence.maxDiameterCm    | 3.1    |
      | recurrence.marginsNegative  | true   |
      | plan.salvageSurgery         | DONE   |
    When the case is assessed
    Then rule "BR-04" does not fire

  Scenario: Repeat lumpectomy exactly 12 months after whole-breast irradiation: RTOG 1014 needs more than a year
    Given the case has:
      | recurrence.subsite          | BREAST |
      | recurrence.unifocal         | true   |
      | recurrence.maxDiameterCm    | 2      |
      | recurrence.marginsNegative  | true   |
      | plan.salvageSurgery         | DONE   |
    And the recurrence was diagnosed 12 months after the end of the prior course
    When the case is assessed
    Then rule "BR-04" does not fire
    And rule "BR-05" fires

  Scenario: Repeat lumpectomy 11 months and 20 days after whole-breast irradiation: too early for RTOG 1014
    Given the case has:
      | recurrence.subsite          | BREAST |
      | recurrence.unifocal         | true   |
      | recurrence.maxDiameterCm    | 2      |
      | recurrence.marginsNegative  | true   |
      | plan.salvageSurgery         | DONE   |
    And the recurrence was diagnosed 11 months and 20 days after the end of the prior course
    When the case is assessed
    Then rule "BR-04" does not fire

  Scenario: Repeat lumpectomy 12 months and 10 days after whole-breast irradiation: RTOG 1014 schedule offered
    Given the case has:
      | recurrence.subsite          | BREAST |
      | recurrence.unifocal         | true   |
      | recurrence.maxDiameterCm    | 2      |
      | recurrence.marginsNegative  | true   |
      | plan.salvageSurgery         | DONE   |
    And the recurrence was diagnosed 12 months and 10 days after the end of the prior course
    When the case is assessed
    Then rule "BR-04" fires
    And rule "BR-05" does not fire

  Scenario: Multifocal recurrence after repeat lumpectomy: no RTOG 1014 schedule
    Given the case has:
      | recurrence.subsite          | BREAST |
      | recurrence.unifocal         | false  |
      | recurrence.maxDiameterCm    | 2      |
      | recurrence.marginsNegative  | true   |
      | plan.salvageSurgery         | DONE   |
    When the case is assessed
    Then rule "BR-04" does not fire

  Scenario: Margin status after repeat lumpectomy unknown: no RTOG 1014 schedule until it is known
    Given the case has:
      | recurrence.subsite          | BREAST |
      | recurrence.unifocal         | true   |
      | recurrence.maxDiameterCm    | 2      |
      | plan.salvageSurgery         | DONE   |
    When the case is assessed
    Then rule "BR-04" does not fire

  Scenario: Repeat lumpectomy only planned: the partial-breast schedule waits for the operation
    Given the case has:
      | recurrence.subsite          | BREAST  |
      | recurrence.unifocal         | true    |
      | recurrence.maxDiameterCm    | 2       |
      | recurrence.marginsNegative  | true    |
      | plan.salvageSurgery         | PLANNED |
    When the case is assessed
    Then rule "BR-04" does not fire

  Scenario: RTOG 1014 situation under a palliative plan: the curative schedule is not proposed
    Given the case has:
      | recurrence.subsite          | BREAST     |
      | recurrence.unifocal         | true       |
      | recurrence.maxDiameterCm    | 2          |
      | recurrence.marginsNegative  | true       |
      | plan.salvageSurgery         | DONE       |
      | plan.intent                 | PALLIATIVE |
    When the case is assessed
    Then rule "BR-04" does not fire

  # BR-06: low-risk recurrence (rpT1 or less, cN0, HER2-negative) with brachytherapy expertise.

  Scenario: Low-risk recurrence, repeat lumpectomy planned, brachytherapy expertise: interstitial brachytherapy option
    Given the case has:
      | recurrence.subsite              | BREAST  |
      | recurrence.rStage               | rT1c    |
      | recurrence.nodalInvolvement     | false   |
      | recurrence.her2Positive         | false   |
      | recurrence.hormoneReceptorPositive | true |
      | plan.salvageSurgery             | PLANNED |
      | context.brachytherapyExpertise  | true    |
    When the case is assessed
    Then the findings include:
      | rule  | category  | severity | technique     | preference |
      | BR-06 | TECHNIQUE | INFO     | BRACHYTHERAPY | ACCEPTABLE |
    And the finding of rule "BR-06" mentions "HDR 32 Gy in 8 fractions"
    And the finding of rule "BR-06" mentions "5-year local control 100%"

  Scenario: rT2 recurrence: not the low-risk group treated with interstitial brachytherapy
    Given the case has:
      | recurrence.subsite              | BREAST  |
      | recurrence.rStage               | rT2     |
      | recurrence.nodalInvolvement     | false   |
      | recurrence.her2Positive         | false   |
      | plan.salvageSurgery             | PLANNED |
      | context.brachytherapyExpertise  | true    |
    When the case is assessed
    Then rule "BR-06" does not fire

  Scenario: HER2-positive recurrence: not the low-risk group treated with interstitial brachytherapy
    Given the case has:
      | recurrence.subsite              | BREAST  |
      | recurrence.rStage               | rT1     |
      | recurrence.nodalInvolvement     | false   |
      | recurrence.her2Positive         | true    |
      | plan.salvageSurgery             | DONE    |
      | context.brachytherapyExpertise  | true    |
    When the case is assessed
    Then rule "BR-06" does not fire

  Scenario: Nodal status unknown: the low-risk brachytherapy option is not offered
    Given the case has:
      | recurrence.subsite              | BREAST  |
      | recurrence.rStage               | rT1     |
      | recurrence.her2Positive         | false   |
      | plan.salvageSurgery             | DONE    |
      | context.brachytherapyExpertise  | true    |
    When the case is assessed
    Then rule "BR-06" does not fire

  Scenario: No brachytherapy expertise at the centre: no interstitial brachytherapy option
    Given the case has:
      | recurrence.subsite              | BREAST  |
      | recurrence.rStage               | rT1     |
      | recurrence.nodalInvolvement     | false   |
      | recurrence.her2Positive         | false   |
      | plan.salvageSurgery             | DONE    |
      | context.brachytherapyExpertise  | false   |
    When the case is assessed
    Then rule "BR-06" does not fire

  Scenario: Low-risk recurrence under a palliative plan: the curative brachytherapy option is not proposed
    Given the case has:
      | recurrence.subsite              | BREAST     |
      | recurrence.rStage               | rT1        |
      | recurrence.nodalInvolvement     | false      |
      | recurrence.her2Positive         | false      |
      | plan.salvageSurgery             | DONE       |
      | plan.intent                     | PALLIATIVE |
      | context.brachytherapyExpertise  | true       |
    When the case is assessed
    Then rule "BR-06" does not fire

  # BR-07 / BR-08: irresectable recurrence in the irradiated chest wall or breast.

  Scenario: Irresectable chest-wall recurrence in the irradiated field, hyperthermia available: 8 x 4 Gy with hyperthermia
    Given the case has:
      | recurrence.subsite            | CHEST_WALL |
      | recurrence.resectable         | NO         |
      | context.hyperthermiaAvailable | true       |
    When the case is assessed
    Then the findings include:
      | rule  | category  | severity | agent        | preference | schedule     |
      | BR-07 | TECHNIQUE | INFO     | HYPERTHERMIA | PREFERRED  | TWICE_WEEKLY |
    And the finding of rule "BR-07" mentions "complete response 70%"
    And the finding of rule "BR-07" mentions "44.8 Gy"
    And rule "BR-08" does not fire

  Scenario: Irresectable recurrence in the conserved breast, hyperthermia available: the same approach
    Given the case has:
      | recurrence.subsite            | BREAST |
      | recurrence.resectable         | NO     |
      | context.hyperthermiaAvailable | true   |
    When the case is assessed
    Then rule "BR-07" fires

  Scenario: Resectable chest-wall recurrence: reirradiation with hyperthermia is not the primary proposal
    Given the case has:
      | recurrence.subsite            | CHEST_WALL |
      | recurrence.resectable         | YES        |
      | context.hyperthermiaAvailable | true       |
    When the case is assessed
    Then rule "BR-07" does not fire

  Scenario: Chest-wall recurrence outside the previously irradiated volume: not a reirradiation with hyperthermia proposal
    Given the case has:
      | recurrence.subsite                | CHEST_WALL |
      | recurrence.resectable             | NO         |
      | recurrence.overlapWithPriorVolume | NO         |
      | context.hyperthermiaAvailable     | true       |
    When the case is assessed
    Then rule "BR-07" does not fire

  Scenario: Irresectable chest-wall recurrence, no hyperthermia at the centre: fewer complete responses, consider referral
    Given the case has:
      | recurrence.subsite            | CHEST_WALL |
      | recurrence.resectable         | NO         |
      | context.hyperthermiaAvailable | false      |
    When the case is assessed
    Then the findings include:
      | rule  | category  | severity | agent        | preference |
      | BR-08 | TECHNIQUE | INFO     | HYPERTHERMIA | -          |
    And the finding of rule "BR-08" mentions "38.1%"
    And the finding of rule "BR-08" mentions "referral"
    And rule "BR-07" does not fire

  Scenario: Hyperthermia availability not recorded: neither the hyperthermia proposal nor the referral advice
    Given the case has:
      | recurrence.subsite            | CHEST_WALL |
      | recurrence.resectable         | NO         |
    When the case is assessed
    Then rule "BR-07" does not fire
    And rule "BR-08" does not fire

  Scenario: No hyperthermia at the centre but a resectable recurrence: no referral advice
    Given the case has:
      | recurrence.subsite            | CHEST_WALL |
      | recurrence.resectable         | YES        |
      | context.hyperthermiaAvailable | false      |
    When the case is assessed
    Then rule "BR-08" does not fire

  # BR-10 (needs a local value): fractions of 4 Gy or more (br.highFractionDoseGy) in a patient with a long
  # life expectancy. The brief gives no value for "long life expectancy" (br.longLifeExpectancyMonths).

  Scenario: By default the large-fraction advice is silent: the literature gives no "long life expectancy" value
    Given the case has:
      | recurrence.subsite              | CHEST_WALL   |
      | plan.totalDoseGy                | 32           |
      | plan.fractions                  | 8            |
      | plan.schedule                   | TWICE_WEEKLY |
      | patient.estimatedSurvivalMonths | 120          |
    When the case is assessed
    Then rule "BR-10" does not fire

  Scenario: Centre's local choice of 60 months as a long life expectancy: 8 x 4 Gy draws the smaller-fraction advice
    # 60 months is an illustrative local choice, not a literature value.
    Given the centre sets "br.longLifeExpectancyMonths" to "60"
    And the case has:
      | recurrence.subsite              | CHEST_WALL   |
      | plan.totalDoseGy                | 32           |
      | plan.fractions                  | 8            |
      | plan.schedule                   | TWICE_WEEKLY |
      | patient.estimatedSurvivalMonths | 60           |
    When the case is assessed
    Then the findings include:
      | rule  | category | severity | schedule          |
      | BR-10 | SCHEDULE | INFO     | FOUR_TIMES_WEEKLY |
    And the finding of rule "BR-10" mentions "12 x 3 Gy four times weekly"
    And the finding of rule "BR-10" mentions "23% at 3 years"

  Scenario: Centre's local 60-month value: 4.1 Gy fractions draw the advice
    # 60 months is an illustrative local choice, not a literature value.
    Given the centre sets "br.longLifeExpectancyMonths" to "60"
    And the case has:
      | plan.totalDoseGy                | 32.8 |
      | plan.fractions                  | 8    |
      | patient.estimatedSurvivalMonths | 96   |
    When the case is assessed
    Then rule "BR-10" fires

  Scenario: Centre's local 60-month value: 3.9 Gy fractions are below the 4 Gy fraction dose
    # 60 months is an illustrative local choice, not a literature value.
    Given the centre sets "br.longLifeExpectancyMonths" to "60"
    And the case has:
      | plan.totalDoseGy                | 31.2 |
      | plan.fractions                  | 8    |
      | patient.estimatedSurvivalMonths | 96   |
    When the case is assessed
    Then rule "BR-10" does not fire

  Scenario: Centre's local 60-month value: a patient expected to live 59 months gets no smaller-fraction advice
    # 60 months is an illustrative local choice, not a literature value.
    Given the centre sets "br.longLifeExpectancyMonths" to "60"
    And the case has:
      | plan.totalDoseGy                | 32 |
      | plan.fractions                  | 8  |
      | patient.estimatedSurvivalMonths | 59 |
    When the case is assessed
    Then rule "BR-10" does not fire

  Scenario: Centre's local 60-month value: a palliative 8 x 4 Gy course gets no smaller-fraction advice
    # 60 months is an illustrative local choice, not a literature value.
    Given the centre sets "br.longLifeExpectancyMonths" to "60"
    And the case has:
      | plan.intent                     | PALLIATIVE |
      | plan.totalDoseGy                | 32         |
      | plan.fractions                  | 8          |
      | patient.estimatedSurvivalMonths | 96         |
    When the case is assessed
    Then rule "BR-10" does not fire

  # BR-11: chest-wall reirradiation after resection (microscopic disease) with hyperthermia.

  Scenario: Chest-wall recurrence resected with a microscopically involved margin, hyperthermia available
    Given the case has:
      | recurrence.subsite            | CHEST_WALL |
      | recurrence.expectedMargin     | R1         |
      | plan.salvageSurgery           | DONE       |
      | context.hyperthermiaAvailable | true       |
    When the case is assessed
    Then the findings include:
      | rule  | category | severity | agent        |
      | BR-11 | SCHEDULE | INFO     | HYPERTHERMIA |
    And the finding of rule "BR-11" mentions "23 x 2 Gy"
    And the finding of rule "BR-11" mentions "92.3% vs 74.0%"

  Scenario: Chest-wall recurrence resected with clear margins, palliative plan: the advice holds for any intent
    Given the case has:
      | recurrence.subsite            | CHEST_WALL |
      | recurrence.expectedMargin     | R0         |
      | plan.salvageSurgery           | DONE       |
      | plan.intent                   | PALLIATIVE |
      | context.hyperthermiaAvailable | true       |
    When the case is assessed
    Then rule "BR-11" fires

  Scenario: Macroscopic residual disease after chest-wall resection: not the post-operative schedule
    Given the case has:
      | recurrence.subsite            | CHEST_WALL |
      | recurrence.expectedMargin     | R2         |
      | plan.salvageSurgery           | DONE       |
      | context.hyperthermiaAvailable | true       |
    When the case is assessed
    Then rule "BR-11" does not fire

  Scenario: Resected chest-wall recurrence without hyperthermia at the centre: no post-operative hyperthermia schedule
    Given the case has:
      | recurrence.subsite            | CHEST_WALL |
      | recurrence.expectedMargin     | R1         |
      | plan.salvageSurgery           | DONE       |
      | context.hyperthermiaAvailable | false      |
    When the case is assessed
    Then rule "BR-11" does not fire

  # BR-20 (needs a local value): no reirradiation-specific heart or lung threshold exists
  # (br.limit.HEART.DMEAN.any, br.limit.LUNG.DMEAN.any). Doses given as EQD2 are entered in 2-Gy fractions.

  Scenario: By default heart doses have no limit and the proton suggestion is silent
    Given the case has context.protonAvailable = true
    And the HEART DMEAN dose was 6 Gy in 3 fractions before and is planned at 4 Gy in 2 fractions
    When the case is assessed
    Then the cumulative HEART DMEAN dose is NO_LIMIT
    And the cumulative HEART DMEAN EQD2 is 10 Gy
    And rule "BR-20" does not fire

  Scenario: Centre's local heart limit of 9.9 Gy: a cumulative mean heart EQD2 of 10 Gy suggests protons
    # 9.9 Gy is an illustrative local choice, not a literature value.
    Given the centre sets "br.limit.HEART.DMEAN.any" to "9.9"
    And the case has context.protonAvailable = true
    And the case has plan.technique = IMRT
    And the HEART DMEAN dose was 6 Gy in 3 fractions before and is planned at 4 Gy in 2 fractions
    When the case is assessed
    Then the cumulative HEART DMEAN dose is EXCEEDS
    And the cumulative HEART DMEAN dose is checked by rule "BR-20"
    And the findings include:
      | rule  | category  | severity | technique | preference |
      | BR-20 | TECHNIQUE | INFO     | PROTON    | ACCEPTABLE |
    And the finding of rule "BR-20" mentions "without a demonstrated clinical difference"

  Scenario: Centre's local heart limit of 10 Gy: a cumulative 10 Gy is at the limit, no proton suggestion
    # 10 Gy is an illustrative local choice, not a literature value.
    Given the centre sets "br.limit.HEART.DMEAN.any" to "10"
    And the case has context.protonAvailable = true
    And the HEART DMEAN dose was 6 Gy in 3 fractions before and is planned at 4 Gy in 2 fractions
    When the case is assessed
    Then the cumulative HEART DMEAN dose is WITHIN
    And rule "BR-20" does not fire

  Scenario: Centre's local heart limit of 10.1 Gy: a cumulative 10 Gy is below it, no proton suggestion
    # 10.1 Gy is an illustrative local choice, not a literature value.
    Given the centre sets "br.limit.HEART.DMEAN.any" to "10.1"
    And the case has context.protonAvailable = true
    And the HEART DMEAN dose was 6 Gy in 3 fractions before and is planned at 4 Gy in 2 fractions
    When the case is assessed
    Then the cumulative HEART DMEAN dose is WITHIN
    And rule "BR-20" does not fire

  Scenario: Centre's local lung limit exceeded but no proton access: no proton suggestion
    # 9.9 Gy is an illustrative local choice, not a literature value.
    Given the centre sets "br.limit.LUNG.DMEAN.any" to "9.9"
    And the case has context.protonAvailable = false
    And the LUNG DMEAN dose was 6 Gy in 3 fractions before and is planned at 4 Gy in 2 fractions
    When the case is assessed
    Then the cumulative LUNG DMEAN dose is EXCEEDS
    And rule "BR-20" does not fire

  Scenario: Centre's local lung limit exceeded, protons available: the proton suggestion names the lung
    # 9.9 Gy is an illustrative local choice, not a literature value.
    Given the centre sets "br.limit.LUNG.DMEAN.any" to "9.9"
    And the case has context.protonAvailable = true
    And the LUNG DMEAN dose was 6 Gy in 3 fractions before and is planned at 4 Gy in 2 fractions
    When the case is assessed
    Then rule "BR-20" fires
    And the finding of rule "BR-20" mentions "LUNG"

  Scenario: Centre's local heart limit exceeded but the plan already uses protons: nothing to suggest
    # 9.9 Gy is an illustrative local choice, not a literature value.
    Given the centre sets "br.limit.HEART.DMEAN.any" to "9.9"
    And the case has context.protonAvailable = true
    And the case has plan.technique = PROTON
    And the HEART DMEAN dose was 6 Gy in 3 fractions before and is planned at 4 Gy in 2 fractions
    When the case is assessed
    Then rule "BR-20" does not fire
