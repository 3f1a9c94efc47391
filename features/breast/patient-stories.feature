Feature: Breast reirradiation - patient stories
  Whole assessments of realistic patients, as the tumour board would read them: the verdict and the
  rules that impose it, the reirradiation type, the intervals, the techniques and schedules proposed
  or discouraged, the combination cautions, the cumulative doses and the work-up. No reirradiation
  score is validated for breast (brief 3.2): prognosis comes as flags (BR-03, BR-09). The first three
  stories are the example cases of examples/.

  Scenario: Irresectable 4 cm chest-wall recurrence six years after mastectomy and 50 Gy: 8 x 4 Gy with hyperthermia
    # examples/breast-chest-wall-hyperthermia.json
    Given the case:
      """
      {
        "caseId": "breast-chest-wall-hyperthermia",
        "assessmentDate": "2025-03-20",
        "site": "BREAST",
        "patient": {
          "ageYears": 64, "ecog": 1, "kps": 80, "estimatedSurvivalMonths": 36,
          "fitForSurgery": true, "declinesSurgery": false, "wantsOrganPreservation": false,
          "chemotherapyContraindicated": false
        },
        "priorCourses": [{
          "startDate": "2018-09-03", "endDate": "2018-10-05", "intent": "CURATIVE",
          "technique": "IMRT", "totalDoseGy": 50, "fractions": 25, "fractionsPerDay": 1,
          "postoperative": true, "brachytherapyBoost": false, "concurrentSystemic": []
        }],
        "priorToxicities": [{ "organ": "SKIN", "description": "telangiectasia", "ctcaeGrade": 1, "late": true, "inField": true }],
        "recurrence": {
          "diagnosisDate": "2025-02-24", "histologyConfirmed": true, "biopsyFeasible": true,
          "histology": "INVASIVE_BREAST_CARCINOMA", "subsite": "CHEST_WALL",
          "overlapWithPriorVolume": "YES", "sameOrgan": true, "maxDiameterCm": 4.0,
          "resectable": "NO", "distantMetastases": "NO", "symptomatic": false, "skinInvasion": true,
          "ulceration": false, "imaging": ["FDG_PET_CT", "CT"],
          "unifocal": false, "nodalInvolvement": false, "reconstruction": false,
          "receptorStatusKnown": true, "hormoneReceptorPositive": true, "her2Positive": false
        },
        "organDoses": [{
          "organ": "CHEST_WALL", "metric": "DMAX", "alphaBetaGy": 3,
          "priorDoses": [{ "doseGy": 50, "fractions": 25 }],
          "plannedDose": { "doseGy": 32, "fractions": 8 }
        }],
        "plan": {
          "intent": "CURATIVE", "technique": "THREE_D_CRT", "totalDoseGy": 32, "fractions": 8,
          "fractionsPerDay": 1, "schedule": "TWICE_WEEKLY", "startDate": "2025-04-07",
          "systemicTherapy": [{ "agent": "ENDOCRINE_THERAPY", "timing": "SEQUENTIAL", "weeksFromRadiotherapy": 4 }],
          "hyperthermia": true, "iort": false, "salvageSurgery": "NONE"
        },
        "context": {
          "mdtReviewed": true, "priorPlanAvailable": true, "centreReRtExperience": true,
          "doseAccumulationMethod": "DEFORMABLE", "protonAvailable": false,
          "hyperthermiaAvailable": true, "brachytherapyExpertise": false
        }
      }
      """
    When the case is assessed
    Then the verdict is FAVOURABLE
    And the verdict is imposed by "BR-21"
    And the reirradiation type is TYPE_1
    And the intervals are 76.7 months to recurrence and 78.1 months between courses
    And no MIRI_RPA score is given
    And the findings include:
      | rule  | category       | severity | verdict    | agent        | preference | schedule     |
      | BR-21 | ELIGIBILITY    | INFO     | FAVOURABLE | -            | -          | -            |
      | BR-07 | TECHNIQUE      | INFO     | -          | HYPERTHERMIA | PREFERRED  | TWICE_WEEKLY |
      | BR-12 | COMBINATION    | CAUTION  | -          | HYPERTHERMIA | -          | -            |
      | C-02  | CLASSIFICATION | INFO     | -          | -            | -          | -            |
      | C-22  | COUNSEL        | INFO     | -          | -            | -          | -            |
    And the cumulative CHEST_WALL DMAX EQD2 is 94.8 Gy
    And the cumulative CHEST_WALL DMAX dose is WITHIN
    And the cumulative CHEST_WALL DMAX dose is checked by rule "BR-13"
    And rule "BR-13" does not fire
    And rule "BR-08" does not fire
    And rule "BR-09" does not fire
    And rule "BR-17" does not fire
    And rule "BR-18" does not fire
    And the missing information is ""

  Scenario: Unifocal 1.8 cm in-breast recurrence 8.5 years after whole-breast RT, re-excised with clear margins: RTOG 1014
    # examples/breast-repeat-lumpectomy-pbi.json
    Given the case:
      """
      {
        "caseId": "breast-repeat-lumpectomy-pbi",
        "assessmentDate": "2025-03-20",
        "site": "BREAST",
        "patient": {
          "ageYears": 58, "ecog": 0, "kps": 90, "estimatedSurvivalMonths": 120,
          "fitForSurgery": true, "declinesSurgery": false, "wantsOrganPreservation": true
        },
        "priorCourses": [{
          "startDate": "2016-05-02", "endDate": "2016-06-24", "intent": "CURATIVE",
          "technique": "THREE_D_CRT", "totalDoseGy": 60, "fractions": 30, "fractionsPerDay": 1,
          "postoperative": true, "brachytherapyBoost": false, "concurrentSystemic": []
        }],
        "recurrence": {
          "diagnosisDate": "2025-01-15", "histologyConfirmed": true, "biopsyFeasible": true,
          "histology": "INVASIVE_BREAST_CARCINOMA", "subsite": "BREAST",
          "overlapWithPriorVolume": "YES", "sameOrgan": true, "maxDiameterCm": 1.8, "rStage": "rT1c",
          "resectable": "YES", "expectedMargin": "R0", "distantMetastases": "NO", "symptomatic": false,
          "skinInvasion": false, "imaging": ["MRI", "FDG_PET_CT"],
          "unifocal": true, "marginsNegative": true, "nodalInvolvement": false, "reconstruction": false,
          "receptorStatusKnown": true, "hormoneReceptorPositive": true, "her2Positive": false
        },
        "organDoses": [{
          "organ": "CHEST_WALL", "metric": "DMAX", "alphaBetaGy": 3,
          "priorDoses": [{ "doseGy": 60, "fractions": 30 }],
          "plannedDose": { "doseGy": 45, "fractions": 30 }
        }],
        "plan": {
          "intent": "CURATIVE", "technique": "THREE_D_CRT", "totalDoseGy": 45, "fractions": 30,
          "fractionsPerDay": 2, "schedule": "BID", "startDate": "2025-04-01",
          "systemicTherapy": [{ "agent": "ENDOCRINE_THERAPY", "timing": "ADJUVANT", "weeksFromRadiotherapy": 2 }],
          "hyperthermia": false, "iort": false, "salvageSurgery": "DONE"
        },
        "context": {
          "mdtReviewed": true, "priorPlanAvailable": true, "centreReRtExperience": true,
          "doseAccumulationMethod": "DEFORMABLE", "protonAvailable": false,
          "hyperthermiaAvailable": false, "brachytherapyExpertise": false
        }
      }
      """
    When the case is assessed
    Then the verdict is FAVOURABLE
    And the verdict is imposed by "BR-21"
    And the reirradiation type is TYPE_1
    And the intervals are 102.7 months to recurrence and 105.3 months between courses
    And the findings include:
      | rule   | category    | severity | verdict    | technique   | preference | schedule |
      | BR-21  | ELIGIBILITY | INFO     | FAVOURABLE | -           | -          | -        |
      | BR-04  | SCHEDULE    | INFO     | -          | THREE_D_CRT | PREFERRED  | BID      |
      | BR-01b | COUNSEL     | INFO     | -          | -           | -          | -        |
    And the finding of rule "BR-04" mentions "cavity + 1.5 cm"
    And the cumulative CHEST_WALL DMAX EQD2 is 100.5 Gy
    And the cumulative CHEST_WALL DMAX dose is WITHIN
    And rule "BR-01a" does not fire
    And rule "BR-05" does not fire
    And rule "BR-06" does not fire
    And the missing information is ""

  Scenario: Young woman, HER2-positive in-breast recurrence 11.5 months after hypofractionated RT, wishing to keep the breast
    # examples/breast-early-in-breast-recurrence.json
    Given the case:
      """
      {
        "caseId": "breast-early-in-breast-recurrence",
        "assessmentDate": "2025-03-20",
        "site": "BREAST",
        "patient": {
          "ageYears": 47, "ecog": 0, "kps": 90, "estimatedSurvivalMonths": 60,
          "fitForSurgery": true, "declinesSurgery": false, "wantsOrganPreservation": true
        },
        "priorCourses": [{
          "startDate": "2023-11-06", "endDate": "2024-01-26", "intent": "CURATIVE",
          "technique": "IMRT", "totalDoseGy": 40, "fractions": 15, "fractionsPerDay": 1,
          "postoperative": true, "brachytherapyBoost": false, "concurrentSystemic": []
        }],
        "recurrence": {
          "diagnosisDate": "2025-01-10", "histologyConfirmed": true, "biopsyFeasible": true,
          "histology": "INVASIVE_BREAST_CARCINOMA", "subsite": "BREAST",
          "overlapWithPriorVolume": "YES", "sameOrgan": true, "maxDiameterCm": 2.2, "rStage": "rT2",
          "resectable": "YES", "distantMetastases": "NO", "symptomatic": false, "skinInvasion": false,
          "imaging": ["MRI", "FDG_PET_CT"], "unifocal": true, "nodalInvolvement": false,
          "receptorStatusKnown": true, "hormoneReceptorPositive": false, "her2Positive": true
        },
        "plan": {
          "intent": "CURATIVE", "salvageSurgery": "PLANNED",
          "systemicTherapy": [{ "agent": "TRASTUZUMAB", "timing": "ADJUVANT", "weeksFromRadiotherapy": 3 }]
        },
        "context": {
          "mdtReviewed": false, "priorPlanAvailable": true, "centreReRtExperience": true,
          "hyperthermiaAvailable": false, "brachytherapyExpertise": true
        }
      }
      """
    When the case is assessed
    Then the verdict is CONDITIONAL
    And the verdict is imposed by "BR-01a, BR-02, BR-05"
    And the reirradiation type is TYPE_1
    And the intervals are 11.5 months to recurrence and 13.8 months between courses
    And the findings include:
      | rule   | category    | severity | verdict     |
      | BR-01a | ALTERNATIVE | CAUTION  | CONDITIONAL |
      | BR-02  | ALTERNATIVE | CAUTION  | CONDITIONAL |
      | BR-05  | ELIGIBILITY | CAUTION  | CONDITIONAL |
      | BR-03  | PROGNOSIS   | CAUTION  | -           |
      | BR-14  | ELIGIBILITY | CAUTION  | -           |
      | C-05   | WORKUP      | CAUTION  | -           |
      | BR-01b | COUNSEL     | INFO     | -           |
    And rule "BR-04" does not fire
    And rule "BR-06" does not fire
    And rule "BR-21" does not fire
    And the missing information is ""

  Scenario: Conflict - re-excised recurrence meets RTOG 1014 but had infiltrated the skin: mastectomy preferred over the attractive schedule
    # The RTOG 1014 schedule is proposed (BR-04) and the favourable criteria are met (BR-21), but skin
    # infiltration argues against a second conservation (BR-02), and the least favourable verdict wins.
    Given the case:
      """
      {
        "caseId": "repeat lumpectomy with skin infiltration",
        "assessmentDate": "2025-06-02",
        "site": "BREAST",
        "patient": { "ageYears": 55, "ecog": 0, "kps": 90, "wantsOrganPreservation": true },
        "priorCourses": [{ "startDate": "2017-03-06", "endDate": "2017-04-14", "intent": "CURATIVE",
          "technique": "THREE_D_CRT", "totalDoseGy": 50, "fractions": 25, "fractionsPerDay": 1, "postoperative": true }],
        "recurrence": { "diagnosisDate": "2025-04-10", "histologyConfirmed": true,
          "histology": "INVASIVE_BREAST_CARCINOMA", "subsite": "BREAST", "overlapWithPriorVolume": "YES",
          "maxDiameterCm": 2.4, "rStage": "rT4b", "resectable": "YES", "distantMetastases": "NO",
          "skinInvasion": true, "unifocal": true, "marginsNegative": true, "nodalInvolvement": false,
          "receptorStatusKnown": true, "hormoneReceptorPositive": true, "her2Positive": false },
        "plan": { "intent": "CURATIVE", "technique": "THREE_D_CRT", "totalDoseGy": 45, "fractions": 30,
          "fractionsPerDay": 2, "schedule": "BID", "salvageSurgery": "DONE" },
        "context": { "mdtReviewed": true, "priorPlanAvailable": true, "hyperthermiaAvailable": false }
      }
      """
    When the case is assessed
    Then the verdict is CONDITIONAL
    And the verdict is imposed by "BR-02"
    And the reirradiation type is TYPE_1
    And the findings include:
      | rule   | category    | severity | verdict     | technique   | preference | schedule |
      | BR-02  | ALTERNATIVE | CAUTION  | CONDITIONAL | -           | -          | -        |
      | BR-04  | SCHEDULE    | INFO     | -           | THREE_D_CRT | PREFERRED  | BID      |
      | BR-21  | ELIGIBILITY | INFO     | FAVOURABLE  | -           | -          | -        |
      | BR-01b | COUNSEL     | INFO     | -           | -           | -          | -        |
    And the finding of rule "BR-02" mentions "Skin invasion: yes"
    And rule "BR-01a" does not fire
    And the missing information is ""

  Scenario: Conflict - third chest-wall course: 8 x 4 Gy with hyperthermia is preferred but the cumulative dose exceeds 110 Gy
    # 50 Gy in 2012 and 8 x 4 Gy in 2019, now 8 x 4 Gy again: 139.6 Gy EQD2 (alpha/beta 3). In
    # candidates.csv the chest-wall dose check (BR-13) warns at HIGH severity but imposes no verdict, so the
    # favourable verdict of BR-21 stands beside it: the tumour board weighs the two.
    Given the case:
      """
      {
        "caseId": "third chest-wall course",
        "assessmentDate": "2025-06-02",
        "site": "BREAST",
        "patient": { "ageYears": 71, "ecog": 1, "kps": 80, "estimatedSurvivalMonths": 30 },
        "priorCourses": [
          { "startDate": "2012-10-01", "endDate": "2012-11-02", "intent": "CURATIVE", "technique": "THREE_D_CRT",
            "totalDoseGy": 50, "fractions": 25, "fractionsPerDay": 1, "postoperative": true },
          { "startDate": "2019-05-06", "endDate": "2019-05-31", "intent": "CURATIVE", "technique": "THREE_D_CRT",
            "totalDoseGy": 32, "fractions": 8, "fractionsPerDay": 1, "postoperative": false } ],
        "recurrence": { "diagnosisDate": "2025-05-12", "histologyConfirmed": true,
          "histology": "INVASIVE_BREAST_CARCINOMA", "subsite": "CHEST_WALL", "overlapWithPriorVolume": "YES",
          "maxDiameterCm": 3, "resectable": "NO", "distantMetastases": "NO",
          "receptorStatusKnown": true, "hormoneReceptorPositive": true, "her2Positive": false },
        "organDoses": [{ "organ": "CHEST_WALL", "metric": "DMAX", "alphaBetaGy": 3,
          "priorDoses": [{ "doseGy": 50, "fractions": 25 }, { "doseGy": 32, "fractions": 8 }],
          "plannedDose": { "doseGy": 32, "fractions": 8 } }],
        "plan": { "intent": "CURATIVE", "technique": "THREE_D_CRT", "totalDoseGy": 32, "fractions": 8,
          "fractionsPerDay": 1, "schedule": "TWICE_WEEKLY", "startDate": "2025-06-16", "hyperthermia": true,
          "salvageSurgery": "NONE" },
        "context": { "mdtReviewed": true, "priorPlanAvailable": true, "hyperthermiaAvailable": true,
          "doseAccumulationMethod": "RIGID" }
      }
      """
    When the case is assessed
    Then the verdict is FAVOURABLE
    And the verdict is imposed by "BR-21"
    And the reirradiation type is TYPE_1
    And the intervals are 71.4 months to recurrence and 72.5 months between courses
    And the cumulative CHEST_WALL DMAX EQD2 is 139.6 Gy
    And the cumulative CHEST_WALL DMAX dose is EXCEEDS
    And the cumulative CHEST_WALL DMAX dose is checked by rule "BR-13"
    And the findings include:
      | rule  | category    | severity | organ      | agent        | preference | schedule     |
      | BR-13 | DOSE_CHECK  | HIGH     | CHEST_WALL | -            | -          | -            |
      | BR-07 | TECHNIQUE   | INFO     | -          | HYPERTHERMIA | PREFERRED  | TWICE_WEEKLY |
      | BR-12 | COMBINATION | CAUTION  | -          | HYPERTHERMIA | -          | -            |
      | C-24  | DOSE_CHECK  | INFO     | -          | -            | -          | -            |
    And the finding of rule "BR-13" mentions "139.6 Gy"
    And the missing information is ""

  Scenario: Painful axillary recurrence with bone metastases, ECOG 2: palliative reirradiation, check the brachial plexus
    Given the case:
      """
      {
        "caseId": "painful axillary recurrence",
        "assessmentDate": "2025-06-02",
        "site": "BREAST",
        "patient": { "ageYears": 66, "ecog": 2, "kps": 60, "estimatedSurvivalMonths": 12 },
        "priorCourses": [{ "startDate": "2020-01-06", "endDate": "2020-02-07", "intent": "CURATIVE",
          "technique": "IMRT", "totalDoseGy": 50, "fractions": 25, "fractionsPerDay": 1, "postoperative": true }],
        "recurrence": { "diagnosisDate": "2025-05-05", "histologyConfirmed": true,
          "histology": "INVASIVE_BREAST_CARCINOMA", "subsite": "REGIONAL_NODES", "overlapWithPriorVolume": "YES",
          "maxDiameterCm": 4, "resectable": "NO", "distantMetastases": "YES", "symptomatic": true,
          "nodalInvolvement": true, "receptorStatusKnown": true, "hormoneReceptorPositive": true, "her2Positive": false },
        "plan": { "intent": "PALLIATIVE", "technique": "IMRT", "totalDoseGy": 20, "fractions": 5,
          "fractionsPerDay": 1, "schedule": "DAILY",
          "systemicTherapy": [{ "agent": "CDK46_INHIBITOR", "timing": "SEQUENTIAL", "weeksFromRadiotherapy": 2 }] },
        "context": { "mdtReviewed": true, "priorPlanAvailable": true }
      }
      """
    When the case is assessed
    Then the verdict is FAVOURABLE
    And the verdict is imposed by "C-25"
    And the reirradiation type is TYPE_1
    And the findings include:
      | rule  | category    | severity | organ           | verdict    |
      | BR-19 | DOSE_CHECK  | CAUTION  | BRACHIAL_PLEXUS | -          |
      | BR-09 | PROGNOSIS   | CAUTION  | -               | -          |
      | C-25  | ELIGIBILITY | INFO     | -               | FAVOURABLE |
    And rule "C-09" does not fire
    And rule "C-11" does not fire
    And rule "BR-17" does not fire
    And the missing information is ""

  Scenario: Missing data - resected chest-wall recurrence, outside records without dates and no staging yet
    # Curative plan after resection (R1) with hyperthermia and capecitabine; the prior course's end date
    # and the distant-metastasis status are unknown, and the prior plan is unavailable.
    Given the case:
      """
      {
        "caseId": "resected chest wall, records incomplete",
        "assessmentDate": "2025-06-02",
        "site": "BREAST",
        "patient": { "ageYears": 52, "ecog": 0, "kps": 90 },
        "priorCourses": [{ "intent": "CURATIVE", "totalDoseGy": 50, "fractions": 25, "postoperative": true }],
        "recurrence": { "diagnosisDate": "2025-04-22", "histologyConfirmed": true,
          "histology": "INVASIVE_BREAST_CARCINOMA", "subsite": "CHEST_WALL", "overlapWithPriorVolume": "YES",
          "maxDiameterCm": 2.5, "resectable": "YES", "expectedMargin": "R1", "distantMetastases": "UNKNOWN",
          "receptorStatusKnown": false },
        "plan": { "intent": "CURATIVE", "salvageSurgery": "DONE", "hyperthermia": true,
          "systemicTherapy": [{ "agent": "CAPECITABINE", "timing": "CONCURRENT", "weeksFromRadiotherapy": 0 }] },
        "context": { "mdtReviewed": true, "priorPlanAvailable": false, "hyperthermiaAvailable": true }
      }
      """
    When the case is assessed
    Then the verdict is INSUFFICIENT_INFORMATION
    And the verdict is imposed by "C-01"
    And the missing information is "priorCourses[0].endDate, recurrence.distantMetastases"
    And the reirradiation type is TYPE_1
    And the findings include:
      | rule  | category    | severity | agent        | verdict                  |
      | C-01  | WORKUP      | HIGH     | -            | INSUFFICIENT_INFORMATION |
      | C-14b | DOSE_CHECK  | HIGH     | -            | CONDITIONAL              |
      | BR-18 | WORKUP      | CAUTION  | -            | -                        |
      | C-08  | WORKUP      | CAUTION  | -            | -                        |
      | BR-17 | WORKUP      | CAUTION  | -            | -                        |
      | BR-11 | SCHEDULE    | INFO     | HYPERTHERMIA | -                        |
      | BR-12 | COMBINATION | CAUTION  | HYPERTHERMIA | -                        |
      | BR-15 | COMBINATION | INFO     | CAPECITABINE | -                        |
    And rule "BR-03" does not fire
    And rule "BR-14" does not fire

  Scenario: Large bleeding chest-wall recurrence with metastases in a frail patient, no hyperthermia: palliative 12 x 3 Gy
    Given the case:
      """
      {
        "caseId": "large bleeding chest-wall recurrence",
        "assessmentDate": "2025-06-02",
        "site": "BREAST",
        "patient": { "ageYears": 78, "ecog": 2, "kps": 60, "estimatedSurvivalMonths": 9 },
        "priorCourses": [{ "startDate": "2021-02-01", "endDate": "2021-03-05", "intent": "CURATIVE",
          "technique": "THREE_D_CRT", "totalDoseGy": 50, "fractions": 25, "fractionsPerDay": 1, "postoperative": true }],
        "recurrence": { "diagnosisDate": "2025-05-20", "histologyConfirmed": true,
          "histology": "INVASIVE_BREAST_CARCINOMA", "subsite": "CHEST_WALL", "overlapWithPriorVolume": "YES",
          "maxDiameterCm": 8, "resectable": "NO", "distantMetastases": "YES", "symptomatic": true, "ulceration": true,
          "receptorStatusKnown": true, "hormoneReceptorPositive": false, "her2Positive": false },
        "organDoses": [{ "organ": "CHEST_WALL", "metric": "DMAX",
          "priorDoses": [{ "doseGy": 50, "fractions": 25 }], "plannedDose": { "doseGy": 36, "fractions": 12 } }],
        "plan": { "intent": "PALLIATIVE", "technique": "THREE_D_CRT", "totalDoseGy": 36, "fractions": 12,
          "fractionsPerDay": 1, "schedule": "FOUR_TIMES_WEEKLY", "hyperthermia": false },
        "context": { "mdtReviewed": true, "priorPlanAvailable": true, "hyperthermiaAvailable": false }
      }
      """
    When the case is assessed
    Then the verdict is FAVOURABLE
    And the verdict is imposed by "C-25"
    And the reirradiation type is TYPE_1
    And the findings include:
      | rule  | category    | severity | agent        | verdict    |
      | BR-09 | PROGNOSIS   | CAUTION  | -            | -          |
      | BR-08 | TECHNIQUE   | INFO     | HYPERTHERMIA | -          |
      | C-25  | ELIGIBILITY | INFO     | -            | FAVOURABLE |
    And the cumulative CHEST_WALL DMAX EQD2 is 93.2 Gy
    And the cumulative CHEST_WALL DMAX dose is WITHIN
    And rule "BR-07" does not fire
    And rule "BR-21" does not fire
    And the missing information is ""

  Scenario: Small low-risk in-breast recurrence after ten years, brachytherapy centre, repeat lumpectomy planned
    # Interstitial brachytherapy is an acceptable option (BR-06), but a resectable in-breast recurrence
    # still has salvage mastectomy as the standard (BR-01a) until the repeat lumpectomy is done.
    Given the case:
      """
      {
        "caseId": "low-risk in-breast recurrence, brachytherapy centre",
        "assessmentDate": "2025-06-02",
        "site": "BREAST",
        "patient": { "ageYears": 69, "ecog": 0, "kps": 90, "wantsOrganPreservation": true },
        "priorCourses": [{ "startDate": "2014-09-01", "endDate": "2014-10-10", "intent": "CURATIVE",
          "technique": "THREE_D_CRT", "totalDoseGy": 50, "fractions": 25, "fractionsPerDay": 1, "postoperative": true }],
        "recurrence": { "diagnosisDate": "2025-04-28", "histologyConfirmed": true,
          "histology": "INVASIVE_BREAST_CARCINOMA", "subsite": "BREAST", "overlapWithPriorVolume": "YES",
          "maxDiameterCm": 1.2, "rStage": "rT1b", "resectable": "YES", "distantMetastases": "NO",
          "skinInvasion": false, "unifocal": true, "nodalInvolvement": false,
          "receptorStatusKnown": true, "hormoneReceptorPositive": true, "her2Positive": false },
        "plan": { "intent": "CURATIVE", "technique": "BRACHYTHERAPY", "salvageSurgery": "PLANNED" },
        "context": { "mdtReviewed": true, "priorPlanAvailable": true, "brachytherapyExpertise": true }
      }
      """
    When the case is assessed
    Then the verdict is CONDITIONAL
    And the verdict is imposed by "BR-01a"
    And the reirradiation type is TYPE_1
    And the findings include:
      | rule   | category    | severity | technique     | preference | verdict     |
      | BR-01a | ALTERNATIVE | CAUTION  | -             | -          | CONDITIONAL |
      | BR-06  | TECHNIQUE   | INFO     | BRACHYTHERAPY | ACCEPTABLE | -           |
      | BR-01b | COUNSEL     | INFO     | -             | -          | -           |
    And the finding of rule "BR-06" mentions "34.2 Gy in 9 fractions"
    And rule "BR-04" does not fire
    And rule "BR-02" does not fire
    And the missing information is ""
