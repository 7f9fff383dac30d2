package io.fluxgate.benchmarks.profile;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.Collections;

/**
 * CPU time of the benchmark threads per operation ({@code cpu.ns/op}), beside JMH's wall time.
 *
 * <p>On a machine shared with other work, wall time per operation also counts the time the
 * benchmark threads waited for a core; CPU time counts only what they ran, coherence stalls
 * included. With {@code t} threads, {@code cpu.ns/op} is the CPU the whole machine spends per
 * call, so {@code t × 10^9 / cpu.ns/op} is the throughput of {@code t} cores given to it alone.
 * GC and compiler threads are not counted (allocation shows in {@code gc.alloc.rate.norm}).
 *
 * <p>Use: {@code -prof io.fluxgate.benchmarks.profile.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {
    private static final String WORKER = "-jmh-worker-";
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long before;

    @Override
    public String getDescription() {
        return "CPU time of the benchmark threads per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        before = workerCpuNanos();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        long used = workerCpuNanos() - before;
        long ops = result.getMetadata().getAllOps();
        if (ops <= 0 || used <= 0) {
            return Collections.emptyList();
        }
        return Collections.singletonList(new ScalarResult("cpu.ns/op", (double) used / ops, "ns/op", AggregationPolicy.AVG));
    }

    /** Summed over the JMH worker threads, which live across the iterations of a fork. */
    private long workerCpuNanos() {
        long sum = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains(WORKER)) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                sum += Math.max(cpu, 0);
            }
        }
        return sum;
    }
}
