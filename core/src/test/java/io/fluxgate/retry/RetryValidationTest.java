package io.fluxgate.retry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RetryValidationTest {
    private static final Duration THIRTY = Duration.ofSeconds(30);
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    private static String rejection(Executable construction) {
        return assertThrows(IllegalArgumentException.class, construction).getMessage();
    }

    @Test
    void cooldownNeedsAPositiveDuration() {
        assertEquals("Cooldown: duration must be > 0, was 0", rejection(() -> new Cooldown(Duration.ZERO, 0)));
        assertEquals("Cooldown: duration must be > 0, was -1", rejection(() -> new Cooldown(Duration.ofSeconds(-1), 0)));
        assertEquals("Cooldown: duration must not be null", rejection(() -> new Cooldown(null, 0)));
        assertDoesNotThrow(() -> new Cooldown(Duration.ofNanos(1), 0));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, 1.0, 1.5, Double.NaN})
    void jitterRatioMustBeInZeroToOneExclusive(double jitter) {
        assertEquals("Cooldown: jitter_ratio must be in [0, 1), was " + jitter,
                rejection(() -> new Cooldown(THIRTY, jitter)));
        assertEquals("Backoff: jitter_ratio must be in [0, 1), was " + jitter,
                rejection(() -> new Backoff(THIRTY, 2, FIVE_MINUTES, jitter)));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.5, 0.999})
    void jitterRatiosFromZeroToJustBelowOneAreAccepted(double jitter) {
        assertDoesNotThrow(() -> new Cooldown(THIRTY, jitter));
        assertDoesNotThrow(() -> new Backoff(THIRTY, 2, FIVE_MINUTES, jitter));
    }

    @Test
    void backoffNeedsAPositiveInitial() {
        assertEquals("Backoff: initial must be > 0, was 0", rejection(() -> new Backoff(Duration.ZERO, 2, FIVE_MINUTES, 0)));
        assertEquals("Backoff: initial must be > 0, was -30",
                rejection(() -> new Backoff(Duration.ofSeconds(-30), 2, FIVE_MINUTES, 0)));
        assertEquals("Backoff: initial must not be null", rejection(() -> new Backoff(null, 2, FIVE_MINUTES, 0)));
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.0, 0.5, 0.0, -2.0})
    void backoffNeedsAMultiplierAboveOne(double multiplier) {
        String message = rejection(() -> new Backoff(THIRTY, multiplier, FIVE_MINUTES, 0));
        assertEquals("Backoff: multiplier must be > 1, was " + io.fluxgate.internal.Durations.formatNumber(multiplier),
                message);
    }

    @Test
    void aMultiplierThatIsNotANumberIsRejectedByName() {
        assertEquals("Backoff: multiplier must be > 1, was NaN",
                rejection(() -> new Backoff(THIRTY, Double.NaN, FIVE_MINUTES, 0)));
    }

    @Test
    void backoffMaxDurationMustBeAtLeastInitial() {
        assertEquals("Backoff: max_duration must be >= initial (30), was 10",
                rejection(() -> new Backoff(THIRTY, 2, Duration.ofSeconds(10), 0)));
        assertEquals("Backoff: max_duration must be >= initial (30), was 29999ms",
                rejection(() -> new Backoff(THIRTY, 2, Duration.ofMillis(29_999), 0)));
        assertEquals("Backoff: max_duration must be > 0, was 0", rejection(() -> new Backoff(THIRTY, 2, Duration.ZERO, 0)));
        assertEquals("Backoff: max_duration must not be null", rejection(() -> new Backoff(THIRTY, 2, null, 0)));
        assertDoesNotThrow(() -> new Backoff(THIRTY, 1.0000001, THIRTY, 0));
    }
}
