package io.fluxgate.tracker;

/** Every throwable is a failure, {@link Error}s included. The default tracker. */
public final class All implements Tracker {
    public static final All INSTANCE = new All();

    private All() {
    }

    @Override
    public boolean test(Throwable error) {
        return true;
    }

    @Override
    public String toString() {
        return "All()";
    }
}
