package io.fluxgate;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HalfOpenStateTest {
    private final FakeClock clock = new FakeClock();
    private final ScriptedRandom random = new ScriptedRandom();

    /** A breaker that opened on one failure and may probe after 10 seconds. */
    private CircuitBreaker.Builder builder(String tripper, String permit) {
        return CircuitBreaker.builder("api").clock(clock).random(random).tripper(Trippers.parse(tripper))
                .retry(Retries.parse("Cooldown(10)")).permit(Permits.parse(permit));
    }

    /** Trips the breaker with failures and lets its cooldown pass: the next call probes. */
    private CircuitBreaker halfOpen(CircuitBreaker breaker) {
        Calls calls = new Calls(breaker, clock);
        for (int i = 0; i < 100 && breaker.state() == State.CLOSED; i++) {
            calls.fail();
        }
        assertEquals(State.OPEN, breaker.state(), "the test's tripper must trip in CLOSED");
        clock.advanceSeconds(10);
        return breaker;
    }

    /** Trips on the first failure when closed; never decides anything when half-open. */
    private static final String UNDECIDED_WHEN_HALF_OPEN =
            "(Closed() & FailureStreak(1)) | (HalfOpened() & MinRequests(1000) & FailureRate(1))";

    @Test
    void aProbeSuccessClosesWhenTheTripperDoesNotHold() throws Exception {
        CircuitBreaker breaker = halfOpen(builder("FailureStreak(1)", "All()").build());
        new Calls(breaker, clock).succeed();
        assertEquals(State.CLOSED, breaker.state());
        assertEquals(0, breaker.info().reopens());
    }

    @Test
    void aProbeSuccessKeepsHalfOpenWhileTheHalfOpenTripperStillHolds() throws Exception {
        CircuitBreaker breaker = halfOpen(builder(
                "(Closed() & FailureStreak(1)) | (HalfOpened() & MinRequests(3) & FailureRate(0.3))", "All()").build());
        Calls calls = new Calls(breaker, clock);

        calls.fail(2);
        assertEquals(State.HALF_OPEN, breaker.state(), "fewer than 3 outcomes: the failures do not reopen");
        calls.succeed(4);
        assertEquals(State.HALF_OPEN, breaker.state(), "2 of 6 failed: 0.33 >= 0.3 still holds after each success");
        calls.succeed();
        assertEquals(State.CLOSED, breaker.state(), "2 of 7: 0.29 < 0.3");
    }

    @Test
    void aTrackedProbeFailureReopensWhenTheTripperHoldsAndCountsAReopen() {
        CircuitBreaker breaker = halfOpen(builder("FailureStreak(1)", "All()").build());
        new Calls(breaker, clock).fail();
        assertEquals(State.OPEN, breaker.state());
        assertEquals(1, breaker.info().reopens());
    }

    @Test
    void enteringHalfOpenResetsTheStreakAndClosingResetsReopens() throws Exception {
        CircuitBreaker breaker = halfOpen(builder("FailureStreak(2)", "All()").build());
        Calls calls = new Calls(breaker, clock);

        calls.fail();
        assertEquals(State.HALF_OPEN, breaker.state(), "the streak restarted at 0 on entering HALF_OPEN");
        assertEquals(1, breaker.info().consecutiveFailures());
        calls.fail();
        assertEquals(State.OPEN, breaker.state());
        assertEquals(1, breaker.info().reopens());

        clock.advanceSeconds(10);
        calls.succeed();
        assertEquals(State.CLOSED, breaker.state());
        assertEquals(0, breaker.info().reopens());
        assertEquals(0, breaker.info().consecutiveFailures());
    }

    @Test
    void thePermitDecidesPerCallWithOneDrawEach() throws Exception {
        CircuitBreaker breaker = halfOpen(builder("FailureStreak(1)", "Random(0.3)").build());
        Calls calls = new Calls(breaker, clock);

        random.then(0.3);
        CallNotPermittedException refused = calls.rejected();
        assertEquals(State.HALF_OPEN, refused.state());
        random.then(0.29);
        calls.succeed();
        assertEquals(State.CLOSED, breaker.state());
        assertEquals(0, random.remaining());
    }

    @Test
    void rampUpAdmitsWithAProbabilityRisingSinceEnteringHalfOpen() {
        CircuitBreaker breaker = halfOpen(builder(UNDECIDED_WHEN_HALF_OPEN, "RampUp(0.1, 0.9, duration=100)")
                .build());
        Permission first;
        random.then(0.09);
        first = breaker.acquirePermission();   // enters HALF_OPEN now: p = 0.1
        assertEquals(State.HALF_OPEN, breaker.state());
        first.release();

        clock.advanceSeconds(50);               // p = 0.5
        random.then(0.5);
        assertThrows(CallNotPermittedException.class, breaker::acquirePermission);
        random.then(0.49);
        breaker.acquirePermission().release();

        clock.advanceSeconds(500);              // p = 0.9 from then on
        random.then(0.9, 0.89);
        assertThrows(CallNotPermittedException.class, breaker::acquirePermission);
        breaker.acquirePermission().release();
    }

    @Test
    void noMoreThanMaxHalfOpenCallsRunAtOnceAndTheRestAreRejectedAtOnce() {
        CircuitBreaker breaker = halfOpen(builder(UNDECIDED_WHEN_HALF_OPEN, "All()").maxHalfOpenCalls(2)
                .build());

        Permission first = breaker.acquirePermission();
        Permission second = breaker.acquirePermission();
        CallNotPermittedException third = assertThrows(CallNotPermittedException.class, breaker::acquirePermission);
        assertEquals(State.HALF_OPEN, third.state());

        long start = clock.nanoTime();
        first.onError(start, new IllegalArgumentException("untracked? no: All() tracks it"));
        breaker.acquirePermission();   // the failure freed a slot
        assertThrows(CallNotPermittedException.class, breaker::acquirePermission);
        second.release();
        breaker.acquirePermission();
    }

    @Test
    void anUntrackedProbeErrorFreesItsSlotAndRecordsNothing() {
        CircuitBreaker breaker = halfOpen(builder("FailureStreak(1)", "All()").maxHalfOpenCalls(1)
                .tracker(Trackers.typeOf(IOException.class)).build());
        Calls calls = new Calls(breaker, clock);

        calls.fail(new IllegalStateException("not a dependency failure"));
        assertEquals(State.HALF_OPEN, breaker.state());
        assertEquals(0, breaker.info().metric().totalCount());
        calls.fail();
        assertEquals(State.OPEN, breaker.state(), "the slot was free for the next probe");
    }

    @Test
    void aRefusedPermitDoesNotHoldASlot() {
        CircuitBreaker breaker = halfOpen(builder(UNDECIDED_WHEN_HALF_OPEN, "Random(0.5)")
                .maxHalfOpenCalls(1).build());
        random.then(0.9, 0.9, 0.1);
        assertThrows(CallNotPermittedException.class, breaker::acquirePermission);
        assertThrows(CallNotPermittedException.class, breaker::acquirePermission);
        breaker.acquirePermission();
    }

    @Test
    void theCallThatFindsTheWaitOverIsItselfAProbe() throws Exception {
        CircuitBreaker breaker = halfOpen(builder("FailureStreak(1)", "All()").build());
        Calls calls = new Calls(breaker, clock);
        assertEquals(State.OPEN, breaker.state());
        clock.advance(Duration.ZERO);
        calls.succeed();
        assertEquals(1, calls.bodiesRun);
    }
}
