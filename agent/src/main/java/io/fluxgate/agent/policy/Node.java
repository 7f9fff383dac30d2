package io.fluxgate.agent.policy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value of the policy file as read, with the place it was written. Jackson's own tree forgets
 * positions, and every error must name one, so the reader builds this small tree instead.
 */
abstract class Node {
    final PolicyLocation location;

    Node(PolicyLocation location) {
        this.location = location;
    }

    /** How the value reads in an error message: {@code "5"}, {@code 5}, {@code an object}. */
    abstract String describe();

    static final class ObjectNode extends Node {
        final Map<String, Field> fields = new LinkedHashMap<>();

        ObjectNode(PolicyLocation location) {
            super(location);
        }

        Field field(String key) {
            return fields.get(key);
        }

        /** Adds a field as read; a key written twice is an error, and the first value stays. */
        void add(TextNode key, Node value, Problems problems) {
            Field first = fields.get(key.text);
            if (first == null) {
                fields.put(key.text, new Field(key, value));
            } else {
                problems.error(key.location, "duplicate key " + Quote.json(key.text) + " (first written at line "
                        + first.key.location.line() + ", column " + first.key.location.column() + ")");
            }
        }

        Node get(String key) {
            Field field = fields.get(key);
            return field == null ? null : field.value;
        }

        boolean has(String key) {
            return fields.containsKey(key);
        }

        @Override
        String describe() {
            return "an object";
        }
    }

    /** One {@code "key": value} pair; the key keeps its own position. */
    static final class Field {
        final TextNode key;
        final Node value;

        Field(TextNode key, Node value) {
            this.key = key;
            this.value = value;
        }

        String name() {
            return key.text;
        }
    }

    static final class ArrayNode extends Node {
        final List<Node> items;

        ArrayNode(PolicyLocation location, List<Node> items) {
            super(location);
            this.items = Collections.unmodifiableList(new ArrayList<>(items));
        }

        @Override
        String describe() {
            return "an array";
        }
    }

    static final class TextNode extends Node {
        final String text;
        private final SourceText source;
        private final long charOffset;

        TextNode(PolicyLocation location, String text, SourceText source, long charOffset) {
            super(location);
            this.text = text;
            this.source = source;
            this.charOffset = charOffset;
        }

        /**
         * Where the character at {@code index} of the decoded text was written, or null when the
         * way it was written (escapes, a folded YAML scalar) hides that.
         */
        PolicyLocation at(int index) {
            return source.locate(location, charOffset, text, index);
        }

        /** {@link #at} when it is known, else the start of the string. */
        PolicyLocation atOrStart(int index) {
            PolicyLocation inside = at(index);
            return inside != null ? inside : location;
        }

        @Override
        String describe() {
            return Quote.json(text);
        }
    }

    static final class NumberNode extends Node {
        /** Integer, Long or BigInteger for whole numbers; Double or BigDecimal otherwise. */
        final Number value;
        final String text;

        NumberNode(PolicyLocation location, Number value, String text) {
            super(location);
            this.value = value;
            this.text = text;
        }

        boolean isWhole() {
            return value instanceof Integer || value instanceof Long || value instanceof BigInteger
                    || value instanceof Short || value instanceof Byte;
        }

        BigInteger wholeValue() {
            return value instanceof BigInteger ? (BigInteger) value : BigInteger.valueOf(value.longValue());
        }

        @Override
        String describe() {
            return text;
        }
    }

    static final class BooleanNode extends Node {
        final boolean value;

        BooleanNode(PolicyLocation location, boolean value) {
            super(location);
            this.value = value;
        }

        @Override
        String describe() {
            return String.valueOf(value);
        }
    }

    static final class NullNode extends Node {
        NullNode(PolicyLocation location) {
            super(location);
        }

        @Override
        String describe() {
            return "null";
        }
    }
}
