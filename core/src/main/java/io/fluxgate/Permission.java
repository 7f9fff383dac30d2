package io.fluxgate;

/**
 * The low-level protocol for code that runs the protected call itself (the agent's woven code,
 * framework integrations): {@link CircuitBreaker#acquirePermission()} admits the call, the
 * caller runs it, then reports exactly one outcome through the permission it was given.
 *
 * <pre>{@code
 * Permission permission = breaker.acquirePermission();   // or CallNotPermittedException
 * long start = breaker.clock().nanoTime();
 * try {
 *     T result = work();
 *     permission.onSuccess(start);
 *     return result;
 * } catch (Throwable error) {
 *     permission.onError(start, error);
 *     throw error;
 * }
 * }</pre>
 *
 * <p>A permission belongs to the state the breaker was in when the call was admitted: an
 * outcome reported after the breaker has moved on is discarded, so it never lands in the new
 * state's window. In the CLOSED state acquiring and reporting take no lock and allocate nothing.
 */
public interface Permission {

    /** The call returned normally. {@code startNanos} is the breaker clock's reading when it began. */
    void onSuccess(long startNanos);

    /**
     * The call threw. A throwable the tracker accepts is recorded as a failure; any other is
     * not recorded at all.
     *
     * @return whether the throwable was recorded as a failure
     */
    boolean onError(long startNanos, Throwable error);

    /** The call failed without a throwable (for example an HTTP 503 the policy counts as failure). */
    void onFailure(long startNanos);

    /** The call ended without an outcome to record (for example it was cancelled). */
    void release();
}
