package org.reirradiation.assessment;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.reirradiation.model.TriState;

/**
 * Finds which inputs of a case are unknown, by contract path, for the completeness gates:
 * {@code CaseFields.absent($case, "patient.ecog|patient.kps", "priorCourses[].endDate")}. A path with
 * {@code []} is checked for every item (an empty list reports the list itself); alternatives joined by
 * {@code |} are absent only when all are; an empty path requires nothing, so that a rule can make an
 * item conditional. UNKNOWN and an empty list count as absent: unknown is not no.
 */
public final class CaseFields {

    /** The accessors of each record type by field name, read once: the rules ask for them on every case. */
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Map<String, Method> accessors = new HashMap<>();
            for (RecordComponent component : components == null ? new RecordComponent[0] : components) {
                accessors.put(component.getName(), component.getAccessor());
            }
            return Map.copyOf(accessors);
        }
    };

    private CaseFields() {
    }

    public static AbsentInputs absent(Object root, String... paths) {
        List<String> missing = new ArrayList<>();
        for (String path : paths) {
            if (path.isEmpty()) {
                continue;
            }
            String[] alternatives = path.split("\\|");
            List<String> absentAlternatives = new ArrayList<>();
            for (String alternative : alternatives) {
                absentAlternatives.addAll(absentPaths(root, alternative));
            }
            if (alternatives.length == 1) {
                missing.addAll(absentAlternatives);
            } else if (alternatives.length == absentAlternatives.size()) {
                missing.add(path);
            }
        }
        // An empty list is reported once, however many of its items' fields were asked for.
        return new AbsentInputs(List.copyOf(new LinkedHashSet<>(missing)));
    }

    private static List<String> absentPaths(Object root, String path) {
        List<String> missing = new ArrayList<>();
        walk(root, path.split("\\."), 0, "", missing);
        return missing;
    }

    private static void walk(Object node, String[] parts, int depth, String prefix, List<String> missing) {
        String part = parts[depth];
        boolean each = part.endsWith("[]");
        String name = each ? part.substring(0, part.length() - 2) : part;
        String here = prefix.isEmpty() ? name : prefix + "." + name;
        Object value = node == null ? null : component(node, name);
        if (each) {
            Collection<?> items = (Collection<?>) value;
            if (items == null || items.isEmpty()) {
                missing.add(here);
                return;
            }
            int i = 0;
            for (Object item : items) {
                String itemPath = here + "[" + i++ + "]";
                if (depth + 1 == parts.length) {
                    continue;
                }
                walk(item, parts, depth + 1, itemPath, missing);
            }
            return;
        }
        if (depth + 1 == parts.length) {
            if (value == null || value == TriState.UNKNOWN
                    || value instanceof Collection<?> list && list.isEmpty()) {
                missing.add(here);
            }
            return;
        }
        walk(value, parts, depth + 1, here, missing);
    }

    private static Object component(Object record, String name) {
        Method accessor = ACCESSORS.get(record.getClass()).get(name);
        if (accessor == null) {
            throw new IllegalArgumentException("no field '" + name + "' in " + record.getClass().getSimpleName());
        }
        try {
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
