package io.fluxgate.agent.live;

import io.fluxgate.agent.AgentLog;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches one policy file and hands each new version of its content to a consumer. Changes are
 * noticed through the file system's watch service on the directory (so editors that write a
 * temporary file and rename it are seen too), with a poll every second as a fallback, and a
 * version is only handed on once the file has been quiet for the debounce time and its content
 * differs from the last one handed on.
 */
public final class PolicyWatcher implements AutoCloseable {
    private static final long POLL_MILLIS = 1000;

    private final Path file;
    private final long debounceMillis;
    private final Consumer<String> onChange;
    private final boolean useWatchService;
    private final Thread thread;
    private volatile boolean closed;
    private byte[] lastDigest;

    private PolicyWatcher(Path file, long debounceMillis, Consumer<String> onChange, boolean useWatchService) {
        this.file = file.toAbsolutePath().normalize();
        this.debounceMillis = debounceMillis;
        this.onChange = onChange;
        this.useWatchService = useWatchService;
        this.lastDigest = digest(read());
        this.thread = new Thread(this::watch, "fluxgate-policy-watcher");
        this.thread.setDaemon(true);
    }

    /** Starts watching; {@code onChange} runs on the watcher's own daemon thread. */
    public static PolicyWatcher start(Path file, long debounceMillis, Consumer<String> onChange) {
        return start(file, debounceMillis, onChange, true);
    }

    /** @param useWatchService false to poll only, as on file systems without change notification */
    static PolicyWatcher start(Path file, long debounceMillis, Consumer<String> onChange, boolean useWatchService) {
        PolicyWatcher watcher = new PolicyWatcher(file, debounceMillis, onChange, useWatchService);
        watcher.thread.start();
        return watcher;
    }

    /** Whether this watcher watches {@code other} (the same file, however written). */
    public boolean watches(Path other) {
        return file.equals(other.toAbsolutePath().normalize());
    }

    private void watch() {
        WatchService service = useWatchService ? watchService() : null;   // null: polling alone will do
        try {
            while (!closed) {
                waitForActivity(service);
                settle();
                check();
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // closed
        } finally {
            closeQuietly(service);
        }
    }

    private static void closeQuietly(WatchService service) {
        if (service != null) {
            try {
                service.close();
            } catch (IOException ignored) {
                // nothing to do
            }
        }
    }

    private WatchService watchService() {
        WatchService service = null;
        try {
            service = FileSystems.getDefault().newWatchService();
            file.getParent().register(service, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
            return service;
        } catch (IOException | UnsupportedOperationException noWatching) {
            closeQuietly(service);
            return null;
        }
    }

    private void waitForActivity(WatchService service) throws InterruptedException {
        if (service == null) {
            TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
            return;
        }
        java.nio.file.WatchKey key = service.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
        if (key != null) {
            key.pollEvents();
            key.reset();
        }
    }

    /** Waits until the file has stopped changing, so a half-written version is never read. */
    private void settle() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10 * debounceMillis + POLL_MILLIS;
        byte[] previous = digest(read());
        while (System.currentTimeMillis() < deadline) {
            TimeUnit.MILLISECONDS.sleep(debounceMillis);
            byte[] now = digest(read());
            if (Arrays.equals(previous, now)) {
                return;
            }
            previous = now;
        }
    }

    private void check() {
        String content = read();
        if (content == null) {
            return;   // being replaced, or removed: the policy in force stays
        }
        byte[] digest = digest(content);
        if (Arrays.equals(digest, lastDigest)) {
            return;
        }
        lastDigest = digest;
        try {
            onChange.accept(content);
        } catch (RuntimeException failure) {
            AgentLog.info("the new version of " + file + " could not be applied: " + failure);
        }
    }

    private String read() {
        try {
            return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
        } catch (NoSuchFileException absent) {
            return null;
        } catch (IOException unreadable) {
            return null;
        }
    }

    private static byte[] digest(String content) {
        if (content == null) {
            return null;
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public void close() {
        closed = true;
        if (Thread.currentThread() != thread) {   // closed from its own callback: it ends when that returns
            thread.interrupt();
        }
    }
}
