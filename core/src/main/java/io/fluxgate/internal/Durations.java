package io.fluxgate.internal;

import java.math.BigDecimal;
import java.time.Duration;

/** Durations written the way policy expressions write them. Not part of the public API. */
public final class Durations {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private Durations() {
    }

    /** Nanoseconds, saturated at {@link Long#MAX_VALUE} instead of overflowing. */
    public static long saturatedNanos(Duration duration) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException tooLong) {
            return duration.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    /** {@code 30} for whole seconds, {@code 250ms} for whole milliseconds, else decimal seconds. */
    public static String format(Duration duration) {
        long nanos = saturatedNanos(duration);
        if (nanos % NANOS_PER_SECOND == 0) {
            return Long.toString(nanos / NANOS_PER_SECOND);
        }
        if (nanos % NANOS_PER_MILLI == 0) {
            return (nanos / NANOS_PER_MILLI) + "ms";
        }
        return BigDecimal.valueOf(nanos, 9).stripTrailingZeros().toPlainString();
    }

    /** A ratio or factor without a trailing {@code .0}: {@code 0.5}, {@code 2}. */
    public static String formatNumber(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);   // BigDecimal cannot hold these; messages still must name them
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
