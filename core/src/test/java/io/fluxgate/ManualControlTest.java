package io.fluxgate;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ManualControlTest {
    private final FakeClock clock = new FakeClock();
    private final List<Signal> signals = new ArrayList<>();
    private final CircuitBreaker breaker = CircuitBreaker.builder("inventory").clock(clock)
            .tripper(Trippers.failureStreak(2)).listener(signals::add).build();
    private final Calls calls = new Calls(breaker, clock);

    @Test
    void forceOpenRejectsEverythingUntilReset() throws Exception {
        breaker.forceOpen();
        clock.advanceSeconds(3600);
        assertEquals(State.FORCED_OPEN, calls.rejected().state());
        breaker.reset();
        assertEquals("ok", calls.succeed());
        assertEquals(State.CLOSED, breaker.state());
    }

    @Test
    void metricsOnlyRecordsEveryCallButNeverTrips() throws Exception {
        breaker.metricsOnly();
        calls.fail(50);
        calls.succeed();
        calls.fail(3);
        assertEquals(State.METRICS_ONLY, breaker.state());
        CircuitBreakerInfo info = breaker.info();
        assertEquals(54, info.metric().totalCount());
        assertEquals(53, info.metric().failureCount());
        assertEquals(3, info.consecutiveFailures(), "metrics_only counts the streak too");
    }

    @Test
    void disabledRunsEveryCallAndRecordsNothing() throws Exception {
        breaker.disable();
        calls.fail(10);
        calls.succeed();
        assertEquals(State.DISABLED, breaker.state());
        assertEquals(11, calls.bodiesRun);
        assertEquals(0, breaker.info().metric().totalCount());
        assertEquals(0, breaker.info().consecutiveFailures());
    }

    @Test
    void everyManualTransitionIsSignalledEvenToTheSameStateAndResetsTheWindow() {
        calls.fail();
        clock.advanceMillis(10);
        breaker.reset();
        assertEquals(0, breaker.info().metric().totalCount(), "the window starts over");
        assertEquals(0, breaker.info().consecutiveFailures());
        breaker.metricsOnly();
        breaker.metricsOnly();
        breaker.disable();
        breaker.forceOpen();
        breaker.reset();

        assertEquals(6, signals.size());
        assertEquals(new Signal("inventory", State.CLOSED, State.CLOSED,
                java.time.Instant.ofEpochMilli(FakeClock.START_MILLIS + 10)), signals.get(0));
        assertEquals(State.METRICS_ONLY, signals.get(2).oldState());
        assertEquals(State.METRICS_ONLY, signals.get(2).newState());
        assertEquals(State.FORCED_OPEN, signals.get(5).oldState());
        assertEquals(State.CLOSED, signals.get(5).newState());
        assertEquals(FakeClock.START_MILLIS + 10, breaker.info().changedAt().toEpochMilli());
    }

    @Test
    void resetClearsReopensAndOtherTransitionsKeepThem() {
        CircuitBreaker flaky = CircuitBreaker.builder("flaky").clock(clock).tripper(Trippers.failureStreak(1))
                .retry(Retries.always()).permit(Permits.all()).build();
        Calls flakyCalls = new Calls(flaky, clock);
        flakyCalls.fail();
        flakyCalls.fail();
        assertEquals(1, flaky.info().reopens());
        flaky.forceOpen();
        assertEquals(1, flaky.info().reopens(), "reopens returns to 0 only on entering CLOSED");
        flaky.reset();
        assertEquals(0, flaky.info().reopens());
    }

    @Test
    void aBreakerMayStartInAnyStateThatIsASetting() throws Exception {
        CircuitBreaker dryRun = CircuitBreaker.builder("dry").clock(clock).initialState(State.METRICS_ONLY)
                .tripper(Trippers.failureStreak(1)).build();
        new Calls(dryRun, clock).fail(5);
        assertEquals(State.METRICS_ONLY, dryRun.state());
        assertEquals(5, dryRun.info().metric().failureCount());

        CircuitBreaker fenced = CircuitBreaker.builder("fenced").initialState(State.FORCED_OPEN).build();
        assertThrows(CallNotPermittedException.class, () -> fenced.call(() -> "ran"));

        IllegalArgumentException open = assertThrows(IllegalArgumentException.class,
                () -> CircuitBreaker.builder("x").initialState(State.OPEN));
        assertEquals("CircuitBreaker: initialState must be closed, metrics_only, disabled or forced_open, was open",
                open.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CircuitBreaker.builder("x").initialState(State.HALF_OPEN));
    }

    @Test
    void builderArgumentsAreChecked() {
        assertEquals("CircuitBreaker: maxHalfOpenCalls must be > 0, was 0",
                assertThrows(IllegalArgumentException.class, () -> CircuitBreaker.builder("x").maxHalfOpenCalls(0))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> CircuitBreaker.builder(""));
        assertThrows(IllegalArgumentException.class, () -> CircuitBreaker.builder(null));
        assertThrows(IllegalArgumentException.class, () -> CircuitBreaker.builder("x").tripper(null));
    }

    @Test
    void statesAreWrittenInLowerCase() {
        assertEquals("half_open", State.HALF_OPEN.toString());
        assertEquals(State.FORCED_OPEN, State.fromLabel("forced_open"));
        assertThrows(IllegalArgumentException.class, () -> State.fromLabel("HALF_OPEN"));
    }
}
