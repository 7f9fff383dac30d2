package io.fluxgate.agent.policy;

import io.fluxgate.CircuitBreaker;
import io.fluxgate.State;
import io.fluxgate.permit.Permit;
import io.fluxgate.retry.Retry;
import io.fluxgate.tracker.Tracker;
import io.fluxgate.tripper.Tripper;
import io.fluxgate.window.Window;

import java.util.Arrays;
import java.util.Objects;

/**
 * The complete configuration of one breaker, every key resolved in the order: the breaker's own
 * setting, then {@code defaults}, then the built-in defaults. The components are immutable and
 * may be shared by every breaker made from this spec.
 *
 * <p>A name containing {@value #HOST_PLACEHOLDER} is a template: the agent makes one breaker per
 * host, named by {@link #nameFor(String)}, up to {@link #maxBreakers()}.
 */
public final class BreakerSpec {
    public static final String HOST_PLACEHOLDER = "{host}";

    private final String name;
    private final boolean declared;
    private final PolicyLocation location;
    private final BreakerSettings settings;

    BreakerSpec(String name, boolean declared, PolicyLocation location, BreakerSettings settings) {
        this.name = name;
        this.declared = declared;
        this.location = location;
        this.settings = settings;
    }

    /** The name as written, placeholder included for templates. */
    public String name() {
        return name;
    }

    public boolean isTemplate() {
        return name.contains(HOST_PLACEHOLDER);
    }

    /** False for a breaker that only a target names: it has the defaults. */
    public boolean isDeclared() {
        return declared;
    }

    /** Where it is declared in {@code breakers}, or else where a target first names it. */
    public PolicyLocation location() {
        return location;
    }

    /** The name of the breaker for one host: the placeholder replaced; the name itself for a non-template. */
    public String nameFor(String host) {
        return name.replace(HOST_PLACEHOLDER, host);
    }

    /**
     * A builder with every setting of this spec applied; the caller adds listeners, and a clock or
     * random source in tests.
     *
     * @param breakerName the breaker's name: {@link #name()}, or {@link #nameFor(String)} for a template
     */
    public CircuitBreaker.Builder newBuilder(String breakerName) {
        return CircuitBreaker.builder(breakerName)
                .window(window())
                .tracker(tracker())
                .tripper(tripper())
                .retry(retry())
                .permit(permit())
                .maxHalfOpenCalls(maxHalfOpenCalls())
                .initialState(initialState());
    }

    /** {@link #newBuilder(String)} with this spec's name; a template needs a host first. */
    public CircuitBreaker.Builder newBuilder() {
        if (isTemplate()) {
            throw new IllegalStateException(name + " is a template: use newBuilder(nameFor(host))");
        }
        return newBuilder(name);
    }

    public Window window() {
        return settings.window.value;
    }

    /** Matches classes by name (nothing is loaded), so it works for any application class loader. */
    public Tracker tracker() {
        return settings.tracker.value;
    }

    public Tripper tripper() {
        return settings.tripper.value;
    }

    public Retry retry() {
        return settings.retry.value;
    }

    public Permit permit() {
        return settings.permit.value;
    }

    /** The expression the window was built from, e.g. {@code CountWindow(100)}. */
    public String windowExpression() {
        return settings.window.expression;
    }

    /** The tracker's expression, to resolve it against a class loader with {@code Expressions.tracker(text, loader)}. */
    public String trackerExpression() {
        return settings.tracker.expression;
    }

    public String tripperExpression() {
        return settings.tripper.expression;
    }

    public String retryExpression() {
        return settings.retry.expression;
    }

    public String permitExpression() {
        return settings.permit.expression;
    }

    public int maxHalfOpenCalls() {
        return settings.maxHalfOpenCalls;
    }

    /** CLOSED, METRICS_ONLY, DISABLED or FORCED_OPEN. */
    public State initialState() {
        return settings.state;
    }

    /** For templates: how many per-host breakers before further hosts share an overflow breaker. */
    public int maxBreakers() {
        return settings.maxBreakers;
    }

    /** Same name and same settings, as written: what a reload compares. */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof BreakerSpec)) {
            return false;
        }
        BreakerSpec that = (BreakerSpec) other;
        return name.equals(that.name) && Arrays.asList(expressions()).equals(Arrays.asList(that.expressions()))
                && maxHalfOpenCalls() == that.maxHalfOpenCalls() && initialState() == that.initialState()
                && maxBreakers() == that.maxBreakers();
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(expressions()), maxHalfOpenCalls(), initialState(), maxBreakers());
    }

    private String[] expressions() {
        return new String[] {windowExpression(), trackerExpression(), tripperExpression(), retryExpression(),
            permitExpression()};
    }

    @Override
    public String toString() {
        return name + "{window=" + windowExpression() + ", tracker=" + trackerExpression() + ", tripper="
                + tripperExpression() + ", retry=" + retryExpression() + ", permit=" + permitExpression()
                + ", maxHalfOpenCalls=" + maxHalfOpenCalls() + ", state=" + initialState()
                + (isTemplate() ? ", maxBreakers=" + maxBreakers() : "") + "}";
    }
}
