package io.fluxgate;

import java.time.Duration;

/**
 * What a breaker's window holds: how many outcomes, how many failures, how long they took.
 *
 * <p>{@link CircuitBreakerInfo#metric()} returns an immutable snapshot; trippers read a live
 * view of the window, which is why the primitive accessors exist beside the
 * {@link Duration} ones: the hot path must not allocate.
 */
public interface Metric {

    /** Outcomes in the window. */
    long totalCount();

    /** Failed outcomes in the window. */
    long failureCount();

    /** The summed duration of the outcomes in the window, in nanoseconds. */
    long totalDurationNanos();

    /**
     * Outcomes in the window whose duration was at least {@code thresholdNanos}. Slow calls are
     * counted for the thresholds of the {@code SlowRate} trippers of the breaker's tripper;
     * any other threshold reads 0.
     */
    long slowCount(long thresholdNanos);

    default Duration totalDuration() {
        return Duration.ofNanos(totalDurationNanos());
    }

    default long slowCount(Duration threshold) {
        return slowCount(threshold.toNanos());
    }

    /** Failures divided by outcomes; 0 when the window is empty. */
    default double failureRate() {
        long total = totalCount();
        return total == 0 ? 0.0 : (double) failureCount() / total;
    }

    /** The mean duration of an outcome; zero when the window is empty. */
    default Duration avgDuration() {
        long total = totalCount();
        return total == 0 ? Duration.ZERO : Duration.ofNanos(totalDurationNanos() / total);
    }

    /** The metric of an empty window. */
    static Metric empty() {
        return EmptyMetric.INSTANCE;
    }
}

final class EmptyMetric implements Metric {
    static final EmptyMetric INSTANCE = new EmptyMetric();

    private EmptyMetric() {
    }

    @Override
    public long totalCount() {
        return 0;
    }

    @Override
    public long failureCount() {
        return 0;
    }

    @Override
    public long totalDurationNanos() {
        return 0;
    }

    @Override
    public long slowCount(long thresholdNanos) {
        return 0;
    }

    @Override
    public String toString() {
        return "Metric{total=0, failures=0, duration=PT0S}";
    }
}
