package org.reirradiation.model;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a JSON tree against the shape of a record type and collects every mismatch with its path.
 * The shape is read from the record components, so a field added to a record is checked without
 * change here. Only known record types are descended into, which bounds the depth of the walk
 * whatever the document nests.
 */
final class StructureChecker {

    private static final ClassValue<Map<String, Type>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Type> computeValue(Class<?> type) {
            Map<String, Type> components = new LinkedHashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                components.put(component.getName(), component.getGenericType());
            }
            return components;
        }
    };

    private final List<FieldError> errors = new ArrayList<>();

    List<FieldError> errors() {
        return errors;
    }

    /**
     * Checks the document's root object.
     *
     * @return the tree to convert, with whole numbers written as 2.0 turned into integers so that the
     *         strict mapper accepts them
     */
    JsonNode root(JsonNode tree, Class<? extends Record> type) {
        if (!tree.isObject()) {
            error("$", "must be a JSON object");
            return tree;
        }
        return object((ObjectNode) tree, type, "");
    }

    private JsonNode value(JsonNode node, Type type, String path) {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            return array(node, list.getActualTypeArguments()[0], path);
        }
        if (type instanceof Class<?> cls) {
            if (cls.isRecord()) {
                return node.isObject() ? object((ObjectNode) node, cls, path) : error(node, path, "must be an object");
            }
            if (cls.isEnum()) {
                return enumValue(node, cls, path);
            }
            if (cls == Integer.class) {
                return integer(node, path);
            }
            if (cls == Double.class) {
                return number(node, path);
            }
            if (cls == Boolean.class) {
                return node.isBoolean() ? node : error(node, path, "must be true or false");
            }
            if (cls == String.class) {
                return node.isString() ? node : error(node, path, "must be a string");
            }
            if (cls == LocalDate.class) {
                return date(node, path);
            }
        }
        // a programming error, not a client's: a record gained a type this checker cannot read
        throw new IllegalStateException("no JSON check for " + type + " at " + path);
    }

    private JsonNode object(ObjectNode node, Class<?> type, String path) {
        Map<String, Type> components = COMPONENTS.get(type);
        for (String name : List.copyOf(node.propertyNames())) {
            String fieldPath = path.isEmpty() ? name : path + "." + name;
            Type fieldType = components.get(name);
            JsonNode field = node.get(name);
            if (fieldType == null) {
                // reported without descending: unknown content can be nested arbitrarily deep
                error(fieldPath, "unknown field");
                node.remove(name);
            } else if (!field.isNull()) {
                JsonNode checked = value(field, fieldType, fieldPath);
                if (checked != field) {
                    node.set(name, checked);
                }
            }
        }
        return node;
    }

    private JsonNode array(JsonNode node, Type itemType, String path) {
        if (!node.isArray()) {
            return error(node, path, "must be an array");
        }
        ArrayNode items = (ArrayNode) node;
        for (int i = 0; i < items.size(); i++) {
            String itemPath = path + "[" + i + "]";
            JsonNode item = items.get(i);
            if (item.isNull()) {
                error(itemPath, "must not be null");
            } else {
                JsonNode checked = value(item, itemType, itemPath);
                if (checked != item) {
                    items.set(i, checked);
                }
            }
        }
        return items;
    }

    private JsonNode enumValue(JsonNode node, Class<?> type, String path) {
        List<String> allowed =
                Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name()).toList();
        if (node.isString() && allowed.contains(node.stringValue())) {
            return node;
        }
        return error(node, path, "must be one of " + String.join(", ", allowed));
    }

    private JsonNode integer(JsonNode node, String path) {
        if (!node.isNumber() || !node.canConvertToExactIntegral()) {
            return error(node, path, "must be a whole number");
        }
        if (!node.canConvertToInt()) {
            return error(node, path, "is too large");
        }
        return node.isIntegralNumber() ? node : IntNode.valueOf(node.intValue());
    }

    private JsonNode number(JsonNode node, String path) {
        if (!node.isNumber()) {
            return error(node, path, "must be a number");
        }
        return Double.isFinite(node.doubleValue()) ? node : error(node, path, "is too large");
    }

    private JsonNode date(JsonNode node, String path) {
        if (node.isString()) {
            try {
                LocalDate.parse(node.stringValue());
                return node;
            } catch (DateTimeParseException e) {
                // reported below, the same as a date that is not a string
            }
        }
        return error(node, path, "must be a date in the form yyyy-MM-dd");
    }

    /** Reports the error and drops the value, so that the rest of the case can still be checked. */
    private JsonNode error(JsonNode node, String path, String message) {
        error(path, message);
        return NullNode.getInstance();
    }

    private void error(String path, String message) {
        errors.add(new FieldError(path, message));
    }
}
