package io.fluxgate.agent.launcher;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.security.cert.Certificate;
import java.util.Collections;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Loads the agent's own classes (and its relocated libraries) from the {@code inst/} folder of
 * fluxgate.jar, where they are stored as {@code .classdata} so that no other class loader, and
 * no class-path scanner of the application, ever sees them. Its parent sees the JDK and the
 * bootstrap bridge only.
 */
final class IsolatingClassLoader extends ClassLoader {
    static final String PREFIX = "inst/";
    private static final String SUFFIX = ".classdata";

    static {
        registerAsParallelCapable();
    }

    private final JarFile jar;
    private final String jarUrl;
    private final ProtectionDomain domain;

    IsolatingClassLoader(File jarFile, ClassLoader parent) throws IOException {
        super(parent);
        this.jar = new JarFile(jarFile, false);
        this.jarUrl = "jar:" + jarFile.toURI() + "!/";
        this.domain = new ProtectionDomain(new CodeSource(jarFile.toURI().toURL(), (Certificate[]) null), null, this,
                null);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        String path = name.replace('.', '/');
        JarEntry entry = jar.getJarEntry(PREFIX + path + SUFFIX);
        if (entry == null) {
            // the bridge classes at the jar's root, when the bridge is not on the bootstrap path (the CLI)
            entry = jar.getJarEntry(path + ".class");
        }
        if (entry == null) {
            throw new ClassNotFoundException(name);
        }
        byte[] bytes;
        try (InputStream in = jar.getInputStream(entry)) {
            bytes = readAll(in);
        } catch (IOException unreadable) {
            throw new ClassNotFoundException(name, unreadable);
        }
        definePackageOf(name);
        return defineClass(name, bytes, 0, bytes.length, domain);
    }

    private void definePackageOf(String className) {
        int dot = className.lastIndexOf('.');
        if (dot < 0) {
            return;
        }
        String packageName = className.substring(0, dot);
        if (getPackage(packageName) == null) {
            try {
                definePackage(packageName, null, null, null, null, null, null, null);
            } catch (IllegalArgumentException definedConcurrently) {
                // another thread defined it first
            }
        }
    }

    /** {@code x/Y.class} is served from {@code inst/x/Y.classdata}, so bytecode tools can read our classes. */
    @Override
    protected URL findResource(String name) {
        String stored = PREFIX + (name.endsWith(".class") ? name.substring(0, name.length() - 6) + SUFFIX : name);
        if (jar.getJarEntry(stored) == null) {
            return null;
        }
        try {
            return new URL(jarUrl + stored);
        } catch (MalformedURLException impossible) {
            return null;
        }
    }

    @Override
    protected Enumeration<URL> findResources(String name) {
        URL url = findResource(name);
        return url == null ? Collections.<URL>emptyEnumeration() : Collections.enumeration(Collections.singleton(url));
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[8192];
        for (int read; (read = in.read(buffer)) != -1; ) {
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }
}
