package io.fluxgate;

import org.junit.jupiter.api.Test;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClosedStateTest {
    private final FakeClock clock = new FakeClock();
    private final List<Signal> signals = new ArrayList<>();

    private CircuitBreaker.Builder breaker(String tripper) {
        return CircuitBreaker.builder("api").clock(clock).random(new ScriptedRandom())
                .tripper(Trippers.parse(tripper)).listener(signals::add);
    }

    @Test
    void successesAndFailuresAreRecordedWithTheirDurations() throws Exception {
        CircuitBreaker breaker = breaker("MinRequests(100) & FailureRate(0.5)").build();
        Calls calls = new Calls(breaker, clock);

        calls.succeedTaking(Duration.ofMillis(30));
        calls.succeedTaking(Duration.ofMillis(10));
        calls.fail(new IOException("down"));
        clock.advanceMillis(999);  // time between calls is no call's duration

        Metric metric = breaker.info().metric();
        assertEquals(3, metric.totalCount());
        assertEquals(1, metric.failureCount());
        assertEquals(Duration.ofMillis(40), metric.totalDuration());
        assertEquals(1.0 / 3, metric.failureRate(), 1e-12);
        assertEquals(Duration.ofNanos(40_000_000 / 3), metric.avgDuration());
        assertTrue(signals.isEmpty());
    }

    @Test
    void tripsWhenTheTripperHoldsAfterAnOutcome() throws Exception {
        CircuitBreaker breaker = breaker("MinRequests(4) & FailureRate(0.5)").build();
        Calls calls = new Calls(breaker, clock);

        calls.succeed();
        calls.fail(2);
        assertEquals(State.CLOSED, breaker.state(), "3 outcomes are fewer than MinRequests(4)");
        calls.succeed();
        assertEquals(State.OPEN, breaker.state(), "2 of 4 failed: 0.5 >= 0.5, even though the last call succeeded");
        assertEquals(1, signals.size());
        assertEquals(State.CLOSED, signals.get(0).oldState());
        assertEquals(State.OPEN, signals.get(0).newState());
    }

    @Test
    void failureStreakCountsConsecutiveFailuresAndASuccessResetsIt() throws Exception {
        CircuitBreaker breaker = breaker("FailureStreak(3)").build();
        Calls calls = new Calls(breaker, clock);

        calls.fail(2);
        assertEquals(2, breaker.info().consecutiveFailures());
        calls.succeed();
        assertEquals(0, breaker.info().consecutiveFailures());
        calls.fail(2);
        assertEquals(State.CLOSED, breaker.state());
        calls.fail();
        assertEquals(State.OPEN, breaker.state());
        assertEquals(3, breaker.info().consecutiveFailures(), "entering OPEN keeps the streak");
    }

    @Test
    void untrackedThrowablesPropagateUnchangedAndRecordNothing() {
        CircuitBreaker breaker = breaker("FailureStreak(1)")
                .tracker(Trackers.parse("TypeOf(java.io.IOException) & ~TypeOf(java.io.FileNotFoundException)"))
                .build();
        Calls calls = new Calls(breaker, clock);

        FileNotFoundException missing = new FileNotFoundException("no such file");
        assertSame(missing, calls.fail(missing));
        IllegalStateException bug = new IllegalStateException("bug");
        assertSame(bug, calls.fail(bug));
        assertEquals(0, breaker.info().metric().totalCount());
        assertEquals(0, breaker.info().consecutiveFailures());
        assertEquals(State.CLOSED, breaker.state());

        IOException down = new IOException("down");
        assertSame(down, calls.fail(down), "a tracked failure propagates unchanged too");
        assertEquals(State.OPEN, breaker.state());
    }

    @Test
    void errorsAreShownToTheTrackerAndAllTracksThem() {
        CircuitBreaker breaker = breaker("FailureStreak(1)").build();
        Calls calls = new Calls(breaker, clock);

        StackOverflowError error = new StackOverflowError();
        assertSame(error, calls.fail(error));
        assertEquals(State.OPEN, breaker.state());
    }

    @Test
    void slowCallsAreCountedForEveryThresholdInTheTripperTree() throws Exception {
        CircuitBreaker breaker = breaker(
                "MinRequests(10) & (SlowRate(0.5, threshold=1) | SlowRate(0.9, threshold=200ms))").build();
        Calls calls = new Calls(breaker, clock);

        calls.succeedTaking(Duration.ofMillis(100));
        calls.succeedTaking(Duration.ofMillis(200));
        calls.succeedTaking(Duration.ofSeconds(1));
        breaker.call(() -> {
            clock.advance(Duration.ofSeconds(2));
            return null;
        });
        calls.fail(new IOException("slow and failed"));

        Metric metric = breaker.info().metric();
        assertEquals(5, metric.totalCount());
        assertEquals(3, metric.slowCount(Duration.ofMillis(200)), "duration >= threshold counts as slow");
        assertEquals(2, metric.slowCount(Duration.ofSeconds(1)));
        assertEquals(0, metric.slowCount(Duration.ofMillis(500)), "not a threshold of the tripper");
        assertEquals(Duration.ofMillis(3300), metric.totalDuration());
    }

    @Test
    void slowRateTripsOnSlowSuccesses() throws Exception {
        CircuitBreaker breaker = breaker("MinRequests(4) & SlowRate(0.5, threshold=1s)").build();
        Calls calls = new Calls(breaker, clock);

        calls.succeedTaking(Duration.ofMillis(10));
        calls.succeedTaking(Duration.ofSeconds(2));
        calls.succeedTaking(Duration.ofMillis(10));
        calls.succeedTaking(Duration.ofSeconds(1));
        assertEquals(State.OPEN, breaker.state());
    }

    @Test
    void avgLatencyTripsOnTheMeanDuration() throws Exception {
        CircuitBreaker breaker = breaker("MinRequests(3) & AvgLatency(500ms)").build();
        Calls calls = new Calls(breaker, clock);

        calls.succeedTaking(Duration.ofMillis(100));
        calls.succeedTaking(Duration.ofMillis(400));
        assertEquals(State.CLOSED, breaker.state());
        calls.succeedTaking(Duration.ofMillis(1000));
        assertEquals(State.OPEN, breaker.state(), "mean 500ms >= 500ms");
    }

    @Test
    void theCountWindowJudgesOnlyTheLastOutcomes() throws Exception {
        CircuitBreaker breaker = breaker("MinRequests(4) & FailureRate(0.75)").window(Windows.count(4)).build();
        Calls calls = new Calls(breaker, clock);

        calls.fail(2);
        calls.succeed(2);
        calls.fail();
        assertEquals(State.CLOSED, breaker.state(), "window holds F S S F: 0.5");
        calls.fail();
        assertEquals(State.CLOSED, breaker.state(), "window holds S S F F: 0.5");
        calls.fail();
        assertEquals(State.OPEN, breaker.state(), "window holds S F F F: 0.75");
    }

    @Test
    void theTimeWindowForgetsOutcomesOlderThanItsSeconds() {
        CircuitBreaker breaker = breaker("MinRequests(3) & FailureRate(1)").window(Windows.time(10)).build();
        Calls calls = new Calls(breaker, clock);

        calls.fail(2);
        clock.advanceSeconds(10);
        calls.fail();
        assertEquals(State.CLOSED, breaker.state(), "the first two failures left the window");
        assertEquals(1, breaker.info().metric().totalCount());
        calls.fail(2);
        assertEquals(State.OPEN, breaker.state());
    }
}
