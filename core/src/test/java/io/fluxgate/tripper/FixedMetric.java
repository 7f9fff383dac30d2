package io.fluxgate.tripper;

import io.fluxgate.Metric;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** A metric with the figures a test sets, and slow counts only for the thresholds it names. */
final class FixedMetric implements Metric {
    private final long total;
    private final long failures;
    private final long durationNanos;
    private final Map<Long, Long> slowByThreshold = new HashMap<>();

    private FixedMetric(long total, long failures, long durationNanos) {
        this.total = total;
        this.failures = failures;
        this.durationNanos = durationNanos;
    }

    static FixedMetric empty() {
        return new FixedMetric(0, 0, 0);
    }

    static FixedMetric of(long total, long failures) {
        return new FixedMetric(total, failures, 0);
    }

    static FixedMetric lasting(long total, Duration totalDuration) {
        return new FixedMetric(total, 0, totalDuration.toNanos());
    }

    FixedMetric slow(Duration threshold, long count) {
        slowByThreshold.put(threshold.toNanos(), count);
        return this;
    }

    @Override
    public long totalCount() {
        return total;
    }

    @Override
    public long failureCount() {
        return failures;
    }

    @Override
    public long totalDurationNanos() {
        return durationNanos;
    }

    @Override
    public long slowCount(long thresholdNanos) {
        return slowByThreshold.getOrDefault(thresholdNanos, 0L);
    }
}
