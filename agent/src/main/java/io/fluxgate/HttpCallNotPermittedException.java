package io.fluxgate;

import java.io.IOException;

/**
 * Thrown instead of an HTTP exchange that a breaker refuses. It is an {@link IOException}, so the
 * {@code catch (IOException e)} that legacy code already has around its HTTP calls handles it.
 */
public class HttpCallNotPermittedException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String breakerName;
    private final State state;

    public HttpCallNotPermittedException(String breakerName, State state) {
        super(CallNotPermittedException.message(breakerName, state));
        this.breakerName = breakerName;
        this.state = state;
    }

    public String breakerName() {
        return breakerName;
    }

    public State state() {
        return state;
    }
}
