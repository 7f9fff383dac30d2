package io.fluxgate.benchmarks.memory;

import io.fluxgate.CircuitBreaker;
import io.fluxgate.Clock;
import io.fluxgate.Permission;
import io.fluxgate.Permits;
import io.fluxgate.Retries;
import io.fluxgate.Trackers;
import io.fluxgate.Trippers;
import io.fluxgate.Windows;
import io.fluxgate.permit.Permit;
import io.fluxgate.retry.Retry;
import io.fluxgate.tracker.Tracker;
import io.fluxgate.tripper.Tripper;
import io.fluxgate.window.Window;
import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jol.vm.VM;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Measures the heap a breaker retains, with JOL's object-graph walk (sizes as laid out by this
 * JVM, not estimated), and cross-checks with the heap in use before and after making 1000
 * breakers.
 *
 * <p>Breakers are made the way the agent makes them for a {@code {host}} template: the policy's
 * components (window, tracker, tripper, retry, permit) are parsed once and shared, and each
 * breaker gets a name of its own. So for each spec:
 * <ul>
 *   <li>{@code graph}: everything reachable from one breaker, shared components and JVM-wide
 *       singletons included (an upper bound for a lone breaker);</li>
 *   <li>{@code perBreaker}: what each further breaker adds, (graph of 1000 - graph of 1) / 999:
 *       its own state, window, counters and name;</li>
 *   <li>{@code total1000}: the graph of all 1000;</li>
 *   <li>{@code heapDelta1000}: used heap after making 1000 minus before, after full GCs.</li>
 * </ul>
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.fluxgate.benchmarks.memory.BreakerFootprint [out.properties]}
 */
public final class BreakerFootprint {
    static final int BREAKERS = 1000;
    private static final long SECOND = 1_000_000_000L;

    private final Map<String, String> results = new LinkedHashMap<>();
    private final PrintStream out = System.out;

    public static void main(String[] args) throws IOException {
        BreakerFootprint footprint = new BreakerFootprint();
        footprint.run();
        if (args.length > 0) {
            footprint.write(Paths.get(args[0]));
        }
    }

    private void run() {
        out.print(VM.current().details());
        out.printf("%-34s %10s %12s %12s %14s%n", "spec", "graph B", "perBreaker B", "total1000 B", "heapDelta1000 B");

        ManualClock clock = new ManualClock();
        Spec count = new Spec(Windows.count(100), Clock.system());
        Spec time = new Spec(Windows.time(60), clock);

        measure("countWindow100", count, breaker -> {
            // 150 calls: the ring is full and has wrapped; one in ten failed.
            for (int i = 0; i < 150; i++) {
                call(breaker, i % 10 == 9);
            }
        });
        measure("timeWindow60", time, breaker -> {
            // Two calls in each of the 60 seconds of the window: every bucket holds traffic.
            long base = clock.nanos;
            for (int second = 0; second < 60; second++) {
                clock.nanos = base + second * SECOND;
                call(breaker, false);
                call(breaker, second % 10 == 9);
            }
            clock.nanos = base;
        });
    }

    private void measure(String label, Spec spec, Consumer<CircuitBreaker> traffic) {
        CircuitBreaker[] breakers = new CircuitBreaker[BREAKERS];
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

        long before = usedAfterGc(memory);
        for (int i = 0; i < BREAKERS; i++) {   // the {host}-style loop: one spec, a name per host
            breakers[i] = spec.newBreaker("inventory@host-" + i + ".example.com");
            traffic.accept(breakers[i]);
        }
        long after = usedAfterGc(memory);
        long arrayBytes = GraphLayout.parseInstance((Object) new Object[0]).totalSize(); // header only
        long heapDelta = after - before - VM.current().sizeOf(breakers) + arrayBytes;

        long one = GraphLayout.parseInstance(breakers[0]).totalSize();
        long all = GraphLayout.parseInstance((Object[]) breakers).totalSize();
        long perBreaker = Math.round((all - one) / (double) (BREAKERS - 1));

        out.printf("%-34s %10d %12d %12d %14d%n", label, one, perBreaker, all, heapDelta);
        out.println("# " + label + ": classes reachable from one breaker:");
        out.println("#   " + GraphLayout.parseInstance(breakers[0]).toFootprint().trim().replace("\n", "\n#   "));
        results.put(label + ".graph", Long.toString(one));
        results.put(label + ".perBreaker", Long.toString(perBreaker));
        results.put(label + ".total1000", Long.toString(all));
        results.put(label + ".heapDelta1000", Long.toString(heapDelta));
        if (breakers[BREAKERS - 1].state() != io.fluxgate.State.CLOSED) {
            throw new IllegalStateException(label + ": the traffic tripped the breaker");
        }
    }

    private static void call(CircuitBreaker breaker, boolean fail) {
        Permission permission = breaker.acquirePermission();
        long start = breaker.clock().nanoTime();
        if (fail) {
            permission.onFailure(start);
        } else {
            permission.onSuccess(start);
        }
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        results.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        for (Map.Entry<String, String> entry : results.entrySet()) {
            text.append(entry.getKey()).append('=').append(entry.getValue()).append('\n');
        }
        Files.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A policy's breaker spec: components parsed once, shared by every breaker made from it. */
    private static final class Spec {
        final Window window;
        final Tracker tracker = Trackers.all();
        final Tripper tripper = Trippers.parse("MinRequests(100) & FailureRate(0.5)");
        final Retry retry = Retries.cooldown(Duration.ofSeconds(60));
        final Permit permit = Permits.random(0.5);
        final Clock clock;

        Spec(Window window, Clock clock) {
            this.window = window;
            this.clock = clock;
        }

        CircuitBreaker newBreaker(String name) {
            return CircuitBreaker.builder(name).window(window).tracker(tracker).tripper(tripper).retry(retry)
                    .permit(permit).clock(clock).build();
        }
    }

    /** Time that moves only when told to, so one run can put traffic into all 60 seconds of a window. */
    private static final class ManualClock implements Clock {
        volatile long nanos = 1_000 * SECOND;

        @Override
        public long nanoTime() {
            return nanos;
        }

        @Override
        public long currentTimeMillis() {
            return nanos / 1_000_000;
        }
    }
}
