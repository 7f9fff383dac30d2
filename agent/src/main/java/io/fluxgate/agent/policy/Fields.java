package io.fluxgate.agent.policy;

import io.fluxgate.internal.Suggest;

import java.math.BigInteger;
import java.util.Collection;

/**
 * Typed access to the keys of one object of the policy file. Each accessor reports a wrong type
 * or a value out of range and then answers null, so that reading goes on and finds the next
 * error too.
 */
final class Fields {
    final Node.ObjectNode node;
    /** What the object is, for messages: {@code breaker "payment"}, {@code the target}. */
    final String what;
    final Problems problems;

    private Fields(Node.ObjectNode node, String what, Problems problems) {
        this.node = node;
        this.what = what;
        this.problems = problems;
    }

    /** The object, or null (reported) when {@code value} is something else. */
    static Fields of(Node value, String key, String what, Problems problems) {
        if (value instanceof Node.ObjectNode) {
            return new Fields((Node.ObjectNode) value, what, problems);
        }
        problems.error(value.location, key + " must be an object, got " + value.describe());
        return null;
    }

    /** The same object under another name, once more is known about it (a listener's type). */
    Fields as(String what) {
        return new Fields(node, what, problems);
    }

    /** Reports every key that is not one of {@code allowed}, suggesting the nearest. */
    void allowOnly(Collection<String> allowed) {
        for (Node.Field field : node.fields.values()) {
            if (!allowed.contains(field.name())) {
                problems.error(field.key.location, "unknown key " + Quote.json(field.name()) + " in " + what
                        + Suggest.didYouMean(field.name(), allowed) + " (expected " + Words.list(allowed) + ")");
            }
        }
    }

    boolean has(String key) {
        return node.has(key);
    }

    Node get(String key) {
        return node.get(key);
    }

    /** Reports the key as missing when it is. */
    boolean require(String key, String example) {
        if (node.has(key)) {
            return true;
        }
        problems.error(node.location, what + " needs " + Quote.json(key) + example);
        return false;
    }

    Node.TextNode text(String key) {
        Node value = node.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Node.TextNode) {
            return (Node.TextNode) value;
        }
        problems.error(value.location, key + " must be a string, got " + value.describe());
        return null;
    }

    /** A non-empty string without leading or trailing spaces. */
    Node.TextNode name(String key) {
        Node.TextNode text = text(key);
        if (text != null && (text.text.isEmpty() || !text.text.trim().equals(text.text))) {
            problems.error(text.location, key + " must not be empty or start or end with spaces, got "
                    + text.describe());
            return null;
        }
        return text;
    }

    /** One of {@code labels}; anything else is reported with the nearest label. */
    String choice(String key, Collection<String> labels) {
        Node.TextNode text = text(key);
        if (text == null) {
            return null;
        }
        if (labels.contains(text.text)) {
            return text.text;
        }
        problems.error(text.location, "unknown " + key + " " + text.describe() + Suggest.didYouMean(text.text, labels)
                + " (expected " + Words.list(labels) + ")");
        return null;
    }

    Integer whole(String key, int min, int max) {
        Node value = node.get(key);
        return value == null ? null : whole(value, key, min, max, problems);
    }

    static Integer whole(Node value, String key, int min, int max, Problems problems) {
        if (!(value instanceof Node.NumberNode) || !((Node.NumberNode) value).isWhole()) {
            problems.error(value.location, key + " must be a whole number, got " + value.describe());
            return null;
        }
        BigInteger number = ((Node.NumberNode) value).wholeValue();
        boolean tooSmall = number.compareTo(BigInteger.valueOf(min)) < 0;
        if (tooSmall || number.compareTo(BigInteger.valueOf(max)) > 0) {
            String range = max != Integer.MAX_VALUE ? "between " + min + " and " + max
                    : tooSmall ? "at least " + min : "at most " + max;
            problems.error(value.location, key + " must be " + range + ", got " + value.describe());
            return null;
        }
        return number.intValue();
    }

    Boolean bool(String key) {
        Node value = node.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Node.BooleanNode) {
            return ((Node.BooleanNode) value).value;
        }
        problems.error(value.location, key + " must be true or false, got " + value.describe());
        return null;
    }

    Fields object(String key, String what) {
        Node value = node.get(key);
        return value == null ? null : of(value, key, what, problems);
    }

    Node.ArrayNode array(String key) {
        Node value = node.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Node.ArrayNode) {
            return (Node.ArrayNode) value;
        }
        problems.error(value.location, key + " must be an array, got " + value.describe());
        return null;
    }
}
