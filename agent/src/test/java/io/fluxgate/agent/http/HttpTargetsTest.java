package io.fluxgate.agent.http;

import io.fluxgate.agent.policy.HttpClientKind;
import io.fluxgate.agent.policy.HttpTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which target an exchange is matched to: the first in file order whose every part matches. */
class HttpTargetsTest {
    private static final HttpTargets TARGETS = new HttpTargets(HttpPolicies.of("", String.join(",",
            "{\"http\": {\"client\": \"okhttp\", \"host\": \"*.example.com\", \"path\": \"/v1/*\"}, \"breaker\": \"okhttp-v1\"}",
            "{\"http\": {\"host\": \"api.example.com\", \"port\": 8443, \"method\": \"POST\"}, \"breaker\": \"post-8443\"}",
            "{\"http\": {\"host\": \"*.example.com\", \"path\": \"/v?/orders\"}, \"breaker\": \"orders\"}",
            "{\"http\": {\"host\": \"127.0.0.1\"}, \"breaker\": \"local\"}")).httpTargets());

    @ParameterizedTest(name = "{0} {1} ({2}) -> {3}")
    @CsvSource(nullValues = "-", value = {
        "GET,  https://api.example.com/v1/orders,       okhttp,              okhttp-v1",
        "GET,  https://API.Example.COM/v1/x?query=1,    okhttp,              okhttp-v1",
        "GET,  https://api.example.com/v1/orders,       jdk-httpclient,      orders",
        "GET,  https://api.example.com/v2/orders,       okhttp,              orders",
        "GET,  https://api.example.com/v2/orders/1,     okhttp,              -",
        "POST, https://api.example.com:8443/v2/x,       apache-httpclient-4, post-8443",
        "GET,  https://api.example.com:8443/v2/x,       apache-httpclient-4, -",
        "POST, https://api.example.com/v2/x,            apache-httpclient-4, -",
        "GET,  http://example.com/v1/orders,            okhttp,              -",
        "GET,  http://127.0.0.1:8080/anything,          httpurlconnection,   local",
        "GET,  http://127.0.0.2:8080/anything,          httpurlconnection,   -",
    })
    void theFirstTargetWhoseEveryPartMatchesWins(String method, String url, String client, String breaker) {
        HttpTarget target = TARGETS.first(client, Endpoint.of(method, null, null, -1, url));
        assertEquals(breaker, target == null ? null : target.breakerName());
    }

    @Test
    void endpointsCarryTheEffectivePortAndThePathWithoutQuery() {
        Endpoint secure = Endpoint.of("get", "HTTPS", "API.example.com", -1, "/a/b?c=d#e");
        assertEquals("GET", secure.method());
        assertEquals("api.example.com", secure.host());
        assertEquals(443, secure.port());
        assertEquals("/a/b", secure.path());
        assertEquals(80, Endpoint.of("GET", "http", "h", 0, "").port());
        assertEquals("/", Endpoint.of("GET", "http", "h", 0, "").path());
        assertEquals(8080, Endpoint.of("GET", null, null, -1, "http://h:8080/x").port());
        assertNull(Endpoint.of("GET", null, null, -1, "/relative").host());
    }

    @Test
    void onlyTheClientsSomeTargetMayCoverAreWoven() {
        HttpTargets okhttpOnly = new HttpTargets(HttpPolicies.of("",
                "{\"http\": {\"client\": \"okhttp\"}, \"breaker\": \"b\"}").httpTargets());
        assertTrue(okhttpOnly.mayCover(HttpClientKind.OKHTTP));
        assertFalse(okhttpOnly.mayCover(HttpClientKind.HTTPURLCONNECTION));
        assertEquals(1, HttpWeaving.clientsFor(okhttpOnly).size());
        assertEquals(5, HttpWeaving.clientsFor(TARGETS).size(), "a target without a client covers them all");
    }
}
