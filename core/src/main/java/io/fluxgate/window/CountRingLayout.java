package io.fluxgate.window;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicLongFieldUpdater;

/**
 * The fields of a {@link CountRing}, spread over cache lines. HotSpot lays out a superclass's
 * fields before its subclass's and fills gaps only with fields that fit them, so a run of
 * {@code long}s between two levels of the hierarchy keeps the levels on different lines.
 * Each pad is 120 bytes: with the 8-byte field it guards, a full 128 bytes, which also covers
 * the adjacent-line prefetcher.
 */
final class CountRingLayout {
    private CountRingLayout() {
    }

    /** Read by every call, written once (when the ring first fills). */
    abstract static class Settings {
        static final long EMPTY = -1L;
        /** Consecutive positions go to slots a cache line apart, so concurrent recorders don't share one. */
        static final int SPREAD = 8;

        final int size;
        final int rows;
        final AtomicLongArray slots;
        final long[] thresholds;
        final AtomicLongArray slowCounts;
        final AtomicLong durationSum;      // null: summed from the slots on demand
        volatile boolean full;

        Settings(int size, long[] slowThresholdsNanos, boolean sumDurations) {
            this.size = size;
            this.rows = (size + SPREAD - 1) / SPREAD;
            this.slots = new AtomicLongArray(rows * SPREAD);
            for (int i = 0; i < slots.length(); i++) {
                slots.lazySet(i, EMPTY);
            }
            this.thresholds = slowThresholdsNanos.clone();
            this.slowCounts = new AtomicLongArray(thresholds.length);
            this.durationSum = sumDurations ? new AtomicLong() : null;
        }
    }

    abstract static class PadAfterSettings extends Settings {
        long p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15;

        PadAfterSettings(int size, long[] slowThresholdsNanos, boolean sumDurations) {
            super(size, slowThresholdsNanos, sumDurations);
        }
    }

    /** Written by every call. */
    abstract static class Cursor extends PadAfterSettings {
        /** A long, so that positions stay consecutive for the breaker's whole life (an int wraps after 2^31 calls). */
        private static final AtomicLongFieldUpdater<Cursor> CURSOR =
                AtomicLongFieldUpdater.newUpdater(Cursor.class, "cursor");

        private volatile long cursor;

        Cursor(int size, long[] slowThresholdsNanos, boolean sumDurations) {
            super(size, slowThresholdsNanos, sumDurations);
        }

        /** The next position, claimed. */
        final long claim() {
            return CURSOR.getAndIncrement(this);
        }

        /** Positions claimed so far. */
        final long claimed() {
            return cursor;
        }
    }

    abstract static class PadAfterCursor extends Cursor {
        long q01, q02, q03, q04, q05, q06, q07, q08, q09, q10, q11, q12, q13, q14, q15;

        PadAfterCursor(int size, long[] slowThresholdsNanos, boolean sumDurations) {
            super(size, slowThresholdsNanos, sumDurations);
        }
    }

    /** Written when a failure enters or leaves the window; read by every call. */
    abstract static class Failures extends PadAfterCursor {
        private static final AtomicLongFieldUpdater<Failures> FAILURES =
                AtomicLongFieldUpdater.newUpdater(Failures.class, "failures");

        /** A long, so it cannot slip into a 4-byte gap of a superclass. */
        volatile long failures;

        Failures(int size, long[] slowThresholdsNanos, boolean sumDurations) {
            super(size, slowThresholdsNanos, sumDurations);
        }

        final void addFailures(int delta) {
            FAILURES.addAndGet(this, delta);
        }
    }

    /** Keeps whatever is allocated next (the slots, written by every call) off the failure count's line. */
    abstract static class PadAfterFailures extends Failures {
        long r01, r02, r03, r04, r05, r06, r07, r08, r09, r10, r11, r12, r13, r14, r15;

        PadAfterFailures(int size, long[] slowThresholdsNanos, boolean sumDurations) {
            super(size, slowThresholdsNanos, sumDurations);
        }
    }
}
