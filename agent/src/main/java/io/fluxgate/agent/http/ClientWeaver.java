package io.fluxgate.agent.http;

import io.fluxgate.agent.AgentLog;
import io.fluxgate.agent.policy.HttpClientKind;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.FutureTask;

/**
 * Weaves client instrumentations, each at most once. A name gate sees every class load; the
 * bytecode library is only made ready when a woven client class loads, so an application that
 * makes no HTTP calls never pays for it. Client classes loaded before (on attach, or when a policy
 * reload brings the first http target) are retransformed on a daemon thread.
 */
final class ClientWeaver {
    private final Instrumentation instrumentation;
    private final Set<HttpClientKind> woven = EnumSet.noneOf(HttpClientKind.class);

    ClientWeaver(Instrumentation instrumentation) {
        this.instrumentation = instrumentation;
    }

    /** Weaves those of {@code clients} not woven yet; answers them. */
    synchronized List<ClientInstrumentation> weave(List<ClientInstrumentation> clients) {
        List<ClientInstrumentation> fresh = new ArrayList<>();
        for (ClientInstrumentation client : clients) {
            if (woven.add(client.kind())) {
                fresh.add(client);
            }
        }
        if (fresh.isEmpty()) {
            return fresh;
        }
        WovenTypes types = new WovenTypes(fresh);
        FutureTask<ClassFileTransformer> weaver = new FutureTask<>(() -> ClientTransformer.make(types, instrumentation));
        ClientGate gate = new ClientGate(types, weaver);
        instrumentation.addTransformer(gate, true);
        List<Class<?>> loaded = loadedClasses(types);
        if (!loaded.isEmpty()) {
            Thread thread = new Thread(() -> {
                weaver.run();
                retransform(types, loaded);
            }, "fluxgate-http-weaver");
            thread.setDaemon(true);
            gate.weaverThread(thread);
            thread.start();
        }
        return fresh;
    }

    /** Woven classes already loaded, and loaded marker classes (whose version check then reports). */
    private List<Class<?>> loadedClasses(WovenTypes types) {
        List<Class<?>> loaded = new ArrayList<>();
        for (Class<?> type : instrumentation.getAllLoadedClasses()) {
            String name = WovenTypes.internal(type.getName());
            if ((types.weaves(name) || types.markedBy(name) != null) && instrumentation.isModifiableClass(type)) {
                loaded.add(type);
            }
        }
        return loaded;
    }

    private void retransform(WovenTypes types, List<Class<?>> loaded) {
        for (Class<?> type : loaded) {
            try {
                VersionCheck marker = types.markedBy(WovenTypes.internal(type.getName()));
                if (marker != null) {
                    marker.fits(type.getClassLoader());
                } else {
                    instrumentation.retransformClasses(type);
                }
            } catch (Throwable failure) {
                AgentLog.once("retransform:" + type.getName(), "could not weave " + type.getName()
                        + " (already loaded), its HTTP exchanges run unprotected: " + failure);
            }
        }
    }
}
