package io.fluxgate.agent.fallback;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.lang.reflect.Method;
import java.lang.reflect.Type;

/**
 * {@code {"value": <json>}}: converted to the target's generic return type once, when the
 * fallback is resolved, so that an unfit value is reported then. A value the caller could change
 * (a list, a map, an array, a bean) is converted anew for each answer, so that no caller sees what
 * another did to it.
 */
final class ValuePlan implements FallbackPlan {
    private final Object value;
    private final JsonNode json;
    private final JavaType type;

    private ValuePlan(Object value) {
        this(value, null, null);
    }

    private ValuePlan(Object value, JsonNode json, JavaType type) {
        this.value = value;
        this.json = json;
        this.type = type;
    }

    static ValuePlan convert(JsonNode json, Type type, Method target) {
        if (type == void.class || type == Void.class) {
            if (!json.isNull()) {
                throw new IllegalArgumentException("fallback value " + json + " cannot be returned by a void method;"
                        + " write {\"value\": null}");
            }
            return new ValuePlan(null);
        }
        if (json.isNull()) {
            if (type instanceof Class && ((Class<?>) type).isPrimitive()) {
                throw new IllegalArgumentException("fallback value null cannot be returned as " + type.getTypeName());
            }
            return new ValuePlan(null);
        }
        Object scalar = ScalarValues.convert(json, type);
        if (scalar != ScalarValues.UNKNOWN) {
            return new ValuePlan(scalar);
        }
        try {
            JavaType javaType = Mapper.INSTANCE.getTypeFactory().constructType(type);
            Object converted = Mapper.INSTANCE.convertValue(json, javaType);
            return immutable(converted) ? new ValuePlan(converted) : new ValuePlan(converted, json, javaType);
        } catch (IllegalArgumentException unconvertible) {
            throw new IllegalArgumentException("fallback value " + json + " cannot be converted to "
                    + type.getTypeName() + " (" + firstLine(unconvertible.getMessage()) + ")");
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.split("\n", 2)[0];
    }

    private static boolean immutable(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof Enum;
    }

    /** Made on the first value that needs it: most fallback values do not. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper();
    }

    @Override
    public Object answer(Throwable cause, Object[] arguments) {
        return json == null ? value : Mapper.INSTANCE.convertValue(json, type);
    }
}
