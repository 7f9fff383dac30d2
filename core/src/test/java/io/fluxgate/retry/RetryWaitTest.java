package io.fluxgate.retry;

import io.fluxgate.internal.ScriptedDraws;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RetryWaitTest {
    private static final long SECOND = 1_000_000_000L;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 10})
    void alwaysWaitsNothingAndNeverWaitsForever(int reopens) {
        ScriptedDraws draws = ScriptedDraws.none();
        assertEquals(0, Always.INSTANCE.waitNanos(reopens, draws));
        assertEquals(Long.MAX_VALUE, Never.INSTANCE.waitNanos(reopens, draws));
        assertEquals(0, draws.draws());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5})
    void cooldownWaitsItsDurationWhateverTheReopens(int reopens) {
        ScriptedDraws draws = ScriptedDraws.none();
        assertEquals(60 * SECOND, new Cooldown(Duration.ofSeconds(60), 0).waitNanos(reopens, draws));
        assertEquals(250_000_000L, new Cooldown(Duration.ofMillis(250), 0).waitNanos(reopens, draws));
        assertEquals(0, draws.draws());
    }

    @ParameterizedTest
    @CsvSource({
            "0, 10",
            "1, 20",
            "2, 40",
            "3, 80",
            "4, 160",
            "5, 300",    // 320 capped
            "6, 300",
            "100, 300",
            "2000, 300", // multiplier^reopens overflows to infinity: still the cap
    })
    void backoffGrowsByTheMultiplierUpToTheCap(int reopens, long expectedSeconds) {
        Backoff backoff = new Backoff(Duration.ofSeconds(10), 2, Duration.ofSeconds(300), 0);
        assertEquals(expectedSeconds * SECOND, backoff.waitNanos(reopens, ScriptedDraws.none()));
    }

    @Test
    void backoffWithAFractionalMultiplier() {
        Backoff backoff = new Backoff(Duration.ofSeconds(4), 1.5, Duration.ofSeconds(100), 0);
        assertEquals(4 * SECOND, backoff.waitNanos(0, ScriptedDraws.none()));
        assertEquals(6 * SECOND, backoff.waitNanos(1, ScriptedDraws.none()));
        assertEquals(9 * SECOND, backoff.waitNanos(2, ScriptedDraws.none()));
        assertEquals(13_500_000_000L, backoff.waitNanos(3, ScriptedDraws.none()));
    }

    @Test
    void backoffWhoseCapEqualsItsInitialNeverGrows() {
        Backoff flat = new Backoff(Duration.ofSeconds(30), 3, Duration.ofSeconds(30), 0);
        assertEquals(30 * SECOND, flat.waitNanos(0, ScriptedDraws.none()));
        assertEquals(30 * SECOND, flat.waitNanos(7, ScriptedDraws.none()));
    }

    @ParameterizedTest
    @CsvSource({
            // u,    factor = 1 + 0.2 * (2u - 1)
            "0.0,    0.8",
            "0.25,   0.9",
            "0.5,    1.0",
            "0.75,   1.1",
            "0.9999, 1.19996",
    })
    void cooldownJitterScalesTheWaitByOnePlusJTimesTwoUMinusOne(double u, double factor) {
        ScriptedDraws draws = ScriptedDraws.of(u);
        long wait = new Cooldown(Duration.ofSeconds(100), 0.2).waitNanos(0, draws);
        assertEquals(Math.round(100 * SECOND * factor), wait, 1);
        assertEquals(1, draws.draws());
    }

    @ParameterizedTest
    @CsvSource({
            // reopens, u,   capped wait (s), factor = 1 + 0.1 * (2u - 1)
            "0,         0.0,  10,  0.9",
            "1,         1.0,  20,  1.1",
            "2,         0.75, 40,  1.05",
            "9,         0.0,  300, 0.9",   // jitter scales the capped wait, it is not capped again
            "9,         0.99, 300, 1.098",
    })
    void backoffJitterScalesTheCappedWait(int reopens, double u, long cappedSeconds, double factor) {
        ScriptedDraws draws = ScriptedDraws.of(u);
        Backoff backoff = new Backoff(Duration.ofSeconds(10), 2, Duration.ofSeconds(300), 0.1);
        assertEquals(Math.round(cappedSeconds * SECOND * factor), backoff.waitNanos(reopens, draws), 1);
        assertEquals(1, draws.draws());
    }

    @Test
    void withoutJitterNoRandomValueIsDrawn() {
        // ScriptedDraws.none() fails the test on any draw.
        new Cooldown(Duration.ofSeconds(1), 0).waitNanos(0, ScriptedDraws.none());
        new Backoff(Duration.ofSeconds(1), 2, Duration.ofSeconds(8), 0).waitNanos(3, ScriptedDraws.none());
    }

    @Test
    void eachWaitDrawsExactlyOnce() {
        ScriptedDraws draws = ScriptedDraws.of(0.5, 0.0);
        Cooldown cooldown = new Cooldown(Duration.ofSeconds(10), 0.5);
        assertEquals(10 * SECOND, cooldown.waitNanos(0, draws));
        assertEquals(5 * SECOND, cooldown.waitNanos(0, draws));
        assertEquals(0, draws.remaining());
    }

    @Test
    void hugeWaitsSaturateInsteadOfOverflowing() {
        Cooldown centuries = new Cooldown(Duration.ofDays(365L * 1000), 0.5);
        assertEquals(Long.MAX_VALUE, centuries.waitNanos(0, ScriptedDraws.of(0.99)));
    }
}
