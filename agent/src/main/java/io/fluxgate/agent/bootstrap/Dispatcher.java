package io.fluxgate.agent.bootstrap;

/**
 * What the agent implements behind the {@link Bridge}. Its arguments and results are plain
 * objects because the agent's own types live in a class loader the application cannot see.
 */
public interface Dispatcher {

    /** A permission to run the body, a rejection (a {@link Throwable}) to skip it, or null to run unprotected. */
    Object enter(int site);

    /** The body returned normally. */
    void succeeded(Object permission, long startNanos);

    /** The body threw, or the call was rejected: what the method must do instead, or null to keep its outcome. */
    Verdict settle(int site, Object permission, long startNanos, Throwable thrown, Object[] arguments);

    /**
     * An asynchronous method returned (or threw, or was rejected): the stage the caller should
     * get instead, or null to keep the method's outcome.
     */
    Object settleAsync(int site, Object permission, long startNanos, Object stage, Throwable thrown,
                       Object[] arguments);
}
