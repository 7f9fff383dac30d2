package io.fluxgate.tracker;

import io.fluxgate.internal.Require;

import java.util.function.Predicate;

/**
 * A throwable is a failure when a predicate of the application's says so, e.g. "5xx responses
 * and connection errors, but not 4xx". In a policy file the predicate is a public static
 * method: {@code Custom(com.acme.Rules#isServerError)}.
 */
public final class Custom implements Tracker {
    private final Predicate<Throwable> predicate;
    private final String description;

    public Custom(Predicate<Throwable> predicate) {
        this(predicate, null);
    }

    /** {@code description} is what {@link #toString()} shows inside the parentheses. */
    public Custom(Predicate<Throwable> predicate, String description) {
        this.predicate = Require.notNull("Custom", "predicate", predicate);
        this.description = description;
    }

    @Override
    public boolean test(Throwable error) {
        return predicate.test(error);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Custom)) {
            return false;
        }
        Custom that = (Custom) other;
        return description != null ? description.equals(that.description) : predicate.equals(that.predicate);
    }

    @Override
    public int hashCode() {
        return description != null ? description.hashCode() : predicate.hashCode();
    }

    @Override
    public String toString() {
        return "Custom(" + (description != null ? description : predicate) + ")";
    }
}
