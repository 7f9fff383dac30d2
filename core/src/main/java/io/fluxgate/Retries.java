package io.fluxgate;

import io.fluxgate.expr.Expressions;
import io.fluxgate.retry.Always;
import io.fluxgate.retry.Backoff;
import io.fluxgate.retry.Cooldown;
import io.fluxgate.retry.Never;
import io.fluxgate.retry.Retry;

import java.time.Duration;

/** Factories for {@link Retry} strategies: how long an open breaker waits before probing. */
public final class Retries {
    private Retries() {
    }

    /** {@code Always()}: probe on the next call. */
    public static Retry always() {
        return Always.INSTANCE;
    }

    /** {@code Never()}: stay open until reset by hand. */
    public static Retry never() {
        return Never.INSTANCE;
    }

    /** {@code Cooldown(duration)}. */
    public static Retry cooldown(Duration duration) {
        return new Cooldown(duration, 0);
    }

    /** {@code Cooldown(duration, jitter_ratio)}. */
    public static Retry cooldown(Duration duration, double jitterRatio) {
        return new Cooldown(duration, jitterRatio);
    }

    /** {@code Backoff(initial)}: doubling from {@code initial}, at most 300 seconds. */
    public static Retry backoff(Duration initial) {
        return new Backoff(initial, 2.0, Duration.ofSeconds(300), 0);
    }

    /** {@code Backoff(initial, multiplier, max_duration, jitter_ratio)}. */
    public static Retry backoff(Duration initial, double multiplier, Duration max, double jitterRatio) {
        return new Backoff(initial, multiplier, max, jitterRatio);
    }

    /** Reads {@code "Backoff(initial=30, max_duration=600, jitter_ratio=0.1)"}. */
    public static Retry parse(String expression) {
        return Expressions.retry(expression);
    }
}
