package io.fluxgate.agent.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code Type#name(params)}, left to right, and fails at the first character that does not
 * fit, naming what was expected there.
 */
final class MethodPatternParser {
    private static final String EXAMPLE = "com.acme.PaymentClient#charge(..)";

    private final String text;
    private int position;

    private final List<Glob> typeSegments = new ArrayList<>();
    private boolean includesSubtypes;

    private MethodPatternParser(String text) {
        this.text = text;
    }

    static MethodPattern parse(String text) {
        return new MethodPatternParser(text).pattern();
    }

    private MethodPattern pattern() {
        skipSpaces();
        if (atEnd()) {
            throw error("the method pattern is empty: write Type#method(params), e.g. " + EXAMPLE);
        }
        String typeText = type();
        expectHash();
        String methodName = methodName();
        List<String> parameters = parameters();
        skipSpaces();
        if (position < text.length()) {
            throw error("unexpected " + quoted(text.charAt(position)) + " after the parameter list");
        }
        return new MethodPattern(text, new TypePattern(typeSegments, typeText), includesSubtypes,
                new Glob(methodName, false), methodName, parameters);
    }

    /** The class part, up to an optional '+'; returns it without the '+'. */
    private String type() {
        int start = position;
        if (peek() == '.') {
            throw error("a class pattern starts with a name: write *..Name to match a class in any package");
        }
        typeSegments.add(new Glob(segment("a class or package name"), false));
        while (peek() == '.') {
            position++;
            if (peek() == '.') {
                position++;
                if (peek() == '.') {
                    throw error("'...' is not a pattern: write '..' for any number of packages");
                }
                typeSegments.add(TypePattern.ANY_PACKAGES);
                if (peek() == '#' || peek() == '+' || atEnd()) {
                    throw error("'..' must be followed by a class name, e.g. com.acme..*Client");
                }
            }
            typeSegments.add(new Glob(segment("a name after '.'"), false));
        }
        String typeText = text.substring(start, position);
        if (peek() == '+') {
            includesSubtypes = true;
            position++;
        }
        return typeText;
    }

    /** One name of the class part, wildcards allowed. */
    private String segment(String expected) {
        int start = position;
        while (!atEnd() && (isNameChar(text.charAt(position)) || text.charAt(position) == '*')) {
            position++;
        }
        if (start == position) {
            throw error(atEnd() ? "expected " + expected + " but the pattern ended"
                    : "expected " + expected + " but found " + quoted(text.charAt(position)));
        }
        if (Character.isDigit(text.charAt(start))) {
            position = start;
            throw error("a name cannot start with a digit");
        }
        return text.substring(start, position);
    }

    private void expectHash() {
        if (atEnd()) {
            throw error("expected '#' and a method name after the class, e.g. " + EXAMPLE);
        }
        if (peek() != '#') {
            throw error("unexpected " + quoted(peek()) + ": expected '#' between the class and the method name");
        }
        position++;
    }

    private String methodName() {
        if (peek() == '<') {
            throw error("constructors and initializers are never woven: name a method");
        }
        int start = position;
        while (!atEnd() && (isNameChar(text.charAt(position)) || text.charAt(position) == '*')) {
            position++;
        }
        if (start == position) {
            throw error(atEnd() ? "expected a method name after '#'"
                    : "expected a method name but found " + quoted(peek()));
        }
        if (Character.isDigit(text.charAt(start))) {
            position = start;
            throw error("a method name cannot start with a digit");
        }
        String name = text.substring(start, position);
        skipSpaces();
        if (atEnd()) {
            throw error("expected '(' after the method name: write " + name + "(..) for any parameters");
        }
        if (peek() != '(') {
            throw error("unexpected " + quoted(peek()) + " in the method name: expected '('");
        }
        return name;
    }

    /** null for {@code (..)}, else the canonical parameter type names. */
    private List<String> parameters() {
        position++;
        skipSpaces();
        if (text.startsWith("..", position) && !text.startsWith("...", position)) {
            position += 2;
            skipSpaces();
            if (peek() != ')') {
                throw error("'..' stands alone: write (..) for any parameters");
            }
            position++;
            return null;
        }
        List<String> parameters = new ArrayList<>();
        if (peek() == ')') {
            position++;
            return parameters;
        }
        while (true) {
            parameters.add(parameterType());
            skipSpaces();
            if (peek() == ')') {
                position++;
                return parameters;
            }
            if (atEnd()) {
                throw error("expected ',' or ')' but the pattern ended");
            }
            if (peek() != ',') {
                throw error("unexpected " + quoted(peek()) + ": expected ',' or ')'");
            }
            position++;
            skipSpaces();
        }
    }

    private String parameterType() {
        if (text.startsWith("..", position)) {
            throw error("'..' stands alone: write (..) for any parameters");
        }
        int start = position;
        StringBuilder name = new StringBuilder(identifier());
        while (peek() == '.' && !text.startsWith("...", position)) {
            position++;
            name.append('.').append(identifier());
        }
        int dimensions = 0;
        while (true) {
            if (text.startsWith("[]", position)) {
                position += 2;
                dimensions++;
            } else if (text.startsWith("...", position)) {
                position += 3;  // varargs are arrays
                dimensions++;
            } else if (peek() == '[') {
                position++;
                throw error("expected ']' after '['");
            } else {
                break;
            }
        }
        String type = name.toString();
        if (type.equals("void")) {
            position = start;
            throw error("void is not a parameter type: write () for a method without parameters");
        }
        if (type.indexOf('.') < 0 && !TypeNames.PRIMITIVES.contains(type)) {
            type = "java.lang." + type;
        }
        StringBuilder canonical = new StringBuilder(type);
        for (int i = 0; i < dimensions; i++) {
            canonical.append("[]");
        }
        return canonical.toString();
    }

    private String identifier() {
        int start = position;
        while (!atEnd() && isNameChar(text.charAt(position))) {
            position++;
        }
        if (peek() == '*') {
            throw error("wildcards are not allowed in parameter types: write the type in full, or (..) for any parameters");
        }
        if (start == position) {
            throw error(atEnd() ? "expected a parameter type but the pattern ended"
                    : "expected a parameter type but found " + quoted(peek()));
        }
        if (Character.isDigit(text.charAt(start))) {
            position = start;
            throw error("a type name cannot start with a digit");
        }
        return text.substring(start, position);
    }

    private static boolean isNameChar(char c) {
        return Character.isJavaIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
    }

    private void skipSpaces() {
        while (peek() == ' ') {
            position++;
        }
    }

    private boolean atEnd() {
        return position >= text.length();
    }

    private char peek() {
        return atEnd() ? 0 : text.charAt(position);
    }

    private static String quoted(char c) {
        return c == ' ' ? "a space" : c < 0x20 ? String.format("character U+%04X", (int) c) : "'" + c + "'";
    }

    private MethodPatternException error(String reason) {
        return new MethodPatternException(text, position + 1, reason);
    }
}
