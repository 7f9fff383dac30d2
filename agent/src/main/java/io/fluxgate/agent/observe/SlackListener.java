package io.fluxgate.agent.observe;

import io.fluxgate.CircuitBreakerInfo;
import io.fluxgate.Listener;
import io.fluxgate.Signal;
import io.fluxgate.agent.policy.SlackListenerSpec;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code {"type": "slack", "webhookUrlEnv": "VAR"}}: a message per transition, naming the breaker
 * and both states. The transition only queues the message; one daemon thread posts them, so a
 * slow or failing webhook never delays a call. A full queue drops the message and counts it.
 */
final class SlackListener implements Listener {
    static final int QUEUE_CAPACITY = 100;

    private final Poster poster;
    private final Function<String, CircuitBreakerInfo> infoByName;
    private final Consumer<String> say;
    private final int capacity;
    private final BlockingQueue<String> queue;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicBoolean dropTold = new AtomicBoolean();
    private final AtomicBoolean failureTold = new AtomicBoolean();
    private final Thread sender;

    /** Posts one message; {@link SlackWebhook#post} in the agent. */
    @FunctionalInterface
    interface Poster {
        void post(String text) throws IOException;
    }

    SlackListener(Poster poster, int capacity, Function<String, CircuitBreakerInfo> infoByName,
                  Consumer<String> say) {
        this.poster = poster;
        this.infoByName = infoByName;
        this.say = say;
        this.capacity = capacity;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.sender = new Thread(this::sendForever, "fluxgate-slack");
        sender.setDaemon(true);
        sender.setContextClassLoader(SlackListener.class.getClassLoader());
        sender.start();
    }

    /**
     * The listener the policy entry asks for, or null when its environment variable holds no
     * usable URL (then {@code say} is told once, and transitions are not sent anywhere).
     */
    static SlackListener start(SlackListenerSpec spec, Environment environment,
                               Function<String, CircuitBreakerInfo> infoByName, Consumer<String> say) {
        String variable = spec.webhookUrlEnv();
        String value = environment.nonBlank(variable);
        String where = spec.location() + ": the slack listener is disabled: ";
        if (value == null) {
            say.accept(where + "the environment variable " + variable + " (webhookUrlEnv) is not set or empty");
            return null;
        }
        URL url;
        try {
            url = new URL(value);
        } catch (MalformedURLException notUrl) {
            url = null;
        }
        if (url == null || !(url.getProtocol().equals("https") || url.getProtocol().equals("http"))) {
            // never echo the value: a webhook URL is a secret
            say.accept(where + "the environment variable " + variable + " does not hold an http(s) URL");
            return null;
        }
        say.accept("slack: a message per transition to the webhook in $" + variable);
        return new SlackListener(new SlackWebhook(url)::post, QUEUE_CAPACITY, infoByName, say);
    }

    @Override
    public void onTransition(Signal signal) {
        String text = TransitionText.of(signal, infoByName.apply(signal.breakerName())) + " at " + signal.timestamp();
        if (!queue.offer(text)) {
            dropped.incrementAndGet();
            if (dropTold.compareAndSet(false, true)) {
                say.accept("slack: the webhook falls behind; transitions beyond " + capacity
                        + " waiting messages are dropped and counted (said once)");
            }
        }
    }

    /** Messages dropped because the queue was full. */
    long dropped() {
        return dropped.get();
    }

    /** Messages the webhook did not take. */
    long failed() {
        return failed.get();
    }

    /** Messages the webhook took. */
    long sent() {
        return sent.get();
    }

    /** Stops the sender; messages still queued are not sent. */
    void stop() {
        sender.interrupt();
    }

    private void sendForever() {
        while (!Thread.currentThread().isInterrupted()) {
            String text;
            try {
                text = queue.take();
            } catch (InterruptedException stopped) {
                return;
            }
            try {
                poster.post(text);
                sent.incrementAndGet();
            } catch (IOException | RuntimeException failure) {
                if (failureTold.compareAndSet(false, true)) {
                    say.accept("slack: posting to the webhook failed (" + failure.getMessage()
                            + "); later failures are counted, not reported");
                }
                failed.incrementAndGet();
            }
        }
    }
}

