package io.fluxgate.it.http;

import io.fluxgate.it.AppProcess;
import io.fluxgate.it.Policies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A client library version the instrumentation does not fit (OkHttp 3) is reported once and left
 * as it is: the application's calls run unprotected and unchanged.
 */
class UnsupportedVersionIT {
    private static final String POLICY = """
            {
              "version": 1,
              "breakers": { "svc": { "tripper": "FailureStreak(1)", "retry": "Cooldown(60s)" } },
              "targets": [ { "http": { "client": "okhttp" }, "breaker": "svc", "failOn": { "status": ["5xx"] } } ]
            }
            """;

    @TempDir
    Path dir;

    @Test
    void anUnsupportedVersionIsReportedAndNotWoven() {
        String version = HttpLibraries.version("okhttp", HttpLibraries.UNSUPPORTED);
        try (HostsServer server = HostsServer.start().answer("127.0.0.1", 503);
             AppProcess app = AppProcess.builder()
                     .agent(Policies.write(dir, POLICY))
                     .onlyClasspath(HttpLibraries.classpath(HttpLibraries.UNSUPPORTED))
                     .mainClass(AppProcess.HTTP_MAIN)
                     .start()) {
            for (String verb : new String[] {"get", "getasync", "get"}) {
                assertEquals("OK 503 down by=test-server",
                        app.send(verb + " okhttp " + server.url("127.0.0.1", "/svc/1")), "runs as without the agent");
            }
            assertEquals(3, server.requests("127.0.0.1"), "every call reached the server: nothing refused them");
            app.awaitStderr("saying okhttp " + version + " is not supported",
                    line -> line.startsWith("fluxgate: okhttp " + version + " not supported: "), Duration.ofSeconds(5));
            assertEquals(1, app.agentLines().stream().filter(line -> line.contains("not supported")).count(),
                    "reported once\n" + app.diagnostics());
        }
    }
}
