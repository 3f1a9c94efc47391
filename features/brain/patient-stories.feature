Feature: Patient stories - whole assessments of brain reirradiation cases
  Realistic patients, each assessed end to end: the verdict and the rules that impose it, the
  reirradiation type, scores, preferred and discouraged techniques with schedules, combination
  cautions, cumulative doses and work-up, as a tumour board would read them.

  Scenario: First recurrence of glioblastoma two years after chemoradiation; RTOG 1205 schedule meets the brain dose concern level
    # 58-year-old man, IDH-wildtype MGMT-unmethylated glioblastoma of the left motor cortex, 60 Gy in
    # 30 fractions with temozolomide; recurrence 26 months later, confirmed on FET-PET (biopsy not
    # feasible in eloquent cortex), 30 cm3, 4.2 cm. Plan: 35 Gy in 10 fractions with bevacizumab.
    # Same case as examples/brain-gbm-first-recurrence.json.
    Given the case:
    """json
    {
      "caseId": "brain-gbm-first-recurrence",
      "assessmentDate": "2025-06-02",
      "site": "BRAIN",
      "patient": {
        "ageYears": 58, "ecog": 1, "kps": 80, "estimatedSurvivalMonths": 12,
        "declinesSurgery": false, "chemotherapyContraindicated": false
      },
      "priorCourses": [{
        "startDate": "2023-01-09", "endDate": "2023-02-17", "intent": "CURATIVE", "technique": "IMRT",
        "totalDoseGy": 60, "fractions": 30, "fractionsPerDay": 1, "postoperative": true,
        "concurrentSystemic": ["TEMOZOLOMIDE"]
      }],
      "recurrence": {
        "diagnosisDate": "2025-05-02", "histologyConfirmed": false, "biopsyFeasible": false,
        "histology": "GLIOBLASTOMA", "subsite": "BRAIN", "overlapWithPriorVolume": "YES", "sameOrgan": true,
        "maxDiameterCm": 4.2, "volumeCc": 30, "resectable": "NO", "distantMetastases": "NO", "symptomatic": true,
        "imaging": ["MRI", "PERFUSION_MRI", "AMINO_ACID_PET"],
        "whoGrade": 4, "idhMutant": false, "mgmtMethylated": false, "eloquentLocation": true, "firstRecurrence": true,
        "abutsBrainstemOrOpticApparatus": false, "steroidDependent": false, "recentHaemorrhage": false
      },
      "organDoses": [{
        "organ": "BRAIN", "metric": "DMAX", "alphaBetaGy": 2,
        "priorDoses": [{ "doseGy": 60, "fractions": 30 }],
        "plannedDose": { "doseGy": 35, "fractions": 10 }
      }],
      "plan": {
        "intent": "CURATIVE", "technique": "IMRT", "totalDoseGy": 35, "fractions": 10, "fractionsPerDay": 1,
        "schedule": "DAILY", "startDate": "2025-06-16",
        "systemicTherapy": [{ "agent": "BEVACIZUMAB", "timing": "CONCURRENT", "weeksFromRadiotherapy": 0 }],
        "wholeBrain": false, "salvageSurgery": "NONE"
      },
      "context": {
        "mdtReviewed": true, "priorPlanAvailable": true, "centreReRtExperience": true,
        "doseAccumulationMethod": "RIGID"
      }
    }
    """
    When the case is assessed
    Then the verdict is FAVOURABLE
    And the verdict is imposed by "BRN-21"
    And the reirradiation type is TYPE_1
    And the intervals are 26.5 months to recurrence and 28.0 months between courses
    And the score PARK_RESECTION is "2"
    And the score PARK_RESECTION lists the factor "eloquent location: 1 point"
    And the score COMBS_GLIOMA is "2"
    And the findings include:
      | rule    | category    | severity | verdict    | technique | preference | agent       | organ | schedule |
      | BRN-21  | ELIGIBILITY | INFO     | FAVOURABLE | -         | -          | -           | -     | -        |
      | BRN-08b | TECHNIQUE   | INFO     | -          | SBRT      | PREFERRED  | -           | -     | DAILY    |
      | BRN-06  | SCHEDULE    | INFO     | -          | -         | PREFERRED  | BEVACIZUMAB | -     | DAILY    |
      | C-18    | DOSE_CHECK  | HIGH     | -          | -         | -          | -           | BRAIN | -        |
      | BRN-04c | PROGNOSIS   | INFO     | -          | -         | -          | -           | -     | -        |
      | BRN-07a | PROGNOSIS   | INFO     | -          | -         | -          | -           | -     | -        |
      | BRN-10  | COUNSEL     | INFO     | -          | -         | -          | -           | -     | -        |
      | C-24    | DOSE_CHECK  | INFO     | -          | -         | -          | -           | -     | -        |
    And the cumulative BRAIN DMAX EQD2 is 108.1 Gy
    And the cumulative BRAIN DMAX dose is EXCEEDS
    And the cumulative BRAIN DMAX dose is checked by rule "C-18"
    And the finding of rule "BRN-06" mentions "no delayed high-grade adverse events"
    And rule "BRN-03" does not fire
    And rule "C-07" does not fire
    And rule "BRN-05a" does not fire
    And the missing information is ""

  Scenario: Small non-eloquent recurrence in a fit patient: re-resection first (Park score 0)
    # 47-year-old woman, right frontal glioblastoma, recurrence 25 months after chemoradiation, 22 cm3,
    # 2.5 cm, resectable, KPS 90, FET-PET positive.
    Given a brain case
    And the case has:
      | patient.ageYears                          | 47                    |
      | patient.ecog                              | 0                     |
      | patient.kps                               | 90                    |
      | recurrence.histology                      | GLIOBLASTOMA          |
      | recurrence.histologyConfirmed             | false                 |
      | recurrence.biopsyFeasible                 | true                  |
      | recurrence.imaging                        | [MRI, AMINO_ACID_PET] |
      | recurrence.volumeCc                       | 22                    |
      | recurrence.maxDiameterCm                  | 2.5                   |
      | recurrence.eloquentLocation               | false                 |
      | recurrence.resectable                     | YES                   |
      | recurrence.firstRecurrence                | true                  |
      | recurrence.abutsBrainstemOrOpticApparatus | false                 |
    And the recurrence was diagnosed 25 months after the end of the prior course
    When the case is assessed
    Then the verdict is CONDITIONAL
    And the verdict is imposed by "BRN-05a"
    And the score PARK_RESECTION is "0"
    And the score COMBS_GLIOMA is "1"
    And the findings include:
      | rule    | category    | severity | verdict     | technique | preference |
      | BRN-05a | ALTERNATIVE | CAUTION  | CONDITIONAL | -         | -          |
      | BRN-21  | ELIGIBILITY | INFO     | FAVOURABLE  | -         | -          |
      | BRN-08a | TECHNIQUE   | INFO     | -           | SBRT      | PREFERRED  |
      | BRN-04d | PROGNOSIS   | INFO     | -           | -         | -          |
    And the finding of rule "BRN-05a" mentions "10.8 months"
    And rule "C-07" does not fire
    And rule "BRN-03" does not fire

  Scenario: New enhancement ten weeks after chemoradiation: possible pseudoprogression, no reirradiation
    # 66-year-old man, glioblastoma, 60 Gy in 30 fractions with temozolomide ending 14 February 2025;
    # new enhancement inside the 60 Gy volume on MRI of 25 April 2025, on steroids, KPS 70, no biopsy.
    # Same case as examples/brain-gbm-early-enhancement.json.
    Given the case:
    """json
    {
      "caseId": "brain-gbm-early-enhancement",
      "assessmentDate": "2025-06-02",
      "site": "BRAIN",
      "patient": { "ageYears": 66, "ecog": 1, "kps": 70, "chemotherapyContraindicated": false },
      "priorCourses": [{
        "startDate": "2025-01-06", "endDate": "2025-02-14", "intent": "CURATIVE", "technique": "IMRT",
        "totalDoseGy": 60, "fractions": 30, "fractionsPerDay": 1, "postoperative": true,
        "concurrentSystemic": ["TEMOZOLOMIDE"]
      }],
      "recurrence": {
        "diagnosisDate": "2025-04-25", "histologyConfirmed": false, "biopsyFeasible": true,
        "histology": "GLIOBLASTOMA", "subsite": "BRAIN", "overlapWithPriorVolume": "YES",
        "volumeCc": 18, "maxDiameterCm": 3.4, "distantMetastases": "NO", "symptomatic": false,
        "imaging": ["MRI"], "whoGrade": 4, "eloquentLocation": false, "firstRecurrence": true,
        "abutsBrainstemOrOpticApparatus": false, "steroidDependent": true
      },
      "plan": { "intent": "CURATIVE", "salvageSurgery": "NONE" },
      "context": { "mdtReviewed": true, "priorPlanAvailable": true }
    }
    """
    When the case is assessed
    Then the verdict is NOT_RECOMMENDED
    And the verdict is imposed by "BRN-01"
    And the reirradiation type is TYPE_1
    And the findings include:
      | rule    | category    | severity | verdict                  |
      | BRN-01  | ELIGIBILITY | HIGH     | NOT_RECOMMENDED          |
      | BRN-02  | WORKUP      | HIGH     | INSUFFICIENT_INFORMATION |
      | C-13b   | ELIGIBILITY | HIGH     | UNFAVOURABLE             |
      | BRN-04b | ELIGIBILITY | CAUTION  | CONDITIONAL              |
      | BRN-03  | WORKUP      | CAUTION  | -                        |
      | C-07    | WORKUP      | CAUTION  | CONDITIONAL              |
    And the missing information is "recurrence.histologyConfirmed"
    And the score COMBS_GLIOMA is "3"
    And the score PARK_RESECTION is "1"
    And the finding of rule "BRN-02" mentions "10 weeks"
    And the finding of rule "BRN-01" mentions "exclude pseudoprogression"

  Scenario: Recurrent grade 3 astrocytoma against the optic chiasm, planned as single-fraction radiosurgery
    # 41-year-old woman, IDH-mutant WHO grade 3 astrocytoma, 59.4 Gy in 33 fractions three years ago;
    # second recurrence, 3.6 cm, abutting the chiasm, visual symptoms, KPS 90. Palliative plan:
    # radiosurgery 18 Gy in 1 fraction. The preferred technique is fractionated; the plan is not.
    Given a brain case
    And the case has:
      | patient.ageYears                          | 41          |
      | patient.ecog                              | 0           |
      | patient.kps                               | 90          |
      | priorCourses[0].totalDoseGy               | 59.4        |
      | priorCourses[0].fractions                 | 33          |
      | recurrence.histology                      | ASTROCYTOMA |
      | recurrence.whoGrade                       | 3           |
      | recurrence.idhMutant                      | true        |
      | recurrence.firstRecurrence                | false       |
      | recurrence.symptomatic                    | true        |
      | recurrence.volumeCc                       | 20          |
      | recurrence.maxDiameterCm                  | 3.6         |
      | recurrence.abutsBrainstemOrOpticApparatus | true        |
      | plan.intent                               | PALLIATIVE  |
      | plan.technique                            | SBRT        |
      | plan.totalDoseGy                          | 18          |
      | plan.fractions                            | 1           |
    And the OPTIC_CHIASM DMAX dose was 54 Gy in 33 fractions before and is planned at 8 Gy in 1 fractions
    When the case is assessed
    Then the verdict is FAVOURABLE
    And the verdict is imposed by "C-25"
    And the findings include:
      | rule    | category  | severity | technique | preference  | schedule |
      | BRN-09  | TECHNIQUE | HIGH     | SBRT      | DISCOURAGED | -        |
      | BRN-08b | TECHNIQUE | INFO     | SBRT      | PREFERRED   | DAILY    |
      | BRN-15  | PROGNOSIS | INFO     | -         | -           | -        |
      | BRN-04d | PROGNOSIS | INFO     | -         | -           | -        |
    And the score COMBS_GLIOMA is "0"
    And the cumulative OPTIC_CHIASM DMAX dose is NO_LIMIT
    And the cumulative OPTIC_CHIASM DMAX EQD2 is 69.1 Gy
    And rule "BRN-14" does not fire
    And rule "BRN-10" does not fire
    And rule "BRN-21" does not fire
    And the finding of rule "BRN-15" mentions "9.5 months (grade III)"

  Scenario: HER2-positive breast cancer metastasis recurring after radiosurgery, T-DM1 ongoing
    # 54-year-old woman, right parietal metastasis treated with 20 Gy radiosurgery in March 2024; local
    # recurrence in May 2025, 5 cm3, FET-PET positive, headaches; extracranial disease on T-DM1.
    # Palliative FSRT 24 Gy in 3 fractions planned. Same case as examples/brain-metastasis-repeat-srs.json.
    Given the case:
    """json
    {
      "caseId": "brain-metastasis-repeat-srs",
      "assessmentDate": "2025-06-02",
      "site": "BRAIN",
      "patient": { "ageYears": 54, "ecog": 1, "kps": 80, "estimatedSurvivalMonths": 18 },
      "priorCourses": [{
        "startDate": "2024-03-11", "endDate": "2024-03-11", "intent": "CURATIVE", "technique": "SBRT",
        "totalDoseGy": 20, "fractions": 1, "fractionsPerDay": 1
      }],
      "recurrence": {
        "diagnosisDate": "2025-05-20", "histologyConfirmed": false, "biopsyFeasible": false,
        "histology": "BRAIN_METASTASIS", "subsite": "BRAIN", "overlapWithPriorVolume": "YES", "sameOrgan": true,
        "maxDiameterCm": 2.1, "volumeCc": 5, "distantMetastases": "YES", "symptomatic": true,
        "imaging": ["MRI", "PERFUSION_MRI", "AMINO_ACID_PET"],
        "abutsBrainstemOrOpticApparatus": false, "recentHaemorrhage": false
      },
      "organDoses": [{
        "organ": "BRAINSTEM", "metric": "DMAX", "alphaBetaGy": 2,
        "priorDoses": [{ "doseGy": 4, "fractions": 1 }],
        "plannedDose": { "doseGy": 6, "fractions": 3 }
      }],
      "plan": {
        "intent": "PALLIATIVE", "technique": "SBRT", "totalDoseGy": 24, "fractions": 3, "fractionsPerDay": 1,
        "schedule": "EVERY_OTHER_DAY", "startDate": "2025-06-10",
        "systemicTherapy": [{ "agent": "TRASTUZUMAB_EMTANSINE", "timing": "CONCURRENT", "weeksFromRadiotherapy": 0 }],
        "wholeBrain": false
      },
      "context": {
        "mdtReviewed": true, "priorPlanAvailable": true, "centreReRtExperience": true,
        "doseAccumulationMethod": "DEFORMABLE"
      }
    }
    """
    When the case is assessed
    Then the verdict is FAVOURABLE
    And the verdict is imposed by "C-25"
    And the reirradiation type is TYPE_1
    And the findings include:
      | rule    | category    | severity | technique | preference | agent                 |
      | BRN-20  | COMBINATION | HIGH     | SBRT      | -          | TRASTUZUMAB_EMTANSINE |
      | BRN-17a | TECHNIQUE   | INFO     | SBRT      | ACCEPTABLE | -                     |
      | C-25    | ELIGIBILITY | INFO     | -         | -          | -                     |
    And the finding of rule "BRN-20" mentions "39.1% vs 4.5%"
    And the cumulative BRAINSTEM DMAX dose is NO_LIMIT
    And the cumulative BRAINSTEM DMAX EQD2 is 12 Gy
    And rule "BRN-18" does not fire
    And rule "C-07" does not fire
    And rule "C-09" does not fire
    And no COMBS_GLIOMA score is given
    And the missing information is ""

  Scenario: Lung cancer with brain metastases progressing after whole-brain RT: repeat whole-brain RT
    # 63-year-old man, non-small-cell lung cancer, 30 Gy in 10 fractions whole-brain RT; multiple new
    # and enlarging metastases 11 months later with headache and ataxia, ECOG 2, KPS 60. Palliative
    # repeat whole-brain RT 20 Gy in 10 fractions.
    Given a brain case
    And the case has:
      | patient.ageYears                | 63               |
      | patient.ecog                    | 2                |
      | patient.kps                     | 60               |
      | priorCourses[0].intent          | PALLIATIVE       |
      | priorCourses[0].technique       | THREE_D_CRT      |
      | priorCourses[0].totalDoseGy     | 30               |
      | priorCourses[0].fractions       | 10               |
      | recurrence.histology            | BRAIN_METASTASIS |
      | recurrence.symptomatic          | true             |
      | recurrence.distantMetastases    | YES              |
      | plan.intent                     | PALLIATIVE       |
      | plan.technique                  | THREE_D_CRT      |
      | plan.totalDoseGy                | 20               |
      | plan.fractions                  | 10               |
      | plan.wholeBrain                 | true             |
    And the recurrence was diagnosed 11 months after the end of the prior course
    And the BRAIN DMAX dose was 30 Gy in 10 fractions before and is planned at 20 Gy in 10 fractions
    When the case is assessed
    Then the verdict is FAVOURABLE
    And the verdict is imposed by "C-25"
    And the findings include:
      | rule   | category    | severity | schedule |
      | BRN-19 | SCHEDULE    | INFO     | DAILY    |
      | C-25   | ELIGIBILITY | INFO     | -        |
    And the finding of rule "BRN-19" mentions "median survival of 3 months"
    And the cumulative BRAIN DMAX EQD2 is 57.5 Gy
    And the cumulative BRAIN DMAX dose is WITHIN
    And rule "BRN-17a" does not fire
    And rule "BRN-18" does not fire
    And rule "BRN-04a" does not fire

  Scenario: Glioblastoma in a patient with KPS 50: not recommended even as palliation
    # 71-year-old man, second recurrence of glioblastoma, bedbound half the day, KPS 50, ECOG 3;
    # the family asks for palliative reirradiation of a symptomatic lesion.
    Given a brain case
    And the case has:
      | patient.ageYears           | 71           |
      | patient.ecog               | 3            |
      | patient.kps                | 50           |
      | recurrence.histology       | GLIOBLASTOMA |
      | recurrence.firstRecurrence | false        |
      | recurrence.symptomatic     | true         |
      | plan.intent                | PALLIATIVE   |
    When the case is assessed
    Then the verdict is NOT_RECOMMENDED
    And the verdict is imposed by "BRN-04a"
    And the findings include:
      | rule    | category    | severity | verdict         |
      | BRN-04a | ELIGIBILITY | HIGH     | NOT_RECOMMENDED |
    And rule "C-25" does not fire
    And the finding of rule "BRN-04a" mentions "best supportive care or systemic therapy"

  Scenario: Bevacizumab planned three weeks after re-resection of a glioblastoma
    # 55-year-old woman, glioblastoma re-resected three weeks ago (residual 8 cm3), first recurrence
    # 20 months after chemoradiation, KPS 80; the team plans 35 Gy in 10 fractions with bevacizumab.
    Given a brain case
    And the case has:
      | patient.ageYears                          | 55           |
      | recurrence.histology                      | GLIOBLASTOMA |
      | recurrence.firstRecurrence                | true         |
      | recurrence.volumeCc                       | 8            |
      | recurrence.maxDiameterCm                  | 2.8          |
      | recurrence.abutsBrainstemOrOpticApparatus | false        |
      | recurrence.eloquentLocation               | false        |
      | recurrence.weeksSinceSurgery              | 3            |
      | plan.salvageSurgery                       | DONE         |
      | plan.technique                            | IMRT         |
      | plan.totalDoseGy                          | 35           |
      | plan.fractions                            | 10           |
    And the recurrence was diagnosed 20 months after the end of the prior course
    And the plan includes BEVACIZUMAB CONCURRENT
    When the case is assessed
    Then the verdict is FAVOURABLE
    And the verdict is imposed by "BRN-21"
    And the findings include:
      | rule    | category    | severity | agent       |
      | BRN-13  | COMBINATION | HIGH     | BEVACIZUMAB |
    And rule "BRN-06" does not fire
    And rule "BRN-05a" does not fire
    And the finding of rule "BRN-13" mentions "Weeks since surgery 3"

  Scenario: Referral without performance status or treatment dates: no verdict until they are known
    # A recurrent glioblastoma referred with the first course's dose but not its dates, and no KPS.
    Given a brain case
    And the case has:
      | recurrence.histology    | GLIOBLASTOMA |
      | patient.ecog            | absent       |
      | patient.kps             | absent       |
      | priorCourses[0].endDate | absent       |
    When the case is assessed
    Then the verdict is INSUFFICIENT_INFORMATION
    And the verdict is imposed by "C-01"
    And the missing information is "priorCourses[0].endDate, patient.ecog|patient.kps"
    And no PARK_RESECTION score is given
    And no COMBS_GLIOMA score is given
    And the finding of rule "BRN-11" mentions "priorCourses[].endDate"
    And the finding of rule "BRN-05b" mentions "patient.kps"
    And rule "BRN-01" does not fire
    And rule "BRN-21" does not fire
