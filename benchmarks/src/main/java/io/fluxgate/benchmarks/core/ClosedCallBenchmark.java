package io.fluxgate.benchmarks.core;

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
 * The hot path: a call that succeeds through a CLOSED breaker, against the same call made
 * plainly. Run with {@code -t 1} and {@code -t 2}; the breakers are shared by all threads.
 *
 * <p>{@code *Get}/{@code *Execute} use each library's one-line entry point;
 * {@code *Acquire}/{@code *Permit} the low-level protocol that integrations and woven code use.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ClosedCallBenchmark {

    @org.openjdk.jmh.annotations.State(Scope.Benchmark)
    public static class Breakers {
        CircuitBreaker fluxgateCount;
        CircuitBreaker fluxgateTime;
        CircuitBreaker fluxgateCountNoClock;
        io.github.resilience4j.circuitbreaker.CircuitBreaker resilience4jCountNoClock;
        io.github.resilience4j.circuitbreaker.CircuitBreaker resilience4jCount;
        io.github.resilience4j.circuitbreaker.CircuitBreaker resilience4jTime;
        dev.failsafe.CircuitBreaker<Object> failsafeCount;
        dev.failsafe.CircuitBreaker<Object> failsafeTime;
        FailsafeExecutor<Object> failsafeCountExecutor;
        FailsafeExecutor<Object> failsafeTimeExecutor;

        @Setup(Level.Trial)
        public void make() {
            Duration openFor = Duration.ofSeconds(60);
            fluxgateCount = Subjects.fluxgateCount(openFor);
            fluxgateTime = Subjects.fluxgateTime(openFor);
            fluxgateCountNoClock = Subjects.fluxgateCountNoClock(openFor);
            resilience4jCountNoClock = Subjects.resilience4jCountNoClock(openFor);
            resilience4jCount = Subjects.resilience4jCount(openFor);
            resilience4jTime = Subjects.resilience4jTime(openFor);
            failsafeCount = Subjects.failsafeCount(openFor);
            failsafeTime = Subjects.failsafeTime(openFor);
            failsafeCountExecutor = Subjects.executor(failsafeCount);
            failsafeTimeExecutor = Subjects.executor(failsafeTime);
        }

        @TearDown(Level.Iteration)
        public void stillClosed() {
            Subjects.expect(fluxgateCount.state() == State.CLOSED && fluxgateTime.state() == State.CLOSED,
                    "a Fluxgate breaker left CLOSED");
            Subjects.expect(resilience4jCount.getState() == io.github.resilience4j.circuitbreaker.CircuitBreaker.State.CLOSED
                    && resilience4jTime.getState() == io.github.resilience4j.circuitbreaker.CircuitBreaker.State.CLOSED,
                    "a Resilience4j breaker left CLOSED");
            Subjects.expect(failsafeCount.isClosed() && failsafeTime.isClosed(), "a Failsafe breaker left CLOSED");
        }
    }

    @Benchmark
    public Object baseline(Work work) {
        return work.succeeding.get();
    }

    // ---- Fluxgate ---------------------------------------------------------------------------

    @Benchmark
    public Object fluxgateCountGet(Breakers breakers, Work work) {
        return breakers.fluxgateCount.get(work.succeeding);
    }

    @Benchmark
    public Object fluxgateCountAcquire(Breakers breakers, Work work) {
        return Protocols.fluxgate(breakers.fluxgateCount, work.succeeding);
    }

    @Benchmark
    public Object fluxgateTimeGet(Breakers breakers, Work work) {
        return breakers.fluxgateTime.get(work.succeeding);
    }

    @Benchmark
    public Object fluxgateTimeAcquire(Breakers breakers, Work work) {
        return Protocols.fluxgate(breakers.fluxgateTime, work.succeeding);
    }

    // ---- Resilience4j -----------------------------------------------------------------------

    @Benchmark
    public Object resilience4jCountExecute(Breakers breakers, Work work) {
        return breakers.resilience4jCount.executeSupplier(work.succeeding);
    }

    @Benchmark
    public Object resilience4jCountAcquire(Breakers breakers, Work work) {
        return Protocols.resilience4j(breakers.resilience4jCount, work.succeeding);
    }

    @Benchmark
    public Object resilience4jTimeExecute(Breakers breakers, Work work) {
        return breakers.resilience4jTime.executeSupplier(work.succeeding);
    }

    @Benchmark
    public Object resilience4jTimeAcquire(Breakers breakers, Work work) {
        return Protocols.resilience4j(breakers.resilience4jTime, work.succeeding);
    }

    // ---- diagnostics: the same protocol without the clock's cost ------------------------------

    @Benchmark
    public Object fluxgateCountAcquireNoClock(Breakers breakers, Work work) {
        return Protocols.fluxgate(breakers.fluxgateCountNoClock, work.succeeding);
    }

    @Benchmark
    public Object resilience4jCountAcquireNoClock(Breakers breakers, Work work) {
        return Protocols.resilience4j(breakers.resilience4jCountNoClock, work.succeeding);
    }

    // ---- Failsafe ---------------------------------------------------------------------------

    @Benchmark
    public Object failsafeCountGet(Breakers breakers, Work work) {
        return breakers.failsafeCountExecutor.get(work.checkedSucceeding);
    }

    @Benchmark
    public Object failsafeCountPermit(Breakers breakers, Work work) {
        return Protocols.failsafe(breakers.failsafeCount, work.succeeding);
    }

    @Benchmark
    public Object failsafeTimeGet(Breakers breakers, Work work) {
        return breakers.failsafeTimeExecutor.get(work.checkedSucceeding);
    }
}
