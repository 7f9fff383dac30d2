package io.fluxgate;

import io.fluxgate.expr.Expressions;
import io.fluxgate.window.CountWindow;
import io.fluxgate.window.TimeWindow;
import io.fluxgate.window.Window;

/** Factories for {@link Window}s: which outcomes a breaker judges. */
public final class Windows {
    private Windows() {
    }

    /** {@code CountWindow(size)}: the last {@code size} outcomes. */
    public static Window count(int size) {
        return new CountWindow(size);
    }

    /** {@code TimeWindow(seconds)}: the outcomes of the last {@code seconds} seconds. */
    public static Window time(int seconds) {
        return new TimeWindow(seconds);
    }

    /** Reads {@code "CountWindow(100)"} or {@code "TimeWindow(size=60)"}. */
    public static Window parse(String expression) {
        return Expressions.window(expression);
    }
}
