package io.fluxgate.agent.bootstrap;

/**
 * The door from HTTP client code (the JDK's included) into the agent, as {@link Bridge} is for
 * methods. Until the agent installs its {@link HttpDispatcher}, when the dispatcher fails, and for
 * the agent's own traffic, every exchange runs unprotected.
 *
 * <p>The agent's own traffic is every exchange made on a thread whose name starts with
 * {@value #AGENT_THREAD_PREFIX} or while {@link OwnTraffic} is active on the calling thread.
 */
public final class HttpBridge {
    public static final String AGENT_THREAD_PREFIX = "fluxgate-";

    private static final ThreadLocal<int[]> NESTING = new ThreadLocal<int[]>() {
        @Override
        protected int[] initialValue() {
            return new int[1];
        }
    };
    private static volatile HttpDispatcher dispatcher;
    private static volatile boolean failureReported;

    private HttpBridge() {
    }

    public static void install(HttpDispatcher installed) {
        dispatcher = installed;
    }

    /** See {@link HttpDispatcher#begin}; null (unprotected) for the agent's own traffic. */
    public static Object begin(String client, Object carrier, Object host, Object request) {
        HttpDispatcher current = dispatcher;
        if (current == null || ownTraffic()) {
            return null;
        }
        try {
            return current.begin(client, carrier, host, request);
        } catch (Throwable internal) {
            return internalError(internal);
        }
    }

    /**
     * {@link #begin} for the outermost of nested client calls only (see {@link #enter}, which it
     * counts); null for the calls inside it. Pair with {@link #leave}.
     */
    public static Object beginOutermost(String client, Object carrier, Object host, Object request) {
        return enter() ? begin(client, carrier, host, request) : null;
    }

    /**
     * A synchronous exchange that {@link #begin} answered ended with the client's response or a
     * throwable: what the client returns or throws instead ({@link Verdict#value} and
     * {@link Verdict#error}, one of them null), or null to keep the outcome. A refused exchange
     * answers with its refusal.
     */
    public static Verdict finish(Object exchangeOrVerdict, Object response, Throwable thrown) {
        if (exchangeOrVerdict instanceof Verdict) {
            return (Verdict) exchangeOrVerdict;
        }
        HttpDispatcher current = dispatcher;
        if (current == null || exchangeOrVerdict == null) {
            return null;
        }
        try {
            return current.finish(exchangeOrVerdict, response, thrown);
        } catch (Throwable internal) {
            return (Verdict) internalError(internal);
        }
    }

    /** See {@link HttpDispatcher#follow}; null to keep {@code pending} as it is. */
    public static Object follow(String client, Object exchangeOrVerdict, Object carrier, Object pending) {
        HttpDispatcher current = dispatcher;
        if (current == null || exchangeOrVerdict == null) {
            return null;
        }
        try {
            return current.follow(client, exchangeOrVerdict, carrier, pending);
        } catch (Throwable internal) {
            return internalError(internal);
        }
    }

    public static void release(Object exchange) {
        HttpDispatcher current = dispatcher;
        if (current == null || exchange == null || exchange instanceof Verdict) {
            return;
        }
        try {
            current.release(exchange);
        } catch (Throwable internal) {
            internalError(internal);
        }
    }

    /**
     * The calling thread enters a client method that may call others of its kind (the JDK's
     * {@code HttpURLConnection} re-enters {@code getInputStream}, its {@code HttpClient.send} calls
     * {@code sendAsync}): only the outermost one speaks for the exchange. Pair with {@link #leave}.
     *
     * @return whether this is the outermost one
     */
    public static boolean enter() {
        return NESTING.get()[0]++ == 0;
    }

    public static void leave() {
        int[] depth = NESTING.get();
        if (depth[0] > 0) {
            depth[0]--;
        }
    }

    /**
     * An {@code HttpURLConnection} method starts (counted, see {@link #enter}): for the outermost
     * call, see {@link HttpDispatcher#open}. Pair with {@link #responded}.
     */
    public static Verdict open(Object connection) {
        boolean outermost = enter();
        HttpDispatcher current = dispatcher;
        if (current == null || !outermost || ownTraffic()) {
            return null;
        }
        try {
            return current.open(connection);
        } catch (Throwable internal) {
            return (Verdict) internalError(internal);
        }
    }

    /**
     * Ends a call that {@link #open} counted: the verdict {@link #open} gave ({@code skipped}), else
     * for the outermost call the dispatcher's word on how it ended.
     */
    public static Verdict responded(Object connection, Verdict skipped, boolean responseKnown, Throwable thrown) {
        try {
            if (skipped != null) {
                return skipped;
            }
            HttpDispatcher current = dispatcher;
            if (current == null || NESTING.get()[0] != 1) {   // calls inside the outermost one leave it alone
                return null;
            }
            return current.responded(connection, responseKnown, thrown);
        } catch (Throwable internal) {
            return (Verdict) internalError(internal);
        } finally {
            leave();
        }
    }

    public static FallbackResponse answerOf(Object connection) {
        HttpDispatcher current = dispatcher;
        if (current == null) {
            return null;
        }
        try {
            return current.answerOf(connection);
        } catch (Throwable internal) {
            return (FallbackResponse) internalError(internal);
        }
    }

    public static void closed(Object connection) {
        HttpDispatcher current = dispatcher;
        if (current == null) {
            return;
        }
        try {
            current.closed(connection);
        } catch (Throwable internal) {
            internalError(internal);
        }
    }

    /** Whether the calling thread is sending the agent's own traffic, which is never protected. */
    public static boolean ownTraffic() {
        return OwnTraffic.isActive() || Thread.currentThread().getName().startsWith(AGENT_THREAD_PREFIX);
    }

    /** Reported once; the exchange goes on as if it were not protected. */
    private static Object internalError(Throwable internal) {
        if (internal instanceof VirtualMachineError) {
            throw (VirtualMachineError) internal;
        }
        if (!failureReported) {
            failureReported = true;
            System.err.println("fluxgate: internal error, the HTTP exchange proceeds unprotected: " + internal);
            StackTraceElement[] frames = internal.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, 12); i++) {
                System.err.println("fluxgate:     at " + frames[i]);
            }
        }
        return null;
    }
}
