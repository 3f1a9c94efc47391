Feature: Rectal cancer - patient stories
  Whole assessments a tumour board would act on: verdict and the rules imposing it, reirradiation
  type, techniques and schedules, chemotherapy, cumulative doses, work-up and alternatives. The first
  three stories assess the example cases of examples/ with the same JSON.

  Scenario: Anastomotic recurrence three years after RAPIDO short-course RT, resectable with R0 expected: favourable
    # examples/rectum-short-course-resectable.json
    Given the case:
      """
      {
        "caseId": "rectum-short-course-resectable",
        "assessmentDate": "2025-06-02",
        "site": "RECTUM",
        "patient": {
          "ageYears": 58, "ecog": 1, "kps": 80, "estimatedSurvivalMonths": 36,
          "fitForSurgery": true, "declinesSurgery": false, "chemotherapyContraindicated": false
        },
        "priorCourses": [{
          "startDate": "2022-03-07", "endDate": "2022-03-11", "intent": "CURATIVE",
          "technique": "THREE_D_CRT", "totalDoseGy": 25, "fractions": 5, "fractionsPerDay": 1,
          "postoperative": false, "brachytherapyBoost": false, "concurrentSystemic": []
        }],
        "priorToxicities": [{ "organ": "BOWEL", "description": "urgency", "ctcaeGrade": 1, "late": true, "inField": true }],
        "recurrence": {
          "diagnosisDate": "2025-04-14", "histologyConfirmed": true, "biopsyFeasible": true,
          "histology": "ADENOCARCINOMA", "subsite": "PELVIS", "compartment": "AXIAL",
          "overlapWithPriorVolume": "YES", "sameOrgan": true, "maxDiameterCm": 3.2, "volumeCc": 14,
          "resectable": "YES", "expectedMargin": "R0", "distantMetastases": "NO",
          "symptomatic": false, "imagingEquivocal": false, "bowelDistanceMm": 15,
          "priorRadiationInjury": false, "imaging": ["MRI", "FDG_PET_CT"]
        },
        "organDoses": [
          { "organ": "BOWEL", "metric": "DMAX", "priorDoses": [{ "doseGy": 25, "fractions": 5 }],
            "plannedDose": { "doseGy": 40.8, "fractions": 34 } },
          { "organ": "BLADDER", "metric": "DMAX", "priorDoses": [{ "doseGy": 25, "fractions": 5 }],
            "plannedDose": { "doseGy": 30, "fractions": 34 } }
        ],
        "plan": {
          "intent": "CURATIVE", "technique": "IMRT", "totalDoseGy": 40.8, "fractions": 34,
          "fractionsPerDay": 2, "schedule": "BID", "startDate": "2025-06-16",
          "systemicTherapy": [{ "agent": "CAPECITABINE", "timing": "CONCURRENT", "weeksFromRadiotherapy": 0 }],
          "hyperthermia": false, "iort": false, "salvageSurgery": "PLANNED"
        },
        "context": {
          "mdtReviewed": true, "priorPlanAvailable": true, "centreReRtExperience": true,
          "doseAccumulationMethod": "DEFORMABLE", "protonAvailable": false, "carbonIonAvailable": false,
          "iortAvailable": false
        }
      }
      """
    When the case is assessed
    Then the verdict is FAVOURABLE
    And the verdict is imposed by "RE-19"
    And the reirradiation type is TYPE_1
    And the intervals are 37.1 months to recurrence and 39.2 months between courses
    And the findings include:
      | rule  | category       | severity | verdict    | technique | preference | agent        | organ | schedule |
      | RE-19 | ELIGIBILITY    | INFO     | FAVOURABLE | -         | -          | -            | -     | -        |
      | RE-01 | ELIGIBILITY    | INFO     | -          | -         | -          | FLUOROURACIL | -     | -        |
      | RE-02 | SCHEDULE       | INFO     | -          | -         | PREFERRED  | -            | -     | BID      |
      | RE-10 | DOSE_CHECK     | INFO     | -          | -         | -          | -            | -     | -        |
      | RE-09 | COUNSEL        | INFO     | -          | -         | -          | -            | -     | -        |
      | C-02  | CLASSIFICATION | INFO     | -          | -         | -          | -            | -     | -        |
    And the finding of rule "RE-10" mentions "40 Gy vs 48.38 Gy"
    And the finding of rule "RE-09" mentions "54%"
    And the cumulative BOWEL DMAX EQD2 is 74.3 Gy
    And the cumulative BOWEL DMAX dose is WITHIN
    And the cumulative BOWEL DMAX dose is checked by rule "RE-13b"
    And the cumulative BLADDER DMAX EQD2 is 63.3 Gy
    And the cumulative BLADDER DMAX dose is WITHIN
    And rule "RE-12" does not fire
    And rule "RE-03" does not fire
    And rule "RE-11" does not fire
    And rule "RE-13b" does not fire
    And no MIRI_RPA score is given
    And the missing information is ""

  Scenario: Unresectable sidewall recurrence, carbon ions planned: an acceptable technique whose bowel dose is above the observed range
    # examples/rectum-unresectable-carbon-ion.json; DPD deficiency: chemotherapy contraindicated
    Given the case:
      """
      {
        "caseId": "rectum-unresectable-carbon-ion",
        "assessmentDate": "2025-06-02",
        "site": "RECTUM",
        "patient": {
          "ageYears": 66, "ecog": 1, "kps": 80, "estimatedSurvivalMonths": 24,
          "fitForSurgery": true, "chemotherapyContraindicated": true
        },
        "priorCourses": [{
          "startDate": "2020-09-07", "endDate": "2020-10-16", "intent": "CURATIVE",
          "technique": "IMRT", "totalDoseGy": 50.4, "fractions": 28, "fractionsPerDay": 1,
          "postoperative": false, "concurrentSystemic": ["CAPECITABINE"]
        }],
        "recurrence": {
          "diagnosisDate": "2025-03-10", "histologyConfirmed": true, "biopsyFeasible": true,
          "histology": "ADENOCARCINOMA", "subsite": "PELVIS", "compartment": "LATERAL",
          "overlapWithPriorVolume": "YES", "sameOrgan": true, "maxDiameterCm": 4.5, "volumeCc": 38,
          "resectable": "NO", "expectedMargin": "R2", "distantMetastases": "NO",
          "symptomatic": true, "imagingEquivocal": false, "bowelDistanceMm": 4,
          "priorRadiationInjury": false, "imaging": ["MRI", "FDG_PET_CT"]
        },
        "organDoses": [
          { "organ": "BOWEL", "metric": "DMAX", "priorDoses": [{ "doseGy": 50.4, "fractions": 28 }],
            "plannedDose": { "doseGy": 48, "fractions": 16 } },
          { "organ": "SACRAL_PLEXUS", "metric": "DMAX", "priorDoses": [{ "doseGy": 50.4, "fractions": 28 }],
            "plannedDose": { "doseGy": 64, "fractions": 16 } }
        ],
        "plan": {
          "intent": "CURATIVE", "technique": "CARBON_ION", "totalDoseGy": 70.4, "fractions": 16,
          "fractionsPerDay": 1, "schedule": "FOUR_TIMES_WEEKLY", "startDate": "2025-06-23",
          "systemicTherapy": [], "hyperthermia": false, "iort": false, "salvageSurgery": "NONE"
        },
        "context": {
          "mdtReviewed": true, "priorPlanAvailable": true, "centreReRtExperience": true,
          "doseAccumulationMethod": "DEFORMABLE", "protonAvailable": true, "carbonIonAvailable": true,
          "iortAvailable": false
        }
      }
      """
    When the case is assessed
    Then the verdict is CONDITIONAL
    And the verdict is imposed by "C-00"
    And the reirradiation type is TYPE_1
    And the findings include:
      | rule   | category   | severity | technique  | preference | organ | schedule          |
      | RE-06  | TECHNIQUE  | INFO     | CARBON_ION | ACCEPTABLE | -     | FOUR_TIMES_WEEKLY |
      | RE-07a | TECHNIQUE  | CAUTION  | CARBON_ION | -          | BOWEL | -                 |
      | RE-13b | DOSE_CHECK | CAUTION  | -          | -          | BOWEL | -                 |
      | RE-05  | PROGNOSIS  | CAUTION  | -          | -          | -     | -                 |
    And the finding of rule "RE-07a" mentions "4 mm"
    And the finding of rule "RE-13b" mentions "above 98 Gy"
    And the cumulative BOWEL DMAX EQD2 is 106 Gy
    And the cumulative BOWEL DMAX dose is EXCEEDS
    And the cumulative BOWEL DMAX dose is checked by rule "RE-13b"
    And the cumulative SACRAL_PLEXUS DMAX EQD2 is 143.9 Gy
    And the cumulative SACRAL_PLEXUS DMAX dose is NO_LIMIT
    And rule "RE-12" does not fire
    And rule "RE-01" does not fire
    And rule "RE-07b" does not fire
    And the missing information is ""

  Scenario: Palliative reirradiation of a painful presacral recurrence with liver metastases: favourable for palliation
    # examples/rectum-palliative-metastatic.json
    Given the case:
      """
      {
        "caseId": "rectum-palliative-metastatic",
        "assessmentDate": "2025-06-02",
        "site": "RECTUM",
        "patient": { "ageYears": 79, "ecog": 2, "kps": 60, "estimatedSurvivalMonths": 9, "fitForSurgery": false },
        "priorCourses": [{
          "startDate": "2021-05-03", "endDate": "2021-06-11", "intent": "CURATIVE",
          "technique": "THREE_D_CRT", "totalDoseGy": 50.4, "fractions": 28, "fractionsPerDay": 1,
          "concurrentSystemic": ["FLUOROURACIL"]
        }],
        "recurrence": {
          "diagnosisDate": "2025-04-22", "histologyConfirmed": true, "histology": "ADENOCARCINOMA",
          "subsite": "PELVIS", "compartment": "POSTERIOR", "overlapWithPriorVolume": "YES", "sameOrgan": true,
          "resectable": "NO", "distantMetastases": "YES", "symptomatic": true, "imagingEquivocal": false,
          "imaging": ["MRI", "CT"]
        },
        "plan": {
          "intent": "PALLIATIVE", "technique": "IMRT", "totalDoseGy": 30, "fractions": 20,
          "fractionsPerDay": 2, "schedule": "BID", "startDate": "2025-06-09", "systemicTherapy": []
        },
        "context": { "mdtReviewed": true, "priorPlanAvailable": true, "centreReRtExperience": true }
      }
      """
    When the case is assessed
    Then the verdict is FAVOURABLE
    And the verdict is imposed by "C-25"
    And the reirradiation type is TYPE_1
    And the findings include:
      | rule  | category    | severity | verdict    |
      | RE-16 | ELIGIBILITY | CAUTION  | -          |
      | RE-08 | ELIGIBILITY | INFO     | -          |
      | C-25  | ELIGIBILITY | INFO     | FAVOURABLE |
    And rule "RE-01" does not fire
    And rule "RE-02" does not fire
    And rule "RE-12" does not fire
    And rule "RE-17" does not fire
    And rule "C-09" does not fire
    And the missing information is ""

  Scenario: Carbon-ion patient where the centre sets a bowel adjacency distance of 10 mm (a local choice, not literature)
    Given a rectum case
    And the case has:
      | plan.intent                  | CURATIVE   |
      | plan.technique               | CARBON_ION |
      | plan.totalDoseGy             | 70.4       |
      | plan.fractions               | 16         |
      | plan.schedule                | FOUR_TIMES_WEEKLY |
      | recurrence.resectable        | NO         |
      | recurrence.compartment       | LATERAL    |
      | recurrence.bowelDistanceMm   | 4          |
      | context.carbonIonAvailable   | true       |
      | patient.chemotherapyContraindicated | true |
    And the BOWEL DMAX dose was 50.4 Gy in 28 fractions before and is planned at 48 Gy in 16 fractions
    And the centre sets "re.bowelAdjacentMm" to "10"
    When the case is assessed
    Then the verdict is CONDITIONAL
    And the findings include:
      | rule   | category   | severity | technique  | preference | organ       |
      | RE-06  | TECHNIQUE  | INFO     | CARBON_ION | ACCEPTABLE | -           |
      | RE-07b | TECHNIQUE  | HIGH     | CARBON_ION | -          | BOWEL       |
      | RE-07a | TECHNIQUE  | CAUTION  | CARBON_ION | -          | BOWEL       |
      | RE-13a | DOSE_CHECK | HIGH     | -          | -          | SMALL_BOWEL |
      | RE-13b | DOSE_CHECK | CAUTION  | -          | -          | BOWEL       |
    And the cumulative BOWEL DMAX dose is EXCEEDS

  Scenario: Referral with resectability, metastatic status and performance status not yet known: insufficient information
    # A 71-year-old with a presacral mass after long-course chemoradiation, referred for curative reirradiation
    Given a rectum case
    And the case has:
      | patient.ageYears             | 71        |
      | patient.ecog                 | absent    |
      | patient.kps                  | absent    |
      | recurrence.distantMetastases | absent    |
      | recurrence.compartment       | POSTERIOR |
      | recurrence.imaging           | [CT]      |
      | priorCourses[0].totalDoseGy  | 50.4      |
      | priorCourses[0].fractions    | 28        |
    When the case is assessed
    Then the verdict is INSUFFICIENT_INFORMATION
    And the verdict is imposed by "C-01, RE-17"
    And the missing information is "recurrence.resectable, patient.ecog|patient.kps, recurrence.distantMetastases"
    And the findings include:
      | rule  | category | severity | verdict                  |
      | RE-17 | WORKUP   | HIGH     | INSUFFICIENT_INFORMATION |
      | C-01  | WORKUP   | HIGH     | INSUFFICIENT_INFORMATION |
      | C-08  | WORKUP   | CAUTION  | -                        |
    And the finding of rule "RE-17" mentions "No MRI is recorded"
    And rule "RE-01" does not fire
    And rule "RE-19" does not fire

  Scenario: Recurrence nine months after long-course chemoradiation, otherwise ideal: the short interval caps the verdict
    Given a rectum case
    And the case has:
      | priorCourses[0].totalDoseGy | 50.4    |
      | priorCourses[0].fractions   | 28      |
      | recurrence.resectable       | YES     |
      | recurrence.expectedMargin   | R0      |
      | recurrence.imaging          | [MRI, FDG_PET_CT] |
      | plan.technique              | IMRT    |
      | plan.schedule               | BID     |
      | plan.totalDoseGy            | 39      |
      | plan.fractions              | 26      |
      | plan.fractionsPerDay        | 2       |
      | plan.salvageSurgery         | PLANNED |
    And the plan includes FLUOROURACIL CONCURRENT
    And the recurrence was diagnosed 9 months after the end of the prior course
    And the reirradiation starts 10 months after the end of the prior course
    When the case is assessed
    Then the verdict is CONDITIONAL
    And the verdict is imposed by "RE-11"
    And the intervals are 9 months to recurrence and 10 months between courses
    And the findings include:
      | rule  | category    | severity | verdict     |
      | RE-11 | ELIGIBILITY | INFO     | CONDITIONAL |
      | RE-19 | ELIGIBILITY | INFO     | FAVOURABLE  |
      | RE-01 | ELIGIBILITY | INFO     | -           |
      | RE-09 | COUNSEL     | INFO     | -           |
    And rule "RE-10" does not fire
    And rule "C-13b" does not fire

  Scenario: Unconfirmed presacral mass, equivocal PET, gross residual expected and protons after a radiation injury
    # Prior radiation proctitis with stricture; protons considered to spare the bowel
    Given a rectum case
    And the case has:
      | recurrence.histologyConfirmed   | false      |
      | recurrence.biopsyFeasible       | true       |
      | recurrence.imagingEquivocal     | true       |
      | recurrence.imaging              | [MRI, FDG_PET_CT] |
      | recurrence.compartment          | POSTERIOR  |
      | recurrence.resectable           | YES        |
      | recurrence.expectedMargin       | R2         |
      | recurrence.priorRadiationInjury | true       |
      | plan.technique                  | PROTON     |
      | plan.salvageSurgery             | PLANNED    |
      | context.protonAvailable         | true       |
    And the plan includes CAPECITABINE CONCURRENT
    When the case is assessed
    Then the verdict is CONDITIONAL
    And the verdict is imposed by "C-07"
    And the findings include:
      | rule  | category  | severity | technique |
      | RE-18 | WORKUP    | CAUTION  | -         |
      | C-07  | WORKUP    | CAUTION  | -         |
      | RE-14 | TECHNIQUE | CAUTION  | PROTON    |
      | RE-05 | PROGNOSIS | CAUTION  | -         |
      | RE-02 | SCHEDULE  | INFO     | -         |
    And rule "RE-19" does not fire
    And rule "RE-12" does not fire

  Scenario: Curative plan despite liver metastases: unfavourable, palliative pathway advised
    Given a rectum case
    And the case has:
      | recurrence.resectable        | YES     |
      | recurrence.expectedMargin    | R0      |
      | recurrence.distantMetastases | YES     |
      | plan.salvageSurgery          | PLANNED |
    And the plan includes CAPECITABINE CONCURRENT
    When the case is assessed
    Then the verdict is UNFAVOURABLE
    And the verdict is imposed by "C-09"
    And the findings include:
      | rule  | category    | severity | verdict      |
      | C-09  | ELIGIBILITY | HIGH     | UNFAVOURABLE |
      | RE-16 | ELIGIBILITY | CAUTION  | -            |
      | RE-09 | COUNSEL     | INFO     | -            |
    And rule "RE-01" does not fire
    And rule "RE-02" does not fire
    And rule "RE-19" does not fire

  Scenario: Resection with R2 expected and IORT available, planned as 45 Gy in daily 1.8 Gy fractions
    # IORT is preferred for the positive margin, yet gross residual disease does poorly even with it;
    # the daily schedule is not the hyperfractionated one the series used.
    Given a rectum case
    And the case has:
      | priorCourses[0].totalDoseGy | 50.4    |
      | priorCourses[0].fractions   | 28      |
      | recurrence.resectable       | YES     |
      | recurrence.expectedMargin   | R2      |
      | recurrence.compartment      | ANTERIOR |
      | plan.technique              | IMRT    |
      | plan.schedule               | DAILY   |
      | plan.totalDoseGy            | 45      |
      | plan.fractions              | 25      |
      | plan.salvageSurgery         | PLANNED |
      | context.iortAvailable       | true    |
    And the plan includes CAPECITABINE CONCURRENT
    And the BLADDER DMAX dose was 50.4 Gy in 28 fractions before and is planned at 45 Gy in 25 fractions
    When the case is assessed
    Then the verdict is CONDITIONAL
    And the verdict is imposed by "C-00"
    And the findings include:
      | rule  | category  | severity | technique | preference | schedule |
      | RE-05 | PROGNOSIS | CAUTION  | -         | -          | -        |
      | RE-04 | TECHNIQUE | INFO     | IORT      | PREFERRED  | -        |
      | RE-03 | SCHEDULE  | INFO     | -         | PREFERRED  | BID      |
      | RE-02 | SCHEDULE  | INFO     | -         | PREFERRED  | BID      |
      | RE-09 | COUNSEL   | INFO     | -         | -          | -        |
    And the finding of rule "RE-04" mentions "below 15 Gy"
    And the cumulative BLADDER DMAX EQD2 is 91.6 Gy
    And the cumulative BLADDER DMAX dose is WITHIN
    And rule "RE-19" does not fire
