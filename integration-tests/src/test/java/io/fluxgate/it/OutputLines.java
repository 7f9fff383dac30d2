package io.fluxgate.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The lines a process writes to one of its streams, read as they come by a daemon thread. Keeps
 * them all, and hands them out one by one to a reader that waits for answers.
 */
final class OutputLines {
    private final List<String> lines = new ArrayList<>();
    private int handedOut;
    private boolean ended;

    OutputLines(InputStream stream, String threadName) {
        Thread reader = new Thread(() -> readAll(stream), threadName);
        reader.setDaemon(true);
        reader.start();
    }

    private void readAll(InputStream stream) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (this) {
                    lines.add(line);
                    notifyAll();
                }
            }
        } catch (IOException ignored) {
            // The process was destroyed while its output was being read: what was read is kept.
        } finally {
            synchronized (this) {
                ended = true;
                notifyAll();
            }
        }
    }

    synchronized List<String> all() {
        return new ArrayList<>(lines);
    }

    synchronized boolean ended() {
        return ended;
    }

    /** The next line not handed out yet; empty if none came within {@code timeout} or the stream ended. */
    synchronized Optional<String> next(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (handedOut >= lines.size() && !ended) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return handedOut < lines.size() ? Optional.of(lines.get(handedOut++)) : Optional.empty();
    }

    /** The first line, read so far or still to come within {@code timeout}, that matches. */
    synchronized Optional<String> await(Predicate<String> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int checked = 0;
        while (true) {
            for (; checked < lines.size(); checked++) {
                if (wanted.test(lines.get(checked))) {
                    return Optional.of(lines.get(checked));
                }
            }
            long left = deadline - System.nanoTime();
            if (ended || left <= 0) {
                return Optional.empty();
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** Waits until the stream has ended, so that {@link #all()} is complete. */
    synchronized boolean awaitEnd(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ended) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}
