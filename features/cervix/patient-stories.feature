Feature: Cervix - patient stories: the whole assessment a tumour board acts on
  Realistic women with a recurrent cervical cancer after pelvic radiotherapy, assessed end to end:
  verdict and the rules that impose it, reirradiation type, technique, combination cautions,
  cumulative doses, work-up and alternatives. There is no validated prognostic score for cervix
  reirradiation: the prognostic factors appear as findings (CX-04, CX-05, CX-17), and no score is
  given. Three stories are the example cases of examples/cervix-*.json.

  Scenario: Central recurrence two and a half years after chemoradiation and brachytherapy in a fit woman: exenteration first
    # examples/cervix-exenteration-candidate.json. The tumour board considers exenteration; no reirradiation dose is planned yet.
    Given the case:
      """json
      {
        "caseId": "cervix-exenteration-candidate",
        "assessmentDate": "2025-06-02",
        "site": "CERVIX",
        "patient": {
          "ageYears": 52, "ecog": 0, "kps": 90,
          "fitForSurgery": true, "declinesSurgery": false, "chemotherapyContraindicated": false
        },
        "priorCourses": [
          { "startDate": "2022-09-05", "endDate": "2022-10-21", "intent": "CURATIVE", "technique": "IMRT",
            "totalDoseGy": 45, "fractions": 25, "fractionsPerDay": 1, "postoperative": false,
            "brachytherapyBoost": true, "concurrentSystemic": ["CISPLATIN"] },
          { "startDate": "2022-10-24", "endDate": "2022-11-04", "intent": "CURATIVE", "technique": "BRACHYTHERAPY",
            "totalDoseGy": 28, "fractions": 4, "fractionsPerDay": 1, "postoperative": false }
        ],
        "priorToxicities": [
          { "organ": "RECTUM", "description": "proctitis", "ctcaeGrade": 1, "late": true, "inField": true }
        ],
        "recurrence": {
          "diagnosisDate": "2025-04-14", "histologyConfirmed": true, "biopsyFeasible": true,
          "histology": "SQUAMOUS_CELL_CARCINOMA", "subsite": "CENTRAL_PELVIS",
          "overlapWithPriorVolume": "YES", "sameOrgan": true, "maxDiameterCm": 3.2, "volumeCc": 22,
          "nodalRecurrence": false, "distantMetastases": "NO", "symptomatic": false,
          "pelvicSidewall": false, "organInvasion": [], "existingFistula": false, "recentInvasiveProcedure": false,
          "imaging": ["MRI", "FDG_PET_CT"]
        },
        "organDoses": [
          { "organ": "RECTUM", "metric": "D2CC", "alphaBetaGy": 3,
            "priorDoses": [{ "doseGy": 45, "fractions": 25 }, { "doseGy": 18, "fractions": 4 }],
            "plannedDose": { "doseGy": 0 } },
          { "organ": "BLADDER", "metric": "D2CC", "alphaBetaGy": 3,
            "priorDoses": [{ "doseGy": 45, "fractions": 25 }, { "doseGy": 22, "fractions": 4 }],
            "plannedDose": { "doseGy": 0 } },
          { "organ": "SIGMOID", "metric": "D2CC", "alphaBetaGy": 3,
            "priorDoses": [{ "doseGy": 45, "fractions": 25 }, { "doseGy": 16, "fractions": 4 }],
            "plannedDose": { "doseGy": 0 } }
        ],
        "plan": {
          "intent": "CURATIVE", "systemicTherapy": [], "salvageSurgery": "PLANNED"
        },
        "context": {
          "mdtReviewed": true, "priorPlanAvailable": true, "centreReRtExperience": true,
          "doseAccumulationMethod": "DEFORMABLE", "brachytherapyExpertise": true
        }
      }
      """
    When the case is assessed
    Then the verdict is CONDITIONAL
    And the verdict is imposed by "CX-01"
    And the reirradiation type is TYPE_1
    And the intervals are 29.3 months to recurrence and 30.9 months between courses
    And no MIRI_RPA score is given
    And the findings include:
      | rule  | category       | severity | verdict     |
      | CX-01 | ALTERNATIVE    | CAUTION  | CONDITIONAL |
      | CX-02 | COUNSEL        | INFO     | -           |
      | C-22  | COUNSEL        | INFO     | -           |
      | C-02  | CLASSIFICATION | INFO     | -           |
    And the finding of rule "CX-01" mentions "evaluate pelvic exenteration"
    And the cumulative RECTUM D2CC EQD2 is 70.2 Gy
    And the cumulative RECTUM D2CC dose is WITHIN
    And the cumulative BLADDER D2CC EQD2 is 80.6 Gy
    And the cumulative BLADDER D2CC dose is WITHIN
    And the cumulative SIGMOID D2CC EQD2 is 65.6 Gy
    And the cumulative SIGMOID D2CC dose is NO_LIMIT
    And the cumulative RECTUM D2CC dose is checked by rule "CX-09"
    And the missing information is ""
    And rule "CX-03" does not fire
    And rule "CX-09" does not fire
    And rule "CX-10" does not fire
    And rule "CX-14b" does not fire

  Scenario: Vault recurrence four years after post-operative radiotherapy in a woman unfit for surgery: favourable for interstitial brachytherapy
    # examples/cervix-vault-after-postoperative-rt.json. HDR interstitial brachytherapy 42 Gy in 7 fractions is planned.
    Given the case:
      """json
      {
        "caseId": "cervix-vault-after-postoperative-rt",
        "assessmentDate": "2025-06-02",
        "site": "CERVIX",
        "patient": {
          "ageYears": 67, "ecog": 1, "kps": 80, "estimatedSurvivalMonths": 36,
          "fitForSurgery": false, "declinesSurgery": false
        },
        "priorCourses": [
          { "startDate": "2021-03-01", "endDate": "2021-04-09", "intent": "CURATIVE", "technique": "IMRT",
            "totalDoseGy": 50.4, "fractions": 28, "fractionsPerDay": 1, "postoperative": true,
            "brachytherapyBoost": false, "concurrentSystemic": ["CISPLATIN"] }
        ],
        "recurrence": {
          "diagnosisDate": "2025-04-22", "histologyConfirmed": true, "biopsyFeasible": true,
          "histology": "SQUAMOUS_CELL_CARCINOMA", "subsite": "VAGINAL_VAULT",
          "overlapWithPriorVolume": "YES", "sameOrgan": true, "maxDiameterCm": 2.8, "volumeCc": 14,
          "nodalRecurrence": false, "distantMetastases": "NO", "symptomatic": false,
          "pelvicSidewall": false, "organInvasion": [], "existingFistula": false, "recentInvasiveProcedure": false,
          "imaging": ["MRI", "FDG_PET_CT"]
        },
        "organDoses": [
          { "organ": "RECTUM", "metric": "D2CC",
            "priorDoses": [{ "doseGy": 50.4, "fractions": 28 }], "plannedDose": { "doseGy": 21, "fractions": 7 } },
          { "organ": "BLADDER", "metric": "D2CC",
            "priorDoses": [{ "doseGy": 50.4, "fractions": 28 }], "plannedDose": { "doseGy": 24.5, "fractions": 7 } }
        ],
        "plan": {
          "intent": "CURATIVE", "technique": "BRACHYTHERAPY", "totalDoseGy": 42, "fractions": 7,
          "fractionsPerDay": 1, "startDate": "2025-06-16", "systemicTherapy": [], "salvageSurgery": "NONE"
        },
        "context": {
          "mdtReviewed": true, "priorPlanAvailable": true, "centreReRtExperience": true,
          "doseAccumulationMethod": "DEFORMABLE", "brachytherapyExpertise": true
        }
      }
      """
    When the case is assessed
    Then the verdict is FAVOURABLE
    And the verdict is imposed by "CX-17"
    And the reirradiation type is TYPE_1
    And the intervals are 48.4 months to recurrence and 50.2 months between courses
    And the findings include:
      | rule  | category    | severity | verdict    | technique     | preference | schedule |
      | CX-17 | ELIGIBILITY | INFO     | FAVOURABLE | -             | -          | -        |
      | CX-03 | TECHNIQUE   | INFO     | -          | BRACHYTHERAPY | PREFERRED  | -        |
      | CX-04 | PROGNOSIS   | INFO     | -          | -             | -          | -        |
    And the finding of rule "CX-03" mentions "not fit for surgery"
    And the finding of rule "CX-17" mentions "no validated size limit exists"
    And the cumulative RECTUM D2CC EQD2 is 73.6 Gy
    And the cumulative RECTUM D2CC dose is WITHIN
    And the cumulative BLADDER D2CC EQD2 is 80.2 Gy
    And the cumulative BLADDER D2CC dose is WITHIN
    And the cumulative BLADDER D2CC dose is checked by rule "CX-09"
    And the missing information is ""
    And rule "CX-01" does not fire
    And rule "CX-05" does not fire
    And rule "CX-09" does not fire
    And rule "CX-10" does not fire

  Scenario: Bleeding sidewall recurrence two years after chemoradiation, palliative course then carboplatin, paclitaxel and bevacizumab
    # examples/cervix-palliative-sidewall-bevacizumab.json. Palliative reirradiation is reasonable, but the planned
    # bevacizumab carries a high fistula risk in the irradiated pelvis: the cautions stand beside the favourable verdict.
    Given the case:
      """json
      {
        "caseId": "cervix-palliative-sidewall-bevacizumab",
        "assessmentDate": "2025-06-02",
        "site": "CERVIX",
        "patient": {
          "ageYears": 58, "ecog": 2, "kps": 60, "estimatedSurvivalMonths": 9,
          "fitForSurgery": false
        },
        "priorCourses": [
          { "startDate": "2023-01-09", "endDate": "2023-02-24", "intent": "CURATIVE", "technique": "IMRT",
            "totalDoseGy": 45, "fractions": 25, "fractionsPerDay": 1, "postoperative": false,
            "brachytherapyBoost": true, "concurrentSystemic": ["CISPLATIN"] }
        ],
        "recurrence": {
          "diagnosisDate": "2025-03-03", "histologyConfirmed": true, "biopsyFeasible": true,
          "histology": "SQUAMOUS_CELL_CARCINOMA", "subsite": "PELVIC_SIDEWALL",
          "overlapWithPriorVolume": "YES", "sameOrgan": true, "volumeCc": 95,
          "nodalRecurrence": true, "distantMetastases": "NO", "symptomatic": true,
          "pelvicSidewall": true, "organInvasion": [], "existingFistula": false,
          "imaging": ["MRI", "FDG_PET_CT"]
        },
        "plan": {
          "intent": "PALLIATIVE", "technique": "IMRT", "totalDoseGy": 20, "fractions": 5, "fractionsPerDay": 1,
          "schedule": "DAILY", "startDate": "2025-06-09",
          "systemicTherapy": [
            { "agent": "CARBOPLATIN", "timing": "SEQUENTIAL", "weeksFromRadiotherapy": 3 },
            { "agent": "PACLITAXEL", "timing": "SEQUENTIAL", "weeksFromRadiotherapy": 3 },
            { "agent": "BEVACIZUMAB", "timing": "SEQUENTIAL", "weeksFromRadiotherapy": 3 }
          ],
          "salvageSurgery": "NONE"
        },
        "context": {
          "mdtReviewed": true, "priorPlanAvailable": true, "centreReRtExperience": true
        }
      }
      """
    When the case is assessed
    Then the verdict is FAVOURABLE
    And the verdict is imposed by "C-25"
    And the reirradiation type is TYPE_1
    And the findings include:
      | rule  | category    | severity | verdict    | agent       | schedule |
      | CX-07 | COMBINATION | HIGH     | -          | BEVACIZUMAB | -        |
      | CX-08 | COMBINATION | HIGH     | -          | BEVACIZUMAB | -        |
      | C-25  | ELIGIBILITY | INFO     | FAVOURABLE | -           | -        |
      | CX-06 | ELIGIBILITY | INFO     | -          | -           | -        |
      | CX-15 | SCHEDULE    | INFO     | -          | -           | -        |
      | CX-16 | COMBINATION | INFO     | -          | BEVACIZUMAB | -        |
    And the finding of rule "CX-07" mentions "all in women with previous pelvic radiotherapy"
    And the finding of rule "CX-16" mentions "CARBOPLATIN"
    And rule "CX-10" does not fire
    And rule "CX-13" does not fire
    And rule "CX-03" does not fire

  Scenario: Central recurrence invading the bladder in a woman who declines exenteration: brachytherapy preferred, but curative reirradiation is unfavourable
    # A preferred technique meets a contraindication: the technique finding stays, the invasion warnings decide the verdict.
    Given a cervix case
    And the case has:
      | patient.ageYears                   | 61                |
      | patient.fitForSurgery              | true              |
      | patient.declinesSurgery            | true              |
      | priorCourses[0].totalDoseGy        | 45                |
      | priorCourses[0].fractions          | 25                |
      | priorCourses[0].postoperative      | false             |
      | priorCourses[0].brachytherapyBoost | true              |
      | recurrence.subsite                 | CENTRAL_PELVIS    |
      | recurrence.volumeCc                | 35                |
      | recurrence.pelvicSidewall          | false             |
      | recurrence.nodalRecurrence         | false             |
      | recurrence.organInvasion           | [BLADDER]         |
      | recurrence.existingFistula         | false             |
      | recurrence.imaging                 | [MRI, FDG_PET_CT] |
      | plan.technique                     | BRACHYTHERAPY     |
      | plan.totalDoseGy                   | 30                |
      | plan.fractions                     | 6                 |
    And the recurrence was diagnosed 30 months after the end of the prior course
    And the RECTUM D2CC dose was 64 Gy in 32 fractions before and is planned at 18 Gy in 6 fractions
    And the BLADDER D2CC dose was 80 Gy in 40 fractions before and is planned at 24 Gy in 6 fractions
    When the case is assessed
    Then the verdict is UNFAVOURABLE
    And the verdict is imposed by "CX-05"
    And the reirradiation type is TYPE_1
    And the findings include:
      | rule  | category    | severity | verdict      | technique     | preference |
      | CX-12 | ELIGIBILITY | HIGH     | -            | -             | -          |
      | CX-05 | PROGNOSIS   | CAUTION  | UNFAVOURABLE | -             | -          |
      | CX-03 | TECHNIQUE   | INFO     | -            | BRACHYTHERAPY | PREFERRED  |
    And the finding of rule "CX-12" mentions "consider exenteration or palliative systemic therapy"
    And the finding of rule "CX-05" mentions "invasion of [BLADDER]"
    And the cumulative RECTUM D2CC EQD2 is 85.6 Gy
    And the cumulative BLADDER D2CC EQD2 is 113.6 Gy
    And the cumulative BLADDER D2CC dose is WITHIN
    And rule "CX-01" does not fire
    And rule "CX-17" does not fire
    And the missing information is ""

  Scenario: Interstitial brachytherapy for a central recurrence after chemoradiation: the planned rectal dose exceeds the cumulative level
    # An attractive schedule blocked by a dose limit. Prior rectum D2cc: 45 Gy in 25 fractions (EBRT) plus 4 x 5 Gy
    # (brachytherapy); bladder 45 Gy in 25 plus 4 x 6 Gy. Planned HDR 6 fractions: rectum 6 x 3.5 Gy, bladder 6 x 4 Gy.
    Given a cervix case
    And the case has:
      | patient.ageYears                   | 55                |
      | patient.fitForSurgery              | false             |
      | priorCourses[0].totalDoseGy        | 45                |
      | priorCourses[0].fractions          | 25                |
      | priorCourses[0].postoperative      | false             |
      | priorCourses[0].brachytherapyBoost | true              |
      | recurrence.subsite                 | CENTRAL_PELVIS    |
      | recurrence.volumeCc                | 18                |
      | recurrence.organInvasion           | []                |
      | recurrence.existingFistula         | false             |
      | recurrence.imaging                 | [MRI, FDG_PET_CT] |
      | plan.technique                     | BRACHYTHERAPY     |
      | plan.totalDoseGy                   | 30                |
      | plan.fractions                     | 6                 |
      | plan.schedule                      | TWICE_WEEKLY      |
    And the RECTUM D2CC dose was 45 Gy in 25 fractions before and is planned at 21 Gy in 6 fractions
    And the case has:
      | organDoses[0].priorDoses[1].doseGy    | 20 |
      | organDoses[0].priorDoses[1].fractions | 4  |
    And the BLADDER D2CC dose was 45 Gy in 25 fractions before and is planned at 24 Gy in 6 fractions
    And the case has:
      | organDoses[1].priorDoses[1].doseGy    | 24 |
      | organDoses[1].priorDoses[1].fractions | 4  |
    When the case is assessed
    Then the verdict is CONDITIONAL
    And the verdict is imposed by "C-00"
    And the findings include:
      | rule  | category   | severity | organ  | technique     | preference |
      | CX-09 | DOSE_CHECK | HIGH     | RECTUM | -             | -          |
      | CX-03 | TECHNIQUE  | INFO     | -      | BRACHYTHERAPY | PREFERRED  |
    And the cumulative RECTUM D2CC EQD2 is 102.5 Gy
    And the cumulative RECTUM D2CC dose is EXCEEDS
    And the cumulative BLADDER D2CC EQD2 is 120.0 Gy
    And the cumulative BLADDER D2CC dose is WITHIN
    And the finding of rule "CX-09" mentions "Cumulative RECTUM D2cc EQD2 102.5 Gy"
    And the finding of rule "CX-09" mentions "above 100 Gy"
    And rule "CX-10" does not fire

  Scenario: The same brachytherapy plan with the rectal dose reduced to 6 x 3 Gy stays within the cumulative level
    Given a cervix case
    And the case has:
      | patient.fitForSurgery              | false             |
      | priorCourses[0].totalDoseGy        | 45                |
      | priorCourses[0].fractions          | 25                |
      | priorCourses[0].postoperative      | false             |
      | priorCourses[0].brachytherapyBoost | true              |
      | recurrence.subsite                 | CENTRAL_PELVIS    |
      | recurrence.imaging                 | [MRI, FDG_PET_CT] |
      | plan.technique                     | BRACHYTHERAPY     |
    And the RECTUM D2CC dose was 45 Gy in 25 fractions before and is planned at 18 Gy in 6 fractions
    And the case has:
      | organDoses[0].priorDoses[1].doseGy    | 20 |
      | organDoses[0].priorDoses[1].fractions | 4  |
    And the BLADDER D2CC dose was 45 Gy in 25 fractions before and is planned at 24 Gy in 6 fractions
    And the case has:
      | organDoses[1].priorDoses[1].doseGy    | 24 |
      | organDoses[1].priorDoses[1].fractions | 4  |
    When the case is assessed
    Then the cumulative RECTUM D2CC EQD2 is 96.8 Gy
    And the cumulative RECTUM D2CC dose is WITHIN
    And rule "CX-09" does not fire
    And rule "CX-03" fires

  Scenario: SBRT proposed for a 40 cm3 vault recurrence at a centre that has set a small-volume limit: discouraged
    # The centre's small-volume limit of 30 cm3 is an illustrative local choice, not a value from the literature.
    # Above it, neither the brachytherapy recommendation nor the favourable verdict applies, and SBRT is discouraged.
    Given a cervix case
    And the centre sets "cx.smallVolumeCc" to "30"
    And the case has:
      | patient.ageYears                   | 72                |
      | patient.fitForSurgery              | false             |
      | priorCourses[0].totalDoseGy        | 50.4              |
      | priorCourses[0].fractions          | 28                |
      | priorCourses[0].postoperative      | true              |
      | priorCourses[0].brachytherapyBoost | false             |
      | recurrence.subsite                 | VAGINAL_VAULT     |
      | recurrence.volumeCc                | 40                |
      | recurrence.organInvasion           | []                |
      | recurrence.existingFistula         | false             |
      | recurrence.imaging                 | [MRI, FDG_PET_CT] |
      | plan.technique                     | SBRT              |
      | plan.totalDoseGy                   | 30                |
      | plan.fractions                     | 5                 |
    And the RECTUM D2CC dose was 50.4 Gy in 28 fractions before and is planned at 20 Gy in 5 fractions
    And the BLADDER D2CC dose was 50.4 Gy in 28 fractions before and is planned at 25 Gy in 5 fractions
    When the case is assessed
    Then the verdict is CONDITIONAL
    And the verdict is imposed by "C-00"
    And the findings include:
      | rule  | category  | severity | technique | preference  |
      | CX-11 | TECHNIQUE | CAUTION  | SBRT      | DISCOURAGED |
      | CX-04 | PROGNOSIS | INFO     | -         | -           |
    And the finding of rule "CX-11" mentions "Tumour volume 40 cm3, above the centre's small-volume limit of 30 cm3"
    And the cumulative RECTUM D2CC EQD2 is 76.4 Gy
    And the cumulative RECTUM D2CC dose is WITHIN
    And the cumulative BLADDER D2CC EQD2 is 88.4 Gy
    And the cumulative BLADDER D2CC dose is WITHIN
    And rule "CX-03" does not fire
    And rule "CX-17" does not fire

  Scenario: Referral without performance status, restaging or brachytherapy dosimetry: no verdict, the missing items listed
    # A curative reirradiation is requested after chemoradiation with brachytherapy, but the letter gives no ECOG or
    # KPS, distant-metastasis status is unknown and the prior brachytherapy plan has not been retrieved.
    Given a cervix case
    And the case has:
      | patient.ecog                       | absent         |
      | patient.kps                        | absent         |
      | priorCourses[0].totalDoseGy        | 45             |
      | priorCourses[0].fractions          | 25             |
      | priorCourses[0].brachytherapyBoost | true           |
      | recurrence.distantMetastases       | UNKNOWN        |
      | recurrence.subsite                 | CENTRAL_PELVIS |
    When the case is assessed
    Then the verdict is INSUFFICIENT_INFORMATION
    And the verdict is imposed by "C-01, CX-10"
    And the missing information is "patient.ecog|patient.kps, recurrence.distantMetastases, organDoses"
    And the findings include:
      | rule   | category | severity | verdict                  |
      | C-01   | WORKUP   | HIGH     | INSUFFICIENT_INFORMATION |
      | CX-10  | WORKUP   | HIGH     | INSUFFICIENT_INFORMATION |
      | C-08   | WORKUP   | CAUTION  | -                        |
      | CX-14b | WORKUP   | CAUTION  | -                        |
    And the finding of rule "CX-10" mentions "RECTUM D2cc not given"

  Scenario: Early central relapse with rectal invasion and a fistula in a frail woman asking for curative treatment: unfavourable
    Given a cervix case
    And the case has:
      | patient.ecog                       | 2                 |
      | patient.kps                        | 60                |
      | patient.fitForSurgery              | false             |
      | priorCourses[0].totalDoseGy        | 45                |
      | priorCourses[0].fractions          | 25                |
      | priorCourses[0].postoperative      | false             |
      | priorCourses[0].brachytherapyBoost | true              |
      | recurrence.subsite                 | CENTRAL_PELVIS    |
      | recurrence.organInvasion           | [RECTUM]          |
      | recurrence.existingFistula         | true              |
      | recurrence.symptomatic             | true              |
      | recurrence.imaging                 | [MRI, FDG_PET_CT] |
    And the recurrence was diagnosed 8 months after the end of the prior course
    And the RECTUM D2CC dose was 70 Gy in 35 fractions before and is planned at 20 Gy in 10 fractions
    And the BLADDER D2CC dose was 84 Gy in 42 fractions before and is planned at 20 Gy in 10 fractions
    When the case is assessed
    Then the verdict is UNFAVOURABLE
    And the verdict is imposed by "CX-05"
    And the findings include:
      | rule  | category    | severity | verdict      |
      | CX-12 | ELIGIBILITY | HIGH     | -            |
      | CX-05 | PROGNOSIS   | CAUTION  | UNFAVOURABLE |
      | CX-13 | ELIGIBILITY | CAUTION  | CONDITIONAL  |
      | C-11  | ELIGIBILITY | CAUTION  | CONDITIONAL  |
    And the finding of rule "CX-05" mentions "recurrence 8 months after the prior course, below 12 months"
    And the finding of rule "CX-12" mentions "Existing fistula"
    And the cumulative RECTUM D2CC EQD2 is 90.0 Gy
    And the cumulative BLADDER D2CC EQD2 is 104.0 Gy
    And rule "CX-03" does not fire
    And rule "CX-15" does not fire

  Scenario: The same frail woman treated with palliative intent for bleeding: a short palliative course is reasonable
    Given a cervix case
    And the case has:
      | plan.intent                        | PALLIATIVE        |
      | patient.ecog                       | 2                 |
      | patient.kps                        | 60                |
      | priorCourses[0].totalDoseGy        | 45                |
      | priorCourses[0].fractions          | 25                |
      | priorCourses[0].postoperative      | false             |
      | priorCourses[0].brachytherapyBoost | true              |
      | recurrence.subsite                 | CENTRAL_PELVIS    |
      | recurrence.organInvasion           | [RECTUM]          |
      | recurrence.existingFistula         | true              |
      | recurrence.symptomatic             | true              |
      | recurrence.imaging                 | [MRI, FDG_PET_CT] |
    And the recurrence was diagnosed 8 months after the end of the prior course
    When the case is assessed
    Then the verdict is FAVOURABLE
    And the verdict is imposed by "C-25"
    And the findings include:
      | rule  | category    | severity | verdict    |
      | CX-12 | ELIGIBILITY | HIGH     | -          |
      | C-25  | ELIGIBILITY | INFO     | FAVOURABLE |
      | CX-15 | SCHEDULE    | INFO     | -          |
    And rule "CX-05" does not fire
    And rule "CX-13" does not fire
    And rule "CX-10" does not fire
