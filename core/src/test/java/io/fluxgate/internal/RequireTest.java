package io.fluxgate.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RequireTest {

    private static String failure(Executable check) {
        return assertThrows(IllegalArgumentException.class, check).getMessage();
    }

    @Test
    void messagesNameTheComponentTheArgumentTheRuleAndTheValue() {
        assertEquals("C: n must be > 0, was 0", failure(() -> Require.positive("C", "n", 0)));
        assertEquals("C: r must be in (0, 1], was 0.0", failure(() -> Require.ratio("C", "r", 0.0)));
        assertEquals("C: p must be in [0, 1], was 1.5", failure(() -> Require.probability("C", "p", 1.5)));
        assertEquals("C: j must be in [0, 1), was 1.0", failure(() -> Require.jitter("C", "j", 1.0)));
        assertEquals("C: d must be > 0, was -250ms",
                failure(() -> Require.positive("C", "d", Duration.ofMillis(-250))));
        assertEquals("C: d must not be null", failure(() -> Require.positive("C", "d", (Duration) null)));
    }

    @Test
    void notANumberIsOutsideEveryRange() {
        failure(() -> Require.ratio("C", "r", Double.NaN));
        failure(() -> Require.probability("C", "p", Double.NaN));
        failure(() -> Require.jitter("C", "j", Double.NaN));
    }

    @Test
    void acceptedValuesComeBack() {
        assertEquals(1, Require.positive("C", "n", 1));
        assertEquals(1.0, Require.ratio("C", "r", 1.0));
        assertEquals(0.0, Require.probability("C", "p", 0.0));
        assertEquals(0.0, Require.jitter("C", "j", 0.0));
        assertEquals(1L, Require.positive("C", "d", Duration.ofNanos(1)));
    }
}
