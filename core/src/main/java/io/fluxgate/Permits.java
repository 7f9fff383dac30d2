package io.fluxgate;

import io.fluxgate.expr.Expressions;
import io.fluxgate.permit.All;
import io.fluxgate.permit.Permit;
import io.fluxgate.permit.RampUp;
import io.fluxgate.permit.Random;

import java.time.Duration;

/** Factories for {@link Permit} strategies: which half-open calls may probe. */
public final class Permits {
    private Permits() {
    }

    /** {@code All()}: every call may probe. */
    public static Permit all() {
        return All.INSTANCE;
    }

    /** {@code Random(ratio)}: each call probes with probability {@code ratio}. */
    public static Permit random(double ratio) {
        return new Random(ratio);
    }

    /** {@code RampUp(initial, final, duration)}: the probability rises linearly over {@code duration}. */
    public static Permit rampUp(double initial, double fin, Duration duration) {
        return new RampUp(initial, fin, duration);
    }

    /** Reads {@code "RampUp(initial=0.1, final=0.8, duration=60)"}. */
    public static Permit parse(String expression) {
        return Expressions.permit(expression);
    }
}
