package io.fluxgate;

/**
 * Thrown instead of running a call that the breaker refuses: it is open or forced open, or it
 * is half-open and the call is not one of the probes it lets through.
 */
public class CallNotPermittedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String breakerName;
    private final State state;

    public CallNotPermittedException(String breakerName, State state) {
        super(message(breakerName, state));
        this.breakerName = breakerName;
        this.state = state;
    }

    /** The message every rejection carries, whichever exception type delivers it. */
    public static String message(String breakerName, State state) {
        return "circuit breaker '" + breakerName + "' is " + state.label() + " and does not permit the call";
    }

    public String breakerName() {
        return breakerName;
    }

    /** The state that refused the call. */
    public State state() {
        return state;
    }
}
