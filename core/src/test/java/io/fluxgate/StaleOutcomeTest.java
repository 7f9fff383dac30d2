package io.fluxgate;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An outcome of a call admitted before a transition never lands in the new state's window. */
class StaleOutcomeTest {
    private final FakeClock clock = new FakeClock();

    @Test
    void outcomesReportedAfterATransitionAreDiscarded() {
        List<Signal> signals = new ArrayList<>();
        CircuitBreaker breaker = CircuitBreaker.builder("api").clock(clock).tripper(Trippers.failureStreak(2))
                .listener(signals::add).build();
        long start = clock.nanoTime();
        Permission slowOne = breaker.acquirePermission();
        Permission slowTwo = breaker.acquirePermission();
        Permission slowThree = breaker.acquirePermission();

        breaker.reset();
        slowOne.onFailure(start);
        slowTwo.onError(start, new IOException("late"));
        slowThree.onSuccess(start);

        CircuitBreakerInfo info = breaker.info();
        assertEquals(0, info.metric().totalCount());
        assertEquals(0, info.consecutiveFailures());
        assertEquals(State.CLOSED, info.state(), "two late failures must not trip the new period");
        assertEquals(1, signals.size());
    }

    @Test
    void aLateProbeOutcomeCannotCloseOrReopenTheNextPeriod() {
        CircuitBreaker breaker = CircuitBreaker.builder("api").clock(clock).tripper(Trippers.failureStreak(1))
                .retry(Retries.always()).permit(Permits.all()).build();
        new Calls(breaker, clock).fail();
        Permission probe = breaker.acquirePermission();
        assertEquals(State.HALF_OPEN, breaker.state());

        breaker.forceOpen();
        probe.onSuccess(clock.nanoTime());
        assertEquals(State.FORCED_OPEN, breaker.state());

        breaker.metricsOnly();
        probe.onFailure(clock.nanoTime());
        assertEquals(0, breaker.info().metric().totalCount());
    }
}
