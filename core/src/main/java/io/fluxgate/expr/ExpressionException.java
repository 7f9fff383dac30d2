package io.fluxgate.expr;

/**
 * A policy expression that cannot be read or built. The message starts with the 1-based
 * column of the problem inside the expression; {@link #reason()} is the message without it, for
 * tools that place the column themselves (the policy reader adds the file, line and column).
 */
public class ExpressionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String expression;
    private final int column;
    private final String reason;

    public ExpressionException(String expression, int column, String reason) {
        super("column " + column + ": " + reason + " in '" + expression + "'");
        this.expression = expression;
        this.column = column;
        this.reason = reason;
    }

    public String expression() {
        return expression;
    }

    /** 1-based column inside {@link #expression()}. */
    public int column() {
        return column;
    }

    /** What is wrong, without the position. */
    public String reason() {
        return reason;
    }
}
