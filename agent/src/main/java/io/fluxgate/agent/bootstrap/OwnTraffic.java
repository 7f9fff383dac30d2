package io.fluxgate.agent.bootstrap;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Marks the HTTP requests the agent sends itself (Slack notifications, exporters), so that HTTP
 * client instrumentation leaves them alone: the agent's own traffic is never protected by its own
 * breakers, whatever an {@code http} target's host pattern says. It lives on the bootstrap class
 * path because advice inlined into JDK classes can only see classes there.
 *
 * <pre>{@code
 * OwnTraffic.begin();
 * try {
 *     post(webhook, message);
 * } finally {
 *     OwnTraffic.end();
 * }
 * }</pre>
 *
 * Instrumentation asks {@link #isActive()} before protecting a request; it costs one volatile
 * read while no agent request is under way anywhere.
 */
public final class OwnTraffic {
    private static final ThreadLocal<Boolean> ON_THIS_THREAD = new ThreadLocal<>();
    private static final AtomicInteger UNDER_WAY = new AtomicInteger();

    private OwnTraffic() {
    }

    /** The current thread starts a request of the agent's own; pair with {@link #end()} in a finally block. */
    public static void begin() {
        if (ON_THIS_THREAD.get() == null) {
            ON_THIS_THREAD.set(Boolean.TRUE);
            UNDER_WAY.incrementAndGet();
        }
    }

    /** The current thread's request of the agent's own is over. */
    public static void end() {
        if (ON_THIS_THREAD.get() != null) {
            ON_THIS_THREAD.remove();
            UNDER_WAY.decrementAndGet();
        }
    }

    /** Whether the current thread is sending a request of the agent's own, which must not be protected. */
    public static boolean isActive() {
        // Most threads never send one: skip the thread-local lookup while no thread does.
        return UNDER_WAY.get() != 0 && ON_THIS_THREAD.get() != null;
    }
}
