package io.fluxgate.agent.policy;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code {"value": <json>}}: a constant, converted once to the target's return type when the
 * target is woven ({@code null} for {@code void} methods and reference types).
 */
public final class ValueFallback extends Fallback {
    private final JsonNode value;

    ValueFallback(PolicyLocation location, JsonNode value) {
        super(location);
        this.value = value;
    }

    /** The value as written; a fresh copy each time, so the policy stays unchanged. */
    public JsonNode value() {
        return value.deepCopy();
    }

    @Override
    public String toString() {
        return "value " + value;
    }
}
