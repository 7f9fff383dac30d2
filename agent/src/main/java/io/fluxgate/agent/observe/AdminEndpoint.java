package io.fluxgate.agent.observe;

import io.fluxgate.agent.policy.AdminSpec;
import io.fluxgate.agent.runtime.AppliedPolicy;
import io.fluxgate.agent.runtime.Breakers;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code "admin": {"host", "port", "tokenEnv"}}: starts the {@link AdminHandler} on a server of
 * its own. It refuses to start where anyone could steer the breakers: on an address other than
 * loopback without a token, or with a {@code tokenEnv} whose variable is not set.
 */
final class AdminEndpoint {
    private AdminEndpoint() {
    }

    /** @return the running endpoint, or null when it is not started (and {@code say} was told why) */
    static HttpEndpoint start(AdminSpec spec, Breakers breakers, Supplier<AppliedPolicy> policyInForce,
                              Environment environment, Consumer<String> say) {
        String where = spec.location().toString();
        BearerToken token = null;
        if (spec.tokenEnv().isPresent()) {
            String variable = spec.tokenEnv().get();
            String value = environment.nonBlank(variable);
            if (value == null) {
                say.accept(where + ": the admin endpoint is not started: the environment variable " + variable
                        + " (tokenEnv) is not set or empty, and without the token no request could change a breaker");
                return null;
            }
            token = new BearerToken(value);
        } else if (!isLoopback(spec.host())) {
            say.accept(where + ": the admin endpoint is not started: it would listen on " + spec.host()
                    + ", which other machines can reach, without a token; set \"tokenEnv\" or listen on 127.0.0.1");
            return null;
        }
        HttpEndpoint endpoint = HttpEndpoint.start("the admin endpoint", where, spec.host(), spec.port(),
                Collections.singletonMap("/", new AdminHandler(breakers, policyInForce, token)), "fluxgate-admin",
                say);
        if (endpoint != null) {
            say.accept("admin endpoint on " + endpoint.baseUrl()
                    + (token == null ? "" : " (POST requests need the bearer token in $" + spec.tokenEnv().get() + ")"));
        }
        return endpoint;
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException unknown) {
            return false;
        }
    }
}
