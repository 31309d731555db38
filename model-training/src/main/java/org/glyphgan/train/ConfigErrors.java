package org.glyphgan.train;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.TreeSet;

/**
 * Turns Jackson's errors about a training config into one-line messages that name the config, the
 * field, the value and the expected type. Jackson's own messages span two lines and speak of
 * reference chains and deserialization features.
 */
final class ConfigErrors {
    /** Maximum length of a rejected value as shown in a message, in characters. */
    private static final int MAX_VALUE_CHARS = 60;

    private ConfigErrors() {
    }

    /** Parses {@code json}. Invalid JSON raises an error that names {@code source}, the line and the column. */
    static JsonNode parse(ObjectMapper mapper, String json, String source) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Training config " + source + " is not valid JSON: "
                    + e.getOriginalMessage() + location(e.getLocation()), e);
        }
    }

    /** Returns the error for a field whose JSON value does not map to its Java type. */
    static IllegalArgumentException invalidField(JsonMappingException e, JsonNode merged, String source) {
        String field = fieldName(e);
        if (field == null) {
            return new IllegalArgumentException("Training config " + source + " is invalid: " + e.getOriginalMessage(), e);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            TreeSet<String> known = new TreeSet<>();
            unknown.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
            return new IllegalArgumentException("Training config " + source + " has the unknown field \"" + field
                    + "\"; fix its spelling or remove it (known fields: " + String.join(", ", known) + ")", e);
        }
        return new IllegalArgumentException("Training config " + source + ": " + field + " must be "
                + expectedValue(field) + ", got " + shortened(String.valueOf(merged.get(field))), e);
    }

    private static String fieldName(JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i).getFieldName() != null) {
                return path.get(i).getFieldName();
            }
        }
        return null;
    }

    private static String expectedValue(String field) {
        for (RecordComponent component : TrainConfig.class.getRecordComponents()) {
            if (component.getName().equals(field)) {
                Class<?> type = component.getType();
                if (type == int.class) {
                    return "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
                }
                if (type == long.class) {
                    return "a whole number";
                }
                if (type == double.class) {
                    return "a number";
                }
                return "a string or null";
            }
        }
        return "a valid value";
    }

    private static String shortened(String value) {
        return value.length() <= MAX_VALUE_CHARS ? value : value.substring(0, MAX_VALUE_CHARS) + "...";
    }

    private static String location(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
