package io.fluxgate.it.http;

import io.fluxgate.it.AppProcess;
import io.fluxgate.it.Jdks;
import io.fluxgate.it.Policies;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Duration;

import static io.fluxgate.it.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each client, with the oldest and the newest supported version of its library, in one JVM that
 * runs the whole story against a local server reached as two hosts: error statuses trip the host's
 * breaker, nothing reaches the server while it is open, the refusal is an IOException (the
 * application's {@code catch (IOException e)} prints {@code ERR}), the other host is unaffected, the
 * breaker closes once the server is back and the cooldown has passed, and a {@code response}
 * fallback answers in place of a refusal where the client's API can carry one. HttpURLConnection runs
 * the story over HTTPS too, whose connections the JDK makes with other classes; the JDK's own
 * clients run it on JDK 25 as well, where that JDK is installed.
 */
class HttpClientsIT {
    private static final String HOST_A = "127.0.0.1";
    private static final String HOST_B = "localhost";
    private static final String HELLO = "OK 200 hello by=test-server";
    private static final String REFUSED = "ERR io.fluxgate.HttpCallNotPermittedException: ";
    private static final String POLICY = """
            {
              "version": 1,
              "defaults": { "window": "CountWindow(10)", "tripper": "FailureStreak(2)", "permit": "All()",
                            "retry": "Cooldown(1s)" },
              "breakers": {
                "svc-{host}": { "maxBreakers": 10 },
                "answered": { "retry": "Cooldown(60s)" }
              },
              "targets": [
                { "http": { "client": "CLIENT", "path": "/answered/*" }, "breaker": "answered",
                  "failOn": { "status": ["5xx", 429] },
                  "fallback": { "response": { "status": 203, "body": "from fallback",
                                              "headers": { "X-Served-By": "fluxgate" } } },
                  "fallbackOn": "rejected" },
                { "http": { "client": "CLIENT", "path": "/svc/*", "method": "GET" }, "breaker": "svc-{host}",
                  "failOn": { "status": ["5xx", 429] } }
              ],
              "listeners": [ { "type": "log" } ]
            }
            """;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} ({1} versions, {4})")
    @CsvSource({
        // client, library set, a second way to call (an async one where the client has it), fallback response,
        // scheme (HTTPS matters where the client weaves other classes for it)
        "httpurlconnection,   oldest,       stream,      true,    http",
        "httpurlconnection,   oldest,       stream,      true,    https",
        "jdk-httpclient,      oldest,       getasync,    true,    http",
        "apache-httpclient-4, oldest,       -,           true,    http",
        "apache-httpclient-4, newest,       -,           true,    http",
        "apache-httpclient-5, oldest,       getasync,    true,    http",
        "apache-httpclient-5, newest,       getasync,    true,    http",
        "okhttp,              oldest,       getasync,    true,    http",
        "okhttp,              newest,       getasync,    true,    http",
    })
    void tripsPerHostRefusesWithAnIOExceptionAndRecovers(String client, String libraries, String otherVerb,
                                                        boolean answersWithFallback, String scheme) {
        story(Jdks.current(), client, libraries, otherVerb, answersWithFallback, scheme);
    }

    /** The JDK's own clients on JDK 25, when it is installed (skipped, and said so, when it is not). */
    @ParameterizedTest(name = "{0} on JDK 25 ({4})")
    @CsvSource({
        "httpurlconnection,   oldest,       stream,      true,    http",
        "httpurlconnection,   oldest,       stream,      true,    https",
        "jdk-httpclient,      oldest,       getasync,    true,    http",
    })
    void theJdkClientsOnJdk25(String client, String libraries, String otherVerb, boolean answersWithFallback,
                              String scheme) {
        story(Jdks.assumeJdk25(), client, libraries, otherVerb, answersWithFallback, scheme);
    }

    private void story(Path javaHome, String client, String libraries, String otherVerb, boolean answersWithFallback,
                       String scheme) {
        SelfSignedKeys keys = "https".equals(scheme) ? SelfSignedKeys.create(dir) : null;
        try (HostsServer server = keys == null ? HostsServer.start() : HostsServer.startHttps(keys.serverContext());
             AppProcess app = start(javaHome, client, libraries, keys)) {
            Scenario run = new Scenario(app, server, client, "-".equals(otherVerb) ? "get" : otherVerb);

            assertEquals(HELLO, run.get("get", HOST_A, "/svc/1"));
            server.answer(HOST_A, 502);
            assertEquals("OK 502 down by=test-server", run.get("get", HOST_A, "/svc/1"),
                    "a 5xx response reaches the application as it is");
            long afterFirstFailure = server.requests(HOST_A);
            server.answer(HOST_A, 429);
            run.get(run.other, HOST_A, "/svc/1");
            long opened = server.requests(HOST_A);
            long connectionsWhenOpened = server.connections();
            assertTrue(opened > afterFirstFailure, "one exchange is one failure: the breaker opens only after the second");

            for (String verb : new String[] {"get", run.other}) {
                String refused = run.get(verb, HOST_A, "/svc/1");
                assertTrue(refused.startsWith(REFUSED) && refused.contains("'svc-127.0.0.1' is open"),
                        verb + ": expected an HttpCallNotPermittedException (an IOException) naming the breaker and"
                                + " its state, got: " + refused + "\n" + app.diagnostics());
            }
            assertEquals(opened, server.requests(HOST_A), "no request reaches the server while the breaker is open");
            assertEquals(connectionsWhenOpened, server.connections(), "nor does a connection (counted for HTTPS)");

            assertEquals(HELLO, run.get("get", HOST_B, "/svc/1"), "the other host has a breaker of its own");
            assertEquals(1, server.requests(HOST_B));

            server.answer(HOST_A, 200);
            eventually(Duration.ofSeconds(15), "the breaker closes after its cooldown",
                    () -> run.get("get", HOST_A, "/svc/1"), HELLO::equals);
            assertEquals(HELLO, run.get(run.other, HOST_A, "/svc/1"));

            server.answer(HOST_A, 503);
            run.get("get", HOST_A, "/answered/1");
            run.get("get", HOST_A, "/answered/1");
            long reached = server.requests(HOST_A);
            for (String verb : new String[] {"get", run.other}) {
                String answered = run.get(verb, HOST_A, "/answered/1");
                if (answersWithFallback) {
                    assertEquals("OK 203 from fallback by=fluxgate", answered, verb + ": the fallback response");
                } else {
                    assertTrue(answered.startsWith(REFUSED), verb + ": " + answered);
                }
            }
            assertEquals(reached, server.requests(HOST_A), "the fallback answers without a request");
            assertTrue(app.agentLines().stream().anyMatch(line -> line.contains("protecting 2 http targets (clients: "
                    + client + ")")), app.diagnostics());
            assertTrue(app.agentLines().stream().noneMatch(line -> line.contains("internal error")
                    || line.contains("could not") || line.contains("not supported")), app.diagnostics());
        }
    }

    /** @param keys the test server's keys, which the application then trusts; null for plain HTTP */
    private AppProcess start(Path javaHome, String client, String libraries, SelfSignedKeys keys) {
        AppProcess.Builder app = AppProcess.builder()
                .javaHome(javaHome)
                .agent(Policies.write(dir, POLICY.replace("CLIENT", client)))
                .onlyClasspath(HttpLibraries.classpath(libraries))
                .mainClass(AppProcess.HTTP_MAIN);
        if (keys != null) {
            keys.trustProperties().forEach(app::systemProperty);
            // a connection per exchange: a refused connect() that still connected would show as a connection
            app.systemProperty("http.keepAlive", "false");
        }
        return app.start();
    }

    /** The application's commands for one client. */
    private static final class Scenario {
        private final AppProcess app;
        private final HostsServer server;
        private final String client;
        /** A second way to make the same exchange: an asynchronous one, or another sequence of calls. */
        final String other;

        Scenario(AppProcess app, HostsServer server, String client, String other) {
            this.app = app;
            this.server = server;
            this.client = client;
            this.other = other;
        }

        String get(String verb, String host, String path) {
            return app.send(verb + " " + client + " " + server.url(host, path));
        }
    }
}
