package io.fluxgate.agent.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HttpMatchTest {

    @ParameterizedTest(name = "{0} / {1} {2}:{3}{4} {5}: {6}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // pattern as JSON                                            | client         | host              | port | path          | method | matches
        "{}                                                           | okhttp         | any.host          | 80   | /             | GET    | true",
        "{\"client\": \"okhttp\"}                                     | okhttp         | a.com             | 80   | /             | GET    | true",
        "{\"client\": \"okhttp\"}                                     | jdk-httpclient | a.com             | 80   | /             | GET    | false",
        "{\"host\": \"*.example.com\"}                                | any            | api.example.com   | 443  | /             | GET    | true",
        "{\"host\": \"*.example.com\"}                                | any            | a.b.example.com   | 443  | /             | GET    | true",
        "{\"host\": \"*.example.com\"}                                | any            | API.Example.COM   | 443  | /             | GET    | true",
        "{\"host\": \"*.example.com\"}                                | any            | example.com       | 443  | /             | GET    | false",
        "{\"host\": \"*.example.com\"}                                | any            | -                 | 443  | /             | GET    | false",
        "{\"host\": \"api-?.example.com\"}                            | any            | api-1.example.com | 443  | /             | GET    | true",
        "{\"port\": 8443}                                             | any            | a.com             | 8443 | /             | GET    | true",
        "{\"port\": 8443}                                             | any            | a.com             | 443  | /             | GET    | false",
        "{\"path\": \"/v1/*\"}                                        | any            | a.com             | 443  | /v1/orders/42 | GET    | true",
        "{\"path\": \"/v1/*\"}                                        | any            | a.com             | 443  | /v2/orders    | GET    | false",
        "{\"path\": \"/v1/*\"}                                        | any            | a.com             | 443  | /V1/orders    | GET    | false",
        "{\"path\": \"/\"}                                            | any            | a.com             | 443  | -             | GET    | true",
        "{\"path\": \"/\"}                                            | any            | a.com             | 443  | ''            | GET    | true",
        "{\"method\": \"POST\"}                                       | any            | a.com             | 443  | /             | POST   | true",
        "{\"method\": \"POST\"}                                       | any            | a.com             | 443  | /             | GET    | false",
    })
    void matchesExchanges(String http, String client, String host, int port, String path, String method, boolean matches) {
        HttpMatch match = Policies.json("{\"version\": 1, \"targets\": [{\"http\": " + http + ", \"breaker\": \"b\"}]}")
                .httpTargets().get(0).match();
        assertEquals(matches, match.matches(client, host, port, path, method));
    }

    @Test
    void partsLeftOutMatchEverything() {
        HttpMatch match = Policies.json("{\"version\": 1, \"targets\": [{\"http\": {}, \"breaker\": \"b\"}]}")
                .httpTargets().get(0).match();

        assertEquals(HttpClientKind.ANY, match.client());
        assertNull(match.host());
        assertEquals(0, match.port());
        assertNull(match.path());
        assertNull(match.method());
    }

    @Test
    void clientKindsHaveTheirPolicyLabels() {
        assertEquals(HttpClientKind.APACHE_HTTPCLIENT_5, HttpClientKind.fromLabel("apache-httpclient-5"));
        assertNull(HttpClientKind.fromLabel("APACHE"));
        assertTrue(HttpClientKind.ANY.covers(HttpClientKind.OKHTTP));
        assertFalse(HttpClientKind.OKHTTP.covers(HttpClientKind.JDK_HTTPCLIENT));
    }

    @Test
    void failOnHoldsCodesAndClasses() {
        StatusSet statuses = Policies.json("{\"version\": 1, \"targets\": [{\"http\": {}, \"breaker\": \"b\","
                + " \"failOn\": {\"status\": [\"5xx\", 429, \"1xx\"]}}]}").httpTargets().get(0).failOn();

        for (int status : new int[] {100, 199, 429, 500, 503, 599}) {
            assertTrue(statuses.contains(status), "contains " + status);
        }
        for (int status : new int[] {-1, 200, 404, 428, 430, 600, 99}) {
            assertFalse(statuses.contains(status), "does not contain " + status);
        }
        assertEquals("5xx, 429, 1xx", statuses.toString());
        assertTrue(StatusSet.none().isEmpty());
    }

    @Test
    void fallbackOnDecidesWhichEndingsItAnswers() {
        assertTrue(FallbackOn.ANY.applies(false, false));
        assertTrue(FallbackOn.REJECTED.applies(true, false));
        assertFalse(FallbackOn.REJECTED.applies(false, true));
        assertTrue(FallbackOn.TRACKED.applies(false, true));
        assertTrue(FallbackOn.TRACKED.applies(true, false));
        assertFalse(FallbackOn.TRACKED.applies(false, false));
        assertEquals(FallbackOn.TRACKED, FallbackOn.fromLabel("tracked"));
    }
}
