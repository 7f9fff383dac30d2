package io.fluxgate;

import io.fluxgate.expr.Expressions;
import io.fluxgate.tripper.AvgLatency;
import io.fluxgate.tripper.Closed;
import io.fluxgate.tripper.FailureRate;
import io.fluxgate.tripper.FailureStreak;
import io.fluxgate.tripper.HalfOpened;
import io.fluxgate.tripper.MinRequests;
import io.fluxgate.tripper.SlowRate;
import io.fluxgate.tripper.Tripper;

import java.time.Duration;

/** Factories for {@link Tripper}s: when a breaker trips. */
public final class Trippers {
    private Trippers() {
    }

    /** {@code Closed()}: holds only when asked in the CLOSED state. */
    public static Tripper closed() {
        return Closed.INSTANCE;
    }

    /** {@code HalfOpened()}: holds only when asked in the HALF_OPEN state. */
    public static Tripper halfOpened() {
        return HalfOpened.INSTANCE;
    }

    /** {@code MinRequests(count)}: the window holds at least {@code count} outcomes. */
    public static Tripper minRequests(int count) {
        return new MinRequests(count);
    }

    /** {@code FailureRate(ratio)}: failures / outcomes {@code >= ratio}. */
    public static Tripper failureRate(double ratio) {
        return new FailureRate(ratio);
    }

    /** {@code AvgLatency(threshold)}: the mean duration is at least {@code threshold}. */
    public static Tripper avgLatency(Duration threshold) {
        return new AvgLatency(threshold);
    }

    /** {@code SlowRate(ratio, threshold)}: outcomes slower than {@code threshold} / outcomes {@code >= ratio}. */
    public static Tripper slowRate(double ratio, Duration threshold) {
        return new SlowRate(ratio, threshold);
    }

    /** {@code FailureStreak(count)}: {@code count} failures in a row. */
    public static Tripper failureStreak(int count) {
        return new FailureStreak(count);
    }

    /** Reads {@code "FailureStreak(5) | (MinRequests(20) & FailureRate(0.4))"}. */
    public static Tripper parse(String expression) {
        return Expressions.tripper(expression);
    }
}
