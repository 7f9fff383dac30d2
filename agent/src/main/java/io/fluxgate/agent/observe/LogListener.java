package io.fluxgate.agent.observe;

import io.fluxgate.CircuitBreakerInfo;
import io.fluxgate.Listener;
import io.fluxgate.Signal;
import io.fluxgate.State;

import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code {"type": "log"}}: a line per transition through java.util.logging, logger
 * {@code io.fluxgate}; WARNING when a breaker starts rejecting, INFO otherwise. The line names
 * the breaker, both states and the figures the breaker keeps, e.g.
 * {@code circuit breaker 'inventory': closed -> open (streak 3)}.
 */
public final class LogListener implements Listener {
    private static final Logger LOG = Logger.getLogger("io.fluxgate");

    private final Function<String, CircuitBreakerInfo> infoByName;

    /** A listener that names the states only. */
    public LogListener() {
        this(name -> null);
    }

    /** @param infoByName a breaker's current info by name, or null when unknown */
    public LogListener(Function<String, CircuitBreakerInfo> infoByName) {
        this.infoByName = infoByName;
    }

    @Override
    public void onTransition(Signal signal) {
        boolean rejecting = signal.newState() == State.OPEN || signal.newState() == State.FORCED_OPEN;
        Level level = rejecting ? Level.WARNING : Level.INFO;
        if (LOG.isLoggable(level)) {
            LOG.log(level, TransitionText.of(signal, infoByName.apply(signal.breakerName())));
        }
    }
}
