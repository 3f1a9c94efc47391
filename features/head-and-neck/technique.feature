Feature: Head and neck reirradiation technique
  SBRT and carotid blowout (HN-14 encasement beyond 180 degrees, HN-15 ulceration or a nodal target,
  HN-16 skin invasion), SBRT for large recurrences (HN-19: above 25 cm3 or from 7.5 cm), protons
  when a photon plan exceeds cumulative organ limits (HN-23), and interstitial brachytherapy (HN-24a
  needs a centre's size for a "small" lesion; HN-24b neck recurrences and relapse within 12 months).

  # HN-14 carotid encasement (> 180 degrees)

  Scenario Outline: SBRT and the degree of carotid encasement
    Given a head and neck case
    And the case has:
      | plan.technique                       | SBRT      |
      | recurrence.carotidEncasementDegrees  | <degrees> |
    When the case is assessed
    Then rule "HN-14" <outcome>

    Examples:
      | degrees | outcome       |
      | 170     | does not fire |
      | 180     | does not fire |
      | 181     | fires         |
      | 270     | fires         |

  Scenario: SBRT around an encased carotid is discouraged
    Given a head and neck case
    And the case has:
      | plan.technique                      | SBRT |
      | recurrence.carotidEncasementDegrees | 220  |
    When the case is assessed
    Then the findings include:
      | rule  | category  | severity | technique | preference  | organ          |
      | HN-14 | TECHNIQUE | HIGH     | SBRT      | DISCOURAGED | CAROTID_ARTERY |
    And the finding of rule "HN-14" mentions "24% vs 0%"
    And the finding of rule "HN-14" mentions "hyperfractionated IMRT"

  Scenario: Carotid encasement with conventional IMRT carries no SBRT warning
    Given a head and neck case
    And the case has:
      | plan.technique                      | IMRT |
      | recurrence.carotidEncasementDegrees | 270  |
    When the case is assessed
    Then rule "HN-14" does not fire

  # HN-15 ulceration or a nodal target with SBRT

  Scenario: SBRT for an ulcerated recurrence: carotid blowout risk
    Given a head and neck case
    And the case has:
      | plan.technique        | SBRT |
      | recurrence.ulceration | true |
    When the case is assessed
    Then the findings include:
      | rule  | category  | severity | technique | organ          |
      | HN-15 | TECHNIQUE | HIGH     | SBRT      | CAROTID_ARTERY |

  Scenario: SBRT for a nodal recurrence: carotid blowout risk
    Given a head and neck case
    And the case has:
      | plan.technique             | SBRT |
      | recurrence.nodalRecurrence | true |
    When the case is assessed
    Then rule "HN-15" fires
    And the finding of rule "HN-15" mentions "nodal areas"

  Scenario: SBRT for a non-ulcerated mucosal recurrence: no ulceration or nodal warning
    Given a head and neck case
    And the case has:
      | plan.technique             | SBRT  |
      | recurrence.ulceration      | false |
      | recurrence.nodalRecurrence | false |
    When the case is assessed
    Then rule "HN-15" does not fire

  Scenario: Ulceration with conventional IMRT carries no SBRT warning
    Given a head and neck case
    And the case has:
      | plan.technique        | IMRT |
      | recurrence.ulceration | true |
    When the case is assessed
    Then rule "HN-15" does not fire

  # HN-16 skin invasion

  Scenario: Skin invasion: a carotid blowout would almost always be fatal
    Given a head and neck case
    And the case has recurrence.skinInvasion = true
    When the case is assessed
    Then the findings include:
      | rule  | category    | severity | organ          | verdict |
      | HN-16 | ELIGIBILITY | HIGH     | CAROTID_ARTERY | -       |
    And the finding of rule "HN-16" mentions "8.4%"

  Scenario: No skin invasion: no fatal-blowout warning
    Given a head and neck case
    And the case has recurrence.skinInvasion = false
    When the case is assessed
    Then rule "HN-16" does not fire

  # HN-19 SBRT for a large recurrence (> 25 cm3 or >= 7.5 cm)

  Scenario Outline: SBRT and the size of the recurrence
    Given a head and neck case
    And the case has:
      | plan.technique           | SBRT       |
      | recurrence.volumeCc      | <volume>   |
      | recurrence.maxDiameterCm | <diameter> |
    When the case is assessed
    Then rule "HN-19" <outcome>

    Examples:
      | volume | diameter | outcome       |
      | 24     | 4        | does not fire |
      | 25     | 4        | does not fire |
      | 25.5   | 4        | fires         |
      | 20     | 7.4      | does not fire |
      | 20     | 7.5      | fires         |
      | 20     | 7.6      | fires         |
      | absent | 8        | fires         |

  Scenario: SBRT for a large recurrence is discouraged in favour of fractionated IMRT
    Given a head and neck case
    And the case has:
      | plan.technique      | SBRT |
      | recurrence.volumeCc | 40   |
    When the case is assessed
    Then the findings include:
      | rule  | category  | severity | technique | preference  |
      | HN-19 | TECHNIQUE | CAUTION  | SBRT      | DISCOURAGED |
    And the finding of rule "HN-19" mentions "fractionated IMRT"

  Scenario: A large recurrence treated with IMRT carries no SBRT size warning
    Given a head and neck case
    And the case has:
      | plan.technique      | IMRT |
      | recurrence.volumeCc | 40   |
    When the case is assessed
    Then rule "HN-19" does not fire

  # HN-23 protons when the photon plan exceeds a cumulative limit

  Scenario: Photon plan above the cord limit in a centre with protons: evaluate a proton plan
    Given a head and neck case
    And the case has:
      | plan.technique          | IMRT |
      | plan.totalDoseGy        | 60   |
      | plan.fractions          | 30   |
      | context.protonAvailable | true |
    And the SPINAL_CORD DMAX dose was 50 Gy in 25 fractions before and is planned at 30 Gy in 15 fractions
    When the case is assessed
    Then the cumulative SPINAL_CORD DMAX dose is EXCEEDS
    And the cumulative SPINAL_CORD DMAX EQD2 is 80 Gy
    And the findings include:
      | rule  | category  | severity | technique | preference |
      | HN-23 | TECHNIQUE | INFO     | PROTON    | ACCEPTABLE |
      | C-16b | DOSE_CHECK | HIGH    |           |            |
    And the finding of rule "HN-23" mentions "Retrospective evidence only"

  Scenario: Photon plan above the cord limit without access to protons: no proton suggestion
    Given a head and neck case
    And the case has:
      | plan.technique          | IMRT  |
      | context.protonAvailable | false |
    And the SPINAL_CORD DMAX dose was 50 Gy in 25 fractions before and is planned at 30 Gy in 15 fractions
    When the case is assessed
    Then rule "HN-23" does not fire

  Scenario: Photon plan within the cord limit: no proton suggestion
    Given a head and neck case
    And the case has:
      | plan.technique          | IMRT |
      | context.protonAvailable | true |
    And the SPINAL_CORD DMAX dose was 40 Gy in 35 fractions before and is planned at 10 Gy in 30 fractions
    When the case is assessed
    Then the cumulative SPINAL_CORD DMAX dose is WITHIN
    And rule "HN-23" does not fire

  Scenario: A plan that is already a proton plan gets no proton suggestion
    Given a head and neck case
    And the case has:
      | plan.technique          | PROTON |
      | context.protonAvailable | true   |
    And the SPINAL_CORD DMAX dose was 50 Gy in 25 fractions before and is planned at 30 Gy in 15 fractions
    When the case is assessed
    Then rule "HN-23" does not fire

  # HN-24a interstitial brachytherapy for a small mucosal recurrence: needs the centre's size

  Scenario: Without a centre's size for a small lesion, brachytherapy is not proposed
    Given a head and neck case
    And the case has:
      | recurrence.subsite              | ORAL_CAVITY |
      | recurrence.nodalRecurrence      | false       |
      | recurrence.maxDiameterCm        | 1.5         |
      | context.brachytherapyExpertise  | true        |
    When the case is assessed
    Then rule "HN-24a" does not fire

  Scenario Outline: A centre that calls a lesion up to 3 cm small (a local choice, not literature) gets the brachytherapy option
    Given a head and neck case
    And the centre sets "hn.brachySmallMaxCm" to "3"
    And the case has:
      | recurrence.subsite              | <subsite>  |
      | recurrence.nodalRecurrence      | false      |
      | recurrence.maxDiameterCm        | <diameter> |
      | context.brachytherapyExpertise  | <expertise> |
    When the case is assessed
    Then rule "HN-24a" <outcome>

    Examples:
      | subsite     | diameter | expertise | outcome       |
      | ORAL_CAVITY | 2.9      | true      | fires         |
      | ORAL_CAVITY | 3        | true      | fires         |
      | ORAL_CAVITY | 3.1      | true      | does not fire |
      | OROPHARYNX  | 2        | true      | fires         |
      | NECK        | 2        | true      | does not fire |
      | ORAL_CAVITY | 2        | false     | does not fire |

  Scenario: With the centre's small-lesion size of 3 cm (a local choice, not literature) brachytherapy is an acceptable technique
    Given a head and neck case
    And the centre sets "hn.brachySmallMaxCm" to "3"
    And the case has:
      | recurrence.subsite              | ORAL_CAVITY |
      | recurrence.nodalRecurrence      | false       |
      | recurrence.maxDiameterCm        | 2           |
      | context.brachytherapyExpertise  | true        |
    When the case is assessed
    Then the findings include:
      | rule   | category  | severity | technique     | preference |
      | HN-24a | TECHNIQUE | INFO     | BRACHYTHERAPY | ACCEPTABLE |
    And the finding of rule "HN-24a" mentions "3-year local control was 38%"

  # HN-24b brachytherapy for a neck recurrence or a relapse within 12 months

  Scenario: Brachytherapy for a neck recurrence: lower local control
    Given a head and neck case
    And the case has:
      | plan.technique     | BRACHYTHERAPY |
      | recurrence.subsite | NECK          |
    When the case is assessed
    Then the findings include:
      | rule   | category  | severity | technique     |
      | HN-24b | TECHNIQUE | CAUTION  | BRACHYTHERAPY |

  Scenario Outline: Brachytherapy for a mucosal recurrence and the interval since the prior course
    Given a head and neck case
    And the case has:
      | plan.technique             | BRACHYTHERAPY |
      | recurrence.subsite         | ORAL_CAVITY   |
      | recurrence.nodalRecurrence | false         |
    And the recurrence was diagnosed <interval> after the end of the prior course
    When the case is assessed
    Then rule "HN-24b" <outcome>

    Examples:
      | interval              | outcome       |
      | 11 months and 20 days | fires         |
      | 12 months             | does not fire |
      | 12 months and 10 days | does not fire |

  Scenario: Brachytherapy for a nodal recurrence: lower local control
    Given a head and neck case
    And the case has:
      | plan.technique             | BRACHYTHERAPY |
      | recurrence.subsite         | OROPHARYNX    |
      | recurrence.nodalRecurrence | true          |
    When the case is assessed
    Then rule "HN-24b" fires

  Scenario: A neck recurrence treated with IMRT carries no brachytherapy warning
    Given a head and neck case
    And the case has:
      | plan.technique     | IMRT |
      | recurrence.subsite | NECK |
    When the case is assessed
    Then rule "HN-24b" does not fire
