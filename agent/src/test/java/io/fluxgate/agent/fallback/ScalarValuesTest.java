package io.fluxgate.agent.fallback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The plain conversions answer exactly as the object mapper would, and leave every other case to it. */
class ScalarValuesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final List<JsonNode> VALUES = List.of(NODES.numberNode(-1), NODES.numberNode(0),
            NODES.numberNode(Integer.MAX_VALUE), NODES.numberNode(-1L), NODES.numberNode(1L << 40),
            NODES.numberNode(7L), NODES.numberNode(2.5), NODES.textNode("cached"), NODES.textNode("12"),
            NODES.textNode(""), NODES.booleanNode(true), NODES.booleanNode(false), NODES.arrayNode().add(1),
            NODES.objectNode().put("a", 1));
    private static final List<Type> TYPES = List.of(int.class, Integer.class, long.class, Long.class, short.class,
            double.class, Double.class, boolean.class, Boolean.class, String.class, CharSequence.class,
            Object.class, Number.class, List.class);

    @Test
    void everyPlainAnswerIsTheMappersAnswer() {
        List<String> answered = new ArrayList<>();
        for (JsonNode value : VALUES) {
            for (Type type : TYPES) {
                Object scalar = ScalarValues.convert(value, type);
                if (scalar != ScalarValues.UNKNOWN) {
                    Object mapped = MAPPER.convertValue(value, MAPPER.getTypeFactory().constructType(type));
                    assertEquals(mapped, scalar, value + " as " + type.getTypeName());
                    assertEquals(mapped.getClass(), scalar.getClass(), value + " as " + type.getTypeName());
                    answered.add(value + " as " + type.getTypeName());
                }
            }
        }
        assertEquals(49, answered.size(), "the plain cases: " + answered);
    }

    @Test
    void conversionsTheMapperMayCoerceAreLeftToIt() {
        assertSame(ScalarValues.UNKNOWN, ScalarValues.convert(NODES.numberNode(2.5), int.class));
        assertSame(ScalarValues.UNKNOWN, ScalarValues.convert(NODES.textNode("12"), int.class));
        assertSame(ScalarValues.UNKNOWN, ScalarValues.convert(NODES.numberNode(1L << 40), int.class));
        assertSame(ScalarValues.UNKNOWN, ScalarValues.convert(NODES.numberNode(1), String.class));
        assertSame(ScalarValues.UNKNOWN, ScalarValues.convert(NODES.arrayNode().add(1), Object.class));
        assertNotSame(ScalarValues.UNKNOWN, ScalarValues.convert(NODES.numberNode(-1L), int.class));
    }
}
