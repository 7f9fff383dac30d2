package io.fluxgate;

import io.fluxgate.expr.Expressions;
import io.fluxgate.tracker.All;
import io.fluxgate.tracker.Custom;
import io.fluxgate.tracker.Tracker;
import io.fluxgate.tracker.TypeOf;

import java.util.function.Predicate;

/** Factories for {@link Tracker}s: which throwables are failures. */
public final class Trackers {
    private Trackers() {
    }

    /** {@code All()}: every throwable is a failure. */
    public static Tracker all() {
        return All.INSTANCE;
    }

    /** {@code TypeOf(...)}: instances of the given types (subclasses too) are failures. */
    @SafeVarargs
    public static Tracker typeOf(Class<? extends Throwable>... types) {
        return new TypeOf(types);
    }

    /** {@code Custom(...)}: the predicate decides. */
    public static Tracker custom(Predicate<Throwable> predicate) {
        return new Custom(predicate);
    }

    /**
     * Reads a tracker expression, loading the classes it names through the context class
     * loader (or this library's loader when there is none).
     */
    public static Tracker parse(String expression) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return parse(expression, context != null ? context : Trackers.class.getClassLoader());
    }

    /** Reads a tracker expression, loading the classes it names through {@code loader}. */
    public static Tracker parse(String expression, ClassLoader loader) {
        if (loader == null) {
            throw new IllegalArgumentException("Trackers.parse: loader must not be null");
        }
        return Expressions.tracker(expression, loader);
    }
}
