package org.reirradiation.assessment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Calendar durations as the contract defines them (DESIGN.md §3): whole calendar months first, so
 * that 2022-06-13 to 2024-06-13 is exactly 24 months and a "> 24 months" criterion fails, then the
 * remaining days as a fraction of the month that follows.
 */
public final class Durations {

    private Durations() {
    }

    /** Months from {@code from} to {@code to}; negative when {@code to} lies before {@code from}. */
    public static double months(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -months(to, from);
        }
        long whole = ChronoUnit.MONTHS.between(from, to);
        // plusMonths clamps to the month's end, so step back while the anchor overshoots.
        while (whole > 0 && from.plusMonths(whole).isAfter(to)) {
            whole--;
        }
        while (!from.plusMonths(whole + 1).isAfter(to)) {
            whole++;
        }
        LocalDate anchor = from.plusMonths(whole);
        LocalDate next = from.plusMonths(whole + 1);
        double fraction = (double) ChronoUnit.DAYS.between(anchor, to) / ChronoUnit.DAYS.between(anchor, next);
        return whole + fraction;
    }

    public static double weeks(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) / 7.0;
    }
}
