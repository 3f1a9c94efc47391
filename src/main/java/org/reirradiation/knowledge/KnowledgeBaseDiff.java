package org.reirradiation.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The clinical difference between two knowledge bases, for a reviewer: rules added, removed and
 * changed (by id; a rule changed when its text or metadata did), and parameters whose value changed.
 */
public record KnowledgeBaseDiff(List<String> addedRules, List<String> removedRules, List<String> changedRules,
        List<String> changedParameters) {

    /** What {@code proposed} changes relative to {@code current}. */
    public static KnowledgeBaseDiff between(KnowledgeBase current, KnowledgeBase proposed) {
        Map<String, RuleInfo> before = byId(current);
        Map<String, RuleInfo> after = byId(proposed);
        TreeSet<String> ids = new TreeSet<>(RuleIdOrder.NATURAL);
        ids.addAll(before.keySet());
        ids.addAll(after.keySet());
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (String id : ids) {
            RuleInfo old = before.get(id);
            RuleInfo now = after.get(id);
            if (old == null) {
                added.add(id);
            } else if (now == null) {
                removed.add(id);
            } else if (!old.fingerprint().equals(now.fingerprint())) {
                changed.add(id);
            }
        }
        TreeSet<String> keys = new TreeSet<>();
        current.parameters().all().forEach(p -> keys.add(p.key()));
        proposed.parameters().all().forEach(p -> keys.add(p.key()));
        List<String> parameters = new ArrayList<>();
        for (String key : keys) {
            String old = text(current, key);
            String now = text(proposed, key);
            if (!Objects.equals(old, now)) {
                parameters.add(key + ": " + (old == null ? "(absent)" : show(old)) + " -> "
                        + (now == null ? "(absent)" : show(now)));
            }
        }
        return new KnowledgeBaseDiff(added, removed, changed, parameters);
    }

    public boolean isEmpty() {
        return addedRules.isEmpty() && removedRules.isEmpty() && changedRules.isEmpty() && changedParameters.isEmpty();
    }

    private static Map<String, RuleInfo> byId(KnowledgeBase knowledgeBase) {
        return knowledgeBase.rules().stream().collect(Collectors.toMap(RuleInfo::id, Function.identity()));
    }

    private static String text(KnowledgeBase knowledgeBase, String key) {
        return knowledgeBase.parameters().contains(key) ? knowledgeBase.parameters().get(key).text() : null;
    }

    private static String show(String value) {
        return value.isEmpty() ? "(empty)" : value;
    }
}
