package io.fluxgate.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({
            "PT30S, 30",
            "PT5M, 300",
            "PT1H, 3600",
            "PT0S, 0",
            "PT0.25S, 250ms",
            "PT1.5S, 1500ms",
            "PT0.001S, 1ms",
            "PT0.0000015S, 0.0000015",
            "PT0.000000001S, 0.000000001",
            "PT-5S, -5",
            "PT-1.5S, -1500ms",
    })
    void formatsAsTheExpressionLanguageWritesDurations(String iso, String expected) {
        assertEquals(expected, Durations.format(Duration.parse(iso)));
    }

    @Test
    void formatSaturatesDurationsBeyondTheNanosecondRange() {
        // Such waits behave as "forever" and the text still reads back to the same nanoseconds.
        assertEquals("9223372036.854775807", Durations.format(Duration.ofDays(365L * 1000)));
    }

    @Test
    void saturatedNanosNeverOverflows() {
        assertEquals(1_500_000_000L, Durations.saturatedNanos(Duration.ofMillis(1500)));
        assertEquals(Long.MAX_VALUE, Durations.saturatedNanos(Duration.ofSeconds(Long.MAX_VALUE)));
        assertEquals(Long.MIN_VALUE, Durations.saturatedNanos(Duration.ofSeconds(Long.MIN_VALUE)));
    }

    @ParameterizedTest
    @CsvSource({
            "0.5, 0.5",
            "2.0, 2",
            "0.0, 0",
            "1.0, 1",
            "-3.0, -3",
            "0.1, 0.1",
            "0.3333333333333333, 0.3333333333333333",
            "1.5, 1.5",
            "1e-20, 0.00000000000000000001",
            "1e15, 1000000000000000",
    })
    void formatsNumbersWithoutATrailingPointZero(double value, String expected) {
        assertEquals(expected, Durations.formatNumber(value));
    }

    @Test
    void formatsNonFiniteNumbersInsteadOfThrowing() {
        // Used in validation messages, which must name the argument rather than fail themselves.
        assertEquals("NaN", Durations.formatNumber(Double.NaN));
        assertEquals("Infinity", Durations.formatNumber(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", Durations.formatNumber(Double.NEGATIVE_INFINITY));
    }
}
