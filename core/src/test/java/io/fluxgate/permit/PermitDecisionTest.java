package io.fluxgate.permit;

import io.fluxgate.internal.ScriptedDraws;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PermitDecisionTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void allAdmitsEveryCallWithoutDrawing() {
        ScriptedDraws draws = ScriptedDraws.none();
        assertTrue(All.INSTANCE.admits(0, draws));
        assertTrue(All.INSTANCE.admits(Long.MAX_VALUE, draws));
        assertEquals(0, draws.draws());
    }

    @ParameterizedTest
    @CsvSource({
            "0.5, 0.49, true",
            "0.5, 0.5,  false",   // u < ratio, strictly
            "0.5, 0.51, false",
            "0.0, 0.0,  false",   // never admits
            "1.0, 0.9999999, true",
    })
    void randomAdmitsIffTheDrawIsBelowTheRatio(double ratio, double u, boolean admitted) {
        ScriptedDraws draws = ScriptedDraws.of(u);
        assertEquals(admitted, new Random(ratio).admits(123 * SECOND, draws));
        assertEquals(1, draws.draws());
    }

    @ParameterizedTest
    @CsvSource({
            // elapsed (s), p = 0.1 + 0.8 * min(1, elapsed / 100)
            "0,    0.1",
            "25,   0.3",
            "50,   0.5",
            "75,   0.7",
            "100,  0.9",
            "1000, 0.9",
    })
    void rampUpAdmitsBelowALinearlyRisingProbability(long elapsedSeconds, double p) {
        RampUp rampUp = new RampUp(0.1, 0.9, Duration.ofSeconds(100));
        ScriptedDraws draws = ScriptedDraws.of(p - 1e-9, p + 1e-9);
        assertTrue(rampUp.admits(elapsedSeconds * SECOND, draws), "just below p");
        assertFalse(rampUp.admits(elapsedSeconds * SECOND, draws), "just above p");
        assertEquals(0, draws.remaining());
    }

    @Test
    void rampUpAtTheFinalRatioIsFlat() {
        RampUp flat = new RampUp(0.4, 0.4, Duration.ofSeconds(10));
        ScriptedDraws draws = ScriptedDraws.of(0.39, 0.41, 0.39, 0.41);
        assertTrue(flat.admits(0, draws));
        assertFalse(flat.admits(0, draws));
        assertTrue(flat.admits(50 * SECOND, draws));
        assertFalse(flat.admits(50 * SECOND, draws));
    }

    @Test
    void rampUpTreatsANegativeElapsedAsTheStart() {
        RampUp rampUp = new RampUp(0.2, 1.0, Duration.ofSeconds(10));
        ScriptedDraws draws = ScriptedDraws.of(0.19, 0.21);
        assertTrue(rampUp.admits(-5 * SECOND, draws));
        assertFalse(rampUp.admits(-5 * SECOND, draws));
    }

    @Test
    void rampUpReachesCertaintyWithAFinalOfOne() {
        RampUp rampUp = new RampUp(0.1, 1.0, Duration.ofMillis(500));
        assertTrue(rampUp.admits(SECOND, ScriptedDraws.of(0.9999999)));
    }

    @Test
    void toStringAndEquality() {
        assertEquals("All()", All.INSTANCE.toString());
        assertEquals("Random(0.5)", new Random(0.5).toString());
        assertEquals("Random(1)", new Random(1.0).toString());
        assertEquals("RampUp(0.1, 0.8, duration=60)", new RampUp(0.1, 0.8, Duration.ofMinutes(1)).toString());
        assertEquals("RampUp(0.1, 1, duration=1500ms)", new RampUp(0.1, 1, Duration.ofMillis(1500)).toString());
        assertEquals(new Random(0.5), new Random(0.5));
        assertEquals(new Random(0.5).hashCode(), new Random(0.5).hashCode());
        assertNotEquals(new Random(0.5), new Random(0.6));
        assertEquals(new RampUp(0.1, 0.8, Duration.ofSeconds(60)), new RampUp(0.1, 0.8, Duration.ofMinutes(1)));
        assertEquals(new RampUp(0.1, 0.8, Duration.ofSeconds(60)).hashCode(),
                new RampUp(0.1, 0.8, Duration.ofMinutes(1)).hashCode());
        assertNotEquals(new RampUp(0.1, 0.8, Duration.ofSeconds(60)), new RampUp(0.2, 0.8, Duration.ofSeconds(60)));
        assertNotEquals(new RampUp(0.1, 0.8, Duration.ofSeconds(60)), new RampUp(0.1, 0.9, Duration.ofSeconds(60)));
        assertNotEquals(new RampUp(0.1, 0.8, Duration.ofSeconds(60)), new RampUp(0.1, 0.8, Duration.ofSeconds(61)));
    }
}
