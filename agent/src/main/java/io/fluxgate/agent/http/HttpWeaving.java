package io.fluxgate.agent.http;

import io.fluxgate.agent.AgentLog;
import io.fluxgate.agent.bootstrap.HttpBridge;
import io.fluxgate.agent.http.apache4.Apache4Instrumentation;
import io.fluxgate.agent.http.apache5.Apache5Instrumentation;
import io.fluxgate.agent.http.jdkclient.JdkClientInstrumentation;
import io.fluxgate.agent.http.okhttp.OkHttpInstrumentation;
import io.fluxgate.agent.http.urlconnection.ConnectionExchanges;
import io.fluxgate.agent.http.urlconnection.UrlConnectionInstrumentation;
import io.fluxgate.agent.policy.HttpTarget;
import io.fluxgate.agent.policy.Policy;
import io.fluxgate.agent.policy.ResponseFallback;
import io.fluxgate.agent.runtime.Breakers;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.scaffold.TypeValidation;
import net.bytebuddy.utility.JavaModule;

import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.List;

import static net.bytebuddy.matcher.ElementMatchers.isSynthetic;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;

/**
 * Installs the HTTP client instrumentations that the policy's http targets may apply to, and the
 * dispatcher behind the bootstrap {@link HttpBridge}. JDK classes are woven too: already loaded
 * ones by retransformation.
 */
public final class HttpWeaving {
    private HttpWeaving() {
    }

    /** Every client the agent knows, in the order they are woven. */
    static List<ClientInstrumentation> allClients() {
        List<ClientInstrumentation> clients = new ArrayList<>();
        clients.add(new UrlConnectionInstrumentation());
        clients.add(new JdkClientInstrumentation());
        clients.add(new Apache4Instrumentation());
        clients.add(new Apache5Instrumentation());
        clients.add(new OkHttpInstrumentation());
        return clients;
    }

    public static void install(Policy policy, Breakers breakers, Instrumentation instrumentation) {
        HttpTargets targets = new HttpTargets(policy.httpTargets());
        HttpGate gate = new HttpGate(targets, new HostBreakers(policy, breakers));
        ConnectionExchanges connections = new ConnectionExchanges(gate);
        List<ClientInstrumentation> woven = new ArrayList<>();
        List<ClientSupport> supports = new ArrayList<>();
        for (ClientInstrumentation client : allClients()) {
            if (targets.mayCover(client.kind())) {
                woven.add(client);
                supports.add(client.support());
            }
        }
        connections.use(supports);
        HttpBridge.install(new HttpDispatch(gate, supports, connections));
        agentBuilder(woven, instrumentation).installOn(instrumentation);
        reportUnusableFallbacks(targets.all());
        AgentLog.info("protecting " + targets.all().size() + " http target" + (targets.all().size() == 1 ? "" : "s")
                + " (clients: " + labels(woven) + ")");
    }

    private static AgentBuilder agentBuilder(List<ClientInstrumentation> clients, Instrumentation instrumentation) {
        ClassFileLocator adviceLocator = ClassFileLocator.ForClassLoader.of(HttpWeaving.class.getClassLoader());
        AgentBuilder builder = new AgentBuilder.Default(new ByteBuddy().with(TypeValidation.DISABLED))
                .disableClassFormatChanges()
                .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
                .with(AgentBuilder.PoolStrategy.Default.FAST)
                .with(AgentBuilder.InitializationStrategy.NoOp.INSTANCE)
                .with(new WeaveErrors())
                // the JDK's own HTTP classes are woven, so only the agent itself is ignored
                .ignore(isSynthetic().or(nameStartsWith("io.fluxgate.")).or(nameStartsWith("net.bytebuddy.")))
                .assureReadEdgeTo(instrumentation, HttpBridge.class);
        for (ClientInstrumentation client : clients) {
            VersionCheck check = new VersionCheck(client);
            if (client.markerClass() != null) {
                builder = builder.with(new MarkerSeen(client.markerClass(), check));
            }
            for (TypeInstrumentation type : client.types()) {
                builder = builder.type(new Fitting(type, check))
                        .transform((typeBuilder, description, loader, module, domain)
                                -> type.weave(typeBuilder, adviceLocator));
            }
        }
        return builder;
    }

    /** Only a {@code response} fallback answers an HTTP exchange; say so once for each other kind. */
    private static void reportUnusableFallbacks(List<HttpTarget> targets) {
        for (HttpTarget target : targets) {
            if (target.fallback().isPresent() && !(target.fallback().get() instanceof ResponseFallback)) {
                AgentLog.info(target.fallback().get().location() + ": an http target answers with a \"response\""
                        + " fallback; this " + target.fallback().get() + " fallback is ignored and refused exchanges"
                        + " throw io.fluxgate.HttpCallNotPermittedException");
            }
        }
    }

    private static String labels(List<ClientInstrumentation> clients) {
        List<String> labels = new ArrayList<>();
        for (ClientInstrumentation client : clients) {
            labels.add(client.kind().label());
        }
        return String.join(", ", labels);
    }

    /** A type the instrumentation weaves, in a loader whose library version fits. */
    private static final class Fitting implements AgentBuilder.RawMatcher {
        private final TypeInstrumentation type;
        private final VersionCheck check;

        Fitting(TypeInstrumentation type, VersionCheck check) {
            this.type = type;
            this.check = check;
        }

        @Override
        public boolean matches(TypeDescription description, ClassLoader loader, JavaModule module,
                               Class<?> classBeingRedefined, ProtectionDomain domain) {
            return type.types().matches(description) && check.fits(loader);
        }
    }

    /** Notices the library when its marker class loads, so that an unsupported version is reported. */
    private static final class MarkerSeen extends AgentBuilder.Listener.Adapter {
        private final String markerClass;
        private final VersionCheck check;

        MarkerSeen(String markerClass, VersionCheck check) {
            this.markerClass = markerClass;
            this.check = check;
        }

        @Override
        public void onDiscovery(String typeName, ClassLoader loader, JavaModule module, boolean loaded) {
            if (typeName.equals(markerClass)) {
                check.fits(loader);
            }
        }
    }

    /** Tells about classes that could not be woven instead of leaving them silently unprotected. */
    private static final class WeaveErrors extends AgentBuilder.Listener.Adapter {
        @Override
        public void onError(String typeName, ClassLoader loader, JavaModule module, boolean loaded, Throwable error) {
            AgentLog.once("weave:" + typeName, "could not weave " + typeName + ", its HTTP exchanges run unprotected: "
                    + error);
        }
    }
}
