package org.reirradiation.acceptance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes the fields of a case tree by contract path ({@code patient.kps},
 * {@code priorCourses[1].totalDoseGy}), and turns a scenario's value text into JSON. Writing creates
 * the objects and list items a path needs, so that {@code priorCourses[1].totalDoseGy = 30} adds a
 * second course.
 */
final class CasePaths {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9]*)((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CasePaths() {
    }

    /**
     * The JSON value a scenario means: {@code absent} is null (remove the field), numbers, {@code true},
     * {@code false}, a list in brackets whose items follow the same rules, anything else a string.
     */
    static JsonNode value(String text) {
        if (text.equals("absent")) {
            return null;
        }
        if (text.equals("true") || text.equals("false")) {
            return NODES.booleanNode(Boolean.parseBoolean(text));
        }
        if (text.matches("-?\\d{1,18}")) {
            return NODES.numberNode(Long.parseLong(text));
        }
        if (text.matches("-?\\d+\\.\\d+")) {
            return NODES.numberNode(Double.parseDouble(text));
        }
        if (text.startsWith("[") && text.endsWith("]")) {
            ArrayNode list = NODES.arrayNode();
            String items = text.substring(1, text.length() - 1).trim();
            if (!items.isEmpty()) {
                for (String item : items.split(",")) {
                    list.add(value(item.trim()));
                }
            }
            return list;
        }
        return NODES.stringNode(text);
    }

    /** Sets the field at the path, or removes it when the value is null. */
    static void set(ObjectNode root, String path, JsonNode value) {
        List<Object> steps = steps(path);
        JsonNode parent = root;
        for (int i = 0; i < steps.size() - 1; i++) {
            JsonNode child = child(parent, steps.get(i));
            if (child == null || child.isNull()) {
                if (value == null) {
                    return;
                }
                child = steps.get(i + 1) instanceof Integer ? NODES.arrayNode() : NODES.objectNode();
                put(parent, steps.get(i), child, path);
            }
            parent = child;
        }
        Object last = steps.get(steps.size() - 1);
        if (value != null) {
            put(parent, last, value, path);
        } else if (last instanceof Integer index) {
            if (index < container(parent, last, path).size()) {
                ((ArrayNode) parent).remove(index);
            }
        } else {
            ((ObjectNode) container(parent, last, path)).remove((String) last);
        }
    }

    /** Adds an item at the end of the list at the path, creating the list if needed. */
    static void append(ObjectNode root, String listPath, JsonNode item) {
        JsonNode list = get(root, listPath);
        set(root, listPath + "[" + (list == null ? 0 : list.size()) + "]", item);
    }

    /** The node at the path, or null when any part of it is absent. */
    static JsonNode get(ObjectNode root, String path) {
        JsonNode node = root;
        for (Object step : steps(path)) {
            node = child(node, step);
            if (node == null) {
                return null;
            }
        }
        return node.isNull() ? null : node;
    }

    /** The path as field names and list indexes: {@code plan.systemicTherapy[1].agent} gives plan, systemicTherapy, 1, agent. */
    private static List<Object> steps(String path) {
        List<Object> steps = new ArrayList<>();
        for (String segment : path.split("\\.", -1)) {
            Matcher matcher = SEGMENT.matcher(segment);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("'" + path + "' is not a case path: write field names joined by dots, "
                        + "with [n] for the n-th item of a list (counting from 0), e.g. priorCourses[0].endDate");
            }
            steps.add(matcher.group(1));
            Matcher index = INDEX.matcher(matcher.group(2));
            while (index.find()) {
                steps.add(Integer.parseInt(index.group(1)));
            }
        }
        return steps;
    }

    private static JsonNode child(JsonNode parent, Object step) {
        return step instanceof Integer index ? (parent.isArray() ? parent.get(index) : null)
                : (parent.isObject() ? parent.get((String) step) : null);
    }

    private static void put(JsonNode parent, Object step, JsonNode value, String path) {
        JsonNode container = container(parent, step, path);
        if (step instanceof String name) {
            ((ObjectNode) container).set(name, value);
            return;
        }
        ArrayNode list = (ArrayNode) container;
        int index = (Integer) step;
        if (index < list.size()) {
            list.set(index, value);
        } else if (index == list.size()) {
            list.add(value);
        } else {
            throw new IllegalArgumentException(path + ": the list has " + list.size() + " item(s), so the next one is ["
                    + list.size() + "]; add items in order");
        }
    }

    /** The parent, checked to be a list for an index and an object for a field name. */
    private static JsonNode container(JsonNode parent, Object step, String path) {
        boolean list = step instanceof Integer;
        if (list ? !parent.isArray() : !parent.isObject()) {
            throw new IllegalArgumentException(path + ": '" + step + "' needs " + (list ? "a list" : "an object")
                    + " above it, but the case has " + parent.getNodeType().name().toLowerCase(Locale.ROOT)
                    + " there");
        }
        return parent;
    }
}
