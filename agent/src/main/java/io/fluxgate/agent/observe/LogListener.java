package io.fluxgate.agent.observe;

import io.fluxgate.Listener;
import io.fluxgate.Signal;
import io.fluxgate.State;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code {"type": "log"}}: a line per transition through java.util.logging, logger
 * {@code io.fluxgate}; WARNING when a breaker starts rejecting, INFO otherwise.
 */
public final class LogListener implements Listener {
    private static final Logger LOG = Logger.getLogger("io.fluxgate");

    @Override
    public void onTransition(Signal signal) {
        boolean rejecting = signal.newState() == State.OPEN || signal.newState() == State.FORCED_OPEN;
        LOG.log(rejecting ? Level.WARNING : Level.INFO, "circuit breaker ''{0}'': {1} -> {2}",
                new Object[] {signal.breakerName(), signal.oldState(), signal.newState()});
    }
}
