package io.fluxgate.window;

import io.fluxgate.Metric;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static io.fluxgate.window.MetricAssert.assertSameFigures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Many threads recording into one window at once: nothing lost, nothing counted twice, no drift. */
class WindowConcurrencyTest {
    private static final int THREADS = 8;
    private static final int PER_THREAD = 5_000;
    private static final long MS = 1_000_000L;
    private static final long[] THRESHOLDS = {10 * MS, 40 * MS};

    /** Outcome {@code i} of a thread: every third fails, durations cycle through 0..49ms. */
    private static boolean failed(int i) {
        return i % 3 == 0;
    }

    private static long duration(int thread, int i) {
        return ((i + thread) % 50) * MS;
    }

    private static void recordFromManyThreads(LiveWindow window, long nowNanos) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        AtomicReference<Throwable> problem = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            Thread recorder = new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < PER_THREAD; i++) {
                        window.record(failed(i), duration(thread, i), nowNanos);
                    }
                } catch (Throwable e) {
                    problem.compareAndSet(null, e);
                }
            }, "recorder-" + t);
            recorder.setDaemon(true);
            threads.add(recorder);
            recorder.start();
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(20));
            assertFalse(thread.isAlive(), thread.getName() + " did not finish");
        }
        assertNull(problem.get());
    }

    private static long expectedFailures() {
        long failures = 0;
        for (int i = 0; i < PER_THREAD; i++) {
            failures += failed(i) ? 1 : 0;
        }
        return failures * THREADS;
    }

    private static long expectedDuration() {
        long sum = 0;
        for (int t = 0; t < THREADS; t++) {
            for (int i = 0; i < PER_THREAD; i++) {
                sum += duration(t, i);
            }
        }
        return sum;
    }

    private static long expectedSlow(long threshold) {
        long slow = 0;
        for (int t = 0; t < THREADS; t++) {
            for (int i = 0; i < PER_THREAD; i++) {
                slow += duration(t, i) >= threshold ? 1 : 0;
            }
        }
        return slow;
    }

    private static void assertExact(Metric metric) {
        assertEquals((long) THREADS * PER_THREAD, metric.totalCount());
        assertEquals(expectedFailures(), metric.failureCount());
        assertEquals(expectedDuration(), metric.totalDurationNanos());
        for (long threshold : THRESHOLDS) {
            assertEquals(expectedSlow(threshold), metric.slowCount(threshold));
        }
    }

    @Test
    void aCountWindowLargerThanEverythingRecordedCountsExactly() throws InterruptedException {
        for (boolean sumDurations : new boolean[] {true, false}) {
            LiveWindow window = new CountWindow(THREADS * PER_THREAD + 10).open(THRESHOLDS, sumDurations);
            recordFromManyThreads(window, 0);
            assertExact(window);
            assertExact(window.snapshot(0));
        }
    }

    @RepeatedTest(10)
    void aSmallCountWindowsRunningTotalsMatchItsSlotsAfterward() throws InterruptedException {
        // Evictions race with recordings here; the running totals must still end equal to the slots.
        LiveWindow window = new CountWindow(37).open(THRESHOLDS, true);
        recordFromManyThreads(window, 0);
        Metric slots = window.snapshot(0);
        assertEquals(37, window.totalCount());
        assertEquals(37, slots.totalCount());
        assertSameFigures(slots, window, THRESHOLDS);
        assertTrue(window.failureCount() >= 0 && window.failureCount() <= 37);
    }

    @RepeatedTest(5)
    void aTimeWindowCountsExactlyWhileItsThreadsCrossSecondsAtDifferentPacesAndAReaderReads() throws Exception {
        // Each thread walks through ten seconds at its own pace, so new seconds are opened concurrently
        // and outcomes arrive late for seconds that a concurrent read has already summed.
        long second = 1_000_000_000L;
        LiveWindow window = new TimeWindow(16).open(THRESHOLDS, false);
        CountDownLatch start = new CountDownLatch(1);
        AtomicReference<Throwable> problem = new AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean recording = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread reader = new Thread(() -> {
            while (recording.get()) {
                long total = window.totalCount();
                if (total < 0 || window.failureCount() > (long) THREADS * PER_THREAD) {
                    problem.compareAndSet(null, new AssertionError("impossible figures: " + total));
                }
            }
        }, "reader");
        reader.setDaemon(true);
        reader.start();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            Thread recorder = new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < PER_THREAD; i++) {
                        long at = 100 * second + (long) i * 10 * second / PER_THREAD + thread;
                        window.record(failed(i), duration(thread, i), at);
                        if (i % (thread + 2) == 0) {
                            Thread.yield();   // different paces
                        }
                    }
                } catch (Throwable e) {
                    problem.compareAndSet(null, e);
                }
            }, "recorder-" + t);
            recorder.setDaemon(true);
            threads.add(recorder);
            recorder.start();
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(20));
            assertFalse(thread.isAlive(), thread.getName() + " did not finish");
        }
        recording.set(false);
        reader.join(TimeUnit.SECONDS.toMillis(20));
        assertNull(problem.get());
        assertExact(window);
        assertExact(window.snapshot(109 * second));
    }

    @Test
    void aTimeWindowCountsExactlyWithinOneSecond() throws InterruptedException {
        LiveWindow window = new TimeWindow(5).open(THRESHOLDS, false);
        recordFromManyThreads(window, 42 * 1_000_000_000L + 1);
        assertExact(window);
        assertExact(window.snapshot(42 * 1_000_000_000L + 999_999_999));
    }
}
