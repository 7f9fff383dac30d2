package io.fluxgate.agent.fallback;

import com.fasterxml.jackson.databind.JsonNode;

import java.lang.reflect.Type;

/**
 * The fallback values that need no object mapper: a JSON number, string or boolean returned as the
 * primitive, wrapper, {@code String} or {@code Object} it plainly is. They are most fallback values,
 * and the mapper costs a few hundred classes and a noticeable part of the agent's start-up.
 * Anything else is left to the mapper ({@link #UNKNOWN}).
 */
final class ScalarValues {
    /** Not a plain case: the mapper decides. */
    static final Object UNKNOWN = new Object();

    private ScalarValues() {
    }

    /** The value {@code json} converts to as {@code type}, the same as the mapper's, or {@link #UNKNOWN}. */
    static Object convert(JsonNode json, Type type) {
        if (json.isInt()) {
            if (type == int.class || type == Integer.class || type == Object.class || type == Number.class) {
                return json.intValue();
            }
            if (type == long.class || type == Long.class) {
                return json.longValue();
            }
        } else if (json.isLong()) {
            if (type == long.class || type == Long.class || type == Object.class || type == Number.class) {
                return json.longValue();
            }
            if ((type == int.class || type == Integer.class) && json.canConvertToInt()) {
                return json.intValue();
            }
        } else if (json.isTextual()) {
            if (type == String.class || type == CharSequence.class || type == Object.class) {
                return json.textValue();
            }
        } else if (json.isBoolean()) {
            if (type == boolean.class || type == Boolean.class || type == Object.class) {
                return json.booleanValue();
            }
        }
        return UNKNOWN;
    }
}
