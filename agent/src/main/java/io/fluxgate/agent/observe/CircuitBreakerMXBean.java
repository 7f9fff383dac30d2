package io.fluxgate.agent.observe;

/**
 * What JMX shows of one breaker, as {@code io.fluxgate:type=CircuitBreaker,name=<name>}: its
 * state and window figures, and the manual operations. Open types only, so JConsole and any JMX
 * client read it without the agent's classes.
 */
public interface CircuitBreakerMXBean {

    /** {@code closed}, {@code open}, {@code half_open}, {@code metrics_only}, {@code disabled} or {@code forced_open}. */
    String getState();

    /** When the breaker entered its state, ISO-8601 in UTC. */
    String getChangedAt();

    int getReopens();

    int getConsecutiveFailures();

    long getTotalCount();

    long getFailureCount();

    /** Failures over outcomes in the window, 0 to 1. */
    double getFailureRate();

    double getAvgDurationMillis();

    void reset();

    void disable();

    void metricsOnly();

    void forceOpen();
}
