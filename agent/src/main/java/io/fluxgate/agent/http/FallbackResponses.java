package io.fluxgate.agent.http;

import io.fluxgate.agent.bootstrap.FallbackResponse;
import io.fluxgate.agent.policy.HttpTarget;
import io.fluxgate.agent.policy.ResponseFallback;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The {@code response} fallback of a target as a {@link FallbackResponse}; other fallback kinds do not answer HTTP exchanges. */
final class FallbackResponses {
    private FallbackResponses() {
    }

    /** Null when the target has no {@code response} fallback. */
    static FallbackResponse of(HttpTarget target, Endpoint endpoint) {
        if (!(target.fallback().orElse(null) instanceof ResponseFallback)) {
            return null;
        }
        ResponseFallback fallback = (ResponseFallback) target.fallback().get();
        String[] names = new String[fallback.headers().size()];
        String[] values = new String[names.length];
        int i = 0;
        for (Map.Entry<String, String> header : fallback.headers().entrySet()) {
            names[i] = header.getKey();
            values[i++] = header.getValue();
        }
        return new FallbackResponse(fallback.status(), ReasonPhrases.of(fallback.status()), names, values,
                fallback.body().getBytes(StandardCharsets.UTF_8), endpoint.url());
    }
}
