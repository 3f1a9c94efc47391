Feature: Early in-field failure after the prior course (C-13a, C-13b)
  A recurrence less than 6 months after the end of the prior course suggests radioresistance, and
  normal tissue has had little time to recover (RTOG 9610 and RTOG 1205 required at least 6 months;
  Nieder's cord data too). The warning is HIGH for every plan (C-13a for plans that are not
  curative, including an undeclared intent); for a curative plan the verdict is UNFAVOURABLE
  (C-13b). The interval is counted in calendar months from the end of the latest prior course to
  the diagnosis of the recurrence; exactly 6 months is not early.

  Scenario: The baseline recurrence comes more than three years after the prior course
    Given a breast case
    When the case is assessed
    Then the intervals are 38.5 months to recurrence and 39.5 months between courses
    And rule "C-13a" does not fire
    And rule "C-13b" does not fire

  Scenario: Recurrence exactly 6 months after the prior course is not an early failure
    Given a breast case
    And the recurrence was diagnosed 6 months after the end of the prior course
    When the case is assessed
    Then the intervals are 6.0 months to recurrence and 7.0 months between courses
    And rule "C-13b" does not fire
    And rule "C-13a" does not fire

  Scenario: Recurrence 5 months and 20 days after the prior course: curative reirradiation unfavourable
    Given a breast case
    And the recurrence was diagnosed 5 months and 20 days after the end of the prior course
    When the case is assessed
    Then the verdict is UNFAVOURABLE
    And the verdict is imposed by "C-13b"
    And the findings include:
      | rule  | category    | severity | verdict      |
      | C-13b | ELIGIBILITY | HIGH     | UNFAVOURABLE |
    And rule "C-13a" does not fire
    And the finding of rule "C-13b" mentions "radioresistance"

  Scenario: Early failure before a palliative reirradiation: the warning without a verdict
    Given a breast case
    And the case has plan.intent = PALLIATIVE
    And the recurrence was diagnosed 3 months after the end of the prior course
    When the case is assessed
    Then the findings include:
      | rule  | category    | severity | verdict |
      | C-13a | ELIGIBILITY | HIGH     | -       |
    And rule "C-13b" does not fire
    And the verdict is CONDITIONAL

  Scenario: Early failure with an undeclared intent still warns (an absent intent is not curative)
    Given a breast case
    And the case has plan.intent = absent
    And the recurrence was diagnosed 4 months after the end of the prior course
    When the case is assessed
    Then rule "C-13a" fires
    And rule "C-13b" does not fire
    And the verdict is INSUFFICIENT_INFORMATION
    And the verdict is imposed by "C-06"

  Scenario: With the end of the prior course unknown no interval can be judged
    Given a breast case
    And the case has priorCourses[0].endDate = absent
    When the case is assessed
    Then rule "C-13a" does not fire
    And rule "C-13b" does not fire
    And the missing information is "priorCourses[0].endDate"
