package org.reirradiation.knowledge;

import java.util.Comparator;

/** Natural order of rule ids: C-2 before C-10, HN-05 before HN-05a before HN-06. */
public final class RuleIdOrder {

    public static final Comparator<String> NATURAL = RuleIdOrder::compare;

    private RuleIdOrder() {
    }

    private static int compare(String a, String b) {
        int dashA = numberStart(a);
        int dashB = numberStart(b);
        int endA = suffixStart(a, dashA);
        int endB = suffixStart(b, dashB);
        if (endA < 0 || endB < 0) {
            return a.compareTo(b);
        }
        int byPrefix = a.substring(0, dashA).compareTo(b.substring(0, dashB));
        if (byPrefix != 0) {
            return byPrefix;
        }
        int byNumber = Integer.compare(Integer.parseInt(a, dashA + 1, endA, 10), Integer.parseInt(b, dashB + 1, endB, 10));
        return byNumber != 0 ? byNumber : a.substring(endA).compareTo(b.substring(endB));
    }

    /** The index of the dash after an upper-case prefix, or -1; the id sorts often, so no regular expression. */
    private static int numberStart(String id) {
        int dash = id.indexOf('-');
        for (int i = 0; i < dash; i++) {
            if (id.charAt(i) < 'A' || id.charAt(i) > 'Z') {
                return -1;
            }
        }
        return dash > 0 ? dash : -1;
    }

    /** Where the lower-case suffix starts after the digits, or -1 when the id is not PREFIX-digits[suffix]. */
    private static int suffixStart(String id, int dash) {
        if (dash < 0) {
            return -1;
        }
        int end = dash + 1;
        while (end < id.length() && id.charAt(end) >= '0' && id.charAt(end) <= '9') {
            end++;
        }
        if (end == dash + 1) {
            return -1;
        }
        for (int i = end; i < id.length(); i++) {
            if (id.charAt(i) < 'a' || id.charAt(i) > 'z') {
                return -1;
            }
        }
        return end;
    }
}
