package io.fluxgate.window;

import io.fluxgate.Metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Compares two metrics figure by figure, for the thresholds a test names. */
final class MetricAssert {
    private MetricAssert() {
    }

    static void assertSameFigures(Metric expected, Metric actual, long... thresholdsNanos) {
        assertEquals(expected.totalCount(), actual.totalCount(), "total count");
        assertEquals(expected.failureCount(), actual.failureCount(), "failure count");
        assertEquals(expected.totalDurationNanos(), actual.totalDurationNanos(), "total duration");
        for (long threshold : thresholdsNanos) {
            assertEquals(expected.slowCount(threshold), actual.slowCount(threshold), "slow count at " + threshold);
        }
    }
}
