package org.reirradiation.knowledge;

/**
 * A threshold, limit or default of the parameters table. Rules match it as a fact,
 * {@code Parameter(key == "common.kpsNotRecommended", $kps : value)}; a parameter without a value is
 * never inserted, so a rule that needs it stays silent until a centre sets it.
 */
public record Parameter(String key, Double value, String unit, String comparison, String source,
        boolean verified, String note) {

    /** The value as the tables write it: no trailing zeros, empty when unset. */
    public String text() {
        return value == null ? "" : new java.math.BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
    }
}
