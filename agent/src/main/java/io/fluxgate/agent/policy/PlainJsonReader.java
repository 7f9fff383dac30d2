package io.fluxgate.agent.policy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads well-formed JSON into a {@link Node} tree without Jackson, whose start-up (some seventy
 * classes and their set-up) is a good part of the agent's own start-up. It builds exactly the tree
 * that {@link TreeReader} builds with Jackson: the same values, number types, positions and
 * duplicate-key errors.
 *
 * <p>It only takes what it is sure of: at anything unusual (a syntax error, a comment, an
 * unescaped control character, deep nesting, a very long number, text after the root value) it
 * returns null, and the caller reads the file with Jackson, which reports syntax errors in its own
 * words.
 */
final class PlainJsonReader {
    private static final int MAX_DEPTH = 200;
    private static final int MAX_NUMBER_LENGTH = 100;

    /** Thrown to give up: the text is left to Jackson. */
    private static final class NotPlain extends Exception {
        private static final long serialVersionUID = 1L;

        NotPlain() {
            super(null, null, false, false);
        }
    }

    private static final NotPlain NOT_PLAIN = new NotPlain();

    private final SourceText source;
    private final String text;
    private final Problems problems;
    private int position;
    private int line = 1;
    private int lineStart;
    private int depth;

    private PlainJsonReader(SourceText source, Problems problems) {
        this.source = source;
        this.text = source.content;
        this.problems = problems;
    }

    /** The tree of {@code source}, its duplicate keys added to {@code problems}; null to leave it to Jackson. */
    static Node read(SourceText source, Problems problems) {
        Problems found = new Problems();
        try {
            Node root = new PlainJsonReader(source, found).document();
            problems.addAll(found);
            return root;
        } catch (NotPlain | RuntimeException unusual) {
            return null;
        }
    }

    private Node document() throws NotPlain {
        skipWhitespace();
        if (position >= text.length()) {
            throw NOT_PLAIN;   // empty: the Jackson path words that error
        }
        Node root = value();
        skipWhitespace();
        if (position < text.length()) {
            throw NOT_PLAIN;
        }
        return root;
    }

    private Node value() throws NotPlain {
        PolicyLocation at = here();
        char c = text.charAt(position);
        switch (c) {
            case '{':
                return object(at);
            case '[':
                return array(at);
            case '"':
                long offset = position;
                return new Node.TextNode(at, string(), source, offset);
            case 't':
                literal("true");
                return new Node.BooleanNode(at, true);
            case 'f':
                literal("false");
                return new Node.BooleanNode(at, false);
            case 'n':
                literal("null");
                return new Node.NullNode(at);
            default:
                return number(at);
        }
    }

    private Node.ObjectNode object(PolicyLocation at) throws NotPlain {
        enter();
        position++;   // {
        Node.ObjectNode object = new Node.ObjectNode(at);
        skipWhitespace();
        if (peek() == '}') {
            position++;
            depth--;
            return object;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw NOT_PLAIN;
            }
            PolicyLocation keyAt = here();
            long keyOffset = position;
            Node.TextNode key = new Node.TextNode(keyAt, string(), source, keyOffset);
            skipWhitespace();
            expect(':');
            skipWhitespace();
            object.add(key, valueAt(), problems);
            skipWhitespace();
            char next = peek();
            position++;
            if (next == '}') {
                depth--;
                return object;
            }
            if (next != ',') {
                throw NOT_PLAIN;
            }
        }
    }

    private Node.ArrayNode array(PolicyLocation at) throws NotPlain {
        enter();
        position++;   // [
        List<Node> items = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            position++;
            depth--;
            return new Node.ArrayNode(at, items);
        }
        while (true) {
            skipWhitespace();
            items.add(valueAt());
            skipWhitespace();
            char next = peek();
            position++;
            if (next == ']') {
                depth--;
                return new Node.ArrayNode(at, items);
            }
            if (next != ',') {
                throw NOT_PLAIN;
            }
        }
    }

    /** A value where one must start (not a closing bracket or a stray comma). */
    private Node valueAt() throws NotPlain {
        if (position >= text.length()) {
            throw NOT_PLAIN;
        }
        return value();
    }

    private void enter() throws NotPlain {
        if (++depth > MAX_DEPTH) {
            throw NOT_PLAIN;
        }
    }

    /** The decoded string starting at the opening quote under {@code position}; leaves it after the closing one. */
    private String string() throws NotPlain {
        position++;   // "
        StringBuilder decoded = null;
        int runStart = position;
        while (true) {
            if (position >= text.length()) {
                throw NOT_PLAIN;
            }
            char c = text.charAt(position);
            if (c == '"') {
                String run = text.substring(runStart, position);
                position++;
                return decoded == null ? run : decoded.append(run).toString();
            }
            if (c < 0x20) {
                throw NOT_PLAIN;
            }
            if (c != '\\') {
                position++;
                continue;
            }
            if (decoded == null) {
                decoded = new StringBuilder();
            }
            decoded.append(text, runStart, position);
            decoded.append(escape());
            runStart = position;
        }
    }

    /** The character of the escape under {@code position}; leaves it after the escape. */
    private char escape() throws NotPlain {
        if (position + 1 >= text.length()) {
            throw NOT_PLAIN;
        }
        char kind = text.charAt(position + 1);
        position += 2;
        switch (kind) {
            case '"':
            case '\\':
            case '/':
                return kind;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                if (position + 4 > text.length()) {
                    throw NOT_PLAIN;
                }
                int code = 0;
                for (int i = 0; i < 4; i++) {
                    int digit = Character.digit(text.charAt(position + i), 16);
                    if (digit < 0) {
                        throw NOT_PLAIN;
                    }
                    code = code * 16 + digit;
                }
                position += 4;
                return (char) code;
            default:
                throw NOT_PLAIN;
        }
    }

    private void literal(String word) throws NotPlain {
        if (!text.startsWith(word, position)) {
            throw NOT_PLAIN;
        }
        position += word.length();
        requireDelimiter();
    }

    /** {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}: Integer, Long or BigInteger when whole, else Double. */
    private Node number(PolicyLocation at) throws NotPlain {
        int start = position;
        if (peek() == '-') {
            position++;
        }
        if (peek() == '0') {
            position++;
        } else if (isDigit(peek())) {
            skipDigits();
        } else {
            throw NOT_PLAIN;
        }
        boolean whole = true;
        if (peek() == '.') {
            whole = false;
            position++;
            requireDigit();
            skipDigits();
        }
        if (peek() == 'e' || peek() == 'E') {
            whole = false;
            position++;
            if (peek() == '+' || peek() == '-') {
                position++;
            }
            requireDigit();
            skipDigits();
        }
        requireDelimiter();
        String written = text.substring(start, position);
        if (written.length() > MAX_NUMBER_LENGTH) {
            throw NOT_PLAIN;
        }
        return new Node.NumberNode(at, whole ? wholeNumber(written) : (Number) Double.parseDouble(written), written);
    }

    /** The smallest of Integer, Long and BigInteger that holds the value, as Jackson chooses. */
    private static Number wholeNumber(String written) {
        BigInteger value = new BigInteger(written);
        if (value.bitLength() < 32) {
            return value.intValue();
        }
        if (value.bitLength() < 64) {
            return value.longValue();
        }
        return value;
    }

    private void requireDigit() throws NotPlain {
        if (!isDigit(peek())) {
            throw NOT_PLAIN;
        }
    }

    private void skipDigits() {
        while (isDigit(peek())) {
            position++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A number or literal must end where a structural character, whitespace or the text ends. */
    private void requireDelimiter() throws NotPlain {
        char c = peek();
        if (c != 0 && c != ',' && c != '}' && c != ']' && c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            throw NOT_PLAIN;
        }
    }

    private void expect(char wanted) throws NotPlain {
        if (peek() != wanted) {
            throw NOT_PLAIN;
        }
        position++;
    }

    /** The character under {@code position}, or 0 at the end (a 0 in the text is never plain JSON). */
    private char peek() {
        return position < text.length() ? text.charAt(position) : 0;
    }

    /** Jackson's whitespace: space, tab and line breaks, where CR LF is one break. */
    private void skipWhitespace() throws NotPlain {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == ' ' || c == '\t') {
                position++;
            } else if (c == '\n') {
                newLineAt(++position);
            } else if (c == '\r') {
                position++;
                if (peek() == '\n') {
                    position++;
                }
                newLineAt(position);
            } else if (c == 0) {
                throw NOT_PLAIN;
            } else {
                return;
            }
        }
    }

    private void newLineAt(int start) {
        line++;
        lineStart = start;
    }

    private PolicyLocation here() {
        return source.at(line, position - lineStart + 1);
    }
}
