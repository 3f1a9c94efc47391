package org.reirradiation.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reirradiation.model.Category;
import org.reirradiation.model.Evidence;
import org.reirradiation.model.Intent;
import org.reirradiation.model.Severity;
import org.reirradiation.model.Verdict;

/**
 * Checks one scanned rule against the conventions of DESIGN.md §5 and turns its metadata into a
 * catalogue entry. Every problem is reported with the file and the rule's line.
 */
final class RuleLint {

    static final Set<String> REQUIRED = Set.of("id", "site", "category", "severity", "sources", "evidence",
            "verified");
    private static final Set<String> KNOWN = Set.of("id", "site", "category", "severity", "sources", "evidence",
            "verified", "verdict", "status");
    private static final Map<KnowledgeArea, String> ID_PREFIX = Map.of(KnowledgeArea.COMMON, "C",
            KnowledgeArea.HEAD_AND_NECK, "HN", KnowledgeArea.BREAST, "BR", KnowledgeArea.CERVIX, "CX",
            KnowledgeArea.RECTUM, "RE", KnowledgeArea.BRAIN, "BRN");
    static final String ACTIVE = "ACTIVE";
    static final String NEEDS_LOCAL_VALUE = "NEEDS_LOCAL_VALUE";
    private static final Pattern ID = Pattern.compile("([A-Z]+)-\\d+[a-z]?");
    private static final Pattern QUOTED = Pattern.compile("\"([a-z]+\\.[A-Za-z0-9_.]+)\"");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.$])\\d+(\\.\\d+)?(?![\\w.])");
    private static final Pattern CURATIVE_ONLY = Pattern.compile("intent\\s*==\\s*Intent\\.CURATIVE");
    private static final Pattern NOT_CURATIVE = Pattern.compile("intent\\s*!=\\s*Intent\\.CURATIVE");

    private final String file;
    private final KnowledgeArea area;
    private final Set<String> referenceKeys;
    private final Parameters parameters;
    private final Set<String> parameterPrefixes;
    private final List<Problem> problems;

    RuleLint(String file, KnowledgeArea area, Set<String> referenceKeys, Parameters parameters,
            List<Problem> problems) {
        this.file = file;
        this.area = area;
        this.referenceKeys = referenceKeys;
        this.parameters = parameters;
        this.parameterPrefixes = parameters.all().stream().map(p -> p.key().substring(0, p.key().indexOf('.')))
                .collect(java.util.stream.Collectors.toSet());
        this.problems = problems;
    }

    /** The catalogue entry, or null when the metadata is too broken to make one. */
    RuleInfo check(DrlScanner.ScannedRule rule) {
        int before = problems.size();
        Map<String, String> meta = rule.metadata();
        for (String key : REQUIRED) {
            if (!meta.containsKey(key) || meta.get(key).isBlank()) {
                report(rule, "missing metadata @" + key);
            }
        }
        meta.keySet().stream().filter(key -> !KNOWN.contains(key)).sorted()
                .forEach(key -> report(rule, "unknown metadata @" + key));
        String id = meta.getOrDefault("id", "");
        Matcher idMatcher = ID.matcher(id);
        if (!id.isEmpty() && (!idMatcher.matches() || !idMatcher.group(1).equals(ID_PREFIX.get(area)))) {
            report(rule, "id '" + id + "' must look like " + ID_PREFIX.get(area) + "-12 or " + ID_PREFIX.get(area)
                    + "-12a in folder " + area.folder());
        }
        String expectedSite = area.site() == null ? "COMMON" : area.site().name();
        if (meta.containsKey("site") && !meta.get("site").equals(expectedSite)) {
            report(rule, "@site(\"" + meta.get("site") + "\") in folder " + area.folder() + " must be " + expectedSite);
        }
        if (area.site() != null && !rule.conditions().matches("(?s).*site\\s*==\\s*Site\\." + area.site() + "\\b.*")) {
            report(rule, "a " + area.folder() + " rule must match its site: ReirradiationCase( site == Site."
                    + area.site() + " )");
        }
        Category category = parse(rule, meta, "category", Category::valueOf, Category.values());
        Severity severity = parse(rule, meta, "severity", Severity::valueOf, Severity.values());
        Evidence evidence = parse(rule, meta, "evidence", Evidence::valueOf, Evidence.values());
        Verdict verdict = parse(rule, meta, "verdict", Verdict::valueOf, Verdict.values());
        String verified = meta.getOrDefault("verified", "");
        if (!verified.isEmpty() && !verified.equals("true") && !verified.equals("false")) {
            report(rule, "@verified must be \"true\" or \"false\"");
        }
        List<String> sources = splitList(meta.getOrDefault("sources", ""));
        sources.stream().filter(key -> !referenceKeys.contains(key))
                .forEach(key -> report(rule, "unknown source '" + key + "' (not in references.csv)"));
        if (sources.contains("KB-CONVENTION") && verified.equals("true")) {
            report(rule, "a rule citing KB-CONVENTION must be @verified(\"false\")");
        }
        List<String> used = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(rule.body());
        while (quoted.find()) {
            String key = quoted.group(1);
            String prefix = key.substring(0, key.indexOf('.'));
            if (!parameterPrefixes.contains(prefix) || used.contains(key)) {
                continue;
            }
            if (parameters.contains(key)) {
                used.add(key);
            } else {
                report(rule, "unknown parameter '" + key + "' (not in parameters.csv)");
            }
        }
        Matcher number = NUMBER.matcher(DrlScanner.withoutStrings(rule.conditions()));
        if (number.find()) {
            report(rule, "numeric literal " + number.group() + " in a condition: put the threshold in parameters.csv");
        }
        String status = meta.getOrDefault("status", ACTIVE);
        if (!status.equals(ACTIVE) && !status.equals(NEEDS_LOCAL_VALUE)) {
            report(rule, "@status must be " + ACTIVE + " (the default) or " + NEEDS_LOCAL_VALUE);
        }
        if (status.equals(NEEDS_LOCAL_VALUE) && used.isEmpty()) {
            report(rule, "a rule that needs a local value must use the parameter that a centre sets");
        }
        if (problems.size() > before) {
            return null;
        }
        return new RuleInfo(id, rule.name(), area, category, severity, verdict, scopeOf(rule.conditions()), evidence,
                Boolean.parseBoolean(verified), sources, List.copyOf(used), status.equals(NEEDS_LOCAL_VALUE),
                fingerprint(rule.body()), file, rule.line());
    }

    private static String fingerprint(String body) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(body.replaceAll("\\s+", " ").trim().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> splitList(String value) {
        return Arrays.stream(value.split("[;,]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static Intent scopeOf(String conditions) {
        if (CURATIVE_ONLY.matcher(conditions).find()) {
            return Intent.CURATIVE;
        }
        return NOT_CURATIVE.matcher(conditions).find() ? Intent.PALLIATIVE : null;
    }

    private <E extends Enum<E>> E parse(DrlScanner.ScannedRule rule, Map<String, String> meta, String key,
            Function<String, E> valueOf, E[] values) {
        String value = meta.get(key);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf.apply(value);
        } catch (IllegalArgumentException e) {
            report(rule, "@" + key + "(\"" + value + "\") must be one of " + Arrays.toString(values));
            return null;
        }
    }

    private void report(DrlScanner.ScannedRule rule, String message) {
        problems.add(new Problem(file, rule.line(), "rule \"" + rule.name() + "\": " + message));
    }
}
