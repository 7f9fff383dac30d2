package io.fluxgate.agent.http.urlconnection;

import io.fluxgate.agent.http.ClientInstrumentation;
import io.fluxgate.agent.http.ClientSupport;
import io.fluxgate.agent.http.Reference;
import io.fluxgate.agent.http.TypeInstrumentation;
import io.fluxgate.agent.policy.HttpClientKind;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.matcher.ElementMatcher;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

/**
 * The JDK's {@code HttpURLConnection} (its {@code sun.net.www} implementation, which HTTPS
 * connections delegate to as well). Its response methods all go through {@code getInputStream()}.
 */
public final class UrlConnectionInstrumentation implements ClientInstrumentation {
    private static final String IMPLEMENTATION = "sun.net.www.protocol.http.HttpURLConnection";
    /** Its HTTPS delegate overrides connect() and calls the implementation's. */
    private static final String HTTPS_DELEGATE = "sun.net.www.protocol.https.AbstractDelegateHttpsURLConnection";

    @Override
    public HttpClientKind kind() {
        return HttpClientKind.HTTPURLCONNECTION;
    }

    @Override
    public String library() {
        return "HttpURLConnection";
    }

    @Override
    public String markerClass() {
        return null;
    }

    @Override
    public List<Reference> references() {
        return Collections.singletonList(Reference.type(IMPLEMENTATION));
    }

    @Override
    public List<TypeInstrumentation> types() {
        return Arrays.asList(
                TypeInstrumentation.of(IMPLEMENTATION)
                        .advise(named("connect").and(takesArguments(0)), ConnectAdvice.class)
                        .advise(named("getOutputStream").and(takesArguments(0)), OutputStreamAdvice.class)
                        .advise(named("getInputStream").and(takesArguments(0)), InputStreamAdvice.class)
                        .advise(responseReaders(), ReadAdvice.class)
                        .advise(named("disconnect").and(takesArguments(0)), DisconnectAdvice.class),
                TypeInstrumentation.of(HTTPS_DELEGATE)
                        .advise(named("connect").and(takesArguments(0)), ConnectAdvice.class));
    }

    /** The methods {@link ReadAdvice} answers from a fallback response. */
    private static ElementMatcher<MethodDescription> responseReaders() {
        return named("getErrorStream").and(takesArguments(0))
                .or(named("getHeaderField").and(takesArguments(String.class).or(takesArguments(int.class))))
                .or(named("getHeaderFieldKey").and(takesArguments(int.class)))
                .or(named("getHeaderFields").and(takesArguments(0)));
    }

    @Override
    public ClientSupport support() {
        return new UrlConnectionSupport();
    }
}
