package io.fluxgate.agent.http;

import io.fluxgate.agent.http.apache4.Apache4Instrumentation;
import io.fluxgate.agent.http.apache5.Apache5Instrumentation;
import io.fluxgate.agent.http.jdkclient.JdkClientInstrumentation;
import io.fluxgate.agent.http.okhttp.OkHttpInstrumentation;
import io.fluxgate.agent.http.urlconnection.UrlConnectionInstrumentation;
import io.fluxgate.agent.policy.HttpClientKind;
import net.bytebuddy.pool.TypePool;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A library version is woven only when it has every class and method its instrumentation needs. */
class VersionCheckTest {

    /** An instrumentation that needs these references, from the JDK's own classes. */
    private static ClientInstrumentation needing(Reference... references) {
        return new ClientInstrumentation() {
            @Override
            public HttpClientKind kind() {
                return HttpClientKind.OKHTTP;
            }

            @Override
            public String library() {
                return "test-library";
            }

            @Override
            public String markerClass() {
                return null;
            }

            @Override
            public List<Reference> references() {
                return Arrays.asList(references);
            }

            @Override
            public List<TypeInstrumentation> types() {
                return Collections.emptyList();
            }

            @Override
            public ClientSupport support() {
                return new StubClient(HttpClientKind.OKHTTP);
            }
        };
    }

    private static List<String> missing(ClientInstrumentation client) {
        return new VersionCheck(client).missing(TypePool.Default.of(VersionCheckTest.class.getClassLoader()))
                .stream().map(Reference::toString).collect(Collectors.toList());
    }

    @Test
    void classesAndMethodsDeclaredOrInheritedArePresent() {
        assertEquals(Collections.emptyList(), missing(needing(
                Reference.type("java.util.ArrayList"),
                Reference.method("java.util.ArrayList", "add", "java.lang.Object"),
                Reference.method("java.util.ArrayList", "add", "int", "java.lang.Object"),
                Reference.method("java.util.ArrayList", "containsAll", "java.util.Collection"),   // from AbstractCollection
                Reference.method("java.util.ArrayList", "stream"),                                 // default in Collection
                Reference.method("java.lang.String", "getBytes", "java.nio.charset.Charset"))));
    }

    @Test
    void aMissingClassAMissingMethodOrOtherParametersAreMissing() {
        assertEquals(Arrays.asList("okhttp3.internal.connection.RealCall",
                        "java.util.ArrayList#addEverything(java.util.Collection)",
                        "java.util.ArrayList#add(java.lang.String)"),
                missing(needing(
                        Reference.type("okhttp3.internal.connection.RealCall"),
                        Reference.method("java.util.ArrayList", "addEverything", "java.util.Collection"),
                        Reference.method("java.util.ArrayList", "add", "java.lang.String"),
                        Reference.method("java.util.ArrayList", "size"))));
    }

    @Test
    void theJdkClientsFitTheRunningJdk() throws Exception {
        assertTrue(new VersionCheck(new UrlConnectionInstrumentation()).fits(null));
        ClassLoader httpClientLoader = Class.forName("java.net.http.HttpClient").getClassLoader();
        assertTrue(new VersionCheck(new JdkClientInstrumentation()).fits(httpClientLoader));
    }

    @Test
    void aLoaderWithoutTheLibraryDoesNotFitAndTheAnswerIsKept() {
        ClassLoader loader = VersionCheckTest.class.getClassLoader();
        for (ClientInstrumentation client : Arrays.asList(new OkHttpInstrumentation(), new Apache4Instrumentation(),
                new Apache5Instrumentation())) {
            VersionCheck check = new VersionCheck(client);
            assertFalse(check.fits(loader), client.library());
            assertFalse(check.fits(loader), client.library() + ", asked again");
        }
    }
}
