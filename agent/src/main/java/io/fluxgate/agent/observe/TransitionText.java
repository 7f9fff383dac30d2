package io.fluxgate.agent.observe;

import io.fluxgate.CircuitBreakerInfo;
import io.fluxgate.Signal;

/**
 * The one-line description of a transition shared by the log and Slack:
 * {@code circuit breaker 'inventory': closed -> open (streak 3)}. The figures are what the
 * breaker still knows once it has moved: the consecutive failures it carries into an open state,
 * and how many recoveries failed since it last closed. (The window that tripped it is cleared by
 * the transition itself.)
 */
final class TransitionText {
    private TransitionText() {
    }

    /** @param after the breaker as it is after the transition, or null when it is not known */
    static String of(Signal signal, CircuitBreakerInfo after) {
        String text = "circuit breaker '" + signal.breakerName() + "': " + signal.oldState() + " -> "
                + signal.newState();
        String figures = belongsTo(after, signal) ? figures(after) : "";
        return figures.isEmpty() ? text : text + " (" + figures + ")";
    }

    /** False when the breaker has moved on again since, and its figures are another state's. */
    private static boolean belongsTo(CircuitBreakerInfo after, Signal signal) {
        return after != null && after.state() == signal.newState() && after.changedAt().equals(signal.timestamp());
    }

    private static String figures(CircuitBreakerInfo after) {
        StringBuilder figures = new StringBuilder();
        if (after.consecutiveFailures() > 0) {
            figures.append("streak ").append(after.consecutiveFailures());
        }
        if (after.reopens() > 0) {
            figures.append(figures.length() > 0 ? ", " : "").append("reopens ").append(after.reopens());
        }
        return figures.toString();
    }
}
