package io.fluxgate.agent.policy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fluxgate.State;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidPolicyTest {

    @Test
    void readsTheExampleOfTheSpecification() {
        Policy policy = Policies.load("spec-example.json", Resources.policy("valid/spec-example.json"));

        assertEquals(List.of("payment", "per-host-{host}", "inventory"), List.copyOf(policy.breakers().keySet()));
        BreakerSpec payment = policy.breaker("payment").orElseThrow();
        assertTrue(payment.isDeclared());
        assertEquals("TypeOf(java.io.IOException) & ~TypeOf(java.io.FileNotFoundException)", payment.trackerExpression());
        assertEquals("FailureStreak(5) | (MinRequests(20) & FailureRate(0.4))", payment.tripperExpression());
        assertEquals("Backoff(initial=30, max_duration=600, jitter_ratio=0.1)", payment.retryExpression());
        assertEquals("RampUp(initial=0.1, final=0.8, duration=60)", payment.permitExpression());
        assertEquals(5, payment.maxHalfOpenCalls());
        assertEquals(State.METRICS_ONLY, payment.initialState());

        BreakerSpec perHost = policy.breaker("per-host-{host}").orElseThrow();
        assertTrue(perHost.isTemplate());
        assertEquals("TimeWindow(60)", perHost.windowExpression());
        assertEquals("MinRequests(20) & FailureRate(0.5)", perHost.tripperExpression(), "from defaults");
        assertEquals(1000, perHost.maxBreakers());
        assertEquals("per-host-api.example.com", perHost.nameFor("api.example.com"));

        BreakerSpec inventory = policy.breaker("inventory").orElseThrow();
        assertFalse(inventory.isDeclared(), "only a target names it");
        assertEquals("MinRequests(20) & FailureRate(0.5)", inventory.tripperExpression());
        assertEquals("CountWindow(100)", inventory.windowExpression());

        assertEquals(3, policy.targets().size());
        MethodTarget charge = (MethodTarget) policy.targets().get(0);
        assertEquals("com.acme.billing.PaymentClient#charge(java.math.BigDecimal)", charge.pattern().text());
        assertTrue(charge.pattern().matchesType("com.acme.billing.PaymentClient"));
        MethodFallback queue = assertInstanceOf(MethodFallback.class, charge.fallback().orElseThrow());
        assertEquals("com.acme.billing.Fallbacks", queue.className());
        assertEquals("queueCharge", queue.methodName());
        assertEquals(FallbackOn.ANY, charge.fallbackOn());
        assertEquals(payment, policy.breakerOf(charge));

        MethodTarget get = (MethodTarget) policy.targets().get(1);
        ValueFallback empty = assertInstanceOf(ValueFallback.class, get.fallback().orElseThrow());
        assertTrue(empty.value().isArray() && empty.value().isEmpty());
        assertEquals(FallbackOn.REJECTED, get.fallbackOn());

        HttpTarget http = (HttpTarget) policy.targets().get(2);
        assertEquals(HttpClientKind.ANY, http.match().client());
        assertTrue(http.match().matches("okhttp", "api.example.com", 443, "/v1/orders", "GET"));
        assertFalse(http.match().matches("okhttp", "example.org", 443, "/v1/orders", "GET"));
        assertTrue(http.failOn().contains(503) && http.failOn().contains(429));
        assertFalse(http.failOn().contains(404));
        assertEquals(perHost, policy.breakerOf(http));

        assertInstanceOf(LogListenerSpec.class, policy.listeners().get(0));
        PrometheusListenerSpec prometheus = assertInstanceOf(PrometheusListenerSpec.class, policy.listeners().get(1));
        assertEquals("127.0.0.1", prometheus.host());
        assertEquals(9464, prometheus.port());
        AdminSpec admin = policy.admin().orElseThrow();
        assertEquals("127.0.0.1", admin.host());
        assertEquals(9465, admin.port());
        assertTrue(admin.tokenEnv().isEmpty());
        assertTrue(policy.reload());
        assertEquals(List.of(), policy.warnings());
        assertEquals(Resources.policy("valid/spec-example.json"), policy.content());
    }

    @Test
    void yamlReadsLikeTheSameJson() {
        Policy json = Policies.load("spec-example.json", Resources.policy("valid/spec-example.json"));
        Policy yaml = Policies.load("spec-example.yaml", Resources.policy("valid/spec-example.yaml"));

        assertEquals(json.breakers(), yaml.breakers());
        assertEquals(json.targets().toString(), yaml.targets().toString());
        assertEquals(json.listeners().toString(), yaml.listeners().toString());
        assertEquals(json.admin().orElseThrow().port(), yaml.admin().orElseThrow().port());
        assertEquals(json.reload(), yaml.reload());
    }

    @Test
    void readsEveryKindOfTargetFallbackAndListener() {
        Policy policy = Policies.load("everything.json", Resources.policy("valid/everything.json"));

        BreakerSpec orders = policy.breaker("orders").orElseThrow();
        assertEquals("TimeWindow(30)", orders.windowExpression());
        assertEquals("Cooldown(10s)", orders.retryExpression());
        assertEquals(3, orders.maxHalfOpenCalls());
        assertEquals(State.DISABLED, orders.initialState());
        assertEquals(State.FORCED_OPEN, policy.breaker("search").orElseThrow().initialState());
        assertEquals(20, policy.breaker("api-{host}").orElseThrow().maxBreakers());

        MethodTarget place = (MethodTarget) policy.targets().get(0);
        assertTrue(place.pattern().includesSubtypes());
        assertEquals(List.of("com.acme.orders.Order", "int[]", "java.lang.String[]"), place.pattern().parameterTypes());
        ThrowFallback paused = assertInstanceOf(ThrowFallback.class, place.fallback().orElseThrow());
        assertEquals("java.lang.IllegalStateException", paused.exceptionClassName());
        assertEquals("orders are paused", paused.message().orElseThrow());
        assertEquals(FallbackOn.TRACKED, place.fallbackOn());

        JsonNode value = ((ValueFallback) policy.targets().get(1).fallback().orElseThrow()).value();
        assertEquals(0, value.get("id").asInt());
        assertEquals("none", value.get("tags").get(0).asText());
        assertEquals(1.5, value.get("price").asDouble());
        assertTrue(value.get("next").isNull());
        ((com.fasterxml.jackson.databind.node.ObjectNode) value).put("id", 7);
        assertEquals(0, ((ValueFallback) policy.targets().get(1).fallback().orElseThrow()).value().get("id").asInt(),
                "the model hands out copies");
        assertTrue(((ValueFallback) policy.targets().get(2).fallback().orElseThrow()).value().isNull());

        HttpTarget search = (HttpTarget) policy.targets().get(3);
        assertEquals(HttpClientKind.OKHTTP, search.match().client());
        assertTrue(search.match().matches("okhttp", "API.example.com", 8443, "/v2/search/deep", "POST"));
        assertFalse(search.match().matches("okhttp", "api.example.com", 443, "/v2/search", "POST"));
        assertFalse(search.match().matches("okhttp", "api.example.com", 8443, "/v2/search", "GET"));
        assertFalse(search.match().matches("jdk-httpclient", "api.example.com", 8443, "/v2/search", "POST"));
        ResponseFallback unavailable = assertInstanceOf(ResponseFallback.class, search.fallback().orElseThrow());
        assertEquals(503, unavailable.status());
        assertEquals("{\"results\": []}", unavailable.body());
        assertEquals(Map.of("Content-Type", "application/json"), unavailable.headers());
        assertTrue(search.failOn().contains(500) && search.failOn().contains(404));
        assertFalse(search.failOn().contains(503));
        assertEquals("500, 502, 4xx", search.failOn().toString());

        HttpTarget anyHost = (HttpTarget) policy.targets().get(4);
        assertTrue(anyHost.failOn().isEmpty());
        assertTrue(anyHost.match().matches("jdk-httpclient", "anything", 1, null, "DELETE"));

        assertEquals(List.of("jmx", "slack", "prometheus"), policy.listeners().stream().map(ListenerSpec::type).toList());
        assertEquals("FLUXGATE_SLACK_WEBHOOK", ((SlackListenerSpec) policy.listeners().get(1)).webhookUrlEnv());
        assertEquals("0.0.0.0", ((PrometheusListenerSpec) policy.listeners().get(2)).host());
        assertEquals("FLUXGATE_ADMIN_TOKEN", policy.admin().orElseThrow().tokenEnv().orElseThrow());
        assertFalse(policy.reload(), "off by default");
        assertEquals(List.of("orders", "search", "api-{host}"), List.copyOf(policy.breakers().keySet()));
        assertEquals(3, policy.methodTargets().size());
        assertEquals(2, policy.httpTargets().size());
    }

    @Test
    void theSmallestPolicyIsJustTheVersion() {
        Policy policy = Policies.json("{\"version\": 1}");

        assertTrue(policy.breakers().isEmpty());
        assertTrue(policy.targets().isEmpty());
        assertTrue(policy.listeners().isEmpty());
        assertTrue(policy.admin().isEmpty());
        assertEquals(1, policy.version());
    }

    @Test
    void portZeroAsksForAnyFreePortAndNeverClashes() {
        Policy policy = Policies.json("{\"version\": 1, \"listeners\": [{\"type\": \"prometheus\", \"port\": 0}],"
                + " \"admin\": {\"port\": 0}}");

        assertEquals(0, ((PrometheusListenerSpec) policy.listeners().get(0)).port());
        assertEquals(0, policy.admin().orElseThrow().port());
    }

    @Test
    void warnsAboutABreakerNameOneLetterOffADeclaredOne() {
        Policy policy = Policies.json("{\"version\": 1, \"breakers\": {\"payment\": {}},\n"
                + " \"targets\": [{\"method\": \"a.B#c()\", \"breaker\": \"paymnet\"}]}");

        assertEquals(2, policy.warnings().size(), policy.warnings()::toString);
        assertEquals("1:29", position(policy.warnings().get(0)));
        assertTrue(policy.warnings().get(0).message().contains("\"payment\" is not used by any target"));
        assertEquals("2:47", position(policy.warnings().get(1)));
        assertTrue(policy.warnings().get(1).message().contains("did you mean \"payment\"?"));
        assertFalse(policy.breaker("paymnet").orElseThrow().isDeclared(), "allowed: it gets the defaults");
    }

    private static String position(PolicyError error) {
        return error.line() + ":" + error.column();
    }
}
