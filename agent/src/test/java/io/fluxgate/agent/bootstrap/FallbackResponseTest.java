package io.fluxgate.agent.bootstrap;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A fallback response read through HttpURLConnection's response readers, by the name and arguments the woven method passes. */
class FallbackResponseTest {
    private static FallbackResponse response(int status) {
        return new FallbackResponse(status, "Reason", new String[] {"Content-Type", "X-From", "x-from"},
                new String[] {"text/plain", "fallback", "again"}, "body".getBytes(StandardCharsets.UTF_8), "http://h:80/p");
    }

    private static Object read(FallbackResponse response, String reader, Object... arguments) {
        return response.read(reader, arguments);
    }

    @Test
    void eachReaderAnswersAsTheConnectionWould() throws Exception {
        FallbackResponse ok = response(200);
        assertEquals("fallback", read(ok, "getHeaderField", "x-FROM"), "by name, in any case, the first value");
        assertEquals("HTTP/1.1 200 Reason", read(ok, "getHeaderField", (Object) null), "null names the status line");
        assertEquals("HTTP/1.1 200 Reason", read(ok, "getHeaderField", 0), "index 0 is the status line");
        assertEquals("fallback", read(ok, "getHeaderField", 2));
        assertNull(read(ok, "getHeaderField", 4));
        assertNull(read(ok, "getHeaderFieldKey", 0));
        assertEquals("X-From", read(ok, "getHeaderFieldKey", 2));
        @SuppressWarnings("unchecked")
        Map<String, List<String>> fields = (Map<String, List<String>>) read(ok, "getHeaderFields");
        assertEquals(Collections.singletonList("HTTP/1.1 200 Reason"), fields.get(null));
        assertEquals(Arrays.asList("fallback"), fields.get("X-From"));
        assertNull(read(ok, "getErrorStream"), "no error stream for a success");

        try (InputStream error = (InputStream) read(response(503), "getErrorStream")) {
            assertEquals("body", new String(error.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void anotherMethodIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> read(response(200), "getInputStream"));
    }
}
