package io.fluxgate.window;

import io.fluxgate.Metric;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.concurrent.atomic.AtomicReferenceArray;

import static io.fluxgate.window.MetricAssert.assertSameFigures;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SecondBucketsTest {
    private static final long MS = 1_000_000L;
    private static final long SECOND = 1_000 * MS;
    private static final long[] THRESHOLDS = {SECOND, 3 * SECOND};

    private static LiveWindow window(int size) {
        return new TimeWindow(size).open(THRESHOLDS, false);
    }

    /** A clock reading {@code seconds} and {@code millis} into the clock's epoch. */
    private static long at(long seconds, long millis) {
        return seconds * SECOND + millis * MS;
    }

    @Test
    void anEmptyWindowReadsZero() {
        LiveWindow window = window(5);
        assertEquals(0, window.totalCount());
        assertEquals(0, window.failureCount());
        assertEquals(0, window.totalDurationNanos());
        assertEquals(0, window.slowCount(SECOND));
        assertSameFigures(window, window.snapshot(at(100, 0)), THRESHOLDS);
        assertEquals("Metric{total=0}", window.toString());
    }

    @Test
    void outcomesOfOneSecondShareABucket() {
        LiveWindow window = window(1);
        window.record(true, 100 * MS, at(10, 0));
        window.record(false, 300 * MS, at(10, 999));
        assertEquals(2, window.totalCount());
        assertEquals(1, window.failureCount());
        assertEquals(400 * MS, window.totalDurationNanos());
        assertSameFigures(window, window.snapshot(at(10, 500)), THRESHOLDS);
    }

    @Test
    void bucketsAreWholeSecondsOfTheClock() {
        LiveWindow window = window(2);
        window.record(false, 0, at(10, 0) - 1);    // second 9
        window.record(true, 0, at(10, 0));         // second 10
        window.record(true, 0, at(11, 0) - 1);     // still second 10
        assertEquals(3, window.totalCount());
        assertEquals(1, window.snapshot(at(10, 0) - 1).totalCount());
        assertEquals(0, window.snapshot(at(10, 0) - 1).failureCount());
        assertEquals(2, window.snapshot(at(11, 0)).totalCount());
        assertEquals(2, window.snapshot(at(11, 0)).failureCount());
        assertEquals(0, window.snapshot(at(12, 0)).totalCount());
    }

    @Test
    void theLiveViewSpansTheWindowEndingAtTheNewestSecondRecorded() {
        LiveWindow window = window(3);
        window.record(true, SECOND, at(10, 0));
        window.record(false, 2 * SECOND, at(11, 0));
        window.record(false, 3 * SECOND, at(12, 0));
        assertEquals(3, window.totalCount());
        assertEquals(1, window.failureCount());
        assertEquals(6 * SECOND, window.totalDurationNanos());
        assertEquals(3, window.slowCount(SECOND));
        assertEquals(1, window.slowCount(3 * SECOND));

        window.record(false, 0, at(13, 0));        // second 10 leaves the window
        assertEquals(3, window.totalCount());
        assertEquals(0, window.failureCount());
        assertEquals(5 * SECOND, window.totalDurationNanos());
        assertEquals(2, window.slowCount(SECOND));
        assertSameFigures(window, window.snapshot(at(13, 0)), THRESHOLDS);
    }

    @Test
    void aLongerWindowKeepsEverySecondOfItsSpan() {
        LiveWindow window = window(10);
        for (long second = 100; second < 130; second++) {
            window.record(second % 2 == 0, (second - 100) * SECOND, at(second, 500));
            long oldest = Math.max(100, second - 9);
            long count = second - oldest + 1;
            long failures = 0;
            long duration = 0;
            long slowAt3 = 0;
            for (long s = oldest; s <= second; s++) {
                failures += s % 2 == 0 ? 1 : 0;
                duration += (s - 100) * SECOND;
                slowAt3 += s - 100 >= 3 ? 1 : 0;
            }
            assertEquals(count, window.totalCount(), "count at " + second);
            assertEquals(failures, window.failureCount(), "failures at " + second);
            assertEquals(duration, window.totalDurationNanos(), "duration at " + second);
            assertEquals(slowAt3, window.slowCount(3 * SECOND), "slow at " + second);
            assertSameFigures(window, window.snapshot(at(second, 999)), THRESHOLDS);
        }
    }

    @Test
    void aSnapshotNeverCountsBucketsOlderThanItsWindow() {
        LiveWindow window = window(3);
        window.record(true, SECOND, at(10, 0));
        window.record(true, SECOND, at(11, 0));
        window.record(true, SECOND, at(12, 0));
        assertEquals(3, window.snapshot(at(12, 999)).totalCount());
        assertEquals(2, window.snapshot(at(13, 0)).totalCount());
        assertEquals(1, window.snapshot(at(14, 0)).failureCount());
        Metric idle = window.snapshot(at(15, 0));
        assertEquals(0, idle.totalCount());
        assertEquals(0, idle.failureCount());
        assertEquals(0, idle.totalDurationNanos());
        assertEquals(0, idle.slowCount(SECOND));
    }

    @Test
    void anIdleWindowReadLongAfterIsEmptyEvenWhereSlotsAlign() {
        LiveWindow window = window(3);
        window.record(true, SECOND, at(10, 0));
        // 1000 and 1002 share slots with 10..12 (both ≡ 1 mod 3): the stale bucket must not count.
        assertEquals(0, window.snapshot(at(1000, 0)).totalCount());
        assertEquals(0, window.snapshot(at(1002, 0)).totalCount());
        window.record(false, 0, at(1000, 0));
        assertEquals(1, window.totalCount());
        assertEquals(0, window.failureCount());
    }

    @Test
    void anOutcomeOlderThanItsSlotsBucketIsDropped() {
        LiveWindow window = window(3);
        window.record(false, 0, at(13, 0));
        window.record(true, 0, at(10, 0));         // same slot as 13, and already outside its window
        assertEquals(1, window.totalCount());
        assertEquals(0, window.failureCount());
        assertEquals(0, window.snapshot(at(13, 0)).failureCount());
        assertEquals(0, window.snapshot(at(10, 0)).totalCount());
    }

    @Test
    void aLateOutcomeStillInsideTheWindowCounts() {
        LiveWindow window = window(3);
        window.record(false, 0, at(13, 0));
        window.record(true, 0, at(12, 0));
        window.record(true, 0, at(11, 0));
        assertEquals(3, window.totalCount());
        assertEquals(2, window.failureCount());
        assertSameFigures(window, window.snapshot(at(13, 0)), THRESHOLDS);
    }

    @Test
    void aLateOutcomeOlderThanTheLastTwoSecondsReachesTheLiveViewAtOnce() {
        LiveWindow window = window(10);
        window.record(false, 0, at(20, 0));
        assertEquals(1, window.totalCount());      // read once, so older seconds are summed and kept
        window.record(true, 4 * SECOND, at(15, 0));
        assertEquals(2, window.totalCount());
        assertEquals(1, window.failureCount());
        assertEquals(4 * SECOND, window.totalDurationNanos());
        assertEquals(1, window.slowCount(3 * SECOND));
        assertSameFigures(window, window.snapshot(at(20, 0)), THRESHOLDS);
    }

    @Test
    void theLiveViewDoesNotMoveWithoutARecord() {
        // Trippers read right after recording; until then the window ends at the newest second recorded.
        LiveWindow window = window(3);
        window.record(true, 0, at(10, 0));
        assertEquals(1, window.totalCount());
        assertEquals(0, window.snapshot(at(50, 0)).totalCount());
        assertEquals(1, window.totalCount());
    }

    @Test
    void negativeClockReadingsWork() {
        LiveWindow window = window(2);
        window.record(true, 0, -1);                // second -1
        window.record(false, 0, -SECOND);          // second -1
        window.record(true, 0, -SECOND - 1);       // second -2
        assertEquals(3, window.totalCount());
        assertEquals(2, window.failureCount());
        assertEquals(3, window.snapshot(-1).totalCount());
        assertEquals(1, window.snapshot(-SECOND - 1).totalCount());
        window.record(false, 0, 0);                // second 0: second -2 leaves the 2-second window
        assertEquals(3, window.totalCount());
        assertEquals(1, window.failureCount());
        assertSameFigures(window, window.snapshot(0), THRESHOLDS);
    }

    @Test
    void aWindowOfOneSecondKeepsOnlyTheCurrentSecond() {
        LiveWindow window = window(1);
        window.record(true, 5 * SECOND, at(7, 100));
        window.record(true, 0, at(7, 900));
        assertEquals(2, window.failureCount());
        window.record(false, 0, at(8, 0));
        assertEquals(1, window.totalCount());
        assertEquals(0, window.failureCount());
        assertEquals(0, window.slowCount(SECOND));
        window.record(true, 0, at(7, 950));       // second 7 is gone
        assertEquals(1, window.totalCount());
        assertEquals(0, window.failureCount());
    }

    @Test
    void slowCountsFollowTheirThresholdsAndUnknownThresholdsReadZero() {
        LiveWindow window = window(5);
        window.record(false, SECOND - 1, at(1, 0));
        window.record(true, SECOND, at(1, 0));
        window.record(false, 3 * SECOND, at(2, 0));
        assertEquals(2, window.slowCount(SECOND));
        assertEquals(1, window.slowCount(3 * SECOND));
        assertEquals(0, window.slowCount(2 * SECOND));
        assertEquals(0, window.snapshot(at(2, 0)).slowCount(2 * SECOND));
    }

    @Test
    void aNegativeDurationCountsAsZero() {
        LiveWindow window = window(5);
        window.record(false, -SECOND, at(1, 0));
        assertEquals(1, window.totalCount());
        assertEquals(0, window.totalDurationNanos());
    }

    @Test
    void countsBeyondTwoToTheThirtyTwoInOneWindowDoNotSpillIntoFailures() throws Exception {
        // Each bucket packs failures and count into one word; summing many seconds must not carry over.
        LiveWindow window = window(4);
        for (long second = 0; second < 4; second++) {
            window.record(false, 0, at(second, 0));
        }
        long perBucket = (1L << 31) + 5;           // count only, no failures
        Field bucketsField = SecondBuckets.class.getDeclaredField("buckets");
        bucketsField.setAccessible(true);
        AtomicReferenceArray<?> buckets = (AtomicReferenceArray<?>) bucketsField.get(window);
        for (int i = 0; i < buckets.length(); i++) {
            Object bucket = buckets.get(i);
            Field counts = bucket.getClass().getDeclaredField("counts");
            counts.setAccessible(true);
            counts.setLong(bucket, perBucket);
        }
        Metric all = window.snapshot(at(3, 0));
        assertEquals(4 * perBucket, all.totalCount());
        assertEquals(0, all.failureCount());
        window.record(false, 0, at(4, 0));         // seconds 1..3 at the old figure, 4 newly started
        assertEquals(3 * perBucket + 1, window.totalCount());
        assertEquals(0, window.failureCount());
    }
}
