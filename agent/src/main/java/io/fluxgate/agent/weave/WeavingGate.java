package io.fluxgate.agent.weave;

import io.fluxgate.agent.AgentLog;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.IllegalClassFormatException;
import java.security.ProtectionDomain;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The first look at every class the JVM loads, made without the bytecode library: class names
 * (and, for {@code Type+} targets, supertype names read from class files) decide whether the
 * class needs weaving at all. Only those classes wait for the weaver, which warms up on a
 * background thread, so the library's start-up cost stays off the application's path.
 */
final class WeavingGate implements ClassFileTransformer {
    private static final long WEAVER_TIMEOUT_SECONDS = 60;

    private final TargetMatcher matcher;
    private final Future<ClassFileTransformer> weaver;

    WeavingGate(TargetMatcher matcher, Future<ClassFileTransformer> weaver) {
        this.matcher = matcher;
        this.weaver = weaver;
    }

    @Override
    public byte[] transform(ClassLoader loader, String internalName, Class<?> classBeingRedefined,
                            ProtectionDomain domain, byte[] classFile) throws IllegalClassFormatException {
        if (internalName == null) {
            return null;
        }
        String name = internalName.replace('/', '.');
        if (matcher.ignores(name) || !wanted(name, classFile, loader)) {
            return null;
        }
        long start = System.nanoTime();
        ClassFileTransformer ready = awaitWeaver(name);
        long waited = System.nanoTime() - start;
        byte[] woven = ready == null ? null
                : ready.transform(loader, internalName, classBeingRedefined, domain, classFile);
        if (AgentLog.debug()) {
            AgentLog.took("weaving " + name + " (of which " + waited / 1_000_000 + " ms waiting for the weaver)", start);
        }
        return woven;
    }

    private boolean wanted(String name, byte[] classFile, ClassLoader loader) {
        if (matcher.namesType(name)) {
            return true;
        }
        if (!matcher.anySubtypes()) {
            return false;
        }
        ClassHeader header = ClassHeader.read(classFile);
        return header != null && matcher.namesAnySupertype(Supertypes.of(name, header, loader));
    }

    private ClassFileTransformer awaitWeaver(String name) {
        try {
            return weaver.get(WEAVER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException broken) {
            AgentLog.once("weaver-unavailable", "the weaver is not available (" + broken
                    + "); " + name + " and later classes run unprotected");
            return null;
        }
    }
}
