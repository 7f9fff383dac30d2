package io.fluxgate.expr;

import io.fluxgate.Permits;
import io.fluxgate.Retries;
import io.fluxgate.Trackers;
import io.fluxgate.Trippers;
import io.fluxgate.Windows;
import io.fluxgate.tracker.Tracker;
import io.fluxgate.tracker.TypeOf;
import io.fluxgate.tripper.Tripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every component's text reads back to an equal component with the same text. */
class RoundTripTest {

    private static <T> void assertRoundTrips(T component, Function<String, T> parse) {
        String text = component.toString();
        T parsed = parse.apply(text);
        assertEquals(component, parsed, text);
        assertEquals(text, parsed.toString());
        assertEquals(component.hashCode(), parsed.hashCode(), text);
    }

    static Stream<Arguments> built() {
        Duration thirty = Duration.ofSeconds(30);
        Tripper streak = Trippers.failureStreak(5);
        Tripper min = Trippers.minRequests(20);
        Tripper rate = Trippers.failureRate(0.4);
        Tripper slow = Trippers.slowRate(0.3, Duration.ofMillis(1500));
        return Stream.of(
                Arguments.of(Windows.count(100), (Function<String, ?>) Windows::parse),
                Arguments.of(Windows.time(60), (Function<String, ?>) Windows::parse),
                Arguments.of(Trippers.closed(), (Function<String, ?>) Trippers::parse),
                Arguments.of(Trippers.halfOpened(), (Function<String, ?>) Trippers::parse),
                Arguments.of(min, (Function<String, ?>) Trippers::parse),
                Arguments.of(rate, (Function<String, ?>) Trippers::parse),
                Arguments.of(Trippers.failureRate(1.0 / 3), (Function<String, ?>) Trippers::parse),
                Arguments.of(Trippers.avgLatency(Duration.ofMillis(250)), (Function<String, ?>) Trippers::parse),
                Arguments.of(Trippers.avgLatency(Duration.ofNanos(1500)), (Function<String, ?>) Trippers::parse),
                Arguments.of(slow, (Function<String, ?>) Trippers::parse),
                Arguments.of(streak, (Function<String, ?>) Trippers::parse),
                Arguments.of(streak.or(min.and(rate)), (Function<String, ?>) Trippers::parse),
                Arguments.of(streak.or(min).and(rate), (Function<String, ?>) Trippers::parse),
                Arguments.of(streak.and(min.and(rate)), (Function<String, ?>) Trippers::parse),
                Arguments.of(streak.or(min.or(rate.or(slow))), (Function<String, ?>) Trippers::parse),
                Arguments.of(Trippers.closed().and(min).and(rate).or(Trippers.halfOpened().and(slow)),
                        (Function<String, ?>) Trippers::parse),
                Arguments.of(Retries.always(), (Function<String, ?>) Retries::parse),
                Arguments.of(Retries.never(), (Function<String, ?>) Retries::parse),
                Arguments.of(Retries.cooldown(Duration.ofMinutes(1)), (Function<String, ?>) Retries::parse),
                Arguments.of(Retries.cooldown(Duration.ofMillis(2500), 0.1), (Function<String, ?>) Retries::parse),
                Arguments.of(Retries.backoff(thirty), (Function<String, ?>) Retries::parse),
                Arguments.of(Retries.backoff(thirty, 1.5, Duration.ofMinutes(10), 0.25),
                        (Function<String, ?>) Retries::parse),
                Arguments.of(Permits.all(), (Function<String, ?>) Permits::parse),
                Arguments.of(Permits.random(0.5), (Function<String, ?>) Permits::parse),
                Arguments.of(Permits.random(0), (Function<String, ?>) Permits::parse),
                Arguments.of(Permits.rampUp(0.1, 0.8, Duration.ofSeconds(60)), (Function<String, ?>) Permits::parse),
                Arguments.of(Trackers.all(), (Function<String, ?>) Trackers::parse),
                Arguments.of(Trackers.typeOf(IOException.class), (Function<String, ?>) Trackers::parse),
                Arguments.of(Trackers.typeOf(IOException.class, TimeoutException.class),
                        (Function<String, ?>) Trackers::parse),
                Arguments.of(Trackers.typeOf(IOException.class).and(Trackers.typeOf(FileNotFoundException.class).negate()),
                        (Function<String, ?>) Trackers::parse),
                Arguments.of(Trackers.typeOf(IOException.class).or(Trackers.typeOf(TimeoutException.class)).negate(),
                        (Function<String, ?>) Trackers::parse),
                Arguments.of(Trackers.all().and(Trackers.typeOf(IOException.class).and(Trackers.all())),
                        (Function<String, ?>) Trackers::parse));
    }

    @SuppressWarnings("unchecked")
    @ParameterizedTest
    @MethodSource("built")
    void builtComponentsReadBackFromTheirText(Object component, Function<String, ?> parse) {
        assertRoundTrips(component, (Function<String, Object>) parse);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "MinRequests(20) & FailureRate(0.5)",
            "FailureStreak(5) | (MinRequests(20) & FailureRate(0.4))",
            "(FailureStreak(5) | MinRequests(20)) & FailureRate(0.4)",
            "SlowRate(0.3, threshold=1) | SlowRate(0.05, threshold=10)",
            "AvgLatency(2) & MinRequests(10)",
            "(Closed() & MinRequests(20) & FailureRate(0.6)) | (HalfOpened() & MinRequests(5) & FailureRate(0.5))",
    })
    void parsedTrippersReadBackFromTheirText(String text) {
        assertRoundTrips(Trippers.parse(text), Trippers::parse);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "TypeOf(java.io.IOException) & ~TypeOf(java.io.FileNotFoundException)",
            "~(TypeOf(RuntimeException) | TypeOf(Error))",
            "All() & ~Custom(io.fluxgate.expr.fixtures.Rules#isServerError)",
            "TypeOf(io.fluxgate.expr.fixtures.ServiceFailures$Unavailable)",
    })
    void parsedTrackersReadBackFromTheirText(String text) {
        assertRoundTrips(Trackers.parse(text), Trackers::parse);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "TypeOf(java.io.IOException) & ~TypeOf(com.acme.NotLoaded)",
            "Custom(com.acme.Rules#isServerError) | TypeOf(Error)",
    })
    void trackersMatchedByNameReadBackFromTheirText(String text) {
        assertRoundTrips(Expressions.tracker(text, null), written -> Expressions.tracker(written, null));
    }

    @Test
    void textsAreCanonical() {
        assertEquals("Backoff(30, multiplier=2, max_duration=600, jitter_ratio=0.1)",
                Retries.parse("Backoff(initial=30.0, max_duration=10m, jitter_ratio=0.1)").toString());
        assertEquals("RampUp(0.1, 0.8, duration=60)",
                Permits.parse("RampUp(initial=0.1, final=0.8, duration=1m)").toString());
        assertEquals("SlowRate(0.3, threshold=1500ms)", Trippers.parse("SlowRate(ratio=.3, threshold=1.5)").toString());
        assertEquals("TypeOf(java.lang.RuntimeException)", Trackers.parse("TypeOf(RuntimeException)").toString());
        assertEquals(new TypeOf(RuntimeException.class), Trackers.parse("TypeOf(java.lang.RuntimeException)"));
        assertEquals("CountWindow(100)", Windows.parse("CountWindow(size=100)").toString());
    }

    @Test
    void trackersFromTheApiReadBackFromTheirText() {
        Tracker tracker = Trackers.typeOf(IOException.class).negate().or(Trackers.all());
        assertRoundTrips(tracker, Trackers::parse);
    }
}
