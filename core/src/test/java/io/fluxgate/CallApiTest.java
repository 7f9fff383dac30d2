package io.fluxgate;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallApiTest {
    private final FakeClock clock = new FakeClock();
    private final CircuitBreaker breaker = CircuitBreaker.builder("api").clock(clock)
            .tracker(Trackers.typeOf(IOException.class)).tripper(Trippers.failureStreak(2))
            .retry(Retries.cooldown(Duration.ofSeconds(5))).permit(Permits.all()).maxHalfOpenCalls(1).build();

    private void trip() {
        new Calls(breaker, clock).fail(2);
        assertEquals(State.OPEN, breaker.state());
    }

    @Test
    void getRunAndDecorateGoThroughTheBreaker() {
        AtomicInteger runs = new AtomicInteger();
        assertEquals("v", breaker.get(() -> "v"));
        breaker.run(runs::incrementAndGet);
        Supplier<Integer> decorated = breaker.decorate(runs::incrementAndGet);
        assertEquals(2, decorated.get());
        assertEquals(3, breaker.info().metric().totalCount());

        trip();
        assertThrows(CallNotPermittedException.class, () -> breaker.get(() -> "v"));
        assertThrows(CallNotPermittedException.class, () -> breaker.run(runs::incrementAndGet));
        assertThrows(CallNotPermittedException.class, decorated::get);
        assertEquals(2, runs.get());
    }

    @Test
    void getAndRunRecordAFailureAndRethrowTheSameThrowable() {
        IllegalStateException untracked = new IllegalStateException("not an IOException");
        assertSame(untracked, assertThrows(IllegalStateException.class, () -> breaker.get(() -> {
            throw untracked;
        })));
        assertEquals(0, breaker.info().metric().totalCount());

        java.io.UncheckedIOException wrapped = new java.io.UncheckedIOException(new IOException("down"));
        CircuitBreaker tracksAll = CircuitBreaker.builder("all").clock(clock).build();
        assertSame(wrapped, assertThrows(java.io.UncheckedIOException.class, () -> tracksAll.run(() -> {
            clock.advance(Duration.ofMillis(7));
            throw wrapped;
        })));
        AssertionError error = new AssertionError("an Error is a failure too");
        assertSame(error, assertThrows(AssertionError.class, () -> tracksAll.get(() -> {
            throw error;
        })));
        assertEquals(2, tracksAll.info().metric().failureCount());
        assertEquals(Duration.ofMillis(7), tracksAll.info().metric().totalDuration());
        assertEquals(2, tracksAll.info().consecutiveFailures());
    }

    @Test
    void checkedExceptionsPassThroughCallUnwrapped() {
        IOException down = new IOException("down");
        assertSame(down, assertThrows(IOException.class, () -> breaker.call(() -> {
            throw down;
        })));
        assertEquals(1, breaker.info().metric().failureCount());
    }

    @Test
    void callWithFallbackAnswersRejectionsTrackedAndUntrackedFailures() throws Exception {
        assertEquals("fresh", breaker.callWithFallback(() -> "fresh", error -> "cached"));
        assertEquals("cached: IllegalStateException", breaker.callWithFallback(() -> {
            throw new IllegalStateException("untracked");
        }, error -> "cached: " + error.getClass().getSimpleName()));
        assertEquals("cached: IOException", breaker.callWithFallback(() -> {
            throw new IOException("tracked");
        }, error -> "cached: " + error.getClass().getSimpleName()));
        trip();
        assertEquals("cached: CallNotPermittedException", breaker.callWithFallback(() -> "fresh",
                error -> "cached: " + error.getClass().getSimpleName()));
    }

    @Test
    void theFallbackMayThrowAndItsThrowablePropagates() {
        trip();
        UnsupportedOperationException fromFallback = new UnsupportedOperationException("no cache");
        assertSame(fromFallback, assertThrows(UnsupportedOperationException.class,
                () -> breaker.callWithFallback(() -> "fresh", error -> {
                    throw fromFallback;
                })));
    }

    @Test
    void anAsyncCallIsRecordedWhenItsStageCompletesWithTheDurationUntilThen() throws Exception {
        CompletableFuture<String> pending = new CompletableFuture<>();
        CompletionStage<String> stage = breaker.callAsync(() -> pending);
        assertEquals(0, breaker.info().metric().totalCount());

        clock.advanceMillis(250);
        pending.complete("done");
        assertEquals("done", stage.toCompletableFuture().get());
        assertEquals(1, breaker.info().metric().totalCount());
        assertEquals(Duration.ofMillis(250), breaker.info().metric().totalDuration());
    }

    @Test
    void aFailedStageIsShownToTheTrackerUnwrapped() {
        CompletableFuture<String> pending = new CompletableFuture<>();
        CompletionStage<String> stage = breaker.callAsync(() -> pending.thenApply(value -> value));
        IOException down = new IOException("down");
        pending.completeExceptionally(down);

        ExecutionException failure = assertThrows(ExecutionException.class, () -> stage.toCompletableFuture().get());
        assertSame(down, failure.getCause());
        assertEquals(1, breaker.info().metric().failureCount(), "CompletionException(IOException) is tracked");
    }

    @Test
    void anAsyncRejectionIsAFailedStageNeverAThrow() {
        trip();
        CompletionStage<String> stage = breaker.callAsync(() -> {
            throw new AssertionError("must not run");
        });
        CompletionException failure = assertThrows(CompletionException.class, () -> stage.toCompletableFuture().join());
        assertInstanceOf(CallNotPermittedException.class, failure.getCause());
    }

    @Test
    void aSupplierThatThrowsIsRecordedLikeAFailedStage() {
        IOException down = new IOException("connect refused");
        CompletionStage<String> stage = breaker.callAsync(() -> {
            throw new CompletionException(down) {
                private static final long serialVersionUID = 1L;
            };
        });
        assertTrue(stage.toCompletableFuture().isCompletedExceptionally());
        CompletionStage<String> direct = breaker.callAsync(() -> {
            throw new java.io.UncheckedIOException(down);
        });
        assertTrue(direct.toCompletableFuture().isCompletedExceptionally());
        assertEquals(1, breaker.info().metric().failureCount(), "the unwrapped IOException is tracked; the other not");
        assertNull(breaker.callAsync(() -> CompletableFuture.completedFuture(null)).toCompletableFuture().join());
    }

    @Test
    void anAsyncProbeHoldsItsHalfOpenSlotUntilItsStageCompletes() {
        trip();
        clock.advanceSeconds(5);
        CompletableFuture<String> probe = new CompletableFuture<>();
        CompletionStage<String> first = breaker.callAsync(() -> probe);
        assertEquals(State.HALF_OPEN, breaker.state());

        CompletionStage<String> second = breaker.callAsync(() -> CompletableFuture.completedFuture("second"));
        CompletionException rejected = assertThrows(CompletionException.class, () -> second.toCompletableFuture().join());
        assertEquals(State.HALF_OPEN, ((CallNotPermittedException) rejected.getCause()).state());

        probe.complete("first");
        assertEquals("first", first.toCompletableFuture().join());
        assertEquals(State.CLOSED, breaker.state());
    }

    @Test
    void infoTellsStateChangedAtReopensStreakAndMetric() throws Exception {
        new Calls(breaker, clock).succeedTaking(Duration.ofMillis(40));
        new Calls(breaker, clock).fail();
        CircuitBreakerInfo info = breaker.info();
        assertEquals(State.CLOSED, info.state());
        assertEquals(FakeClock.START_MILLIS, info.changedAt().toEpochMilli());
        assertEquals(0, info.reopens());
        assertEquals(1, info.consecutiveFailures());
        assertEquals(2, info.metric().totalCount());
        assertEquals(0.5, info.metric().failureRate());
        assertEquals("api", breaker.name());
        assertTrue(breaker.toString().contains("tripper=FailureStreak(2)"), breaker.toString());
    }
}
