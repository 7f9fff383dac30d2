package io.fluxgate;

import io.fluxgate.internal.Sneaky;

import java.io.IOException;
import java.time.Duration;

/** Drives a breaker the way an application does: calls that succeed, fail, or take time. */
final class Calls {
    private final CircuitBreaker breaker;
    private final FakeClock clock;
    int bodiesRun;

    Calls(CircuitBreaker breaker, FakeClock clock) {
        this.breaker = breaker;
        this.clock = clock;
    }

    String succeed() throws Exception {
        return breaker.call(() -> {
            bodiesRun++;
            return "ok";
        });
    }

    String succeedTaking(Duration duration) throws Exception {
        return breaker.call(() -> {
            bodiesRun++;
            clock.advance(duration);
            return "ok";
        });
    }

    /** A failing call; returns what it threw. */
    Throwable fail(Throwable error) {
        try {
            breaker.call(() -> {
                bodiesRun++;
                throw Sneaky.rethrow(error);
            });
        } catch (Throwable thrown) {
            return thrown;
        }
        throw new AssertionError("the call did not fail");
    }

    Throwable fail() {
        return fail(new IOException("boom"));
    }

    void fail(int times) {
        for (int i = 0; i < times; i++) {
            fail();
        }
    }

    void succeed(int times) throws Exception {
        for (int i = 0; i < times; i++) {
            succeed();
        }
    }

    /** A call that must be rejected without running; returns the rejection. */
    CallNotPermittedException rejected() {
        int before = bodiesRun;
        try {
            breaker.call(() -> {
                bodiesRun++;
                return "ran";
            });
        } catch (CallNotPermittedException rejection) {
            if (bodiesRun != before) {
                throw new AssertionError("the body ran although the call was rejected");
            }
            return rejection;
        } catch (Exception other) {
            throw new AssertionError("expected a rejection, got " + other, other);
        }
        throw new AssertionError("the call was permitted in state " + breaker.state());
    }
}
