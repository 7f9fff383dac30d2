package io.fluxgate.agent.policy;

/**
 * Syntax checks for the class and method names a policy writes, and the environment variable names.
 * Written as loops rather than regular expressions: compiling the Unicode classes of a Java
 * identifier pattern cost several milliseconds of the agent's start-up.
 */
final class JavaNames {
    private JavaNames() {
    }

    /** Identifiers joined by dots: {@code com.acme.Client}, {@code Client}. */
    static boolean isClassName(String text) {
        return dottedNameEnd(text, 0) == text.length();
    }

    /** {@code com.acme.Fallbacks#queueCharge}. */
    static boolean isMethodReference(String text) {
        int hash = dottedNameEnd(text, 0);
        return hash > 0 && hash < text.length() && text.charAt(hash) == '#'
                && identifierEnd(text, hash + 1) == text.length();
    }

    /** {@code [A-Za-z_][A-Za-z0-9_]*}. */
    static boolean isEnvironmentVariable(String text) {
        if (text.isEmpty() || !isAsciiLetterOrUnderscore(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isAsciiLetterOrUnderscore(c) && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** A class name without a package is a {@code java.lang} one, as in expressions. */
    static String qualify(String className) {
        return className.indexOf('.') < 0 ? "java.lang." + className : className;
    }

    /** Where the identifiers-joined-by-dots starting at {@code start} end; -1 when there is none there. */
    private static int dottedNameEnd(String text, int start) {
        int end = identifierEnd(text, start);
        while (end > 0 && end < text.length() && text.charAt(end) == '.') {
            end = identifierEnd(text, end + 1);
        }
        return end;
    }

    /**
     * Where the Java identifier starting at {@code start} ends; -1 when there is none there. Its
     * characters are Java identifier characters other than the ASCII control characters.
     */
    private static int identifierEnd(String text, int start) {
        if (start >= text.length() || !Character.isJavaIdentifierStart(text.codePointAt(start))) {
            return -1;
        }
        int position = start + Character.charCount(text.codePointAt(start));
        while (position < text.length()) {
            int codePoint = text.codePointAt(position);
            if (!Character.isJavaIdentifierPart(codePoint) || codePoint < 0x20 || codePoint == 0x7F) {
                break;
            }
            position += Character.charCount(codePoint);
        }
        return position;
    }

    private static boolean isAsciiLetterOrUnderscore(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
    }
}
