package io.fluxgate.expr;

import io.fluxgate.permit.Permit;
import io.fluxgate.retry.Retry;
import io.fluxgate.tracker.Tracker;
import io.fluxgate.tripper.Tripper;
import io.fluxgate.window.Window;

import java.util.List;

/**
 * The expression language shared by the Java API ({@code Trippers.parse(...)}) and policy files.
 * Errors are {@link ExpressionException}s carrying the column.
 *
 * <p>Trackers name classes. With a class loader they are loaded now and a missing one is an
 * error; with {@code null} nothing is loaded: {@code TypeOf} matches by name and {@code Custom}
 * is resolved on first use (how the agent reads policies, whose classes belong to the
 * application).
 */
public final class Expressions {
    private Expressions() {
    }

    public static Window window(String text) {
        return (Window) Binder.bind(text, Kind.WINDOW, Names.unresolved());
    }

    public static Tracker tracker(String text, ClassLoader loader) {
        return (Tracker) Binder.bind(text, Kind.TRACKER, loader == null ? Names.unresolved() : Names.loading(loader));
    }

    public static Tripper tripper(String text) {
        return (Tripper) Binder.bind(text, Kind.TRIPPER, Names.unresolved());
    }

    public static Retry retry(String text) {
        return (Retry) Binder.bind(text, Kind.RETRY, Names.unresolved());
    }

    public static Permit permit(String text) {
        return (Permit) Binder.bind(text, Kind.PERMIT, Names.unresolved());
    }

    /** The component names of a kind ({@code "tripper"}), for completion and "did you mean". */
    public static List<String> componentNames(String kind) {
        for (Kind candidate : Kind.values()) {
            if (candidate.label.equals(kind)) {
                return Catalog.names(candidate);
            }
        }
        throw new IllegalArgumentException("unknown component kind '" + kind
                + "': expected window, tracker, tripper, retry or permit");
    }
}
