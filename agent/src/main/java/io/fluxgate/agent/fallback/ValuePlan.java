package io.fluxgate.agent.fallback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.lang.reflect.Method;
import java.lang.reflect.Type;

/** {@code {"value": <json>}}: converted once to the target's generic return type. */
final class ValuePlan implements FallbackPlan {
    private final Object value;

    private ValuePlan(Object value) {
        this.value = value;
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
            return new ValuePlan(Mapper.INSTANCE.convertValue(json, Mapper.INSTANCE.getTypeFactory().constructType(type)));
        } catch (IllegalArgumentException unconvertible) {
            throw new IllegalArgumentException("fallback value " + json + " cannot be converted to "
                    + type.getTypeName() + " (" + firstLine(unconvertible.getMessage()) + ")");
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.split("\n", 2)[0];
    }

    /** Made on the first value that needs it: most fallback values do not. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper();
    }

    @Override
    public Object answer(Throwable cause, Object[] arguments) {
        return value;
    }
}
