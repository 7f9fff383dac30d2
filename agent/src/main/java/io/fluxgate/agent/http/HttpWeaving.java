package io.fluxgate.agent.http;

import io.fluxgate.agent.AgentLog;
import io.fluxgate.agent.bootstrap.HttpBridge;
import io.fluxgate.agent.http.apache4.Apache4Instrumentation;
import io.fluxgate.agent.http.apache5.Apache5Instrumentation;
import io.fluxgate.agent.http.jdkclient.JdkClientInstrumentation;
import io.fluxgate.agent.http.okhttp.OkHttpInstrumentation;
import io.fluxgate.agent.http.urlconnection.UrlConnectionInstrumentation;
import io.fluxgate.agent.policy.HttpTarget;
import io.fluxgate.agent.policy.Policy;
import io.fluxgate.agent.policy.ResponseFallback;
import io.fluxgate.agent.runtime.Breakers;

import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.List;

/**
 * Installs HTTP protection: the dispatcher behind the bootstrap {@link HttpBridge}, and the
 * instrumentation of the clients the policy's http targets may apply to. Call it once, at start-up
 * or at the first reload that brings http targets; later policies go to
 * {@link HttpProtection#update}.
 */
public final class HttpWeaving {
    private HttpWeaving() {
    }

    /** Every client the agent knows. */
    static List<ClientInstrumentation> allClients() {
        List<ClientInstrumentation> clients = new ArrayList<>();
        clients.add(new UrlConnectionInstrumentation());
        clients.add(new JdkClientInstrumentation());
        clients.add(new Apache4Instrumentation());
        clients.add(new Apache5Instrumentation());
        clients.add(new OkHttpInstrumentation());
        return clients;
    }

    /** The clients some target may apply to: only those are woven. */
    static List<ClientInstrumentation> clientsFor(HttpTargets targets) {
        List<ClientInstrumentation> clients = new ArrayList<>();
        for (ClientInstrumentation client : allClients()) {
            if (targets.mayCover(client.kind())) {
                clients.add(client);
            }
        }
        return clients;
    }

    public static HttpProtection install(Policy policy, Breakers breakers, Instrumentation instrumentation) {
        HttpRoutes routes = HttpRoutes.of(policy, breakers);
        HttpGate gate = new HttpGate(routes);
        HttpBridge.install(new HttpDispatch(gate, allClients()));
        ClientWeaver weaver = new ClientWeaver(instrumentation);
        List<ClientInstrumentation> woven = weaver.weave(clientsFor(routes.targets()));
        reportUnusableFallbacks(routes.targets());
        int count = routes.targets().all().size();
        AgentLog.info("protecting " + count + " http target" + (count == 1 ? "" : "s") + " (clients: "
                + labels(woven) + ")");
        return new HttpProtection(gate, weaver);
    }

    /** Only a {@code response} fallback answers an HTTP exchange; say so once for each other kind. */
    static void reportUnusableFallbacks(HttpTargets targets) {
        for (HttpTarget target : targets.all()) {
            if (target.fallback().isPresent() && !(target.fallback().get() instanceof ResponseFallback)) {
                AgentLog.once("http-fallback:" + target.location(), target.fallback().get().location()
                        + ": an http target answers with a \"response\" fallback; this " + target.fallback().get()
                        + " fallback is ignored and refused exchanges throw io.fluxgate.HttpCallNotPermittedException");
            }
        }
    }

    static String labels(List<ClientInstrumentation> clients) {
        List<String> labels = new ArrayList<>();
        for (ClientInstrumentation client : clients) {
            labels.add(client.kind().label());
        }
        return String.join(", ", labels);
    }
}
