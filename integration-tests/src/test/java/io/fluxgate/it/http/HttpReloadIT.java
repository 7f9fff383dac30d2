package io.fluxgate.it.http;

import io.fluxgate.it.AppProcess;
import io.fluxgate.it.Policies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Edits of a watched policy reach the HTTP exchanges of a running application: targets removed and added. */
class HttpReloadIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String HOST = "127.0.0.1";
    private static final String REFUSED = "ERR io.fluxgate.HttpCallNotPermittedException: ";
    private static final String TARGET = "{ \"http\": { \"client\": \"jdk-httpclient\", \"path\": \"/svc/*\" },"
            + " \"breaker\": \"svc\", \"failOn\": { \"status\": [\"5xx\"] } }";

    @TempDir
    Path dir;

    @Test
    void aRemovedHttpTargetStopsRefusingAndAnAddedOneStarts() {
        Path policy = Policies.write(dir, policy("closed", TARGET));
        try (HostsServer server = HostsServer.start();
             AppProcess app = AppProcess.builder().agent(policy).onlyClasspath(HttpLibraries.classpath(HttpLibraries.OLDEST))
                     .mainClass(AppProcess.HTTP_MAIN).start()) {
            String url = server.url(HOST, "/svc/1");
            server.answer(HOST, 502);
            app.send("get jdk-httpclient " + url);
            app.send("get jdk-httpclient " + url);
            assertTrue(app.send("get jdk-httpclient " + url).startsWith(REFUSED), app.diagnostics());

            Policies.write(dir, policy("closed", ""));
            String applied = app.awaitStderr("the removal applied", line -> line.contains("applied (revision 2)"), WAIT);
            assertTrue(applied.contains("http targets: +0 -1"), applied);
            long reached = server.requests(HOST);
            assertEquals("OK 502 down by=test-server", app.send("get jdk-httpclient " + url));
            assertEquals(reached + 1, server.requests(HOST), "the exchange ran, unprotected");

            Policies.write(dir, policy("forced_open", TARGET));
            app.awaitStderr("the addition applied", line -> line.contains("applied (revision 3)"), WAIT);
            String refused = app.send("get jdk-httpclient " + url);
            assertTrue(refused.startsWith(REFUSED) && refused.contains("'svc' is forced_open"), refused);
            assertEquals(reached + 1, server.requests(HOST));
        }
    }

    private static String policy(String state, String target) {
        return "{\n"
                + "  \"version\": 1,\n"
                + "  \"reload\": true,\n"
                + "  \"breakers\": { \"svc\": { \"tripper\": \"FailureStreak(2)\", \"retry\": \"Cooldown(60s)\","
                + " \"state\": \"" + state + "\" } },\n"
                + "  \"targets\": [" + target + "]\n"
                + "}\n";
    }
}
