package io.fluxgate.agent.policy;

/**
 * A shell-style wildcard pattern: {@code *} matches any run of characters, {@code ?} any one.
 * Matching is a linear scan with one backtrack point, no regular expressions.
 */
final class Glob {
    private final String pattern;
    private final boolean ignoreCase;

    Glob(String pattern, boolean ignoreCase) {
        this.pattern = pattern;
        this.ignoreCase = ignoreCase;
    }

    boolean matches(String text) {
        int p = 0;
        int t = 0;
        int star = -1;
        int starText = 0;
        while (t < text.length()) {
            if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                starText = t;
            } else if (p < pattern.length() && (pattern.charAt(p) == '?' || same(pattern.charAt(p), text.charAt(t)))) {
                p++;
                t++;
            } else if (star >= 0) {
                p = star + 1;
                t = ++starText;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    private boolean same(char a, char b) {
        return a == b || ignoreCase && Character.toLowerCase(a) == Character.toLowerCase(b);
    }

    @Override
    public String toString() {
        return pattern;
    }
}
