package io.fluxgate.window;

import io.fluxgate.Metric;
import io.fluxgate.internal.Durations;

import java.time.Duration;

/** An immutable copy of a window's figures. */
final class FrozenMetric implements Metric {
    private final long totalCount;
    private final long failureCount;
    private final long totalDurationNanos;
    private final long[] thresholdsNanos;
    private final long[] slowCounts;

    FrozenMetric(long totalCount, long failureCount, long totalDurationNanos, long[] thresholdsNanos,
                 long[] slowCounts) {
        this.totalCount = totalCount;
        this.failureCount = failureCount;
        this.totalDurationNanos = totalDurationNanos;
        this.thresholdsNanos = thresholdsNanos;
        this.slowCounts = slowCounts;
    }

    @Override
    public long totalCount() {
        return totalCount;
    }

    @Override
    public long failureCount() {
        return failureCount;
    }

    @Override
    public long totalDurationNanos() {
        return totalDurationNanos;
    }

    @Override
    public long slowCount(long thresholdNanos) {
        int index = Thresholds.indexOf(thresholdsNanos, thresholdNanos);
        return index < 0 ? 0 : slowCounts[index];
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Metric{total=").append(totalCount)
                .append(", failures=").append(failureCount)
                .append(", duration=").append(Duration.ofNanos(totalDurationNanos));
        for (int i = 0; i < thresholdsNanos.length; i++) {
            text.append(", slow>=").append(Durations.format(Duration.ofNanos(thresholdsNanos[i])))
                    .append('=').append(slowCounts[i]);
        }
        return text.append('}').toString();
    }
}
