package io.fluxgate.agent.policy;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads one entry of {@code listeners}; each type has its own keys. */
final class ListenerReader {
    static final String DEFAULT_HOST = "127.0.0.1";
    private static final Map<String, List<String>> KEYS_BY_TYPE = keysByType();

    private final Problems problems;

    ListenerReader(Problems problems) {
        this.problems = problems;
    }

    ListenerSpec read(Node node) {
        Fields listener = Fields.of(node, "a listener", "the listener", problems);
        if (listener == null) {
            return null;
        }
        if (!listener.require("type", ": one of " + Words.list(KEYS_BY_TYPE.keySet()))) {
            return null;
        }
        String type = listener.choice("type", KEYS_BY_TYPE.keySet());
        if (type == null) {
            return null;
        }
        Fields typed = listener.as("a " + type + " listener");
        typed.allowOnly(KEYS_BY_TYPE.get(type));
        PolicyLocation at = node.location;
        switch (type) {
            case "log":
                return new LogListenerSpec(at);
            case "jmx":
                return new JmxListenerSpec(at);
            case "prometheus":
                String host = host(typed);
                Integer port = port(typed);
                return host == null || port == null ? null : new PrometheusListenerSpec(at, host, port);
            default:
                String variable = environmentVariable(typed, "webhookUrlEnv", true);
                return variable == null ? null : new SlackListenerSpec(at, variable);
        }
    }

    /** The {@code host} key of a listener or the admin endpoint; 127.0.0.1 when absent. */
    static String host(Fields fields) {
        if (!fields.has("host")) {
            return DEFAULT_HOST;
        }
        Node.TextNode host = fields.name("host");
        if (host != null && (host.text.indexOf(' ') >= 0 || host.text.contains("://"))) {
            fields.problems.error(host.location, "host is an address to listen on such as \"127.0.0.1\" or "
                    + "\"0.0.0.0\", got " + host.describe());
            return null;
        }
        return host == null ? null : host.text;
    }

    /** A required port; 0 asks the system for a free one. */
    static Integer port(Fields fields) {
        if (!fields.require("port", ": the port to listen on, e.g. \"port\": 9464")) {
            return null;
        }
        return fields.whole("port", 0, 65535);
    }

    /** The name of an environment variable, never its value. */
    static String environmentVariable(Fields fields, String key, boolean required) {
        if (required && !fields.require(key, ": the name of an environment variable, e.g. \"" + key
                + "\": \"FLUXGATE_SLACK_URL\"")) {
            return null;
        }
        Node.TextNode name = fields.text(key);
        if (name == null) {
            return null;
        }
        if (!JavaNames.isEnvironmentVariable(name.text)) {
            String hint = name.text.contains("://") ? ": name the variable that holds the URL, not the URL itself"
                    : ": letters, digits and '_', not starting with a digit";
            fields.problems.error(name.location, key + " must be the name of an environment variable, got "
                    + name.describe() + hint);
            return null;
        }
        return name.text;
    }

    private static Map<String, List<String>> keysByType() {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        keys.put("log", Collections.singletonList("type"));
        keys.put("prometheus", Arrays.asList("type", "host", "port"));
        keys.put("jmx", Collections.singletonList("type"));
        keys.put("slack", Arrays.asList("type", "webhookUrlEnv"));
        return Collections.unmodifiableMap(keys);
    }
}
