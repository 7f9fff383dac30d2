package io.fluxgate.agent.bootstrap;

/** What a protected method does instead of its own outcome: return a value, or throw. */
public final class Verdict {
    /** The value to return when {@link #error} is null. */
    public final Object value;
    /** The throwable to throw, or null. */
    public final Throwable error;

    private Verdict(Object value, Throwable error) {
        this.value = value;
        this.error = error;
    }

    public static Verdict returning(Object value) {
        return new Verdict(value, null);
    }

    public static Verdict throwing(Throwable error) {
        return new Verdict(null, error);
    }
}
