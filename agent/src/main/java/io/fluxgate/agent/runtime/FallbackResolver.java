package io.fluxgate.agent.runtime;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Resolves each new site's fallback as soon as its class is defined, on a daemon thread of its
 * own: a fallback that does not fit is reported when its target is woven, not at the first
 * failure, and the first fallback answer does not pay for reflection and conversion.
 *
 * <p>A site is added while its class is being defined, so it cannot be reflected on yet;
 * {@code Class.forName} on this thread simply waits until the definition is complete.
 */
final class FallbackResolver {
    private static final ExecutorService WORKER = new ThreadPoolExecutor(0, 1, 10, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), task -> {
                Thread thread = new Thread(task, "fluxgate-fallbacks");
                thread.setDaemon(true);
                return thread;
            });

    private FallbackResolver() {
    }

    static void resolveSoon(Site site) {
        WORKER.execute(site::fallback);
    }
}
