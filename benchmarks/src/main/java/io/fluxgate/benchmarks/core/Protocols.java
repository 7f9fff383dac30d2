package io.fluxgate.benchmarks.core;

import dev.failsafe.CircuitBreakerOpenException;
import io.fluxgate.CircuitBreaker;
import io.fluxgate.Permission;

import java.util.function.Supplier;

/**
 * Each library's low-level protocol, written the way an integration (or woven code) uses it:
 * admit, time, run, report the outcome, rethrow.
 */
final class Protocols {
    private Protocols() {
    }

    /** {@code acquirePermission()}, then {@code onSuccess(start)} or {@code onError(start, error)}. */
    static Object fluxgate(CircuitBreaker breaker, Supplier<Object> call) {
        Permission permission = breaker.acquirePermission();
        long start = breaker.clock().nanoTime();
        Object result;
        try {
            result = call.get();
        } catch (RuntimeException error) {
            permission.onError(start, error);
            throw error;
        }
        permission.onSuccess(start);
        return result;
    }

    /** {@code acquirePermission()}, then {@code onSuccess(duration)} or {@code onError(duration, error)}. */
    static Object resilience4j(io.github.resilience4j.circuitbreaker.CircuitBreaker breaker, Supplier<Object> call) {
        breaker.acquirePermission();
        long start = breaker.getCurrentTimestamp();
        Object result;
        try {
            result = call.get();
        } catch (RuntimeException error) {
            breaker.onError(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit(), error);
            throw error;
        }
        breaker.onSuccess(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit());
        return result;
    }

    /** {@code tryAcquirePermit()}, then {@code recordSuccess()} or {@code recordException(error)}. */
    static Object failsafe(dev.failsafe.CircuitBreaker<Object> breaker, Supplier<Object> call) {
        if (!breaker.tryAcquirePermit()) {
            throw new CircuitBreakerOpenException(breaker);
        }
        Object result;
        try {
            result = call.get();
        } catch (RuntimeException error) {
            breaker.recordException(error);
            throw error;
        }
        breaker.recordSuccess();
        return result;
    }
}
