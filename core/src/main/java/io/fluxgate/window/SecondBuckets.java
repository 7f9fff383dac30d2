package io.fluxgate.window;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicLongFieldUpdater;
import java.util.concurrent.atomic.AtomicReferenceArray;

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
 * second and cached (an outcome that arrives that late drops the cache). {@link #snapshot(long)}
 * sums every bucket of the window ending at the given time, so a read never counts buckets older
 * than the window.
 */
final class SecondBuckets implements LiveWindow {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long FAILURE_UNIT = 1L << 32;
    private static final long COUNT_MASK = FAILURE_UNIT - 1;
    private static final long NOTHING = Long.MIN_VALUE;
    private static final AtomicLongFieldUpdater<SecondBuckets> HEAD =
            AtomicLongFieldUpdater.newUpdater(SecondBuckets.class, "head");

    private final int size;
    private final long[] thresholds;
    private final AtomicReferenceArray<Bucket> buckets;

    /** The newest second recorded; {@link #NOTHING} until the first outcome. */
    private volatile long head = NOTHING;
    private volatile Sum settled;
    private final Sum unsettled;

    SecondBuckets(int size, long[] slowThresholdsNanos) {
        this.size = size;
        this.thresholds = slowThresholdsNanos.clone();
        this.buckets = new AtomicReferenceArray<>(size);
        this.unsettled = new Sum(NOTHING, 0, 0, 0, new long[thresholds.length]);
        this.settled = unsettled;
    }

    @Override
    public void record(boolean failure, long durationNanos, long nowNanos) {
        long second = Math.floorDiv(nowNanos, NANOS_PER_SECOND);
        Bucket bucket = bucketFor(second);
        if (bucket == null) {
            return;
        }
        long duration = Math.max(durationNanos, 0);
        bucket.add(failure, duration, thresholds);
        long newest;
        while (second > (newest = head) && !HEAD.compareAndSet(this, newest, second)) {
            // another recorder moved the head; look again
        }
        Sum cached = settled;
        if (cached.newest != NOTHING && second <= cached.newest - 2 && second > cached.newest - size) {
            // A late outcome (its thread stalled between the clock reading and this call) landed in
            // seconds the cache had already summed: sum them again on the next read.
            settled = unsettled;
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
            Bucket fresh = new Bucket(second, thresholds.length);
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
        long newest = head;
        return settled(newest).count + (recentCounts(newest) & COUNT_MASK);
    }

    @Override
    public long failureCount() {
        long newest = head;
        return settled(newest).failures + (recentCounts(newest) >>> 32);
    }

    @Override
    public long totalDurationNanos() {
        long newest = head;
        long sum = settled(newest).durationNanos;
        for (long second = firstRecent(newest); second <= newest; second++) {
            Bucket bucket = bucketAt(second);
            sum += bucket == null ? 0 : bucket.durationNanos;
        }
        return sum;
    }

    @Override
    public long slowCount(long thresholdNanos) {
        int index = Thresholds.indexOf(thresholds, thresholdNanos);
        if (index < 0) {
            return 0;
        }
        long newest = head;
        long sum = settled(newest).slow[index];
        for (long second = firstRecent(newest); second <= newest; second++) {
            Bucket bucket = bucketAt(second);
            sum += bucket == null ? 0 : bucket.slow.get(index);
        }
        return sum;
    }

    /** The first of the window's last two seconds (or its only one); past {@code newest} when empty. */
    private long firstRecent(long newest) {
        return newest == NOTHING ? newest + 1 : Math.max(newest - 1, newest - size + 1);
    }

    /** Packed count and failures of the last two seconds of the window ending at {@code newest}. */
    private long recentCounts(long newest) {
        long packed = 0;
        for (long second = firstRecent(newest); second <= newest; second++) {
            Bucket bucket = bucketAt(second);
            packed += bucket == null ? 0 : bucket.counts;
        }
        return packed;
    }

    /** The cached sum of the window's buckets older than its last two seconds. */
    private Sum settled(long newest) {
        Sum cached = settled;
        if (cached.newest == newest || newest == NOTHING) {
            return cached;
        }
        Sum fresh = sum(newest - size + 1, newest - 2, newest);
        settled = fresh;
        return fresh;
    }

    private Sum sum(long fromSecond, long toSecond, long newest) {
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
        return new Sum(newest, count, failures, duration, slow);
    }

    @Override
    public FrozenMetric snapshot(long nowNanos) {
        long now = Math.floorDiv(nowNanos, NANOS_PER_SECOND);
        Sum all = sum(now - size + 1, now, now);
        return new FrozenMetric(all.count, all.failures, all.durationNanos, thresholds, all.slow);
    }

    @Override
    public String toString() {
        long newest = head;
        return newest == NOTHING ? "Metric{total=0}" : sum(newest - size + 1, newest, newest).toString();
    }

    /** One second's outcomes. Count and failures share one word so a call costs one atomic add. */
    private static final class Bucket {
        private static final AtomicLongFieldUpdater<Bucket> COUNTS =
                AtomicLongFieldUpdater.newUpdater(Bucket.class, "counts");
        private static final AtomicLongFieldUpdater<Bucket> DURATION =
                AtomicLongFieldUpdater.newUpdater(Bucket.class, "durationNanos");

        final long second;
        final AtomicLongArray slow;
        volatile long counts;            // failures << 32 | count
        volatile long durationNanos;

        Bucket(long second, int thresholds) {
            this.second = second;
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
        final long count;
        final long failures;
        final long durationNanos;
        final long[] slow;

        Sum(long newest, long count, long failures, long durationNanos, long[] slow) {
            this.newest = newest;
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
