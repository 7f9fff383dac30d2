package io.fluxgate.tracker;

/**
 * Decides whether a throwable counts as a failure of the protected call. A throwable it
 * rejects propagates unchanged and is not recorded at all.
 *
 * <p>Trackers compose like Fluxgate's operators: {@code a.and(b)} is {@code a & b},
 * {@code a.or(b)} is {@code a | b}, {@code a.negate()} is {@code ~a}. Every tracker's
 * {@link Object#toString()} is its expression, e.g.
 * {@code TypeOf(java.io.IOException) & ~TypeOf(java.io.FileNotFoundException)}.
 */
@FunctionalInterface
public interface Tracker {

    /** Whether {@code error} is a failure. */
    boolean test(Throwable error);

    default Tracker and(Tracker other) {
        return new AndTracker(this, other);
    }

    default Tracker or(Tracker other) {
        return new OrTracker(this, other);
    }

    default Tracker negate() {
        return new NotTracker(this);
    }
}
