package io.fluxgate.benchmarks.core;

import dev.failsafe.CircuitBreakerOpenException;
import dev.failsafe.FailsafeExecutor;
import io.fluxgate.CallNotPermittedException;
import io.fluxgate.CircuitBreaker;
import io.fluxgate.Permission;
import io.fluxgate.State;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The cost of a rejection: every breaker is OPEN, with a wait of an hour so it stays open for the
 * whole run. The Fluxgate breaker got there by tripping (100 recorded failures); the others were
 * opened by hand. {@code *Get}/{@code *Execute} reject with an exception, as callers see it;
 * {@code *TryAcquire} is the peers' non-throwing check, for reference.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class OpenCallBenchmark {

    @org.openjdk.jmh.annotations.State(Scope.Benchmark)
    public static class Breakers {
        CircuitBreaker fluxgate;
        io.github.resilience4j.circuitbreaker.CircuitBreaker resilience4j;
        dev.failsafe.CircuitBreaker<Object> failsafe;
        FailsafeExecutor<Object> failsafeExecutor;

        @Setup(Level.Trial)
        public void open() {
            Duration openFor = Duration.ofHours(1);
            fluxgate = Subjects.fluxgateCount(openFor);
            for (int i = 0; i < Subjects.COUNT_WINDOW; i++) {
                Permission permission = fluxgate.acquirePermission();
                permission.onFailure(fluxgate.clock().nanoTime());
            }
            resilience4j = Subjects.resilience4jCount(openFor);
            resilience4j.transitionToOpenState();
            failsafe = Subjects.failsafeCount(openFor);
            failsafe.open();
            failsafeExecutor = Subjects.executor(failsafe);
            stillOpen();
        }

        @TearDown(Level.Iteration)
        public void stillOpen() {
            Subjects.expect(fluxgate.state() == State.OPEN, "the Fluxgate breaker is " + fluxgate.state());
            Subjects.expect(resilience4j.getState() == io.github.resilience4j.circuitbreaker.CircuitBreaker.State.OPEN,
                    "the Resilience4j breaker is " + resilience4j.getState());
            Subjects.expect(failsafe.isOpen(), "the Failsafe breaker is not open");
        }
    }

    @Benchmark
    public Object fluxgateGet(Breakers breakers, Work work) {
        try {
            return breakers.fluxgate.get(work.succeeding);
        } catch (CallNotPermittedException rejected) {
            return rejected;
        }
    }

    @Benchmark
    public Object fluxgateAcquire(Breakers breakers) {
        try {
            return breakers.fluxgate.acquirePermission();
        } catch (CallNotPermittedException rejected) {
            return rejected;
        }
    }

    @Benchmark
    public Object resilience4jExecute(Breakers breakers, Work work) {
        try {
            return breakers.resilience4j.executeSupplier(work.succeeding);
        } catch (io.github.resilience4j.circuitbreaker.CallNotPermittedException rejected) {
            return rejected;
        }
    }

    @Benchmark
    public boolean resilience4jTryAcquire(Breakers breakers) {
        return breakers.resilience4j.tryAcquirePermission();
    }

    @Benchmark
    public Object failsafeGet(Breakers breakers, Work work) {
        try {
            return breakers.failsafeExecutor.get(work.checkedSucceeding);
        } catch (CircuitBreakerOpenException rejected) {
            return rejected;
        }
    }

    @Benchmark
    public boolean failsafeTryAcquire(Breakers breakers) {
        return breakers.failsafe.tryAcquirePermit();
    }
}
