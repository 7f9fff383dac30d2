package io.fluxgate.agent.weave;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every supertype name of a class about to be defined, found by reading class files through its
 * loader (never loading a class: the transformer runs inside class loading).
 */
final class Supertypes {
    private static final int MAX_TYPES = 256;   // a bound against cyclic or absurd hierarchies
    /** Supertype names of the classes each loader has shown us, so a hierarchy is read once. */
    private static final Map<ClassLoader, Map<String, Set<String>>> KNOWN = new WeakHashMap<>();

    private Supertypes() {
    }

    static Set<String> of(String name, ClassHeader header, ClassLoader loader) {
        Map<String, Set<String>> known = knownTo(loader);
        Set<String> cached = known.get(name);
        if (cached != null) {
            return cached;
        }
        Set<String> names = new LinkedHashSet<>();
        add(header, loader, names);
        Set<String> result = Collections.unmodifiableSet(names);
        known.put(name, result);
        return result;
    }

    private static Map<String, Set<String>> knownTo(ClassLoader loader) {
        synchronized (KNOWN) {
            return KNOWN.computeIfAbsent(loader, key -> new ConcurrentHashMap<>());
        }
    }

    private static void add(ClassHeader header, ClassLoader loader, Set<String> names) {
        if (header == null) {
            return;
        }
        if (header.superName != null) {
            visit(header.superName, loader, names);
        }
        for (String implemented : header.interfaces) {
            visit(implemented, loader, names);
        }
    }

    private static void visit(String name, ClassLoader loader, Set<String> names) {
        if (names.size() >= MAX_TYPES || !names.add(name) || "java.lang.Object".equals(name)) {
            return;
        }
        Set<String> known = knownTo(loader).get(name);
        if (known != null) {
            names.addAll(known);
            return;
        }
        add(ClassHeader.read(classFile(name, loader)), loader, names);
    }

    private static byte[] classFile(String name, ClassLoader loader) {
        String resource = name.replace('.', '/') + ".class";
        try (InputStream in = loader == null ? ClassLoader.getSystemResourceAsStream(resource)
                : loader.getResourceAsStream(resource)) {
            if (in == null) {
                return new byte[0];
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            for (int read; (read = in.read(buffer)) != -1; ) {
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        } catch (IOException unreadable) {
            return new byte[0];
        }
    }
}
