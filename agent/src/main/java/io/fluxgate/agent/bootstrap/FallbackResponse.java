package io.fluxgate.agent.bootstrap;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A response a {@code response} fallback answers instead of the server's: status, headers and
 * body. The agent turns it into each client's own response type; {@code HttpURLConnection}, whose
 * code can only reach the bootstrap class path, reads it through the methods below, which answer
 * as that class does.
 */
public final class FallbackResponse {
    private final int status;
    private final String reason;
    private final String[] names;
    private final String[] values;
    private final byte[] body;
    private final String url;

    /**
     * @param names header names, in order; {@code values} holds their values at the same index
     * @param url the request's URL, for the exceptions {@code HttpURLConnection} throws on error statuses
     */
    public FallbackResponse(int status, String reason, String[] names, String[] values, byte[] body, String url) {
        this.status = status;
        this.reason = reason;
        this.names = names.clone();
        this.values = values.clone();
        this.body = body.clone();
        this.url = url;
    }

    public int status() {
        return status;
    }

    /** The reason phrase, e.g. {@code Service Unavailable}. */
    public String reason() {
        return reason;
    }

    public int headerCount() {
        return names.length;
    }

    public String headerName(int index) {
        return names[index];
    }

    public String headerValue(int index) {
        return values[index];
    }

    public byte[] body() {
        return body.clone();
    }

    /** {@code HTTP/1.1 503 Service Unavailable}. */
    public String statusLine() {
        return "HTTP/1.1 " + status + (reason.isEmpty() ? "" : " " + reason);
    }

    /** {@code getHeaderField(name)}: the first value of a header named so, in any case; the status line for null. */
    public String headerField(String name) {
        if (name == null) {
            return statusLine();
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equalsIgnoreCase(name)) {
                return values[i];
            }
        }
        return null;
    }

    /** {@code getHeaderField(n)}: 0 is the status line, then the headers in order. */
    public String headerField(int n) {
        if (n == 0) {
            return statusLine();
        }
        return n > 0 && n <= values.length ? values[n - 1] : null;
    }

    /** {@code getHeaderFieldKey(n)}: null for the status line, then the header names in order. */
    public String headerFieldKey(int n) {
        return n > 0 && n <= names.length ? names[n - 1] : null;
    }

    /** {@code getHeaderFields()}: the status line under the null key, then each header's values. */
    public Map<String, List<String>> headerFields() {
        Map<String, List<String>> fields = new LinkedHashMap<String, List<String>>();
        fields.put(null, Collections.singletonList(statusLine()));
        for (int i = 0; i < names.length; i++) {
            List<String> known = fields.get(names[i]);
            List<String> grown = known == null ? new ArrayList<String>() : new ArrayList<String>(known);
            grown.add(values[i]);
            fields.put(names[i], Collections.unmodifiableList(grown));
        }
        return Collections.unmodifiableMap(fields);
    }

    /**
     * What the connection's response reader named {@code reader} answers when called with
     * {@code arguments}: {@code getHeaderField} (by name or by index), {@code getHeaderFieldKey},
     * {@code getHeaderFields} or {@code getErrorStream}.
     */
    public Object read(String reader, Object[] arguments) {
        if ("getHeaderFields".equals(reader)) {
            return headerFields();
        }
        if ("getErrorStream".equals(reader)) {
            return errorStream();
        }
        if ("getHeaderFieldKey".equals(reader)) {
            return headerFieldKey((Integer) arguments[0]);
        }
        if ("getHeaderField".equals(reader)) {
            return arguments[0] instanceof Integer ? headerField((Integer) arguments[0]) : headerField((String) arguments[0]);
        }
        throw new IllegalArgumentException("not a response reader of HttpURLConnection: " + reader);
    }

    public boolean isError() {
        return status >= 400;
    }

    /** {@code getInputStream()} for a success status. */
    public InputStream bodyStream() {
        return new ByteArrayInputStream(body);
    }

    /** {@code getErrorStream()}: the body for an error status, else null. */
    public InputStream errorStream() {
        return isError() ? bodyStream() : null;
    }

    /** What {@code getInputStream()} throws for an error status, worded as the JDK words it. */
    public IOException failure() {
        if (status == 404 || status == 410) {
            return new FileNotFoundException(url);
        }
        return new IOException("Server returned HTTP response code: " + status + " for URL: " + url);
    }

    /** {@code getOutputStream()} of an exchange the fallback answers: the request body goes nowhere. */
    public static OutputStream requestSink() {
        return new OutputStream() {
            @Override
            public void write(int b) {
                // discarded: no request is sent
            }

            @Override
            public void write(byte[] b, int off, int len) {
                // discarded: no request is sent
            }
        };
    }
}
