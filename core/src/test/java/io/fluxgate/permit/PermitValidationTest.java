package io.fluxgate.permit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PermitValidationTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private static String rejection(Executable construction) {
        return assertThrows(IllegalArgumentException.class, construction).getMessage();
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, 1.01, Double.NaN})
    void randomNeedsARatioInZeroToOne(double ratio) {
        assertEquals("Random: ratio must be in [0, 1], was " + ratio, rejection(() -> new Random(ratio)));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.5, 1.0})
    void randomAcceptsBothEnds(double ratio) {
        assertDoesNotThrow(() -> new Random(ratio));
    }

    @ParameterizedTest
    @CsvSource({
            "0,     0.5, 'RampUp: initial must be in (0, 1], was 0'",
            "-0.1,  0.5, 'RampUp: initial must be in (0, 1], was -0.1'",
            "1.5,   1.5, 'RampUp: initial must be in (0, 1], was 1.5'",
            "NaN,   0.5, 'RampUp: initial must be in (0, 1], was NaN'",
            "0.5,   0.4, 'RampUp: final must be in [initial, 1], was 0.4'",
            "0.5,   1.1, 'RampUp: final must be in [initial, 1], was 1.1'",
            "0.5,   NaN, 'RampUp: final must be in [initial, 1], was NaN'",
    })
    void rampUpNeedsZeroBelowInitialAtMostFinalAtMostOne(double initial, double fin, String message) {
        assertEquals(message, rejection(() -> new RampUp(initial, fin, MINUTE)));
    }

    @ParameterizedTest
    @CsvSource({"0.1, 0.8", "0.5, 0.5", "1, 1", "0.0001, 1"})
    void rampUpAcceptsTheBoundaries(double initial, double fin) {
        assertDoesNotThrow(() -> new RampUp(initial, fin, MINUTE));
    }

    @Test
    void rampUpNeedsAPositiveDuration() {
        assertEquals("RampUp: duration must be > 0, was 0", rejection(() -> new RampUp(0.1, 0.8, Duration.ZERO)));
        assertEquals("RampUp: duration must be > 0, was -60",
                rejection(() -> new RampUp(0.1, 0.8, Duration.ofSeconds(-60))));
        assertEquals("RampUp: duration must not be null", rejection(() -> new RampUp(0.1, 0.8, null)));
        assertDoesNotThrow(() -> new RampUp(0.1, 0.8, Duration.ofNanos(1)));
    }
}
