package io.fluxgate.agent;

import java.io.PrintStream;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The agent's own messages: stderr, every line starting with {@code fluxgate: }, so operators can
 * grep them out of an application's output. A problem that would repeat on every call is told once.
 */
public final class AgentLog {
    private static final String PREFIX = "fluxgate: ";
    private static final Set<String> TOLD = ConcurrentHashMap.newKeySet();
    private static volatile PrintStream out = System.err;

    private AgentLog() {
    }

    public static void info(String message) {
        for (String line : message.split("\n", -1)) {
            out.println(PREFIX + line);
        }
    }

    /** Tells {@code message} unless a message with the same key was told before. */
    public static void once(String key, String message) {
        if (TOLD.add(key)) {
            info(message);
        }
    }

    /** Whether {@code -Dfluxgate.debug=true} asks for a line per woven method. */
    public static boolean debug() {
        return Boolean.getBoolean("fluxgate.debug");
    }

    /**
     * With {@code -Dfluxgate.debug=true}, how long a start-up step took, so the agent's own cost
     * can be read off any run: {@code fluxgate: start-up: <step> <n> ms}.
     */
    public static void took(String step, long startNanos) {
        if (debug()) {
            info("start-up: " + step + " " + (System.nanoTime() - startNanos) / 1_000_000 + " ms");
        }
    }
}
