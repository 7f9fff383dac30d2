package io.fluxgate.internal;

import java.time.Duration;

/**
 * Argument checks shared by every component. Each failure names the component and the argument
 * in Fluxgate's own words, so an error from a policy file reads like the expression it came from.
 * Not part of the public API.
 */
public final class Require {
    private Require() {
    }

    public static int positive(String component, String argument, int value) {
        if (value <= 0) {
            throw fail(component, argument, "must be > 0", value);
        }
        return value;
    }

    /** A ratio in (0, 1]. */
    public static double ratio(String component, String argument, double value) {
        if (!(value > 0.0 && value <= 1.0)) {
            throw fail(component, argument, "must be in (0, 1]", value);
        }
        return value;
    }

    /** A probability in [0, 1]. */
    public static double probability(String component, String argument, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw fail(component, argument, "must be in [0, 1]", value);
        }
        return value;
    }

    /** A jitter ratio in [0, 1). */
    public static double jitter(String component, String argument, double value) {
        if (!(value >= 0.0 && value < 1.0)) {
            throw fail(component, argument, "must be in [0, 1)", value);
        }
        return value;
    }

    /** A strictly positive duration; returns it in nanoseconds. */
    public static long positive(String component, String argument, Duration value) {
        notNull(component, argument, value);
        if (value.isNegative() || value.isZero()) {
            throw fail(component, argument, "must be > 0", Durations.format(value));
        }
        return Durations.saturatedNanos(value);
    }

    public static <T> T notNull(String component, String argument, T value) {
        if (value == null) {
            throw new IllegalArgumentException(component + ": " + argument + " must not be null");
        }
        return value;
    }

    public static IllegalArgumentException fail(String component, String argument, String rule, Object actual) {
        return new IllegalArgumentException(component + ": " + argument + " " + rule + ", was " + actual);
    }
}
