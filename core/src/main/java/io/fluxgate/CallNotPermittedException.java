package io.fluxgate;

/**
 * Thrown instead of running a call that the breaker refuses: it is open or forced open, or it
 * is half-open and the call is not one of the probes it lets through.
 *
 * <p>The ones a breaker throws carry no stack trace: a rejection is the breaker working as
 * intended, not a fault to locate, and an open breaker rejects at the full rate of its callers,
 * where capturing the stack would cost far more than the rejection itself. Run with
 * {@code -Dfluxgate.rejectionStackTraces=true} to have them captured.
 *
 * <p>(The agent loads this class where the application can see it, apart from the rest of the
 * engine: the engine may only use its public members.)
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

    /**
     * A rejection that may skip capturing the stack: cheap enough to throw at the rate an open
     * breaker refuses calls. Its message, the same as ever, is only put together when asked for.
     */
    public CallNotPermittedException(String breakerName, State state, boolean writableStackTrace) {
        super(null, null, true, writableStackTrace);
        this.breakerName = breakerName;
        this.state = state;
    }

    @Override
    public String getMessage() {
        String message = super.getMessage();
        return message != null ? message : message(breakerName, state);
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
