package io.fluxgate.agent.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code {"response": {"status": 503, "body": "...", "headers": {...}}}}: a synthetic HTTP response. */
public final class ResponseFallback extends Fallback {
    private final int status;
    private final String body;
    private final Map<String, String> headers;

    ResponseFallback(PolicyLocation location, int status, String body, Map<String, String> headers) {
        super(location);
        this.status = status;
        this.body = body;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    public int status() {
        return status;
    }

    /** The body, empty when the policy gives none. */
    public String body() {
        return body;
    }

    /** The headers in the order written. */
    public Map<String, String> headers() {
        return headers;
    }

    @Override
    public String toString() {
        return "response " + status;
    }
}
