package io.fluxgate.agent.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The class part of a method pattern, as dot-separated segments: each segment is a glob that never
 * crosses a dot, and a {@code ..} between segments stands for any number of packages (none
 * included).
 */
final class TypePattern {
    /** Marks the place of a {@code ..} in {@link #segments}. */
    static final Glob ANY_PACKAGES = null;

    private final List<Glob> segments;
    private final String exactName;
    private final String literalPrefix;

    TypePattern(List<Glob> segments, String text) {
        this.segments = Collections.unmodifiableList(new ArrayList<>(segments));
        int wildcard = firstWildcard(text);
        this.exactName = wildcard < 0 ? text : null;
        this.literalPrefix = wildcard < 0 ? text : text.substring(0, wildcard);
    }

    boolean matches(String className) {
        if (exactName != null) {
            return exactName.equals(className);
        }
        // Most classes differ in their package already: reject those before splitting the name.
        if (!className.startsWith(literalPrefix)) {
            return false;
        }
        return matchFrom(0, className.split("\\.", -1), 0);
    }

    private boolean matchFrom(int segment, String[] parts, int part) {
        if (segment == segments.size()) {
            return part == parts.length;
        }
        Glob glob = segments.get(segment);
        if (glob == ANY_PACKAGES) {
            for (int skipped = part; skipped < parts.length; skipped++) {
                if (matchFrom(segment + 1, parts, skipped)) {
                    return true;
                }
            }
            return false;
        }
        return part < parts.length && glob.matches(parts[part]) && matchFrom(segment + 1, parts, part + 1);
    }

    /** The index of the first {@code *} or {@code ..}, or -1 when the pattern is one literal name. */
    private static int firstWildcard(String text) {
        int star = text.indexOf('*');
        int dots = text.indexOf("..");
        if (star < 0) {
            return dots;
        }
        return dots < 0 ? star : Math.min(star, dots);
    }
}
