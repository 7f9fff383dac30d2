package io.fluxgate.agent.fallback;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.lang.reflect.Method;
import java.lang.reflect.Type;

/** {@code {"value": <json>}}: converted once to the target's generic return type. */
final class ValuePlan implements FallbackPlan {
    private static final ObjectMapper MAPPER = new ObjectMapper();

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
        JavaType javaType = MAPPER.getTypeFactory().constructType(type);
        if (json.isNull()) {
            if (javaType.isPrimitive()) {
                throw new IllegalArgumentException("fallback value null cannot be returned as " + type.getTypeName());
            }
            return new ValuePlan(null);
        }
        try {
            return new ValuePlan(MAPPER.convertValue(json, javaType));
        } catch (IllegalArgumentException unconvertible) {
            throw new IllegalArgumentException("fallback value " + json + " cannot be converted to "
                    + type.getTypeName() + " (" + firstLine(unconvertible.getMessage()) + ")");
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.split("\n", 2)[0];
    }

    @Override
    public Object answer(Throwable cause, Object[] arguments) {
        return value;
    }
}
