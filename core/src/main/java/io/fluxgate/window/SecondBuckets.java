package io.fluxgate.window;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicLongFieldUpdater;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;

/**
 * The live form of a {@link TimeWindow}: one bucket per second of the breaker clock, lock-free.
 *
 * <p>A bucket belongs to one second for its whole life; when its slot is needed for a later
 * second a fresh bucket replaces it with one compare-and-set, so a reset never races with a
 * recorder (at most one allocation per second, never one per call). An outcome older than the
 * slot's current bucket is already outside the window and is dropped.
 *
 * <p>Trippers read right after recording, so the live view spans the window that ends at the
 * newest second recorded. Summing {@code size} buckets per call would be too slow; instead the
 * buckets older than the last two seconds, which normally no longer change, are summed once per
 * second and cached (an outcome that arrives that late has the sum made again). {@link #snapshot(long)}
 * sums every bucket of the window ending at the given time, so a read never counts buckets older
 * than the window.
 */
final class SecondBuckets implements LiveWindow {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long FAILURE_UNIT = 1L << 32;
    private static final long COUNT_MASK = FAILURE_UNIT - 1;
    private static final long NOTHING = Long.MIN_VALUE;
    private static final AtomicReferenceFieldUpdater<SecondBuckets, Bucket> LATEST =
            AtomicReferenceFieldUpdater.newUpdater(SecondBuckets.class, Bucket.class, "latest");
    private static final AtomicLongFieldUpdater<SecondBuckets> LATE_OUTCOMES =
            AtomicLongFieldUpdater.newUpdater(SecondBuckets.class, "lateOutcomes");

    private final int size;
    private final long[] thresholds;
    private final AtomicReferenceArray<Bucket> buckets;

    /**
     * The bucket of the newest second recorded; null until the first outcome. Nearly every call
     * records into it and reads it, so it is kept at hand: no slot arithmetic (a division by the
     * window size) on the hot path.
     */
    private volatile Bucket latest;
    private volatile Sum settled;
    /**
     * Outcomes recorded into seconds that a cached sum may already cover. A sum remembers the count
     * it started from and is used only while the count is unchanged: an outcome that lands while a
     * sum is being made can never be left out of it for good.
     */
    private volatile long lateOutcomes;

    SecondBuckets(int size, long[] slowThresholdsNanos) {
        this.size = size;
        this.thresholds = slowThresholdsNanos.clone();
        this.buckets = new AtomicReferenceArray<>(size);
        this.settled = new Sum(NOTHING, 0, 0, 0, 0, new long[thresholds.length]);
    }

    @Override
    public void record(boolean failure, long durationNanos, long nowNanos) {
        long second = Math.floorDiv(nowNanos, NANOS_PER_SECOND);
        Bucket bucket = latest;
        if (bucket == null || bucket.second != second) {
            bucket = bucketFor(second);
            if (bucket == null) {
                return;
            }
            advanceTo(bucket);
        }
        bucket.add(failure, Math.max(durationNanos, 0), thresholds);
        if (second <= latest.second - 2) {
            // A late outcome (its thread stalled between the clock reading and this call) landed in
            // the seconds that cached sums cover: have them made again.
            LATE_OUTCOMES.incrementAndGet(this);
        }
    }

    /** Makes {@code bucket} the latest unless a newer second is already recorded. */
    private void advanceTo(Bucket bucket) {
        Bucket newest;
        while (((newest = latest) == null || bucket.second > newest.second)
                && !LATEST.compareAndSet(this, newest, bucket)) {
            // another recorder moved on; look again
        }
    }

    /** The bucket for {@code second}, replacing an expired one; null if the slot holds a newer second. */
    private Bucket bucketFor(long second) {
        int slot = (int) Math.floorMod(second, (long) size);
        while (true) {
            Bucket current = buckets.get(slot);
            if (current != null && current.second == second) {
                return current;
            }
            if (current != null && current.second > second) {
                return null;
            }
            Bucket fresh = new Bucket(second, slot, thresholds.length);
            if (buckets.compareAndSet(slot, current, fresh)) {
                return fresh;
            }
        }
    }

    private Bucket bucketAt(long second) {
        Bucket bucket = buckets.get((int) Math.floorMod(second, (long) size));
        return bucket != null && bucket.second == second ? bucket : null;
    }

    @Override
    public long totalCount() {
        Bucket newest = latest;
        if (newest == null) {
            return 0;
        }
        Bucket before = previous(newest);
        return settled(newest.second).count + (newest.counts & COUNT_MASK)
                + (before == null ? 0 : before.counts & COUNT_MASK);
    }

    @Override
    public long failureCount() {
        Bucket newest = latest;
        if (newest == null) {
            return 0;
        }
        Bucket before = previous(newest);
        return settled(newest.second).failures + (newest.counts >>> 32)
                + (before == null ? 0 : before.counts >>> 32);
    }

    @Override
    public long totalDurationNanos() {
        Bucket newest = latest;
        if (newest == null) {
            return 0;
        }
        Bucket before = previous(newest);
        return settled(newest.second).durationNanos + newest.durationNanos
                + (before == null ? 0 : before.durationNanos);
    }

    @Override
    public long slowCount(long thresholdNanos) {
        int index = Thresholds.indexOf(thresholds, thresholdNanos);
        Bucket newest = latest;
        if (index < 0 || newest == null) {
            return 0;
        }
        Bucket before = previous(newest);
        return settled(newest.second).slow[index] + newest.slow.get(index)
                + (before == null ? 0 : before.slow.get(index));
    }

    /**
     * The bucket of the second before {@code newest}'s, if the window spans two seconds and one was
     * recorded: with {@code newest} the part of the live view that is summed on every read.
     */
    private Bucket previous(Bucket newest) {
        if (size == 1) {
            return null;
        }
        Bucket before = buckets.get(newest.slot == 0 ? size - 1 : newest.slot - 1);
        return before != null && before.second == newest.second - 1 ? before : null;
    }

    /** The cached sum of the window's buckets older than its last two seconds. */
    private Sum settled(long newest) {
        Sum cached = settled;
        long late = lateOutcomes;
        if (cached.newest == newest && cached.lateOutcomes == late) {
            return cached;
        }
        Sum fresh = sum(newest - size + 1, newest - 2, newest, late);
        settled = fresh;
        return fresh;
    }

    private Sum sum(long fromSecond, long toSecond, long newest) {
        return sum(fromSecond, toSecond, newest, 0);
    }

    /** @param late {@link #lateOutcomes} read before the first bucket is */
    private Sum sum(long fromSecond, long toSecond, long newest, long late) {
        long count = 0;
        long failures = 0;
        long duration = 0;
        long[] slow = new long[thresholds.length];
        for (long second = fromSecond; second <= toSecond; second++) {
            Bucket bucket = bucketAt(second);
            if (bucket != null) {
                // Unpacked per bucket: the counts of many seconds may pass 2^32 and would carry over.
                long packed = bucket.counts;
                count += packed & COUNT_MASK;
                failures += packed >>> 32;
                duration += bucket.durationNanos;
                for (int i = 0; i < slow.length; i++) {
                    slow[i] += bucket.slow.get(i);
                }
            }
        }
        return new Sum(newest, late, count, failures, duration, slow);
    }

    @Override
    public FrozenMetric snapshot(long nowNanos) {
        long now = Math.floorDiv(nowNanos, NANOS_PER_SECOND);
        Sum all = sum(now - size + 1, now, now);
        return new FrozenMetric(all.count, all.failures, all.durationNanos, thresholds, all.slow);
    }

    @Override
    public String toString() {
        Bucket newest = latest;
        return newest == null ? "Metric{total=0}" : sum(newest.second - size + 1, newest.second, newest.second).toString();
    }

    /** One second's outcomes. Count and failures share one word so a call costs one atomic add. */
    private static final class Bucket {
        private static final AtomicLongFieldUpdater<Bucket> COUNTS =
                AtomicLongFieldUpdater.newUpdater(Bucket.class, "counts");
        private static final AtomicLongFieldUpdater<Bucket> DURATION =
                AtomicLongFieldUpdater.newUpdater(Bucket.class, "durationNanos");

        final long second;
        /** Its index in the ring, so that the bucket before it is found without a division. */
        final int slot;
        final AtomicLongArray slow;
        volatile long counts;            // failures << 32 | count
        volatile long durationNanos;

        Bucket(long second, int slot, int thresholds) {
            this.second = second;
            this.slot = slot;
            this.slow = new AtomicLongArray(thresholds);
        }

        void add(boolean failure, long duration, long[] thresholds) {
            COUNTS.addAndGet(this, failure ? FAILURE_UNIT + 1 : 1);
            DURATION.addAndGet(this, duration);
            for (int i = 0; i < thresholds.length; i++) {
                if (duration >= thresholds[i]) {
                    slow.incrementAndGet(i);
                }
            }
        }
    }

    /** Figures summed over a range of buckets. */
    private static final class Sum {
        final long newest;
        final long lateOutcomes;
        final long count;
        final long failures;
        final long durationNanos;
        final long[] slow;

        Sum(long newest, long lateOutcomes, long count, long failures, long durationNanos, long[] slow) {
            this.newest = newest;
            this.lateOutcomes = lateOutcomes;
            this.count = count;
            this.failures = failures;
            this.durationNanos = durationNanos;
            this.slow = slow;
        }

        @Override
        public String toString() {
            return "Metric{total=" + count + ", failures=" + failures + ", durationNanos=" + durationNanos + "}";
        }
    }
}
