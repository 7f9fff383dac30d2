package io.fluxgate.agent.http.jdkclient;

import io.fluxgate.agent.http.ClientInstrumentation;
import io.fluxgate.agent.http.ClientSupport;
import io.fluxgate.agent.http.Reference;
import io.fluxgate.agent.http.TypeInstrumentation;
import io.fluxgate.agent.policy.HttpClientKind;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

/** The JDK's {@code java.net.http.HttpClient} (Java 11+), woven in its implementation class. */
public final class JdkClientInstrumentation implements ClientInstrumentation {
    private static final String IMPLEMENTATION = "jdk.internal.net.http.HttpClientImpl";
    private static final String REQUEST = "java.net.http.HttpRequest";

    @Override
    public HttpClientKind kind() {
        return HttpClientKind.JDK_HTTPCLIENT;
    }

    @Override
    public String library() {
        return "java.net.http.HttpClient";
    }

    @Override
    public String markerClass() {
        return null;
    }

    @Override
    public List<Reference> references() {
        return Arrays.asList(Reference.type(IMPLEMENTATION), Reference.method("java.net.http.HttpHeaders", "of",
                "java.util.Map", "java.util.function.BiPredicate"));
    }

    @Override
    public List<TypeInstrumentation> types() {
        return Collections.singletonList(TypeInstrumentation.of(IMPLEMENTATION)
                .advise(named("send").and(takesArguments(2)).and(takesArgument(0, named(REQUEST))), SendAdvice.class)
                .advise(named("sendAsync").and(takesArgument(0, named(REQUEST))), SendAsyncAdvice.class));
    }

    @Override
    public ClientSupport support() {
        return new JdkClientSupport();
    }
}
