package org.reirradiation.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTest {

    @ParameterizedTest(name = "{0} to {1} is {2} months")
    @CsvSource({
        "2022-06-13, 2024-06-13, 24.0",
        "2024-08-31, 2025-02-28, 6.0",
        "2021-02-19, 2025-03-01, 48.357",
        "2021-02-19, 2021-02-19, 0.0",
        "2024-01-31, 2024-02-29, 1.0",
        "2024-01-31, 2024-02-28, 0.9655"
    })
    void calendarMonthsAsTheContractDefinesThem(String from, String to, double expected) {
        assertThat(Durations.months(LocalDate.parse(from), LocalDate.parse(to))).isCloseTo(expected, within(0.001));
    }

    @Property
    void wholeCalendarMonthsCountExactly(@ForAll @IntRange(min = 0, max = 400) int months,
            @ForAll @IntRange(min = 0, max = 20000) int startDay) {
        LocalDate from = LocalDate.of(1990, 1, 1).plusDays(startDay);
        assertThat(Durations.months(from, from.plusMonths(months))).isEqualTo((double) months);
    }

    @Property
    void aDayLaterIsNeverFewerMonths(@ForAll @IntRange(min = 0, max = 3000) int span,
            @ForAll @IntRange(min = 0, max = 20000) int startDay) {
        LocalDate from = LocalDate.of(1990, 1, 1).plusDays(startDay);
        LocalDate to = from.plusDays(span);
        assertThat(Durations.months(from, to.plusDays(1))).isGreaterThan(Durations.months(from, to));
    }

    @ParameterizedTest
    @CsvSource({"2025-01-01, 2025-03-26, 12.0", "2025-01-01, 2025-03-25, 11.857"})
    void weeksAreDaysOverSeven(String from, String to, double expected) {
        assertThat(Durations.weeks(LocalDate.parse(from), LocalDate.parse(to))).isCloseTo(expected, within(0.001));
    }
}
