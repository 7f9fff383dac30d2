package io.fluxgate.it.http;

import io.fluxgate.it.AppProcess;
import io.fluxgate.it.Policies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The agent's own HTTP traffic is never protected by its own breakers: an http target covering
 * every client's exchanges with 127.0.0.1 trips and then refuses the application's, while the Slack
 * webhook on 127.0.0.1, which the agent posts to through the same woven HttpURLConnection, still
 * hears of the transition.
 */
class OwnTrafficIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String HOST = "127.0.0.1";
    private static final String REFUSED = "ERR io.fluxgate.HttpCallNotPermittedException: ";
    private static final String POLICY = """
            {
              "version": 1,
              "breakers": { "local": { "tripper": "FailureStreak(1)", "retry": "Cooldown(60s)" } },
              "targets": [
                { "http": { "client": "any", "host": "127.0.0.1" }, "breaker": "local",
                  "failOn": { "status": ["5xx"] } }
              ],
              "listeners": [ { "type": "slack", "webhookUrlEnv": "FLUXGATE_IT_SLACK_URL" } ]
            }
            """;

    @TempDir
    Path dir;

    @Test
    void theWebhookHearsOfTheTransitionWhileTheBreakerRefusesTheApplication() throws InterruptedException {
        try (HostsServer server = HostsServer.start().answer(HOST, 503);
             WebhookServer webhook = WebhookServer.start();
             AppProcess app = AppProcess.builder()
                     .agent(Policies.write(dir, POLICY))
                     .env("FLUXGATE_IT_SLACK_URL", webhook.url())
                     .onlyClasspath(HttpLibraries.classpath(HttpLibraries.OLDEST))
                     .mainClass(AppProcess.HTTP_MAIN)
                     .start()) {
            String url = server.url(HOST, "/svc/1");
            assertEquals("OK 503 down by=test-server", app.send("get httpurlconnection " + url));

            String message = webhook.next(WAIT);
            assertNotNull(message, "the webhook was told nothing\n" + app.diagnostics());
            assertTrue(message.startsWith("{\"text\":\"circuit breaker 'local': closed -> open (streak 1) at "),
                    message);
            for (String client : new String[] {"httpurlconnection", "jdk-httpclient"}) {
                String refused = app.send("get " + client + " " + url);
                assertTrue(refused.startsWith(REFUSED) && refused.contains("'local' is open"),
                        client + ": the application's exchanges with the same host are refused, got: " + refused
                                + "\n" + app.diagnostics());
            }
            assertEquals(1, server.requests(HOST), "only the exchange that tripped the breaker reached the server");
            assertTrue(app.agentLines().stream().noneMatch(line -> line.contains("posting to the webhook failed")
                    || line.contains("internal error")), app.diagnostics());
        }
    }
}
