package io.fluxgate.agent.policy;

import java.util.ArrayList;
import java.util.List;

/** Two endpoints of the agent on one port would fail at start-up; say so while the file is open. */
final class PortCheck {
    private final Problems problems;
    private final List<Endpoint> seen = new ArrayList<>();

    PortCheck(Problems problems) {
        this.problems = problems;
    }

    void check(List<ListenerSpec> listeners, AdminSpec admin) {
        for (ListenerSpec listener : listeners) {
            if (listener instanceof PrometheusListenerSpec) {
                PrometheusListenerSpec prometheus = (PrometheusListenerSpec) listener;
                add(new Endpoint("the prometheus listener", prometheus.host(), prometheus.port(), listener.location()));
            }
        }
        if (admin != null) {
            add(new Endpoint("the admin endpoint", admin.host(), admin.port(), admin.location()));
        }
    }

    private void add(Endpoint endpoint) {
        if (endpoint.port == 0) {
            return;  // each gets a free port of its own
        }
        for (Endpoint earlier : seen) {
            if (earlier.port == endpoint.port && earlier.overlaps(endpoint)) {
                problems.error(endpoint.location, "port " + endpoint.port + " is already used by " + earlier.what
                        + " at line " + earlier.location.line() + ": each endpoint needs its own port");
                return;
            }
        }
        seen.add(endpoint);
    }

    private static final class Endpoint {
        final String what;
        final String host;
        final int port;
        final PolicyLocation location;

        Endpoint(String what, String host, int port, PolicyLocation location) {
            this.what = what;
            this.host = host;
            this.port = port;
            this.location = location;
        }

        boolean overlaps(Endpoint other) {
            return host.equals(other.host) || isWildcard(host) || isWildcard(other.host);
        }

        private static boolean isWildcard(String host) {
            return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
        }
    }
}
