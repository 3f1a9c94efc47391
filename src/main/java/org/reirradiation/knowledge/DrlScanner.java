package org.reirradiation.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the parts of a DRL file that the lint and the catalogue need (package, each rule's name,
 * line, metadata, conditions and consequence) without the engine, so that a file that does not
 * compile is still reported rule by rule.
 */
final class DrlScanner {

    record ScannedRule(String name, int line, Map<String, String> metadata, String conditions, String body) {
    }

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");
    private static final Pattern WHEN = Pattern.compile("(?m)^\\s*when\\b");
    private static final Pattern THEN = Pattern.compile("(?m)^\\s*then\\b");
    private static final Pattern END = Pattern.compile("(?m)^\\s*end\\b");
    private static final Pattern METADATA = Pattern.compile("@(\\w+)\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");

    private DrlScanner() {
    }

    static String packageOf(String text) {
        Matcher matcher = PACKAGE.matcher(withoutComments(text));
        return matcher.find() ? matcher.group(1) : null;
    }

    static List<ScannedRule> rules(String text) {
        String source = withoutComments(text);
        List<ScannedRule> rules = new ArrayList<>();
        Matcher rule = RULE.matcher(source);
        int from = 0;
        while (rule.find(from)) {
            int line = lineOf(source, rule.start(1));
            Matcher when = WHEN.matcher(source);
            Matcher then = THEN.matcher(source);
            Matcher end = END.matcher(source);
            if (!when.find(rule.end()) || !then.find(when.end()) || !end.find(then.end())) {
                rules.add(new ScannedRule(rule.group(1), line, Map.of(), "", source.substring(rule.start())));
                break;
            }
            Map<String, String> metadata = new LinkedHashMap<>();
            Matcher meta = METADATA.matcher(source.substring(rule.end(), when.start()));
            while (meta.find()) {
                metadata.put(meta.group(1), meta.group(2));
            }
            rules.add(new ScannedRule(rule.group(1), line, metadata, source.substring(when.end(), then.start()),
                    source.substring(rule.start(), end.end())));
            from = end.end();
        }
        return rules;
    }

    /** Blanks comments but keeps line breaks, so that line numbers stay true. */
    static String withoutComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        boolean inString = false;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (inString) {
                out.append(ch);
                if (ch == '\\' && i + 1 < text.length()) {
                    out.append(text.charAt(++i));
                } else if (ch == '"') {
                    inString = false;
                }
                i++;
            } else if (ch == '"') {
                inString = true;
                out.append(ch);
                i++;
            } else if (text.startsWith("//", i)) {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (text.startsWith("/*", i)) {
                int close = text.indexOf("*/", i + 2);
                int stop = close < 0 ? text.length() : close + 2;
                for (int k = i; k < stop; k++) {
                    out.append(text.charAt(k) == '\n' ? '\n' : ' ');
                }
                i = stop;
            } else {
                out.append(ch);
                i++;
            }
        }
        return out.toString();
    }

    /** The conditions with string literals blanked, for checks on the code itself. */
    static String withoutStrings(String text) {
        return text.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
    }

    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
