package io.fluxgate.agent.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The HTTP clients an {@code http} target can name; {@link #ANY} covers them all. */
public enum HttpClientKind {
    ANY("any"),
    HTTPURLCONNECTION("httpurlconnection"),
    JDK_HTTPCLIENT("jdk-httpclient"),
    APACHE_HTTPCLIENT_4("apache-httpclient-4"),
    APACHE_HTTPCLIENT_5("apache-httpclient-5"),
    OKHTTP("okhttp");

    private final String label;

    HttpClientKind(String label) {
        this.label = label;
    }

    /** The name used in policy files, e.g. {@code jdk-httpclient}. */
    public String label() {
        return label;
    }

    /** Whether a target naming this kind applies to calls made with {@code client}. */
    public boolean covers(HttpClientKind client) {
        return this == ANY || this == client;
    }

    /** The kind with this label, or null. */
    public static HttpClientKind fromLabel(String label) {
        for (HttpClientKind kind : values()) {
            if (kind.label.equals(label)) {
                return kind;
            }
        }
        return null;
    }

    static List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (HttpClientKind kind : values()) {
            labels.add(kind.label);
        }
        return Collections.unmodifiableList(labels);
    }

    @Override
    public String toString() {
        return label;
    }
}
