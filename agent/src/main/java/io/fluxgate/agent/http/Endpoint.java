package io.fluxgate.agent.http;

import java.net.URI;
import java.util.Locale;

/**
 * Where an exchange goes, as targets match it: the host in lower case, the effective port (80 or
 * 443 when the URL names none) and the path without its query.
 */
public final class Endpoint {
    private final String method;
    private final String scheme;
    private final String host;
    private final int port;
    private final String path;

    private Endpoint(String method, String scheme, String host, int port, String path) {
        this.method = method;
        this.scheme = scheme;
        this.host = host;
        this.port = port;
        this.path = path;
    }

    /**
     * @param port the port the URL names, or -1 (or 0) when it names none
     * @param path a path, possibly with a query, or an absolute URI (then its host and port win
     *     over missing ones)
     */
    public static Endpoint of(String method, String scheme, String host, int port, String path) {
        String rawPath = path == null ? "" : path;
        if (rawPath.contains("://")) {
            URI uri = URI.create(rawPath);
            scheme = scheme == null ? uri.getScheme() : scheme;
            host = host == null ? uri.getHost() : host;
            port = port > 0 ? port : uri.getPort();
            rawPath = uri.getRawPath();
        }
        String cleanScheme = scheme == null ? "http" : scheme.toLowerCase(Locale.ROOT);
        return new Endpoint(method == null ? "GET" : method.toUpperCase(Locale.ROOT), cleanScheme,
                host == null ? null : host.toLowerCase(Locale.ROOT), effectivePort(cleanScheme, port),
                withoutQuery(rawPath));
    }

    /** From a full URI, e.g. a JDK {@code HttpRequest}'s. */
    public static Endpoint of(String method, URI uri) {
        return of(method, uri.getScheme(), uri.getHost(), uri.getPort(), uri.getRawPath());
    }

    static int effectivePort(String scheme, int port) {
        if (port > 0) {
            return port;
        }
        return "https".equals(scheme) ? 443 : 80;
    }

    private static String withoutQuery(String path) {
        int end = path.length();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        String cut = path.substring(0, end);
        return cut.isEmpty() ? "/" : cut;
    }

    public String method() {
        return method;
    }

    public String scheme() {
        return scheme;
    }

    /** Lower case; null when the request names none. */
    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String path() {
        return path;
    }

    /** {@code http://host:port/path}, for messages and the exceptions some clients word with the URL. */
    public String url() {
        return scheme + "://" + host + ":" + port + path;
    }

    @Override
    public String toString() {
        return method + " " + url();
    }
}
