package io.fluxgate.agent.policy;

/**
 * A method pattern that cannot be read. {@link #column()} is 1-based inside the pattern, so the
 * policy reader can point into the JSON string.
 */
public final class MethodPatternException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String pattern;
    private final int column;
    private final String reason;

    public MethodPatternException(String pattern, int column, String reason) {
        super("column " + column + ": " + reason + " in '" + pattern + "'");
        this.pattern = pattern;
        this.column = column;
        this.reason = reason;
    }

    public String pattern() {
        return pattern;
    }

    /** 1-based column inside {@link #pattern()}. */
    public int column() {
        return column;
    }

    /** What is wrong, without the position. */
    public String reason() {
        return reason;
    }
}
