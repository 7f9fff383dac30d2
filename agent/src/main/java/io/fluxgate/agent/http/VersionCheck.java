package io.fluxgate.agent.http;

import io.fluxgate.agent.AgentLog;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDefinition;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.pool.TypePool;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Whether the version of a client library a class loader holds has everything its
 * instrumentation needs, checked once per loader from the class files alone (nothing is loaded).
 * A version that does not fit is not woven, and is reported once.
 */
final class VersionCheck {
    private final ClientInstrumentation client;
    private final Map<ClassLoader, Boolean> byLoader = Collections.synchronizedMap(new WeakHashMap<>());
    private volatile Boolean bootLoader;

    VersionCheck(ClientInstrumentation client) {
        this.client = client;
    }

    boolean fits(ClassLoader loader) {
        if (loader == null) {
            Boolean known = bootLoader;
            if (known == null) {
                known = check(null);
                bootLoader = known;
            }
            return known;
        }
        Boolean known = byLoader.get(loader);
        if (known == null) {
            known = check(loader);
            byLoader.put(loader, known);
        }
        return known;
    }

    private boolean check(ClassLoader loader) {
        List<Reference> missing = missing(loader == null ? TypePool.Default.ofBootLoader() : TypePool.Default.of(loader));
        if (missing.isEmpty()) {
            if (AgentLog.debug()) {
                AgentLog.info(describe(loader) + ": http targets apply to it");
            }
            return true;
        }
        AgentLog.once("unsupported:" + client.library() + ":" + System.identityHashCode(loader), describe(loader)
                + " not supported: " + missingText(missing) + "; its exchanges run unprotected");
        return false;
    }

    private String describe(ClassLoader loader) {
        String marker = client.markerClass();
        return client.library() + (marker == null ? "" : " " + LibraryVersion.of(loader, marker));
    }

    private static String missingText(List<Reference> missing) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(3, missing.size()); i++) {
            text.append(i == 0 ? "" : ", ").append(missing.get(i));
        }
        if (missing.size() > 3) {
            text.append(" and ").append(missing.size() - 3).append(" more");
        }
        return text.append(missing.size() == 1 ? " is missing" : " are missing").toString();
    }

    List<Reference> missing(TypePool pool) {
        List<Reference> missing = new ArrayList<>();
        for (Reference reference : client.references()) {
            if (!present(pool, reference)) {
                missing.add(reference);
            }
        }
        return missing;
    }

    private static boolean present(TypePool pool, Reference reference) {
        TypePool.Resolution resolution = pool.describe(reference.className());
        if (!resolution.isResolved()) {
            return false;
        }
        return reference.methodName() == null || declares(resolution.resolve(), reference);
    }

    /** Declared by the type or a supertype; a supertype whose class file is missing declares nothing. */
    private static boolean declares(TypeDefinition type, Reference reference) {
        if (type == null) {
            return false;
        }
        try {
            for (MethodDescription method : type.getDeclaredMethods()) {
                if (method.getName().equals(reference.methodName()) && parameterNames(method).equals(reference.parameterTypes())) {
                    return true;
                }
            }
            if (declares(type.getSuperClass(), reference)) {
                return true;
            }
            for (TypeDescription.Generic implemented : type.getInterfaces()) {
                if (declares(implemented, reference)) {
                    return true;
                }
            }
        } catch (RuntimeException unresolvable) {
            return false;
        }
        return false;
    }

    private static List<String> parameterNames(MethodDescription method) {
        List<String> names = new ArrayList<>();
        for (TypeDescription type : method.getParameters().asTypeList().asErasures()) {
            names.add(type.getName());
        }
        return names;
    }
}
