package io.fluxgate.agent.observe;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One of the agent's HTTP servers (metrics, admin). Every thread it has is a daemon, so the JVM
 * exits as it would without the agent; a port that cannot be had is reported, and the
 * application runs on without that endpoint.
 */
final class HttpEndpoint {
    private final HttpServer server;
    private final ExecutorService handlers;
    private final String host;

    private HttpEndpoint(HttpServer server, ExecutorService handlers, String host) {
        this.server = server;
        this.handlers = handlers;
        this.host = host;
    }

    /**
     * Starts a server on {@code host:port} (0 for any free port) with {@code contexts} by path.
     *
     * @param what   names the endpoint in messages, e.g. {@code "the admin endpoint"}
     * @param where  the policy location, to start messages with
     * @return the running endpoint, or null when it could not start (and {@code say} was told why)
     */
    static HttpEndpoint start(String what, String where, String host, int port, Map<String, HttpHandler> contexts,
                              String threadName, Consumer<String> say) {
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            say.accept(where + ": " + what + " is not started: unknown host '" + host + "'");
            return null;
        }
        HttpServer server;
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException cannotBind) {
            say.accept(where + ": " + what + " is not started: cannot listen on " + hostAndPort(host, port) + " ("
                    + cannotBind.getMessage() + "); the application runs on without it");
            return null;
        }
        for (Map.Entry<String, HttpHandler> context : contexts.entrySet()) {
            server.createContext(context.getKey(), context.getValue());
        }
        ExecutorService handlers = daemonPool(threadName);
        server.setExecutor(handlers);
        startFromDaemon(server, threadName);
        return new HttpEndpoint(server, handlers, host);
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:9465}, with the port actually bound. */
    String baseUrl() {
        return "http://" + hostAndPort(host, port());
    }

    void stop() {
        server.stop(0);
        handlers.shutdownNow();
    }

    /** One handler thread, made when a request comes and gone after a minute without one. */
    private static ExecutorService daemonPool(String threadName) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> daemon(runnable, threadName));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** The server's dispatcher thread takes its daemon status from the thread that starts it. */
    private static void startFromDaemon(HttpServer server, String threadName) {
        Thread starter = daemon(server::start, threadName + "-start");
        starter.start();
        boolean interrupted = false;
        while (true) {
            try {
                starter.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        // Never the application's loader: a long-lived thread must not pin it.
        thread.setContextClassLoader(HttpEndpoint.class.getClassLoader());
        return thread;
    }

    static String hostAndPort(String host, int port) {
        return (host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port;
    }
}
