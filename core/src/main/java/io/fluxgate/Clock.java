package io.fluxgate;

/**
 * The breaker's source of time. Injected in tests so that nothing ever sleeps.
 *
 * <p>{@link #nanoTime()} is monotonic and measures durations, windows, cooldowns and ramps;
 * {@link #currentTimeMillis()} is wall time and only stamps {@link Signal}s and
 * {@link CircuitBreakerInfo#changedAt()}.
 */
public interface Clock {

    /** Monotonic time in nanoseconds, comparable only with other readings of this clock. */
    long nanoTime();

    /** Wall-clock time in milliseconds since the epoch. */
    long currentTimeMillis();

    /** The JVM's clocks: {@link System#nanoTime()} and {@link System#currentTimeMillis()}. */
    static Clock system() {
        return SystemClock.INSTANCE;
    }
}

final class SystemClock implements Clock {
    static final SystemClock INSTANCE = new SystemClock();

    private SystemClock() {
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public long currentTimeMillis() {
        return System.currentTimeMillis();
    }

    @Override
    public String toString() {
        return "Clock.system()";
    }
}
