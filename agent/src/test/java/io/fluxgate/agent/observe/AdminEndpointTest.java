package io.fluxgate.agent.observe;

import io.fluxgate.agent.runtime.AppliedPolicy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fluxgate.CallNotPermittedException;
import io.fluxgate.CircuitBreaker;
import io.fluxgate.State;
import io.fluxgate.agent.policy.Policy;
import io.fluxgate.agent.runtime.Breakers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.fluxgate.agent.observe.Fixtures.breaker;
import static io.fluxgate.agent.observe.Fixtures.call;
import static io.fluxgate.agent.observe.Fixtures.failing;
import static io.fluxgate.agent.observe.Fixtures.get;
import static io.fluxgate.agent.observe.Fixtures.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdminEndpointTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "s3cret-token";

    private final List<String> said = new ArrayList<>();
    private HttpEndpoint endpoint;
    private Policy policy;
    private Breakers breakers;

    @AfterEach
    void stop() {
        if (endpoint != null) {
            endpoint.stop();
        }
    }

    /** Starts the endpoint of {@code admin} (the JSON of the policy's admin object) with both breakers made. */
    private String start(String admin, Map<String, String> environment) {
        policy = Fixtures.policy("\"admin\": " + admin);
        breakers = new Breakers(policy, List.of());
        breaker(breakers, policy, "inventory");
        breaker(breakers, policy, "prices");
        endpoint = AdminEndpoint.start(policy.admin().get(), breakers, () -> AppliedPolicy.first(policy), environment::get, said::add);
        return endpoint == null ? null : endpoint.baseUrl();
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        assertEquals("application/json; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        return JSON.readTree(response.body());
    }

    @Test
    void listsEveryBreakerByName() throws IOException {
        String base = start("{\"port\": 0}", Map.of());
        assertEquals(List.of("admin endpoint on " + base), said);
        CircuitBreaker inventory = breakers.get("inventory");
        call(inventory, () -> 42);
        call(inventory, failing());

        HttpResponse<String> response = get(base + "/breakers");
        assertEquals(200, response.statusCode());
        JsonNode list = json(response);
        assertEquals(2, list.size());
        JsonNode first = list.get(0);
        assertEquals("inventory", first.get("name").asText());
        assertEquals("closed", first.get("state").asText());
        assertEquals(inventory.info().changedAt().toString(), first.get("changedAt").asText());
        assertEquals(0, first.get("reopens").asInt());
        assertEquals(1, first.get("consecutiveFailures").asInt());
        JsonNode metric = first.get("metric");
        assertEquals(2, metric.get("totalCount").asLong());
        assertEquals(1, metric.get("failureCount").asLong());
        assertEquals(0.5, metric.get("failureRate").asDouble(), 1e-12);
        assertTrue(metric.get("totalDurationMillis").isNumber());
        assertTrue(metric.get("avgDurationMillis").isNumber());
        assertEquals("prices", list.get(1).get("name").asText());
    }

    @Test
    void showsOneBreakerOrSaysItIsUnknown() throws IOException {
        String base = start("{\"port\": 0}", Map.of());
        JsonNode prices = json(get(base + "/breakers/prices"));
        assertEquals("prices", prices.get("name").asText());

        HttpResponse<String> unknown = get(base + "/breakers/payments");
        assertEquals(404, unknown.statusCode());
        assertTrue(json(unknown).get("error").asText().contains("payments"));
        assertEquals(404, post(base + "/breakers/payments/reset", null).statusCode());
        assertEquals(404, get(base + "/nothing-here").statusCode());
        assertEquals(404, post(base + "/breakers/prices/explode", null).statusCode());
    }

    @Test
    void aWrongMethodIs405WithTheRightOneNamed() {
        String base = start("{\"port\": 0}", Map.of());
        HttpResponse<String> getAnAction = get(base + "/breakers/inventory/force-open");
        assertEquals(405, getAnAction.statusCode());
        assertEquals("POST", getAnAction.headers().firstValue("Allow").orElse(""));
        HttpResponse<String> postTheList = post(base + "/breakers", null);
        assertEquals(405, postTheList.statusCode());
        assertEquals("GET", postTheList.headers().firstValue("Allow").orElse(""));
        assertEquals(State.CLOSED, breakers.get("inventory").state(), "nothing changed");
    }

    @Test
    void forceOpenRejectsCallsUntilReset() throws IOException {
        String base = start("{\"port\": 0}", Map.of());
        CircuitBreaker inventory = breakers.get("inventory");

        HttpResponse<String> forced = post(base + "/breakers/inventory/force-open", null);
        assertEquals(200, forced.statusCode(), forced.body());
        assertEquals("forced_open", json(forced).get("state").asText());
        assertInstanceOf(CallNotPermittedException.class, call(inventory, () -> 42));

        assertEquals("metrics_only", json(post(base + "/breakers/inventory/metrics-only", null)).get("state").asText());
        assertEquals("disabled", json(post(base + "/breakers/inventory/disable", null)).get("state").asText());
        assertEquals("closed", json(post(base + "/breakers/inventory/reset", null)).get("state").asText());
        assertNull(call(inventory, () -> 42));
    }

    @Test
    void withATokenChangesNeedItAndReadingDoesNot() throws IOException {
        String base = start("{\"port\": 0, \"tokenEnv\": \"ADMIN_TOKEN\"}", Map.of("ADMIN_TOKEN", TOKEN));
        assertEquals(List.of("admin endpoint on " + base + " (POST requests need the bearer token in $ADMIN_TOKEN)"),
                said);

        HttpResponse<String> anonymous = post(base + "/breakers/inventory/force-open", null);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertEquals(401, post(base + "/breakers/inventory/force-open", "wrong").statusCode());
        assertEquals(401, post(base + "/breakers/inventory/force-open", TOKEN + "x").statusCode());
        HttpResponse<String> basic = Fixtures.send(HttpRequest.newBuilder(
                        URI.create(base + "/breakers/inventory/force-open"))
                .header("Authorization", "Basic " + TOKEN).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(401, basic.statusCode());
        assertEquals(State.CLOSED, breakers.get("inventory").state());

        assertEquals(200, get(base + "/breakers").statusCode(), "reading needs no token");
        HttpResponse<String> authorized = post(base + "/breakers/inventory/force-open", TOKEN);
        assertEquals(200, authorized.statusCode(), authorized.body());
        assertEquals(State.FORCED_OPEN, breakers.get("inventory").state());
        assertEquals("closed", json(post(base + "/breakers/inventory/reset", TOKEN)).get("state").asText());
    }

    @Test
    void showsThePolicyInForce() throws IOException {
        String base = start("{\"port\": 0}", Map.of());
        JsonNode shown = json(get(base + "/policy"));
        assertEquals("policy.json", shown.get("source").asText());
        assertEquals(policy.content(), shown.get("content").asText());
        assertEquals(1, shown.get("version").asInt());
        assertEquals(1, shown.get("revision").asInt(), "the policy the JVM started with");
        assertTrue(shown.hasNonNull("appliedAt"));
    }

    @Test
    void refusesAnAddressOtherMachinesReachWithoutAToken() {
        assertNull(start("{\"host\": \"0.0.0.0\", \"port\": 0}", Map.of()));
        assertEquals(1, said.size());
        assertTrue(said.get(0).startsWith("policy.json:"), said.get(0));
        assertTrue(said.get(0).contains("the admin endpoint is not started: it would listen on 0.0.0.0"), said.get(0));
        assertTrue(said.get(0).contains("tokenEnv"), said.get(0));
    }

    @Test
    void refusesATokenVariableThatIsNotSet() {
        assertNull(start("{\"port\": 0, \"tokenEnv\": \"ADMIN_TOKEN\"}", Map.of("ADMIN_TOKEN", "  ")));
        assertEquals(1, said.size());
        assertTrue(said.get(0).contains("the admin endpoint is not started: the environment variable ADMIN_TOKEN"),
                said.get(0));
    }

    @Test
    void namesArePercentDecodedPathSegments() {
        assertEquals(List.of("breakers", "per host+1", "reset"),
                AdminHandler.segments("/breakers/per%20host+1/reset"));
        assertEquals(List.of("breakers"), AdminHandler.segments("/breakers/"));
    }
}
