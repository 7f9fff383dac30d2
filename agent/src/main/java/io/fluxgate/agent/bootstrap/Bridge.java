package io.fluxgate.agent.bootstrap;

/**
 * The one door from woven application code into the agent. It sits on the bootstrap class
 * path, so code inlined into any class, JDK classes included, can reach it; the agent behind it
 * lives in its own class loader.
 *
 * <p>Until the agent installs its {@link Dispatcher}, and whenever the dispatcher itself fails,
 * every call runs unprotected: the host application never breaks because of the agent.
 */
public final class Bridge {
    private static volatile Dispatcher dispatcher;
    private static volatile boolean failureReported;

    private Bridge() {
    }

    public static void install(Dispatcher installed) {
        dispatcher = installed;
    }

    public static Object enter(int site) {
        Dispatcher current = dispatcher;
        if (current == null) {
            return null;
        }
        try {
            return current.enter(site);
        } catch (Throwable internal) {
            return internalError(internal);
        }
    }

    public static void succeeded(Object permission, long startNanos) {
        Dispatcher current = dispatcher;
        if (current == null) {
            return;
        }
        try {
            current.succeeded(permission, startNanos);
        } catch (Throwable internal) {
            internalError(internal);
        }
    }

    public static Verdict settle(int site, Object permission, long startNanos, Throwable thrown, Object[] arguments) {
        Dispatcher current = dispatcher;
        if (current == null) {
            return null;
        }
        try {
            return current.settle(site, permission, startNanos, thrown, arguments);
        } catch (Throwable internal) {
            return (Verdict) internalError(internal);
        }
    }

    public static Object settleAsync(int site, Object permission, long startNanos, Object stage, Throwable thrown,
                                     Object[] arguments) {
        Dispatcher current = dispatcher;
        if (current == null) {
            return null;
        }
        try {
            return current.settleAsync(site, permission, startNanos, stage, thrown, arguments);
        } catch (Throwable internal) {
            return internalError(internal);
        }
    }

    /** Reported once; the call goes on as if it were not protected. */
    private static Object internalError(Throwable internal) {
        if (internal instanceof VirtualMachineError) {
            throw (VirtualMachineError) internal;
        }
        if (!failureReported) {
            failureReported = true;
            System.err.println("fluxgate: internal error, the call proceeds unprotected: " + internal);
            StackTraceElement[] frames = internal.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, 12); i++) {
                System.err.println("fluxgate:     at " + frames[i]);
            }
        }
        return null;
    }
}
