package io.fluxgate.expr;

import io.fluxgate.Permits;
import io.fluxgate.Retries;
import io.fluxgate.Trippers;
import io.fluxgate.Windows;
import io.fluxgate.permit.RampUp;
import io.fluxgate.permit.Random;
import io.fluxgate.retry.Backoff;
import io.fluxgate.retry.Cooldown;
import io.fluxgate.tripper.AvgLatency;
import io.fluxgate.tripper.FailureRate;
import io.fluxgate.tripper.FailureStreak;
import io.fluxgate.tripper.MinRequests;
import io.fluxgate.tripper.SlowRate;
import io.fluxgate.window.CountWindow;
import io.fluxgate.window.TimeWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Positional and named arguments under Fluxgate's names, defaults, numbers and durations. */
class ArgumentsTest {

    @Test
    void windowsTakeASize() {
        assertEquals(new CountWindow(100), Windows.parse("CountWindow(100)"));
        assertEquals(new CountWindow(100), Windows.parse("CountWindow(size=100)"));
        assertEquals(new TimeWindow(60), Windows.parse("TimeWindow(60)"));
        assertEquals(new TimeWindow(300), Windows.parse("TimeWindow(size=300)"));
    }

    @Test
    void trippersTakeTheirArgumentsPositionallyOrByName() {
        assertSame(io.fluxgate.tripper.Closed.INSTANCE, Trippers.parse("Closed()"));
        assertSame(io.fluxgate.tripper.HalfOpened.INSTANCE, Trippers.parse("HalfOpened()"));
        assertEquals(new MinRequests(20), Trippers.parse("MinRequests(20)"));
        assertEquals(new MinRequests(20), Trippers.parse("MinRequests(count=20)"));
        assertEquals(new FailureRate(0.5), Trippers.parse("FailureRate(0.5)"));
        assertEquals(new FailureRate(0.5), Trippers.parse("FailureRate(ratio=0.5)"));
        assertEquals(new AvgLatency(Duration.ofSeconds(2)), Trippers.parse("AvgLatency(2)"));
        assertEquals(new AvgLatency(Duration.ofSeconds(2)), Trippers.parse("AvgLatency(threshold=2.0)"));
        assertEquals(new FailureStreak(5), Trippers.parse("FailureStreak(5)"));
        assertEquals(new FailureStreak(5), Trippers.parse("FailureStreak(count=5)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SlowRate(0.3, 1)",
            "SlowRate(0.3, threshold=1.0)",
            "SlowRate(ratio=0.3, threshold=1000ms)",
            "SlowRate(threshold=1s, ratio=0.3)",
    })
    void namedArgumentsMayComeInAnyOrderAfterPositionalOnes(String text) {
        assertEquals(new SlowRate(0.3, Duration.ofSeconds(1)), Trippers.parse(text));
    }

    @Test
    void cooldownJitterDefaultsToZero() {
        assertEquals(new Cooldown(Duration.ofSeconds(60), 0), Retries.parse("Cooldown(60)"));
        assertEquals(new Cooldown(Duration.ofSeconds(30), 0), Retries.parse("Cooldown(duration=30.0)"));
        assertEquals(new Cooldown(Duration.ofSeconds(60), 0.1), Retries.parse("Cooldown(60, 0.1)"));
        assertEquals(new Cooldown(Duration.ofSeconds(60), 0.1), Retries.parse("Cooldown(60, jitter_ratio=0.1)"));
    }

    @Test
    void backoffDefaultsToMultiplierTwoAndAFiveMinuteCap() {
        Duration thirty = Duration.ofSeconds(30);
        assertEquals(new Backoff(thirty, 2, Duration.ofSeconds(300), 0), Retries.parse("Backoff(30)"));
        assertEquals(new Backoff(thirty, 2, Duration.ofSeconds(300), 0), Retries.parse("Backoff(initial=30)"));
        assertEquals(new Backoff(thirty, 2, Duration.ofSeconds(600), 0.1),
                Retries.parse("Backoff(initial=30, max_duration=600, jitter_ratio=0.1)"));
        assertEquals(new Backoff(thirty, 3, Duration.ofSeconds(300), 0), Retries.parse("Backoff(30, 3)"));
        assertEquals(new Backoff(thirty, 1.5, Duration.ofMinutes(10), 0.2), Retries.parse("Backoff(30, 1.5, 10m, 0.2)"));
        assertEquals(new Backoff(Duration.ofSeconds(10), 2, Duration.ofSeconds(300), 0),
                Retries.parse("Backoff(initial=10.0, multiplier=2.0, max_duration=300.0)"));
    }

    @Test
    void retriesWithoutArguments() {
        assertSame(io.fluxgate.retry.Always.INSTANCE, Retries.parse("Always()"));
        assertSame(io.fluxgate.retry.Never.INSTANCE, Retries.parse("Never()"));
    }

    @Test
    void permits() {
        assertSame(io.fluxgate.permit.All.INSTANCE, Permits.parse("All()"));
        assertEquals(new Random(0.5), Permits.parse("Random(0.5)"));
        assertEquals(new Random(0.5), Permits.parse("Random(ratio=0.5)"));
        assertEquals(new Random(0), Permits.parse("Random(0)"));
        assertEquals(new RampUp(0.1, 0.8, Duration.ofSeconds(60)), Permits.parse("RampUp(0.1, 0.8, 60)"));
        assertEquals(new RampUp(0.1, 0.8, Duration.ofSeconds(60)),
                Permits.parse("RampUp(initial=0.1, final=0.8, duration=60.0)"));
        assertEquals(new RampUp(0.1, 0.8, Duration.ofSeconds(60)), Permits.parse("RampUp(0.1, final=0.8, duration=1m)"));
    }

    @ParameterizedTest
    @CsvSource({
            "30,      PT30S",
            "1.5,     PT1.5S",
            "0.25,    PT0.25S",
            ".5,      PT0.5S",
            "2.,      PT2S",
            "+2,      PT2S",
            "250ms,   PT0.25S",
            "30s,     PT30S",
            "5m,      PT5M",
            "1h,      PT1H",
            "1.5h,    PT1H30M",
            "0.5m,    PT30S",
            "1.5ms,   PT0.0015S",
            "0.000000001, PT0.000000001S",
    })
    void durationsArePlainSecondsOrCarryAUnit(String written, String iso) {
        Duration expected = Duration.parse(iso);
        assertEquals(new Cooldown(expected, 0), Retries.parse("Cooldown(" + written + ")"));
        assertEquals(new AvgLatency(expected), Trippers.parse("AvgLatency(threshold=" + written + ")"));
    }

    @ParameterizedTest
    @CsvSource({"0.5, 0.5", ".25, 0.25", "1, 1.0", "1., 1.0", "+0.75, 0.75", "0.333, 0.333"})
    void ratiosAreDecimalNumbers(String written, double value) {
        assertEquals(new FailureRate(value), Trippers.parse("FailureRate(" + written + ")"));
    }

    @Test
    void wholeNumbersMayCarryASign() {
        assertEquals(new MinRequests(7), Trippers.parse("MinRequests(+7)"));
    }
}
