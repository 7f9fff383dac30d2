package io.fluxgate.agent.observe;

import io.fluxgate.agent.runtime.AppliedPolicy;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.fluxgate.CircuitBreaker;
import io.fluxgate.Signal;
import io.fluxgate.State;
import io.fluxgate.agent.bootstrap.OwnTraffic;
import io.fluxgate.agent.policy.Policy;
import io.fluxgate.agent.policy.SlackListenerSpec;
import io.fluxgate.agent.runtime.Breakers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.fluxgate.agent.observe.Fixtures.breaker;
import static io.fluxgate.agent.observe.Fixtures.call;
import static io.fluxgate.agent.observe.Fixtures.failing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlackListenerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long WAIT_SECONDS = 20;

    private final List<String> said = new CopyOnWriteArrayList<>();
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private final List<SlackListener> started = new ArrayList<>();
    private HttpServer webhook;

    @BeforeEach
    void startWebhook() throws IOException {
        webhook = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        webhook.createContext("/services/T000/B000/XXXX", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                received.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Content-Type")
                        + " " + new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
            byte[] answer = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        webhook.start();
    }

    @AfterEach
    void stop() {
        started.forEach(SlackListener::stop);
        webhook.stop(0);
    }

    private String webhookUrl() {
        return "http://127.0.0.1:" + webhook.getAddress().getPort() + "/services/T000/B000/XXXX";
    }

    private static Policy policy() {
        return Fixtures.policy("\"listeners\": [{\"type\": \"slack\", \"webhookUrlEnv\": \"SLACK_HOOK\"}]");
    }

    private SlackListener start(Map<String, String> environment) {
        SlackListener slack = SlackListener.start((SlackListenerSpec) policy().listeners().get(0), environment::get,
                name -> null, said::add);
        if (slack != null) {
            started.add(slack);
        }
        return slack;
    }

    private String nextMessage() throws InterruptedException {
        String message = received.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(message, "the webhook got no message");
        return message;
    }

    private static Signal signal(State from, State to) {
        return new Signal("inventory", from, to, Instant.parse("2026-01-02T03:04:05Z"));
    }

    @Test
    void postsAMessagePerTransitionNamingTheBreakerAndBothStates() throws Exception {
        Policy policy = policy();
        Observability observability = Observability.start(policy, Map.of("SLACK_HOOK", webhookUrl())::get, said::add);
        try {
            Breakers breakers = new Breakers(policy, observability.listeners(), observability.calls());
            observability.watch(breakers, () -> AppliedPolicy.first(policy));
            CircuitBreaker inventory = breaker(breakers, policy, "inventory");
            call(inventory, failing());
            call(inventory, failing());

            String message = nextMessage();
            assertTrue(message.startsWith("POST application/json; charset=utf-8 {"), message);
            String text = JSON.readTree(message.substring(message.indexOf('{'))).get("text").asText();
            assertTrue(text.startsWith("circuit breaker 'inventory': closed -> open (streak 2) at "), text);
            assertEquals(List.of("slack: a message per transition to the webhook in $SLACK_HOOK"), said);

            inventory.reset();
            assertTrue(nextMessage().contains("circuit breaker 'inventory': open -> closed at "));
        } finally {
            observability.stop();
        }
    }

    @Test
    void aMissingOrEmptyVariableDisablesTheListenerWithOneClearLine() {
        assertNull(start(Map.of()));
        assertNull(start(Map.of("SLACK_HOOK", "")));
        assertEquals(2, said.size());
        for (String line : said) {
            assertTrue(line.startsWith("policy.json:"), line);
            assertTrue(line.contains("the slack listener is disabled: the environment variable SLACK_HOOK "
                    + "(webhookUrlEnv) is not set or empty"), line);
        }
    }

    @Test
    void aValueThatIsNoUrlIsNamedButNotShown() {
        assertNull(start(Map.of("SLACK_HOOK", "not-a-url-but-a-secret")));
        assertEquals(1, said.size());
        assertTrue(said.get(0).contains("SLACK_HOOK does not hold an http(s) URL"), said.get(0));
        assertFalse(said.get(0).contains("not-a-url-but-a-secret"), "the value is never printed");
    }

    @Test
    void webhookFailuresAreToldOnceAndCounted() throws Exception {
        status.set(500);
        SlackListener slack = start(Map.of("SLACK_HOOK", webhookUrl()));
        slack.onTransition(signal(State.CLOSED, State.OPEN));
        slack.onTransition(signal(State.OPEN, State.HALF_OPEN));
        nextMessage();
        nextMessage();
        awaitCount(slack::failed, 2);

        List<String> failures = said.stream().filter(line -> line.contains("failed")).toList();
        assertEquals(1, failures.size(), said.toString());
        assertTrue(failures.get(0).contains("HTTP 500"), failures.get(0));
        assertFalse(failures.get(0).contains(webhookUrl()), "the secret URL is never printed");
    }

    @Test
    void aFullQueueDropsAndCountsInsteadOfWaiting() throws Exception {
        CountDownLatch posting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> posted = new ArrayList<>();
        SlackListener slack = new SlackListener(text -> {
            posting.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (posted) {
                posted.add(text);
            }
        }, 2, name -> null, said::add);
        started.add(slack);

        slack.onTransition(signal(State.CLOSED, State.OPEN));
        assertTrue(posting.await(WAIT_SECONDS, TimeUnit.SECONDS), "the sender took the first message");
        slack.onTransition(signal(State.OPEN, State.HALF_OPEN));
        slack.onTransition(signal(State.HALF_OPEN, State.OPEN));
        slack.onTransition(signal(State.OPEN, State.FORCED_OPEN));
        slack.onTransition(signal(State.FORCED_OPEN, State.CLOSED));
        assertEquals(2, slack.dropped());
        assertEquals(1, said.stream().filter(line -> line.contains("dropped")).count(), said.toString());

        release.countDown();
        awaitCount(slack::sent, 3);
        synchronized (posted) {
            assertEquals(3, posted.size());
            assertTrue(posted.get(2).startsWith("circuit breaker 'inventory': half_open -> open"), posted.get(2));
        }
    }

    @Test
    void theRequestIsMarkedAsTheAgentsOwnTraffic() throws Exception {
        List<Boolean> markedWhileOpening = new ArrayList<>();
        URL real = new URL(webhookUrl());
        URL watched = new URL(null, webhookUrl(), new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL url) throws IOException {
                markedWhileOpening.add(OwnTraffic.isActive());
                return real.openConnection();
            }
        });
        new SlackWebhook(watched).post("hello");
        assertEquals(List.of(true), markedWhileOpening);
        assertFalse(OwnTraffic.isActive(), "the mark ends with the request");
        assertTrue(nextMessage().endsWith("{\"text\":\"hello\"}"));
    }

    private static void awaitCount(java.util.function.LongSupplier counter, long expected) {
        Await.until("the count reaches " + expected, () -> counter.getAsLong() >= expected);
        assertEquals(expected, counter.getAsLong());
    }
}
