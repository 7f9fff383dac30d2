package io.fluxgate.agent.observe;

import io.fluxgate.agent.runtime.AppliedPolicy;
import io.fluxgate.CircuitBreaker;
import io.fluxgate.agent.policy.Policy;
import io.fluxgate.agent.runtime.Breakers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.fluxgate.agent.observe.Fixtures.breaker;
import static io.fluxgate.agent.observe.Fixtures.call;
import static io.fluxgate.agent.observe.Fixtures.failing;
import static org.junit.jupiter.api.Assertions.assertEquals;

class LogListenerTest {
    private static final Logger LOGGER = Logger.getLogger("io.fluxgate");
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        LOGGER.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        LOGGER.removeHandler(capture);
    }

    private List<String> lines() {
        return records.stream().map(r -> r.getLevel() + " " + r.getMessage()).toList();
    }

    @Test
    void namesTheBreakerBothStatesAndTheStreakThatTrippedIt() {
        Policy policy = Fixtures.policy("\"listeners\": [{\"type\": \"log\"}]");
        Observability observability = Observability.start(policy, name -> null, line -> { });
        Breakers breakers = new Breakers(policy, observability.listeners(), observability.calls());
        observability.watch(breakers, () -> AppliedPolicy.first(policy));
        CircuitBreaker inventory = breaker(breakers, policy, "inventory");

        call(inventory, failing());
        call(inventory, failing());
        inventory.reset();
        inventory.metricsOnly();
        inventory.forceOpen();

        assertEquals(List.of(
                "WARNING circuit breaker 'inventory': closed -> open (streak 2)",
                "INFO circuit breaker 'inventory': open -> closed",
                "INFO circuit breaker 'inventory': closed -> metrics_only",
                "WARNING circuit breaker 'inventory': metrics_only -> forced_open"), lines());
    }

    @Test
    void withoutTheBreakersItNamesTheStatesOnly() {
        Policy policy = Fixtures.policy();
        Breakers breakers = new Breakers(policy, List.of(new LogListener()));
        CircuitBreaker inventory = breaker(breakers, policy, "inventory");
        call(inventory, failing());
        call(inventory, failing());
        assertEquals(List.of("WARNING circuit breaker 'inventory': closed -> open"), lines());
    }
}
