package io.fluxgate.agent.http;

import io.fluxgate.agent.AgentLog;

import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The first look at every class the JVM loads, by name alone: only the client classes that are
 * woven reach the bytecode library, which is made ready the first time one of them loads (or
 * beforehand on the weaver thread, see {@link ClientWeaver}). A marker class loading has its
 * library's version checked, so that an unsupported version is reported.
 */
final class ClientGate implements ClassFileTransformer {
    private static final long WEAVER_TIMEOUT_SECONDS = 60;

    private final WovenTypes types;
    private final FutureTask<ClassFileTransformer> weaver;
    private volatile Thread weaverThread;

    ClientGate(WovenTypes types, FutureTask<ClassFileTransformer> weaver) {
        this.types = types;
        this.weaver = weaver;
    }

    /** The thread that retransforms loaded classes: it must not wait for itself. */
    void weaverThread(Thread thread) {
        this.weaverThread = thread;
    }

    /** Whether the class with this internal name is one this gate weaves. */
    boolean weaves(String internalName) {
        return types.weaves(internalName);
    }

    @Override
    public byte[] transform(ClassLoader loader, String internalName, Class<?> classBeingRedefined,
                            ProtectionDomain domain, byte[] classFile) {
        if (internalName == null) {
            return null;
        }
        VersionCheck marker = types.markedBy(internalName);
        if (marker != null && classBeingRedefined == null) {
            check(marker, loader);
        }
        if (!types.weaves(internalName) || Thread.currentThread() == weaverThread && !weaver.isDone()) {
            return null;
        }
        ClassFileTransformer ready = weaver();
        try {
            return ready == null ? null : ready.transform(loader, internalName, classBeingRedefined, domain, classFile);
        } catch (Throwable failure) {
            AgentLog.once("weave:" + internalName, "could not weave " + internalName.replace('/', '.')
                    + ", its HTTP exchanges run unprotected: " + failure);
            return null;
        }
    }

    private static void check(VersionCheck marker, ClassLoader loader) {
        try {
            marker.fits(loader);
        } catch (Throwable failure) {
            AgentLog.once("check:" + failure, "could not check an HTTP client library's version: " + failure);
        }
    }

    /** The weaving transformer, made on this thread if no other thread is making it. */
    private ClassFileTransformer weaver() {
        weaver.run();   // does nothing when done or under way elsewhere
        try {
            return weaver.get(WEAVER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException broken) {
            AgentLog.once("http-weaver-unavailable", "the HTTP client weaver is not available (" + broken
                    + "); HTTP exchanges run unprotected");
            return null;
        }
    }
}
