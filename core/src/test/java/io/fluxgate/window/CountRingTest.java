package io.fluxgate.window;

import io.fluxgate.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Field;
import java.time.Duration;

import static io.fluxgate.window.MetricAssert.assertSameFigures;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CountRingTest {
    private static final long MS = 1_000_000L;
    private static final long SECOND = 1_000 * MS;
    private static final long[] THRESHOLDS = {SECOND, 5 * SECOND};

    private static LiveWindow ring(int size, boolean sumDurations) {
        return new CountWindow(size).open(THRESHOLDS, sumDurations);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void anEmptyWindowReadsZero(boolean sumDurations) {
        LiveWindow window = ring(3, sumDurations);
        assertEquals(0, window.totalCount());
        assertEquals(0, window.failureCount());
        assertEquals(0, window.totalDurationNanos());
        assertEquals(0, window.slowCount(SECOND));
        assertEquals(0.0, window.failureRate());
        assertEquals(Duration.ZERO, window.avgDuration());
        assertSameFigures(window, window.snapshot(0), THRESHOLDS);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void countsEveryOutcomeUntilFull(boolean sumDurations) {
        LiveWindow window = ring(4, sumDurations);
        window.record(true, 100 * MS, 0);
        window.record(false, 300 * MS, 0);
        window.record(true, 200 * MS, 0);
        assertEquals(3, window.totalCount());
        assertEquals(2, window.failureCount());
        assertEquals(600 * MS, window.totalDurationNanos());
        assertEquals(2.0 / 3, window.failureRate());
        assertEquals(Duration.ofMillis(200), window.avgDuration());
        assertSameFigures(window, window.snapshot(0), THRESHOLDS);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void theOldestOutcomeFallsOutBeyondTheSize(boolean sumDurations) {
        LiveWindow window = ring(3, sumDurations);
        window.record(true, 1 * MS, 0);      // falls out first
        window.record(false, 2 * MS, 0);
        window.record(false, 3 * MS, 0);
        window.record(false, 4 * MS, 0);
        assertEquals(3, window.totalCount());
        assertEquals(0, window.failureCount());
        assertEquals(9 * MS, window.totalDurationNanos());
        window.record(true, 5 * MS, 0);      // evicts the 2ms success
        window.record(true, 6 * MS, 0);      // evicts the 3ms success
        assertEquals(3, window.totalCount());
        assertEquals(2, window.failureCount());
        assertEquals(15 * MS, window.totalDurationNanos());
        window.record(false, 7 * MS, 0);     // evicts the 4ms success
        window.record(false, 8 * MS, 0);     // evicts the 5ms failure
        assertEquals(1, window.failureCount());
        assertEquals(21 * MS, window.totalDurationNanos());
        assertSameFigures(window, window.snapshot(0), THRESHOLDS);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void slowCountsFollowEachThresholdThroughEvictions(boolean sumDurations) {
        LiveWindow window = ring(3, sumDurations);
        window.record(false, 6 * SECOND, 0);     // slow at 1s and 5s
        window.record(true, 2 * SECOND, 0);      // slow at 1s; failures are slow too
        window.record(false, SECOND - 1, 0);     // just under 1s
        assertEquals(2, window.slowCount(SECOND));
        assertEquals(1, window.slowCount(5 * SECOND));
        window.record(false, 5 * SECOND, 0);     // exactly 5s is slow at 5s; evicts the 6s one
        assertEquals(2, window.slowCount(SECOND));
        assertEquals(1, window.slowCount(5 * SECOND));
        window.record(false, 0, 0);              // evicts the 2s failure
        assertEquals(1, window.slowCount(SECOND));
        assertEquals(1, window.slowCount(Duration.ofSeconds(5)));
        window.record(false, 0, 0);              // evicts the 999ms one
        window.record(false, 0, 0);              // evicts the 5s one
        assertEquals(0, window.slowCount(SECOND));
        assertEquals(0, window.slowCount(5 * SECOND));
        assertSameFigures(window, window.snapshot(0), THRESHOLDS);
    }

    @Test
    void aThresholdTheWindowWasNotOpenedWithReadsZero() {
        LiveWindow window = ring(3, false);
        window.record(false, 10 * SECOND, 0);
        assertEquals(0, window.slowCount(2 * SECOND));
        assertEquals(0, window.snapshot(0).slowCount(2 * SECOND));
        assertEquals(1, window.slowCount(SECOND));
    }

    @Test
    void aWindowWithoutThresholdsStillCounts() {
        LiveWindow window = new CountWindow(2).open(new long[0], false);
        window.record(true, SECOND, 0);
        assertEquals(1, window.totalCount());
        assertEquals(0, window.slowCount(SECOND));
    }

    @Test
    void theDurationSumIsRightWhetherKeptEagerlyOrSummedOnDemand() {
        LiveWindow eager = ring(5, true);
        LiveWindow lazy = ring(5, false);
        long expected = 0;
        for (int i = 1; i <= 12; i++) {
            eager.record(i % 2 == 0, i * MS, 0);
            lazy.record(i % 2 == 0, i * MS, 0);
            expected += i * MS;
            if (i > 5) {
                expected -= (i - 5) * MS;
            }
            assertEquals(expected, eager.totalDurationNanos(), "eager after " + i);
            assertEquals(expected, lazy.totalDurationNanos(), "lazy after " + i);
        }
        assertEquals(Duration.ofMillis(8 + 9 + 10 + 11 + 12), lazy.totalDuration());
    }

    @Test
    void aNegativeDurationCountsAsZero() {
        LiveWindow window = ring(3, true);
        window.record(true, -5 * SECOND, 0);
        assertEquals(1, window.totalCount());
        assertEquals(0, window.totalDurationNanos());
        assertEquals(0, window.slowCount(SECOND));
    }

    @Test
    void sizeOneHoldsOnlyTheLastOutcome() {
        LiveWindow window = ring(1, false);
        window.record(true, 2 * SECOND, 0);
        assertEquals(1, window.failureCount());
        window.record(false, 0, 0);
        assertEquals(1, window.totalCount());
        assertEquals(0, window.failureCount());
        assertEquals(0, window.slowCount(SECOND));
        assertEquals(0, window.totalDurationNanos());
    }

    @ParameterizedTest
    @ValueSource(ints = {7, 8, 9, 16, 100})
    void sizesThatDoNotFillTheSlotRowsEvenly(int size) {
        // Slots are spread in rows of 8; sizes that leave a row partly empty must still evict in order.
        LiveWindow window = ring(size, false);
        for (int i = 0; i < 3 * size + 1; i++) {
            window.record(i % 3 == 0, i * MS, 0);
        }
        long failures = 0;
        long duration = 0;
        for (int i = 2 * size + 1; i < 3 * size + 1; i++) {
            failures += i % 3 == 0 ? 1 : 0;
            duration += i * MS;
        }
        assertEquals(size, window.totalCount());
        assertEquals(failures, window.failureCount());
        assertEquals(duration, window.totalDurationNanos());
        assertSameFigures(window, window.snapshot(0), THRESHOLDS);
    }

    @Test
    void aSnapshotIsFrozen() {
        LiveWindow window = ring(3, true);
        window.record(true, 2 * SECOND, 0);
        Metric before = window.snapshot(0);
        window.record(true, 2 * SECOND, 0);
        window.record(true, 2 * SECOND, 0);
        assertEquals(1, before.totalCount());
        assertEquals(1, before.failureCount());
        assertEquals(2 * SECOND, before.totalDurationNanos());
        assertEquals(1, before.slowCount(SECOND));
        assertEquals(3, window.snapshot(0).totalCount());
    }

    @Test
    void evictionStaysInOrderWhenTheSequenceCounterPassesIntegerMaxValue() throws Exception {
        // A busy breaker records more than 2^31 outcomes in its life; jump the counter there.
        LiveWindow window = ring(3, true);
        Field cursor = declaredAnywhere(CountRing.class, "cursor");
        cursor.setAccessible(true);
        long start = Integer.MAX_VALUE - 4L;
        if (cursor.getType() == int.class) {
            cursor.setInt(window, (int) start);
        } else {
            cursor.setLong(window, start);
        }
        for (int i = 1; i <= 9; i++) {
            window.record(i >= 7, i * MS, 0);
            if (i >= 3) {
                // the window holds exactly the outcomes i-2, i-1 and i
                assertEquals(((i - 2) + (i - 1) + i) * MS, window.totalDurationNanos(), "after outcome " + i);
                assertEquals(Math.max(0, i - 6), window.failureCount(), "after outcome " + i);
                assertEquals(3, window.totalCount());
            }
        }
    }

    /** The field, declared by the class or one of its superclasses (the ring's fields sit in a padded hierarchy). */
    private static Field declaredAnywhere(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> level = type; level != null; level = level.getSuperclass()) {
            try {
                return level.getDeclaredField(name);
            } catch (NoSuchFieldException notHere) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name);
    }

    @Test
    void toStringShowsTheFigures() {
        LiveWindow window = ring(3, false);
        window.record(true, 2 * SECOND, 0);
        assertEquals("Metric{total=1, failures=1, duration=PT2S, slow>=1=1, slow>=5=0}", window.toString());
    }
}
