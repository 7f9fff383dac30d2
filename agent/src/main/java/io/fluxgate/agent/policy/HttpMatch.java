package io.fluxgate.agent.policy;

/**
 * Which HTTP exchanges an {@code http} target covers. Every part is optional; a part left out
 * matches everything. Hosts compare without regard to case, paths and methods exactly. In the
 * {@code host} and {@code path} globs, {@code *} matches any run of characters (dots and
 * slashes included) and {@code ?} any one character.
 */
public final class HttpMatch {
    private final HttpClientKind client;
    private final String host;
    private final int port;
    private final String path;
    private final String method;
    private final Glob hostGlob;
    private final Glob pathGlob;

    /**
     * @param host glob, or null for any host
     * @param port 1-65535, or 0 for any port
     * @param path glob, or null for any path
     * @param method upper-case HTTP method, or null for any method
     */
    public HttpMatch(HttpClientKind client, String host, int port, String path, String method) {
        this.client = client;
        this.host = host;
        this.port = port;
        this.path = path;
        this.method = method;
        this.hostGlob = host == null ? null : new Glob(host, true);
        this.pathGlob = path == null ? null : new Glob(path, false);
    }

    /**
     * Whether an exchange is covered.
     *
     * @param client the client's label, e.g. {@code okhttp} (see {@link HttpClientKind#label()})
     * @param host the request's host name
     * @param port the effective port: 80 or 443 when the URL names none
     * @param path the request path without the query; null or empty counts as {@code /}
     * @param method the HTTP method, e.g. {@code GET}
     */
    public boolean matches(String client, String host, int port, String path, String method) {
        return (this.client == HttpClientKind.ANY || this.client.label().equals(client))
                && (hostGlob == null || host != null && hostGlob.matches(host))
                && (this.port == 0 || this.port == port)
                && (pathGlob == null || pathGlob.matches(path == null || path.isEmpty() ? "/" : path))
                && (this.method == null || this.method.equals(method));
    }

    public HttpClientKind client() {
        return client;
    }

    /** The host glob, or null for any host. */
    public String host() {
        return host;
    }

    /** The port, or 0 for any port. */
    public int port() {
        return port;
    }

    /** The path glob, or null for any path. */
    public String path() {
        return path;
    }

    /** The HTTP method, or null for any method. */
    public String method() {
        return method;
    }

    @Override
    public String toString() {
        return "http{client=" + client + (host == null ? "" : ", host=" + host) + (port == 0 ? "" : ", port=" + port)
                + (path == null ? "" : ", path=" + path) + (method == null ? "" : ", method=" + method) + "}";
    }
}
