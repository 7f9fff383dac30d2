package io.fluxgate.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads Fluxgate's expression syntax:
 * <pre>
 * expr  := term ('|' term)*
 * term  := unary ('&amp;' unary)*
 * unary := '~' unary | '(' expr ')' | Name '(' [arg (',' arg)*] ')'
 * arg   := [name '='] value          value := number[unit] | qualified.Name[#method]
 * </pre>
 */
final class Parser {
    private final String text;
    private int position;

    private Parser(String text) {
        this.text = text;
    }

    static Node parse(String text) {
        if (text == null || text.trim().isEmpty()) {
            throw new ExpressionException(text == null ? "" : text, 1, "the expression is empty");
        }
        Parser parser = new Parser(text);
        Node node = parser.expression();
        parser.skipSpaces();
        if (parser.position < text.length()) {
            throw parser.error("expected '&', '|' or the end of the expression but found '"
                    + text.charAt(parser.position) + "'");
        }
        return node;
    }

    private Node expression() {
        Node node = term();
        while (peek() == '|') {
            int column = column();
            position++;
            node = new Node.Binary(column, '|', node, term());
        }
        return node;
    }

    private Node term() {
        Node node = unary();
        while (peek() == '&') {
            int column = column();
            position++;
            node = new Node.Binary(column, '&', node, unary());
        }
        return node;
    }

    private Node unary() {
        char next = peek();
        int column = column();
        if (next == '~') {
            position++;
            return new Node.Not(column, unary());
        }
        if (next == '(') {
            position++;
            Node inner = expression();
            expect(')', "to close the '(' at column " + column);
            return inner;
        }
        if (!Character.isJavaIdentifierStart(next)) {
            throw error(next == 0 ? "expected a component such as MinRequests(20) but the expression ended"
                    : "expected a component such as MinRequests(20) but found '" + next + "'");
        }
        String name = identifier();
        if (peek() != '(') {
            throw error("expected '(' after " + name + " (write " + name + "() when it takes no arguments)");
        }
        position++;
        List<Node.Argument> arguments = new ArrayList<>();
        if (peek() != ')') {
            do {
                arguments.add(argument());
            } while (accept(','));
        }
        expect(')', "to close the arguments of " + name);
        return new Node.Call(column, name, arguments);
    }

    private Node.Argument argument() {
        int column = column();
        String name = null;
        if (Character.isJavaIdentifierStart(peek())) {
            String word = qualifiedName();
            if (!accept('=')) {
                return new Node.Argument(null, word, false, column, column);
            }
            name = word;
        }
        int valueColumn = column();
        char next = peek();
        if (Character.isDigit(next) || next == '-' || next == '+' || next == '.') {
            return new Node.Argument(name, number(), true, column, valueColumn);
        }
        if (Character.isJavaIdentifierStart(next)) {
            return new Node.Argument(name, qualifiedName(), false, column, valueColumn);
        }
        throw error(next == 0 ? "expected an argument but the expression ended"
                : "expected an argument but found '" + next + "'");
    }

    /** A number with an optional unit, as written: {@code 20}, {@code 0.4}, {@code 250ms}, {@code -1}. */
    private String number() {
        int start = position;
        if (text.charAt(position) == '-' || text.charAt(position) == '+') {
            position++;
        }
        int digits = 0;
        while (position < text.length() && (Character.isDigit(text.charAt(position)) || text.charAt(position) == '.')) {
            digits += Character.isDigit(text.charAt(position)) ? 1 : 0;
            position++;
        }
        if (digits == 0) {
            throw error("expected a number");
        }
        while (position < text.length() && Character.isLetter(text.charAt(position))) {
            position++;
        }
        return text.substring(start, position);
    }

    /** {@code com.acme.Rules#isServerError}, {@code java.io.IOException}, {@code Outer$Inner}. */
    private String qualifiedName() {
        int start = position;
        identifier();
        while (position < text.length() && (text.charAt(position) == '.' || text.charAt(position) == '#')) {
            position++;
            if (position >= text.length() || !Character.isJavaIdentifierStart(text.charAt(position))) {
                throw error("expected a name after '" + text.charAt(position - 1) + "'");
            }
            identifier();
        }
        return text.substring(start, position);
    }

    private String identifier() {
        skipSpaces();
        int start = position;
        while (position < text.length() && Character.isJavaIdentifierPart(text.charAt(position))) {
            position++;
        }
        return text.substring(start, position);
    }

    private boolean accept(char expected) {
        if (peek() == expected) {
            position++;
            return true;
        }
        return false;
    }

    private void expect(char expected, String purpose) {
        if (!accept(expected)) {
            char found = peek();
            throw error("expected '" + expected + "' " + purpose
                    + (found == 0 ? " but the expression ended" : " but found '" + found + "'"));
        }
    }

    /** The next significant character, 0 at the end. */
    private char peek() {
        skipSpaces();
        return position < text.length() ? text.charAt(position) : 0;
    }

    private void skipSpaces() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private int column() {
        skipSpaces();
        return position + 1;
    }

    private ExpressionException error(String reason) {
        return new ExpressionException(text, Math.min(column(), text.length() + 1), reason);
    }
}
