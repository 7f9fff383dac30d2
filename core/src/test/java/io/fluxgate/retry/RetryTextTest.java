package io.fluxgate.retry;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class RetryTextTest {

    @Test
    void toStringIsTheExpression() {
        assertEquals("Always()", Always.INSTANCE.toString());
        assertEquals("Never()", Never.INSTANCE.toString());
        assertEquals("Cooldown(60)", new Cooldown(Duration.ofSeconds(60), 0).toString());
        assertEquals("Cooldown(250ms, jitter_ratio=0.1)", new Cooldown(Duration.ofMillis(250), 0.1).toString());
        assertEquals("Backoff(30, multiplier=2, max_duration=300)",
                new Backoff(Duration.ofSeconds(30), 2, Duration.ofMinutes(5), 0).toString());
        assertEquals("Backoff(1500ms, multiplier=1.5, max_duration=3600, jitter_ratio=0.25)",
                new Backoff(Duration.ofMillis(1500), 1.5, Duration.ofHours(1), 0.25).toString());
    }

    @Test
    void anInfiniteMultiplierStillHasAText() {
        Backoff jump = new Backoff(Duration.ofSeconds(1), Double.POSITIVE_INFINITY, Duration.ofSeconds(60), 0);
        assertEquals("Backoff(1, multiplier=Infinity, max_duration=60)", jump.toString());
    }

    @Test
    void equalityIsByValue() {
        assertEquals(new Cooldown(Duration.ofSeconds(60), 0.1), new Cooldown(Duration.ofMinutes(1), 0.1));
        assertEquals(new Cooldown(Duration.ofSeconds(60), 0.1).hashCode(),
                new Cooldown(Duration.ofMinutes(1), 0.1).hashCode());
        assertNotEquals(new Cooldown(Duration.ofSeconds(60), 0.1), new Cooldown(Duration.ofSeconds(60), 0));
        Backoff backoff = new Backoff(Duration.ofSeconds(30), 2, Duration.ofMinutes(5), 0);
        assertEquals(backoff, new Backoff(Duration.ofMillis(30_000), 2.0, Duration.ofSeconds(300), 0.0));
        assertEquals(backoff.hashCode(),
                new Backoff(Duration.ofMillis(30_000), 2.0, Duration.ofSeconds(300), 0.0).hashCode());
        assertNotEquals(backoff, new Backoff(Duration.ofSeconds(30), 3, Duration.ofMinutes(5), 0));
        assertNotEquals(backoff, new Backoff(Duration.ofSeconds(30), 2, Duration.ofMinutes(6), 0));
        assertNotEquals(backoff, new Backoff(Duration.ofSeconds(30), 2, Duration.ofMinutes(5), 0.1));
    }
}
