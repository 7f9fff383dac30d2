package io.fluxgate.agent.observe;

import io.prometheus.metrics.model.snapshots.ClassicHistogramBuckets;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot.HistogramDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Call durations of one breaker in fixed buckets. Recording is a bucket search and two adder
 * increments: no lock and no allocation, so it can sit on the calling thread (the client
 * library's own histogram allocates per observation and locks while it is scraped).
 */
final class DurationHistogram {
    /** Upper bounds in seconds, from a fast local call to a slow remote one. */
    static final double[] UPPER_BOUNDS_SECONDS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5,
            5, 10, 30};

    private static final long[] UPPER_BOUNDS_NANOS = nanos(UPPER_BOUNDS_SECONDS);

    /** One adder per bound, then one for everything above the last bound (+Inf). */
    private final LongAdder[] buckets = new LongAdder[UPPER_BOUNDS_NANOS.length + 1];
    private final LongAdder sumNanos = new LongAdder();

    DurationHistogram() {
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new LongAdder();
        }
    }

    void record(long durationNanos) {
        int bucket = 0;
        while (bucket < UPPER_BOUNDS_NANOS.length && durationNanos > UPPER_BOUNDS_NANOS[bucket]) {
            bucket++;
        }
        buckets[bucket].increment();
        sumNanos.add(durationNanos);
    }

    /** The buckets as they are now; the count is their total, so the two always agree. */
    HistogramDataPointSnapshot snapshot(Labels labels) {
        double[] bounds = new double[buckets.length];
        long[] counts = new long[buckets.length];
        for (int i = 0; i < buckets.length; i++) {
            bounds[i] = i < UPPER_BOUNDS_SECONDS.length ? UPPER_BOUNDS_SECONDS[i] : Double.POSITIVE_INFINITY;
            counts[i] = buckets[i].sum();
        }
        return HistogramDataPointSnapshot.builder()
                .classicHistogramBuckets(ClassicHistogramBuckets.of(bounds, counts))
                .sum(sumNanos.sum() / 1e9)
                .labels(labels)
                .build();
    }

    private static long[] nanos(double[] seconds) {
        long[] nanos = new long[seconds.length];
        for (int i = 0; i < seconds.length; i++) {
            nanos[i] = (long) (seconds[i] * TimeUnit.SECONDS.toNanos(1));
        }
        return nanos;
    }
}
