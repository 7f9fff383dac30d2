package io.fluxgate;

import java.time.Duration;

/** A clock that moves only when a test moves it. */
final class FakeClock implements Clock {
    static final long START_MILLIS = 1_700_000_000_000L;

    private long nanos = 5_000_000_000_000L;
    private long millis = START_MILLIS;

    @Override
    public synchronized long nanoTime() {
        return nanos;
    }

    @Override
    public synchronized long currentTimeMillis() {
        return millis;
    }

    synchronized void advance(Duration duration) {
        nanos += duration.toNanos();
        millis += duration.toMillis();
    }

    void advanceMillis(long amount) {
        advance(Duration.ofMillis(amount));
    }

    void advanceSeconds(long amount) {
        advance(Duration.ofSeconds(amount));
    }
}
