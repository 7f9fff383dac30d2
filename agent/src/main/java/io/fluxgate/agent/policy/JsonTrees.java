package io.fluxgate.agent.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A policy value as a Jackson tree, for fallback values the agent converts later. Kept apart from
 * {@link Node} so that reading a policy without value fallbacks loads none of Jackson's tree classes.
 */
final class JsonTrees {
    private JsonTrees() {
    }

    static JsonNode of(Node node) {
        JsonNodeFactory factory = JsonNodeFactory.instance;
        if (node instanceof Node.ObjectNode) {
            ObjectNode json = factory.objectNode();
            for (Node.Field field : ((Node.ObjectNode) node).fields.values()) {
                json.set(field.key.text, of(field.value));
            }
            return json;
        }
        if (node instanceof Node.ArrayNode) {
            ArrayNode json = factory.arrayNode();
            for (Node item : ((Node.ArrayNode) node).items) {
                json.add(of(item));
            }
            return json;
        }
        if (node instanceof Node.TextNode) {
            return factory.textNode(((Node.TextNode) node).text);
        }
        if (node instanceof Node.NumberNode) {
            return number((Node.NumberNode) node);
        }
        if (node instanceof Node.BooleanNode) {
            return factory.booleanNode(((Node.BooleanNode) node).value);
        }
        return factory.nullNode();
    }

    private static JsonNode number(Node.NumberNode number) {
        JsonNodeFactory factory = JsonNodeFactory.instance;
        if (number.value instanceof BigInteger) {
            return factory.numberNode((BigInteger) number.value);
        }
        if (number.value instanceof BigDecimal) {
            return factory.numberNode((BigDecimal) number.value);
        }
        if (number.isWhole()) {
            return factory.numberNode(number.value.longValue());
        }
        return factory.numberNode(number.value.doubleValue());
    }
}
