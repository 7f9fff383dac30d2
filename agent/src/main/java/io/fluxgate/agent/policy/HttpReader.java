package io.fluxgate.agent.policy;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Reads an {@code http} target's match and its {@code failOn} statuses. */
final class HttpReader {
    private static final List<String> KEYS = Collections.unmodifiableList(Arrays.asList(
            "client", "host", "port", "path", "method"));
    private static final List<String> METHODS = Collections.unmodifiableList(Arrays.asList(
            "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT"));

    private final Problems problems;

    HttpReader(Problems problems) {
        this.problems = problems;
    }

    HttpMatch match(Fields http) {
        http.allowOnly(KEYS);
        String client = http.choice("client", HttpClientKind.labels());
        Integer port = http.whole("port", 1, 65535);
        return new HttpMatch(client == null ? HttpClientKind.ANY : HttpClientKind.fromLabel(client),
                host(http), port == null ? 0 : port, path(http), http.choice("method", METHODS));
    }

    private String host(Fields http) {
        Node.TextNode host = http.name("host");
        if (host == null) {
            return null;
        }
        String text = host.text;
        if (text.contains("://") || text.indexOf('/') >= 0) {
            problems.error(host.location, "host is a host name or glob such as *.example.com, not a URL, got "
                    + host.describe() + ": put the path in \"path\"");
        } else if (text.indexOf(':') >= 0 && text.indexOf(':') == text.lastIndexOf(':')) {
            problems.error(host.atOrStart(text.indexOf(':')), "host must not carry a port, got " + host.describe()
                    + ": put the port in \"port\"");
        } else if (text.indexOf(' ') >= 0) {
            problems.error(host.atOrStart(text.indexOf(' ')), "host must not contain spaces, got " + host.describe());
        }
        return text;
    }

    private String path(Fields http) {
        Node.TextNode path = http.name("path");
        if (path == null) {
            return null;
        }
        if (path.text.charAt(0) != '/' && path.text.charAt(0) != '*') {
            problems.error(path.location, "path must start with '/' (or a '*'), got " + path.describe());
        }
        return path.text;
    }

    /** {@code {"status": [500, "5xx", 429]}}. */
    StatusSet failOn(Fields failOn) {
        failOn.allowOnly(Collections.singletonList("status"));
        if (!failOn.require("status", ": a list of codes and classes, e.g. {\"status\": [\"5xx\", 429]}")) {
            return null;
        }
        Node.ArrayNode statuses = failOn.array("status");
        if (statuses == null) {
            return null;
        }
        StatusSet.Builder set = new StatusSet.Builder();
        for (Node item : statuses.items) {
            status(item, set);
        }
        return set.build();
    }

    private void status(Node item, StatusSet.Builder set) {
        if (item instanceof Node.NumberNode) {
            Integer code = Fields.whole(item, "a status code", 100, 599, problems);
            if (code != null) {
                set.code(code);
            }
            return;
        }
        if (item instanceof Node.TextNode) {
            String text = ((Node.TextNode) item).text;
            if (text.matches("[1-5]xx")) {
                set.statusClass(text.charAt(0) - '0');
                return;
            }
            if (text.matches("[1-5][0-9][0-9]")) {
                problems.error(item.location, "a status code is a number: write " + text + " without quotes");
                return;
            }
        }
        problems.error(item.location, "expected a status code 100-599 or a class \"1xx\" to \"5xx\", got "
                + item.describe());
    }
}
