package io.fluxgate.benchmarks.core;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeExecutor;
import io.fluxgate.CircuitBreaker;
import io.fluxgate.Clock;
import io.fluxgate.Retries;
import io.fluxgate.Trippers;
import io.fluxgate.Windows;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The breakers under test, configured alike: judge the last 100 calls (or the last 60 seconds),
 * trip at a 50% failure rate once 100 calls are in the window, stay open for {@code openFor}.
 */
final class Subjects {
    static final int COUNT_WINDOW = 100;
    static final int TIME_WINDOW_SECONDS = 60;
    static final int MIN_CALLS = 100;
    static final int FAILURE_RATE_PERCENT = 50;

    private Subjects() {
    }

    /** Fluxgate {@code CountWindow(100)}, {@code MinRequests(100) & FailureRate(0.5)}. */
    static CircuitBreaker fluxgateCount(Duration openFor) {
        return fluxgate("count", openFor).window(Windows.count(COUNT_WINDOW)).build();
    }

    /** Fluxgate {@code TimeWindow(60)}, {@code MinRequests(100) & FailureRate(0.5)}. */
    static CircuitBreaker fluxgateTime(Duration openFor) {
        return fluxgate("time", openFor).window(Windows.time(TIME_WINDOW_SECONDS)).build();
    }

    /**
     * {@link #fluxgateCount} on a clock that never moves and costs nothing to read: a diagnostic
     * that shows how much of a call is the two clock readings.
     */
    static CircuitBreaker fluxgateCountNoClock(Duration openFor) {
        return fluxgate("count-no-clock", openFor).window(Windows.count(COUNT_WINDOW)).clock(FrozenClock.INSTANCE).build();
    }

    private static CircuitBreaker.Builder fluxgate(String name, Duration openFor) {
        return CircuitBreaker.builder(name)
                .tripper(Trippers.minRequests(MIN_CALLS).and(Trippers.failureRate(FAILURE_RATE_PERCENT / 100.0)))
                .retry(Retries.cooldown(openFor));
    }

    /** Resilience4j {@code COUNT_BASED}, window 100, minimum 100 calls, failure rate 50%. */
    static io.github.resilience4j.circuitbreaker.CircuitBreaker resilience4jCount(Duration openFor) {
        return resilience4j("count", SlidingWindowType.COUNT_BASED, COUNT_WINDOW, openFor);
    }

    /** Resilience4j {@code TIME_BASED}, window 60 s, minimum 100 calls, failure rate 50%. */
    static io.github.resilience4j.circuitbreaker.CircuitBreaker resilience4jTime(Duration openFor) {
        return resilience4j("time", SlidingWindowType.TIME_BASED, TIME_WINDOW_SECONDS, openFor);
    }

    /** {@link #resilience4jCount} with a timestamp function that returns 0: the same diagnostic. */
    static io.github.resilience4j.circuitbreaker.CircuitBreaker resilience4jCountNoClock(Duration openFor) {
        return io.github.resilience4j.circuitbreaker.CircuitBreaker.of("count-no-clock",
                resilience4jConfig(SlidingWindowType.COUNT_BASED, COUNT_WINDOW, openFor)
                        .currentTimestampFunction(clock -> 0L, TimeUnit.NANOSECONDS)
                        .build());
    }

    private static io.github.resilience4j.circuitbreaker.CircuitBreaker resilience4j(
            String name, SlidingWindowType type, int size, Duration openFor) {
        return io.github.resilience4j.circuitbreaker.CircuitBreaker.of(name, resilience4jConfig(type, size, openFor).build());
    }

    private static CircuitBreakerConfig.Builder resilience4jConfig(SlidingWindowType type, int size, Duration openFor) {
        return CircuitBreakerConfig.custom()
                .slidingWindow(size, MIN_CALLS, type)
                .failureRateThreshold(FAILURE_RATE_PERCENT)
                .waitDurationInOpenState(openFor);
    }

    /** Failsafe: 50 failures among the last 100 executions. */
    static dev.failsafe.CircuitBreaker<Object> failsafeCount(Duration openFor) {
        return dev.failsafe.CircuitBreaker.builder()
                .withFailureThreshold(COUNT_WINDOW * FAILURE_RATE_PERCENT / 100, COUNT_WINDOW)
                .withDelay(openFor)
                .build();
    }

    /** Failsafe: a 50% failure rate over the last 60 seconds, once 100 executions are in it. */
    static dev.failsafe.CircuitBreaker<Object> failsafeTime(Duration openFor) {
        return dev.failsafe.CircuitBreaker.builder()
                .withFailureRateThreshold(FAILURE_RATE_PERCENT, MIN_CALLS, Duration.ofSeconds(TIME_WINDOW_SECONDS))
                .withDelay(openFor)
                .build();
    }

    static FailsafeExecutor<Object> executor(dev.failsafe.CircuitBreaker<Object> breaker) {
        return Failsafe.with(breaker);
    }

    /** Time that stands still at 0. */
    private enum FrozenClock implements Clock {
        INSTANCE;

        @Override
        public long nanoTime() {
            return 0;
        }

        @Override
        public long currentTimeMillis() {
            return 0;
        }
    }

    /** Fails the run when a breaker is not in the state its benchmark measures. */
    static void expect(boolean holds, String what) {
        if (!holds) {
            throw new IllegalStateException("benchmark invalid: " + what);
        }
    }
}
