package io.fluxgate.internal;

/** Rethrows a throwable without wrapping it, checked or not. Not part of the public API. */
public final class Sneaky {
    private Sneaky() {
    }

    /** Declared to return so that callers can write {@code throw Sneaky.rethrow(e)}; it never returns. */
    public static RuntimeException rethrow(Throwable error) {
        throw Sneaky.<RuntimeException>cast(error);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E cast(Throwable error) throws E {
        throw (E) error;
    }
}
