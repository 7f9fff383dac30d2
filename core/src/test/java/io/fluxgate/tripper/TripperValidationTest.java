package io.fluxgate.tripper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TripperValidationTest {
    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    private static String rejection(Executable construction) {
        return assertThrows(IllegalArgumentException.class, construction).getMessage();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void minRequestsNeedsAPositiveCount(int count) {
        assertEquals("MinRequests: count must be > 0, was " + count, rejection(() -> new MinRequests(count)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5})
    void failureStreakNeedsAPositiveCount(int count) {
        assertEquals("FailureStreak: count must be > 0, was " + count, rejection(() -> new FailureStreak(count)));
    }

    @Test
    void countsOfOneAreTheSmallestAccepted() {
        assertDoesNotThrow(() -> new MinRequests(1));
        assertDoesNotThrow(() -> new FailureStreak(1));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.1, 1.0000001, 2.0, Double.NaN})
    void failureRateNeedsARatioInZeroExclusiveToOne(double ratio) {
        assertEquals("FailureRate: ratio must be in (0, 1], was " + ratio, rejection(() -> new FailureRate(ratio)));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 1.5, Double.NaN})
    void slowRateNeedsARatioInZeroExclusiveToOne(double ratio) {
        assertEquals("SlowRate: ratio must be in (0, 1], was " + ratio,
                rejection(() -> new SlowRate(ratio, ONE_SECOND)));
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.MIN_VALUE, 0.5, 1.0})
    void ratiosJustAboveZeroAndExactlyOneAreAccepted(double ratio) {
        assertDoesNotThrow(() -> new FailureRate(ratio));
        assertDoesNotThrow(() -> new SlowRate(ratio, ONE_SECOND));
    }

    @Test
    void avgLatencyNeedsAPositiveThreshold() {
        assertEquals("AvgLatency: threshold must be > 0, was 0", rejection(() -> new AvgLatency(Duration.ZERO)));
        assertEquals("AvgLatency: threshold must be > 0, was -1",
                rejection(() -> new AvgLatency(Duration.ofSeconds(-1))));
        assertEquals("AvgLatency: threshold must not be null", rejection(() -> new AvgLatency(null)));
        assertDoesNotThrow(() -> new AvgLatency(Duration.ofNanos(1)));
    }

    @Test
    void slowRateNeedsAPositiveThreshold() {
        assertEquals("SlowRate: threshold must be > 0, was 0", rejection(() -> new SlowRate(0.5, Duration.ZERO)));
        assertEquals("SlowRate: threshold must be > 0, was -250ms",
                rejection(() -> new SlowRate(0.5, Duration.ofMillis(-250))));
        assertDoesNotThrow(() -> new SlowRate(0.5, Duration.ofNanos(1)));
    }

    @Test
    void compositesRefuseAMissingOperand() {
        Tripper streak = new FailureStreak(1);
        assertEquals("&: right operand must not be null", rejection(() -> streak.and(null)));
        assertEquals("|: right operand must not be null", rejection(() -> streak.or(null)));
    }
}
