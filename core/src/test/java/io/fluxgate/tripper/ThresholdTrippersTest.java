package io.fluxgate.tripper;

import io.fluxgate.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MinRequests, FailureRate, AvgLatency, SlowRate and FailureStreak against a fixed metric. */
class ThresholdTrippersTest {
    private static final State CLOSED = State.CLOSED;

    @ParameterizedTest
    @CsvSource({"0, false", "19, false", "20, true", "21, true"})
    void minRequestsHoldsFromCountOutcomesOn(long total, boolean holds) {
        assertEquals(holds, new MinRequests(20).test(FixedMetric.of(total, 0), CLOSED, 0));
    }

    @ParameterizedTest
    @CsvSource({
            "10, 4, false",
            "10, 5, true",    // exactly the ratio: >=
            "10, 6, true",
            "3, 3, true",
            "1, 0, false",
    })
    void failureRateComparesWithAtLeast(long total, long failures, boolean holds) {
        assertEquals(holds, new FailureRate(0.5).test(FixedMetric.of(total, failures), CLOSED, 0));
    }

    @Test
    void failureRateOfOneNeedsEveryOutcomeToFail() {
        FailureRate all = new FailureRate(1.0);
        assertTrue(all.test(FixedMetric.of(4, 4), CLOSED, 0));
        assertFalse(all.test(FixedMetric.of(4, 3), CLOSED, 0));
    }

    @ParameterizedTest
    @EnumSource(value = State.class, names = {"CLOSED", "HALF_OPEN"})
    void ratesAreFalseOverAnEmptyWindow(State state) {
        // 0/0 must not trip, whatever the ratio and however many failures were streaking.
        Duration second = Duration.ofSeconds(1);
        assertFalse(new FailureRate(Double.MIN_VALUE).test(FixedMetric.empty(), state, 5));
        assertFalse(new SlowRate(Double.MIN_VALUE, second).test(FixedMetric.empty().slow(second, 0), state, 5));
        assertFalse(new AvgLatency(Duration.ofNanos(1)).test(FixedMetric.empty(), state, 5));
    }

    @ParameterizedTest
    @CsvSource({
            "4, 7999, false",
            "4, 8000, true",   // mean of exactly 2s: >=
            "4, 8001, true",
            "1, 1999, false",
    })
    void avgLatencyComparesTheMeanDurationWithAtLeast(long total, long totalMillis, boolean holds) {
        FixedMetric metric = FixedMetric.lasting(total, Duration.ofMillis(totalMillis));
        assertEquals(holds, new AvgLatency(Duration.ofSeconds(2)).test(metric, CLOSED, 0));
    }

    @ParameterizedTest
    @CsvSource({"10, 2, false", "10, 3, true", "10, 10, true", "10, 0, false"})
    void slowRateComparesTheSlowShareOfItsThresholdWithAtLeast(long total, long slow, boolean holds) {
        FixedMetric metric = FixedMetric.of(total, 0).slow(Duration.ofSeconds(1), slow);
        assertEquals(holds, new SlowRate(0.3, Duration.ofSeconds(1)).test(metric, CLOSED, 0));
    }

    @Test
    void slowRateReadsOnlyTheSlowCountOfItsOwnThreshold() {
        FixedMetric metric = FixedMetric.of(10, 0)
                .slow(Duration.ofSeconds(1), 10)
                .slow(Duration.ofSeconds(5), 1);
        assertTrue(new SlowRate(0.5, Duration.ofSeconds(1)).test(metric, CLOSED, 0));
        assertFalse(new SlowRate(0.5, Duration.ofSeconds(5)).test(metric, CLOSED, 0));
        assertFalse(new SlowRate(0.5, Duration.ofSeconds(2)).test(metric, CLOSED, 0));
        assertEquals(5_000_000_000L, new SlowRate(0.5, Duration.ofSeconds(5)).thresholdNanos());
    }

    @ParameterizedTest
    @CsvSource({"0, false", "4, false", "5, true", "6, true"})
    void failureStreakReadsTheConsecutiveFailuresNotTheWindow(int consecutive, boolean holds) {
        // The window says nothing failed; only the streak counts.
        assertEquals(holds, new FailureStreak(5).test(FixedMetric.of(100, 0), CLOSED, consecutive));
        assertEquals(holds, new FailureStreak(5).test(FixedMetric.empty(), State.HALF_OPEN, consecutive));
    }

    @Test
    void minRequestsAndFailureStreakIgnoreTheState() {
        for (State state : State.values()) {
            assertTrue(new MinRequests(1).test(FixedMetric.of(1, 0), state, 0));
            assertTrue(new FailureStreak(1).test(FixedMetric.empty(), state, 1));
        }
    }
}
