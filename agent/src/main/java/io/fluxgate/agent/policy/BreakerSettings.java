package io.fluxgate.agent.policy;

import io.fluxgate.State;
import io.fluxgate.expr.Expressions;
import io.fluxgate.permit.Permit;
import io.fluxgate.retry.Retry;
import io.fluxgate.tracker.Tracker;
import io.fluxgate.tripper.Tripper;
import io.fluxgate.window.Window;

/**
 * The settings one object of the policy gives (a breaker, or {@code defaults}); null where it
 * says nothing. {@link #over} fills the gaps from the next object in the merge order.
 */
final class BreakerSettings {
    Setting<Window> window;
    Setting<Tracker> tracker;
    Setting<Tripper> tripper;
    Setting<Retry> retry;
    Setting<Permit> permit;
    Integer maxHalfOpenCalls;
    State state;
    Integer maxBreakers;

    /** These settings, with every gap filled from {@code fallback}. */
    BreakerSettings over(BreakerSettings fallback) {
        BreakerSettings merged = new BreakerSettings();
        merged.window = window != null ? window : fallback.window;
        merged.tracker = tracker != null ? tracker : fallback.tracker;
        merged.tripper = tripper != null ? tripper : fallback.tripper;
        merged.retry = retry != null ? retry : fallback.retry;
        merged.permit = permit != null ? permit : fallback.permit;
        merged.maxHalfOpenCalls = maxHalfOpenCalls != null ? maxHalfOpenCalls : fallback.maxHalfOpenCalls;
        merged.state = state != null ? state : fallback.state;
        merged.maxBreakers = maxBreakers != null ? maxBreakers : fallback.maxBreakers;
        return merged;
    }

    /**
     * SPEC §2's defaults, which are also {@code CircuitBreaker.Builder}'s. Made on first use: they
     * start the expression language, which a policy without breakers never needs.
     */
    static BreakerSettings builtIn() {
        return BuiltIn.SETTINGS;
    }

    private static final class BuiltIn {
        static final BreakerSettings SETTINGS = make();
    }

    private static BreakerSettings make() {
        BreakerSettings settings = new BreakerSettings();
        settings.window = new Setting<>(Expressions.window("CountWindow(100)"), "CountWindow(100)");
        settings.tracker = new Setting<>(Expressions.tracker("All()", null), "All()");
        String tripper = "MinRequests(100) & FailureRate(0.5)";
        settings.tripper = new Setting<>(Expressions.tripper(tripper), tripper);
        settings.retry = new Setting<>(Expressions.retry("Cooldown(60)"), "Cooldown(60)");
        settings.permit = new Setting<>(Expressions.permit("Random(0.5)"), "Random(0.5)");
        settings.maxHalfOpenCalls = 10;
        settings.state = State.CLOSED;
        settings.maxBreakers = 1000;
        return settings;
    }
}
