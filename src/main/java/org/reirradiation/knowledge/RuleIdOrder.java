package org.reirradiation.knowledge;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Natural order of rule ids: C-2 before C-10, HN-05 before HN-05a before HN-06. */
public final class RuleIdOrder {

    public static final Comparator<String> NATURAL = RuleIdOrder::compare;

    private static final Pattern ID = Pattern.compile("([A-Z]+)-(\\d+)([a-z]*)");

    private RuleIdOrder() {
    }

    private static int compare(String a, String b) {
        Matcher ma = ID.matcher(a);
        Matcher mb = ID.matcher(b);
        if (!ma.matches() || !mb.matches()) {
            return a.compareTo(b);
        }
        int byPrefix = ma.group(1).compareTo(mb.group(1));
        if (byPrefix != 0) {
            return byPrefix;
        }
        int byNumber = Integer.compare(Integer.parseInt(ma.group(2)), Integer.parseInt(mb.group(2)));
        return byNumber != 0 ? byNumber : ma.group(3).compareTo(mb.group(3));
    }
}
