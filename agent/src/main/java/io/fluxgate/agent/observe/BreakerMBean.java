package io.fluxgate.agent.observe;

import io.fluxgate.CircuitBreaker;
import io.fluxgate.CircuitBreakerInfo;

import javax.management.MBeanAttributeInfo;
import javax.management.MBeanInfo;
import javax.management.MBeanOperationInfo;
import javax.management.NotCompliantMBeanException;
import javax.management.StandardMBean;
import java.util.HashMap;
import java.util.Map;

/** One breaker as an MXBean, with descriptions for JConsole's tooltips. */
final class BreakerMBean extends StandardMBean implements CircuitBreakerMXBean {
    private static final Map<String, String> DESCRIPTIONS = descriptions();

    private final CircuitBreaker breaker;

    BreakerMBean(CircuitBreaker breaker) throws NotCompliantMBeanException {
        super(CircuitBreakerMXBean.class, true);
        this.breaker = breaker;
    }

    @Override
    public String getState() {
        return breaker.state().label();
    }

    @Override
    public String getChangedAt() {
        return breaker.info().changedAt().toString();
    }

    @Override
    public int getReopens() {
        return breaker.info().reopens();
    }

    @Override
    public int getConsecutiveFailures() {
        return breaker.info().consecutiveFailures();
    }

    @Override
    public long getTotalCount() {
        return breaker.info().metric().totalCount();
    }

    @Override
    public long getFailureCount() {
        return breaker.info().metric().failureCount();
    }

    @Override
    public double getFailureRate() {
        return breaker.info().metric().failureRate();
    }

    @Override
    public double getAvgDurationMillis() {
        CircuitBreakerInfo info = breaker.info();
        return info.metric().avgDuration().toNanos() / 1e6;
    }

    @Override
    public void reset() {
        breaker.reset();
    }

    @Override
    public void disable() {
        breaker.disable();
    }

    @Override
    public void metricsOnly() {
        breaker.metricsOnly();
    }

    @Override
    public void forceOpen() {
        breaker.forceOpen();
    }

    @Override
    protected String getDescription(MBeanInfo info) {
        return "Fluxgate circuit breaker '" + breaker.name() + "'";
    }

    @Override
    protected String getDescription(MBeanAttributeInfo info) {
        return DESCRIPTIONS.getOrDefault(info.getName(), info.getDescription());
    }

    @Override
    protected String getDescription(MBeanOperationInfo info) {
        return DESCRIPTIONS.getOrDefault(info.getName(), info.getDescription());
    }

    @Override
    protected int getImpact(MBeanOperationInfo info) {
        return MBeanOperationInfo.ACTION;
    }

    private static Map<String, String> descriptions() {
        Map<String, String> text = new HashMap<>();
        text.put("State", "closed, open, half_open, metrics_only, disabled or forced_open");
        text.put("ChangedAt", "When the breaker entered its state (ISO-8601, UTC)");
        text.put("Reopens", "Failed recovery attempts since the breaker last closed");
        text.put("ConsecutiveFailures", "Failures in a row");
        text.put("TotalCount", "Outcomes in the window");
        text.put("FailureCount", "Failures in the window");
        text.put("FailureRate", "Failures over outcomes in the window, 0 to 1");
        text.put("AvgDurationMillis", "Mean call duration in the window, milliseconds");
        text.put("reset", "Close the breaker, clearing its window");
        text.put("disable", "Let every call through and record nothing, until reset");
        text.put("metricsOnly", "Record every call but never trip, until reset");
        text.put("forceOpen", "Reject every call until reset");
        return text;
    }
}
