package org.reirradiation.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Output rounding: half-up to one decimal (DESIGN.md §3); thresholds always compare exact values. */
final class Rounding {

    private Rounding() {
    }

    static Double oneDecimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
