package io.fluxgate;

import io.fluxgate.tripper.Tripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Eight threads at once, started together by a latch, every wait bounded. */
class ConcurrencyStressTest {
    private static final int THREADS = 8;
    private static final int CALLS_PER_THREAD = 5_000;

    private final FakeClock clock = new FakeClock();

    /** A tripper that never trips but keeps the live window it is shown, so the test can read it afterwards. */
    private static final class Spy implements Tripper {
        volatile Metric live;

        @Override
        public boolean test(Metric metric, State state, int consecutiveFailures) {
            live = metric;
            return false;
        }
    }

    @Test
    void noOutcomeIsLostInACountWindowLargerThanTheLoad() throws Exception {
        CircuitBreaker breaker = CircuitBreaker.builder("load").clock(clock)
                .window(Windows.count(THREADS * CALLS_PER_THREAD)).tripper(new Spy()).build();

        runTogether(thread -> {
            for (int i = 0; i < CALLS_PER_THREAD; i++) {
                call(breaker, i % 3 == 0);
            }
        });

        Metric metric = breaker.info().metric();
        assertEquals(THREADS * CALLS_PER_THREAD, metric.totalCount());
        assertEquals(THREADS * ((CALLS_PER_THREAD + 2) / 3), metric.failureCount());
    }

    @Test
    void theRunningTotalsOfAFullCountWindowAgreeWithItsSlots() throws Exception {
        Spy spy = new Spy();
        CircuitBreaker breaker = CircuitBreaker.builder("load").clock(clock).window(Windows.count(100))
                .tripper(spy.or(Trippers.slowRate(1, java.time.Duration.ofHours(1)))).build();

        runTogether(thread -> {
            for (int i = 0; i < CALLS_PER_THREAD; i++) {
                call(breaker, (i + thread) % 4 == 0);
            }
        });

        Metric slots = breaker.info().metric();
        assertEquals(100, slots.totalCount());
        assertEquals(slots.totalCount(), spy.live.totalCount());
        assertEquals(slots.failureCount(), spy.live.failureCount(), "the running failure count did not drift");
        assertTrue(slots.failureCount() > 0);
    }

    @Test
    void maxHalfOpenCallsIsNeverExceeded() throws Exception {
        CircuitBreaker breaker = CircuitBreaker.builder("probe").clock(clock)
                .tripper(Trippers.parse("(Closed() & FailureStreak(1)) | (HalfOpened() & MinRequests(1000) & FailureRate(1))"))
                .retry(Retries.always()).permit(Permits.all()).maxHalfOpenCalls(3).build();

        for (int round = 0; round < 30; round++) {
            new Calls(breaker, clock).fail();
            assertEquals(State.OPEN, breaker.state());

            AtomicInteger running = new AtomicInteger();
            AtomicInteger mostAtOnce = new AtomicInteger();
            AtomicInteger rejected = new AtomicInteger();
            CountDownLatch decided = new CountDownLatch(THREADS);
            CountDownLatch finish = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<?>> probes = new ArrayList<>();
                CountDownLatch start = new CountDownLatch(1);
                for (int t = 0; t < THREADS; t++) {
                    probes.add(pool.submit(() -> {
                        await(start);
                        try {
                            breaker.call(() -> {
                                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                                decided.countDown();
                                await(finish);
                                running.decrementAndGet();
                                return null;
                            });
                        } catch (CallNotPermittedException refused) {
                            rejected.incrementAndGet();
                            decided.countDown();
                        }
                        return null;
                    }));
                }
                start.countDown();
                assertTrue(decided.await(10, TimeUnit.SECONDS), "every thread ran or was rejected");
                assertEquals(3, running.get(), "round " + round);
                assertEquals(THREADS - 3, rejected.get());
                finish.countDown();
                for (Future<?> probe : probes) {
                    probe.get(10, TimeUnit.SECONDS);
                }
            } finally {
                finish.countDown();
                pool.shutdownNow();
            }
            assertEquals(3, mostAtOnce.get());
            assertEquals(State.CLOSED, breaker.state(), "a successful probe closed it");
        }
    }

    @Test
    void staleOutcomesNeverLandEvenWhenReportedTogether() throws Exception {
        CircuitBreaker breaker = CircuitBreaker.builder("stale").clock(clock).tripper(Trippers.failureStreak(1)).build();

        for (int round = 0; round < 50; round++) {
            CyclicBarrier admitted = new CyclicBarrier(THREADS + 1);
            CyclicBarrier transitioned = new CyclicBarrier(THREADS + 1);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<?>> late = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    late.add(pool.submit(() -> {
                        Permission permission = breaker.acquirePermission();
                        long start = clock.nanoTime();
                        admitted.await(10, TimeUnit.SECONDS);
                        transitioned.await(10, TimeUnit.SECONDS);
                        if (thread % 2 == 0) {
                            permission.onError(start, new IOException("late"));
                        } else {
                            permission.onSuccess(start);
                        }
                        return null;
                    }));
                }
                admitted.await(10, TimeUnit.SECONDS);
                breaker.reset();
                transitioned.await(10, TimeUnit.SECONDS);
                for (Future<?> outcome : late) {
                    outcome.get(10, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(State.CLOSED, breaker.state(), "round " + round + ": a late failure tripped the new period");
            assertEquals(0, breaker.info().metric().totalCount());
        }
    }

    private static void call(CircuitBreaker breaker, boolean fail) {
        try {
            breaker.call(() -> {
                if (fail) {
                    throw new IOException("down");
                }
                return null;
            });
        } catch (Exception expected) {
            // the failure was recorded
        }
    }

    private interface Work {
        void run(int thread) throws Exception;
    }

    private static void runTogether(Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                workers.add(pool.submit(() -> {
                    await(start);
                    work.run(thread);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> worker : workers) {
                worker.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) throws InterruptedException {
        if (!latch.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("a latch was never released");
        }
    }
}
