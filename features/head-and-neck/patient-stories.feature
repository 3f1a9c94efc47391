Feature: Head and neck patient stories: the whole assessment a tumour board acts on
  End-to-end cases of head and neck reirradiation. Each asserts the verdict and the rules that impose
  it, the ESTRO-EORTC type, the scores, the preferred and discouraged techniques and schedules,
  combination cautions, the cumulative dose table, work-up and alternatives. The first four are the
  example cases of examples/head-and-neck-*.json.

  Scenario: Oropharyngeal recurrence four years after chemoradiation: favourable for curative reirradiation
    # 62-year-old, rT2 oropharyngeal SCC 48 months after 70 Gy with cisplatin, unresectable;
    # plan IMRT 60 Gy in 30 fractions with cetuximab.
    Given the case:
      """json
      {
        "caseId": "head-and-neck-oropharynx-late-recurrence",
        "assessmentDate": "2025-03-20",
        "site": "HEAD_AND_NECK",
        "patient": {
          "ageYears": 62, "ecog": 1, "kps": 80, "estimatedSurvivalMonths": 24,
          "feedingTubeDependent": false, "tracheostomyDependent": false,
          "fitForSurgery": false, "declinesSurgery": false
        },
        "priorCourses": [{
          "startDate": "2021-01-04", "endDate": "2021-02-19", "intent": "CURATIVE",
          "technique": "IMRT", "totalDoseGy": 70, "fractions": 35, "fractionsPerDay": 1,
          "postoperative": false, "concurrentSystemic": ["CISPLATIN"]
        }],
        "priorToxicities": [{ "organ": "SKIN", "description": "neck fibrosis", "ctcaeGrade": 2, "late": true, "inField": true }],
        "recurrence": {
          "diagnosisDate": "2025-03-01", "histologyConfirmed": true, "biopsyFeasible": true,
          "histology": "SQUAMOUS_CELL_CARCINOMA", "subsite": "OROPHARYNX",
          "overlapWithPriorVolume": "YES", "sameOrgan": true, "maxDiameterCm": 2.5, "volumeCc": 18,
          "rStage": "rT2", "nodalRecurrence": false, "resectable": "NO",
          "distantMetastases": "NO", "symptomatic": false,
          "carotidEncasementDegrees": 90, "ulceration": false, "skinInvasion": false,
          "imaging": ["MRI", "FDG_PET_CT"]
        },
        "organDoses": [{
          "organ": "SPINAL_CORD", "metric": "DMAX", "alphaBetaGy": 2,
          "priorDoses": [{ "doseGy": 48, "fractions": 35 }],
          "plannedDose": { "doseGy": 12, "fractions": 30 }
        }],
        "plan": {
          "intent": "CURATIVE", "technique": "IMRT", "totalDoseGy": 60, "fractions": 30,
          "fractionsPerDay": 1, "schedule": "DAILY", "startDate": "2025-04-01",
          "systemicTherapy": [{ "agent": "CETUXIMAB", "timing": "CONCURRENT", "weeksFromRadiotherapy": 0 }],
          "salvageSurgery": "NONE"
        },
        "context": {
          "mdtReviewed": true, "priorPlanAvailable": true, "centreReRtExperience": true,
          "doseAccumulationMethod": "DEFORMABLE", "protonAvailable": false
        }
      }
      """
    When the case is assessed
    Then the verdict is FAVOURABLE
    And the verdict is imposed by "HN-30"
    And the reirradiation type is TYPE_1
    And the intervals are 48.4 months to recurrence and 49.4 months between courses
    And the score MIRI_RPA is "CLASS_II"
    And the score MIRI_RPA lists the factor "not resected"
    And the cumulative SPINAL_CORD DMAX dose is WITHIN
    And the cumulative SPINAL_CORD DMAX EQD2 is 47.7 Gy
    And the cumulative SPINAL_CORD DMAX dose is checked by rule "C-16a"
    And the findings include:
      | rule   | category       | severity | verdict    |
      | HN-30  | ELIGIBILITY    | INFO     | FAVOURABLE |
      | HN-05  | PROGNOSIS      | INFO     | -          |
      | HN-08b | PROGNOSIS      | INFO     | -          |
      | C-16a  | DOSE_CHECK     | INFO     | -          |
      | C-22   | COUNSEL        | INFO     | -          |
      | C-02   | CLASSIFICATION | INFO     | -          |
    And rule "HN-09" does not fire
    And rule "HN-21" does not fire
    And rule "HN-01" does not fire
    And the missing information is ""

  Scenario: Unresectable rT3 nasopharyngeal relapse planned with daily fractions: hyperfractionation preferred
    # 47-year-old, rT3 non-keratinising NPC 45 months after 70 Gy with cisplatin, deep parapharyngeal
    # extension (no endoscopic option); plan IMRT 60 Gy in 27 daily fractions.
    Given the case:
      """json
      {
        "caseId": "head-and-neck-npc-hyperfractionation",
        "assessmentDate": "2025-05-12",
        "site": "HEAD_AND_NECK",
        "patient": {
          "ageYears": 47, "ecog": 1, "kps": 80,
          "feedingTubeDependent": false, "tracheostomyDependent": false, "fitForSurgery": true
        },
        "priorCourses": [{
          "startDate": "2021-06-07", "endDate": "2021-07-23", "intent": "CURATIVE",
          "technique": "IMRT", "totalDoseGy": 70, "fractions": 33, "fractionsPerDay": 1,
          "concurrentSystemic": ["CISPLATIN"]
        }],
        "priorToxicities": [{ "organ": "PHARYNGEAL_MUCOSA", "description": "xerostomia", "ctcaeGrade": 2, "late": true, "inField": true }],
        "recurrence": {
          "diagnosisDate": "2025-04-22", "histologyConfirmed": true, "biopsyFeasible": true,
          "histology": "NASOPHARYNGEAL_CARCINOMA", "subsite": "NASOPHARYNX",
          "overlapWithPriorVolume": "YES", "sameOrgan": true, "volumeCc": 26,
          "rStage": "rT3", "nodalRecurrence": false, "resectable": "NO",
          "distantMetastases": "NO", "deepParapharyngealExtension": true,
          "imaging": ["MRI", "FDG_PET_CT"]
        },
        "organDoses": [
          { "organ": "TEMPORAL_LOBE", "metric": "DMAX",
            "priorDoses": [{ "doseGy": 66, "fractions": 33 }], "plannedDose": { "doseGy": 54, "fractions": 45 } },
          { "organ": "BRAINSTEM", "metric": "DMAX",
            "priorDoses": [{ "doseGy": 54, "fractions": 33 }], "plannedDose": { "doseGy": 20, "fractions": 27 } }
        ],
        "plan": {
          "intent": "CURATIVE", "technique": "IMRT", "totalDoseGy": 60, "fractions": 27,
          "fractionsPerDay": 1, "schedule": "DAILY", "startDate": "2025-06-02", "salvageSurgery": "NONE"
        },
        "context": {
          "mdtReviewed": true, "priorPlanAvailable": true, "centreReRtExperience": true,
          "doseAccumulationMethod": "DEFORMABLE", "protonAvailable": false
        }
      }
      """
    When the case is assessed
    Then the verdict is FAVOURABLE
    And the verdict is imposed by "HN-30"
    And the reirradiation type is TYPE_1
    And the findings include:
      | rule   | category | severity | technique | preference  | schedule |
      | HN-10  | SCHEDULE | INFO     | IMRT      | PREFERRED   | BID      |
      | HN-11  | SCHEDULE | CAUTION  |           | DISCOURAGED | DAILY    |
      | HN-28b | COUNSEL  | INFO     |           |             |          |
    And the finding of rule "HN-10" mentions "65 Gy in 54 fractions of 1.2 Gy twice daily"
    And the score MIRI_RPA is "CLASS_II"
    And the score TIAN_NPC is "2"
    And the score TIAN_NPC lists the factor "rT3"
    And the cumulative TEMPORAL_LOBE DMAX dose is NO_LIMIT
    And the cumulative TEMPORAL_LOBE DMAX EQD2 is 109.2 Gy
    And the cumulative TEMPORAL_LOBE DMAX dose is checked by rule "HN-28a"
    And the cumulative BRAINSTEM DMAX dose is NO_LIMIT
    And rule "HN-02" does not fire
    And rule "HN-28a" does not fire
    And rule "HN-12b" does not fire

  Scenario: Neck node recurrence planned for SBRT with cetuximab: the technique is contraindicated by carotid encasement
    # 71-year-old, nodal recurrence 33 months after postoperative 66 Gy, carotid encased over 220 degrees;
    # plan SBRT 40 Gy in 5 consecutive daily fractions with cetuximab, carotid Dmax 36 Gy.
    Given the case:
      """json
      {
        "caseId": "head-and-neck-neck-node-sbrt",
        "assessmentDate": "2025-02-10",
        "site": "HEAD_AND_NECK",
        "patient": {
          "ageYears": 71, "ecog": 1, "kps": 80,
          "feedingTubeDependent": false, "tracheostomyDependent": false, "fitForSurgery": false
        },
        "priorCourses": [{
          "startDate": "2022-03-07", "endDate": "2022-04-22", "intent": "CURATIVE",
          "technique": "IMRT", "totalDoseGy": 66, "fractions": 33, "fractionsPerDay": 1,
          "postoperative": true, "concurrentSystemic": ["CISPLATIN"]
        }],
        "priorToxicities": [{ "organ": "SKIN", "description": "neck fibrosis", "ctcaeGrade": 2, "late": true, "inField": true }],
        "recurrence": {
          "diagnosisDate": "2025-01-20", "histologyConfirmed": true, "biopsyFeasible": true,
          "histology": "SQUAMOUS_CELL_CARCINOMA", "subsite": "NECK",
          "overlapWithPriorVolume": "YES", "sameOrgan": true, "maxDiameterCm": 3.2, "volumeCc": 14,
          "rStage": "rT2", "nodalRecurrence": true, "resectable": "NO",
          "distantMetastases": "NO", "carotidEncasementDegrees": 220, "ulceration": false, "skinInvasion": false,
          "imaging": ["CT", "FDG_PET_CT"]
        },
        "organDoses": [{
          "organ": "CAROTID_ARTERY", "metric": "DMAX",
          "priorDoses": [{ "doseGy": 66, "fractions": 33 }], "plannedDose": { "doseGy": 36, "fractions": 5 }
        }],
        "plan": {
          "intent": "CURATIVE", "technique": "SBRT", "totalDoseGy": 40, "fractions": 5,
          "fractionsPerDay": 1, "schedule": "DAILY", "startDate": "2025-02-24", "salvageSurgery": "NONE",
          "systemicTherapy": [{ "agent": "CETUXIMAB", "timing": "CONCURRENT", "weeksFromRadiotherapy": 0 }]
        },
        "context": {
          "mdtReviewed": true, "priorPlanAvailable": true, "centreReRtExperience": true,
          "doseAccumulationMethod": "DEFORMABLE", "protonAvailable": false
        }
      }
      """
    When the case is assessed
    Then the findings include:
      | rule   | category    | severity | technique | preference  | organ          | agent     | schedule        |
      | HN-14  | TECHNIQUE   | HIGH     | SBRT      | DISCOURAGED | CAROTID_ARTERY |           |                 |
      | HN-15  | TECHNIQUE   | HIGH     | SBRT      |             | CAROTID_ARTERY |           |                 |
      | HN-17  | SCHEDULE    | HIGH     | SBRT      |             | CAROTID_ARTERY |           | EVERY_OTHER_DAY |
      | HN-18b | DOSE_CHECK  | CAUTION  |           |             | CAROTID_ARTERY |           |                 |
      | HN-21  | COMBINATION | INFO     | SBRT      |             |                | CETUXIMAB |                 |
    And the finding of rule "HN-14" mentions "consider conventional or hyperfractionated IMRT"
    And the cumulative CAROTID_ARTERY DMAX dose is NO_LIMIT
    And the cumulative CAROTID_ARTERY DMAX EQD2 is 139.4 Gy
    And the score MIRI_RPA is "CLASS_II"
    And rule "HN-18a" does not fire
    And rule "HN-19" does not fire
    # The carotid warnings shape the technique; none of them imposes a candidacy verdict.
    And the verdict is FAVOURABLE
    And the verdict is imposed by "HN-30"

  Scenario: Oral cavity failure five months after postoperative RT, feeding-tube dependent: curative reirradiation unfavourable
    # 58-year-old, rT3 oral cavity SCC 5.5 months after postoperative 60 Gy, ECOG 2, feeding tube;
    # plan IMRT 60 Gy in 30 fractions.
    Given the case:
      """json
      {
        "caseId": "head-and-neck-oral-cavity-early-failure",
        "assessmentDate": "2025-06-02",
        "site": "HEAD_AND_NECK",
        "patient": {
          "ageYears": 58,
          "ecog": 2,
          "kps": 60,
          "feedingTubeDependent": true,
          "tracheostomyDependent": false,
          "fitForSurgery": false
        },
        "priorCourses": [
          {
            "startDate": "2024-09-16",
            "endDate": "2024-10-25",
            "intent": "CURATIVE",
            "technique": "IMRT",
            "totalDoseGy": 60,
            "fractions": 30,
            "fractionsPerDay": 1,
            "postoperative": true,
            "concurrentSystemic": [
              "CISPLATIN"
            ]
          }
        ],
        "priorToxicities": [
          {
            "organ": "PHARYNGEAL_MUCOSA",
            "description": "dysphagia",
            "ctcaeGrade": 2,
            "late": false,
            "inField": true
          }
        ],
        "recurrence": {
          "diagnosisDate": "2025-04-10",
          "histologyConfirmed": true,
          "subsite": "ORAL_CAVITY",
          "rStage": "rT3",
          "overlapWithPriorVolume": "YES",
          "resectable": "NO",
          "distantMetastases": "NO",
          "volumeCc": 32
        },
        "plan": {
          "intent": "CURATIVE",
          "technique": "IMRT",
          "totalDoseGy": 60,
          "fractions": 30,
          "fractionsPerDay": 1,
          "schedule": "DAILY",
          "startDate": "2025-06-16",
          "salvageSurgery": "NONE"
        },
        "context": {
          "mdtReviewed": true,
          "priorPlanAvailable": true,
          "centreReRtExperience": true,
          "doseAccumulationMethod": "RIGID"
        }
      }
      """
    When the case is assessed
    Then the verdict is UNFAVOURABLE
    And the verdict is imposed by "C-13b, HN-03, HN-06"
    And the intervals are 5.5 months to recurrence and 7.7 months between courses
    And the score MIRI_RPA is "CLASS_III"
    And the score MIRI_RPA lists the factor "feeding-tube dependent"
    And the findings include:
      | rule   | category    | severity | verdict      |
      | HN-03  | ELIGIBILITY | HIGH     | UNFAVOURABLE |
      | C-13b  | ELIGIBILITY | HIGH     | UNFAVOURABLE |
      | HN-06  | ELIGIBILITY | HIGH     | UNFAVOURABLE |
      | C-11   | ELIGIBILITY | CAUTION  | CONDITIONAL  |
      | HN-07  | PROGNOSIS   | CAUTION  | -            |
      | HN-08a | PROGNOSIS   | CAUTION  | -            |
      | HN-26  | PROGNOSIS   | CAUTION  | -            |
      | C-24   | DOSE_CHECK  | INFO     | -            |
    And rule "HN-30" does not fire
    And rule "HN-04" does not fire

  Scenario: Hyperfractionated nasopharyngeal reirradiation blocked by the centre's temporal-lobe limit: protons considered
    # The centre sets a cumulative temporal-lobe limit of 70 Gy EQD2: a local choice, not literature
    # (NG2021 values were not retrieved).
    Given a head and neck case
    And the centre sets "hn.limit.TEMPORAL_LOBE.DMAX.any" to "70"
    And the case has:
      | patient.ageYears               | 52                       |
      | patient.feedingTubeDependent   | false                    |
      | patient.tracheostomyDependent  | false                    |
      | recurrence.subsite             | NASOPHARYNX              |
      | recurrence.histology           | NASOPHARYNGEAL_CARCINOMA |
      | recurrence.rStage              | rT4                      |
      | recurrence.resectable          | NO                       |
      | recurrence.nodalRecurrence     | false                    |
      | recurrence.volumeCc            | 28                       |
      | priorToxicities[0].organ       | PHARYNGEAL_MUCOSA        |
      | priorToxicities[0].description | xerostomia               |
      | priorToxicities[0].ctcaeGrade  | 2                        |
      | priorToxicities[0].late        | true                     |
      | priorToxicities[0].inField     | true                     |
      | plan.technique                 | IMRT                     |
      | plan.totalDoseGy               | 65                       |
      | plan.fractions                 | 54                       |
      | plan.fractionsPerDay           | 2                        |
      | plan.schedule                  | BID                      |
      | plan.salvageSurgery            | NONE                     |
      | context.protonAvailable        | true                     |
    And the TEMPORAL_LOBE DMAX dose was 68 Gy in 33 fractions before and is planned at 30 Gy in 25 fractions
    When the case is assessed
    Then the findings include:
      | rule   | category   | severity | technique | preference | organ         | schedule |
      | HN-10  | SCHEDULE   | INFO     | IMRT      | PREFERRED  |               | BID      |
      | HN-28a | DOSE_CHECK | HIGH     |           |            | TEMPORAL_LOBE |          |
      | HN-23  | TECHNIQUE  | INFO     | PROTON    | ACCEPTABLE |               |          |
      | HN-28b | COUNSEL    | INFO     |           |            |               |          |
    And the cumulative TEMPORAL_LOBE DMAX dose is EXCEEDS
    And the cumulative TEMPORAL_LOBE DMAX dose is checked by rule "HN-28a"
    And rule "HN-11" does not fire
    And the score TIAN_NPC is "3"
    And the verdict is FAVOURABLE
    And the verdict is imposed by "HN-30"

  Scenario: Resectable laryngeal recurrence in a fit patient planned for definitive reirradiation: salvage surgery first
    Given a head and neck case
    And the case has:
      | patient.ageYears              | 64     |
      | patient.fitForSurgery         | true   |
      | patient.feedingTubeDependent  | false  |
      | patient.tracheostomyDependent | false  |
      | recurrence.subsite            | LARYNX |
      | recurrence.rStage             | rT3    |
      | recurrence.resectable         | YES    |
      | plan.technique                | IMRT   |
      | plan.totalDoseGy              | 60     |
      | plan.fractions                | 30     |
      | plan.schedule                 | DAILY  |
      | plan.salvageSurgery           | NONE   |
    When the case is assessed
    Then the verdict is CONDITIONAL
    And the verdict is imposed by "HN-01"
    And the findings include:
      | rule  | category    | severity | verdict     |
      | HN-01 | ALTERNATIVE | CAUTION  | CONDITIONAL |
      | HN-30 | ELIGIBILITY | INFO     | FAVOURABLE  |
    And the score MIRI_RPA is "CLASS_II"
    And rule "HN-25" does not fire

  Scenario: The same laryngeal recurrence after an R1 salvage laryngectomy: discuss adjuvant reirradiation
    Given a head and neck case
    And the case has:
      | patient.ageYears               | 64                |
      | patient.fitForSurgery          | true              |
      | patient.feedingTubeDependent   | false             |
      | patient.tracheostomyDependent  | false             |
      | priorToxicities[0].organ       | SKIN              |
      | priorToxicities[0].description | neck fibrosis     |
      | priorToxicities[0].ctcaeGrade  | 1                 |
      | priorToxicities[0].late        | true              |
      | priorToxicities[0].inField     | true              |
      | recurrence.subsite             | LARYNX            |
      | recurrence.rStage              | rT3               |
      | recurrence.resectable          | YES               |
      | recurrence.expectedMargin      | R1                |
      | plan.technique                 | IMRT              |
      | plan.totalDoseGy               | 60                |
      | plan.fractions                 | 30                |
      | plan.schedule                  | DAILY             |
      | plan.salvageSurgery            | DONE              |
    When the case is assessed
    Then the verdict is FAVOURABLE
    And the verdict is imposed by "HN-30"
    And the findings include:
      | rule  | category | severity |
      | HN-25 | COUNSEL  | INFO     |
    And the finding of rule "HN-25" mentions "39% vs 10%"
    And the finding of rule "HN-25" mentions "60 Gy over 11 weeks"
    And the score MIRI_RPA is "CLASS_I"
    And the score MIRI_RPA lists the factor "salvage surgery DONE"
    And rule "HN-01" does not fire

  Scenario: A new referral with the key facts missing: no verdict until they are known
    Given the case:
      """json
      {
        "caseId": "hypopharynx-referral", "assessmentDate": "2025-06-02", "site": "HEAD_AND_NECK",
        "patient": { "ageYears": 66 },
        "priorCourses": [{ "endDate": "2020-11-20", "technique": "IMRT", "totalDoseGy": 70 }],
        "recurrence": { "diagnosisDate": "2025-05-20", "subsite": "HYPOPHARYNX", "overlapWithPriorVolume": "YES" },
        "plan": { "intent": "CURATIVE", "technique": "IMRT", "totalDoseGy": 60, "fractions": 30 }
      }
      """
    When the case is assessed
    Then the verdict is INSUFFICIENT_INFORMATION
    And the verdict is imposed by "C-01"
    And the missing information is "recurrence.histologyConfirmed, priorCourses[0].fractions, patient.ecog|patient.kps, recurrence.distantMetastases"
    And no MIRI_RPA score is given
    And the finding of rule "HN-05" mentions "plan.salvageSurgery"
    And rule "C-08" fires
    And rule "HN-30" does not fire
    And rule "HN-29" does not fire

  Scenario: Plan intent not declared: no verdict until the intent is given
    Given a head and neck case
    And the case has plan.intent = absent
    When the case is assessed
    Then the verdict is INSUFFICIENT_INFORMATION
    And the verdict is imposed by "C-06"
    And the missing information includes "plan.intent"
    And rule "HN-30" does not fire

  Scenario: Palliative reirradiation of a bleeding, skin-invading neck mass with distant metastases
    Given a head and neck case
    And the case has:
      | patient.ageYears                    | 74         |
      | patient.ecog                        | 2          |
      | patient.kps                         | 60         |
      | patient.feedingTubeDependent        | true       |
      | patient.tracheostomyDependent       | true       |
      | recurrence.subsite                  | NECK       |
      | recurrence.nodalRecurrence          | true       |
      | recurrence.distantMetastases        | YES        |
      | recurrence.symptomatic              | true       |
      | recurrence.ulceration               | true       |
      | recurrence.skinInvasion             | true       |
      | recurrence.carotidEncasementDegrees | 200        |
      | plan.intent                         | PALLIATIVE |
      | plan.technique                      | IMRT       |
      | plan.totalDoseGy                    | 30         |
      | plan.fractions                      | 10         |
      | plan.schedule                       | DAILY      |
    And the recurrence was diagnosed 17 months after the end of the prior course
    And the reirradiation starts 18 months after the end of the prior course
    When the case is assessed
    Then the verdict is FAVOURABLE
    And the verdict is imposed by "C-25"
    And the score MIRI_RPA is "CLASS_III"
    And the findings include:
      | rule   | category    | severity | organ          | verdict    |
      | HN-16  | ELIGIBILITY | HIGH     | CAROTID_ARTERY | -          |
      | HN-07  | PROGNOSIS   | CAUTION  |                | -          |
      | C-25   | ELIGIBILITY | INFO     |                | FAVOURABLE |
    And rule "HN-06" does not fire
    And rule "HN-09" does not fire
    And rule "C-09" does not fire
    And rule "HN-14" does not fire

  Scenario: RTOG 9911-style split course with cisplatin and paclitaxel: continuous schedule and carotid review advised
    Given a head and neck case
    And the case has:
      | patient.ecog                  | 0            |
      | patient.kps                   | 90           |
      | patient.feedingTubeDependent  | false        |
      | patient.tracheostomyDependent | false        |
      | recurrence.subsite            | HYPOPHARYNX  |
      | recurrence.rStage             | rT2          |
      | recurrence.resectable         | NO           |
      | plan.technique                | IMRT         |
      | plan.totalDoseGy              | 60           |
      | plan.fractions                | 40           |
      | plan.fractionsPerDay          | 2            |
      | plan.schedule                 | SPLIT_COURSE |
      | plan.salvageSurgery           | NONE         |
    And the plan includes CISPLATIN CONCURRENT
    And the plan includes PACLITAXEL CONCURRENT
    And the SPINAL_CORD DMAX dose was 50 Gy in 35 fractions before and is planned at 24 Gy in 40 fractions
    When the case is assessed
    Then the findings include:
      | rule   | category    | severity | agent      | organ          | preference  | schedule     |
      | HN-20a | COMBINATION | HIGH     | PACLITAXEL |                |             |              |
      | HN-13  | SCHEDULE    | CAUTION  |            | CAROTID_ARTERY | DISCOURAGED | SPLIT_COURSE |
      | C-16a  | DOSE_CHECK  | INFO     |            | SPINAL_CORD    |             |              |
    And the cumulative SPINAL_CORD DMAX dose is WITHIN
    And the cumulative SPINAL_CORD DMAX EQD2 is 58.5 Gy
    And the verdict is FAVOURABLE
    And the verdict is imposed by "HN-30"

  Scenario: Small tongue recurrence within a year of RT in a brachytherapy centre: the option comes with a control warning
    # The centre calls a lesion up to 3 cm "small" for interstitial brachytherapy: a local choice, not
    # literature (the brief gives no size).
    Given a head and neck case
    And the centre sets "hn.brachySmallMaxCm" to "3"
    And the case has:
      | patient.feedingTubeDependent   | false         |
      | patient.tracheostomyDependent  | false         |
      | recurrence.subsite             | ORAL_CAVITY   |
      | recurrence.rStage              | rT1           |
      | recurrence.nodalRecurrence     | false         |
      | recurrence.maxDiameterCm       | 1.8           |
      | recurrence.resectable          | NO            |
      | context.brachytherapyExpertise | true          |
      | plan.technique                 | BRACHYTHERAPY |
      | plan.salvageSurgery            | NONE          |
    And the recurrence was diagnosed 10 months after the end of the prior course
    And the reirradiation starts 11 months after the end of the prior course
    When the case is assessed
    Then the findings include:
      | rule   | category  | severity | technique     | preference |
      | HN-24a | TECHNIQUE | INFO     | BRACHYTHERAPY | ACCEPTABLE |
      | HN-24b | TECHNIQUE | CAUTION  | BRACHYTHERAPY | -          |
      | HN-04  | PROGNOSIS | INFO     |               |            |
      | HN-26  | PROGNOSIS | CAUTION  |               |            |
    And the finding of rule "HN-24b" mentions "disease-free interval under 12 months"
    And the score MIRI_RPA is "CLASS_II"
    And the score MIRI_RPA lists the factor "no organ dysfunction"
    And the verdict is FAVOURABLE
    And the verdict is imposed by "HN-30"
