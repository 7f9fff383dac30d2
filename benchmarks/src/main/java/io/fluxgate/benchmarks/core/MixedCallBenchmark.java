package io.fluxgate.benchmarks.core;

import dev.failsafe.FailsafeException;
import dev.failsafe.FailsafeExecutor;
import io.fluxgate.CircuitBreaker;
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
 * A CLOSED breaker under a mixed workload: one call in ten fails (with a preallocated exception,
 * so the throw itself is cheap), well below every breaker's 50% threshold, so the breakers stay
 * closed and every failure is recorded. The benchmark returns the result or the failure.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class MixedCallBenchmark {

    @org.openjdk.jmh.annotations.State(Scope.Benchmark)
    public static class Breakers {
        CircuitBreaker fluxgateCount;
        CircuitBreaker fluxgateTime;
        io.github.resilience4j.circuitbreaker.CircuitBreaker resilience4jCount;
        io.github.resilience4j.circuitbreaker.CircuitBreaker resilience4jTime;
        dev.failsafe.CircuitBreaker<Object> failsafeCount;
        FailsafeExecutor<Object> failsafeCountExecutor;

        @Setup(Level.Trial)
        public void make() {
            Duration openFor = Duration.ofSeconds(60);
            fluxgateCount = Subjects.fluxgateCount(openFor);
            fluxgateTime = Subjects.fluxgateTime(openFor);
            resilience4jCount = Subjects.resilience4jCount(openFor);
            resilience4jTime = Subjects.resilience4jTime(openFor);
            failsafeCount = Subjects.failsafeCount(openFor);
            failsafeCountExecutor = Subjects.executor(failsafeCount);
        }

        @TearDown(Level.Iteration)
        public void stillClosed() {
            Subjects.expect(fluxgateCount.state() == State.CLOSED && fluxgateTime.state() == State.CLOSED,
                    "a Fluxgate breaker tripped under 10% failures");
            Subjects.expect(resilience4jCount.getState() == io.github.resilience4j.circuitbreaker.CircuitBreaker.State.CLOSED
                    && resilience4jTime.getState() == io.github.resilience4j.circuitbreaker.CircuitBreaker.State.CLOSED,
                    "a Resilience4j breaker tripped under 10% failures");
            Subjects.expect(failsafeCount.isClosed(), "the Failsafe breaker tripped under 10% failures");
        }
    }

    @Benchmark
    public Object baseline(Work work) {
        try {
            return work.mixed.get();
        } catch (Work.SimulatedFailure failure) {
            return failure;
        }
    }

    @Benchmark
    public Object fluxgateCountGet(Breakers breakers, Work work) {
        try {
            return breakers.fluxgateCount.get(work.mixed);
        } catch (Work.SimulatedFailure failure) {
            return failure;
        }
    }

    @Benchmark
    public Object fluxgateCountAcquire(Breakers breakers, Work work) {
        try {
            return Protocols.fluxgate(breakers.fluxgateCount, work.mixed);
        } catch (Work.SimulatedFailure failure) {
            return failure;
        }
    }

    @Benchmark
    public Object fluxgateTimeGet(Breakers breakers, Work work) {
        try {
            return breakers.fluxgateTime.get(work.mixed);
        } catch (Work.SimulatedFailure failure) {
            return failure;
        }
    }

    @Benchmark
    public Object resilience4jCountExecute(Breakers breakers, Work work) {
        try {
            return breakers.resilience4jCount.executeSupplier(work.mixed);
        } catch (Work.SimulatedFailure failure) {
            return failure;
        }
    }

    @Benchmark
    public Object resilience4jCountAcquire(Breakers breakers, Work work) {
        try {
            return Protocols.resilience4j(breakers.resilience4jCount, work.mixed);
        } catch (Work.SimulatedFailure failure) {
            return failure;
        }
    }

    @Benchmark
    public Object resilience4jTimeExecute(Breakers breakers, Work work) {
        try {
            return breakers.resilience4jTime.executeSupplier(work.mixed);
        } catch (Work.SimulatedFailure failure) {
            return failure;
        }
    }

    @Benchmark
    public Object failsafeCountGet(Breakers breakers, Work work) {
        try {
            return breakers.failsafeCountExecutor.get(work.checkedMixed);
        } catch (FailsafeException | Work.SimulatedFailure failure) {
            return failure;
        }
    }
}
