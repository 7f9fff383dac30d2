package io.fluxgate.agent.launcher;

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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Loads the agent's own classes (and its relocated libraries) from the {@code inst/} folder of
 * fluxgate.jar, where they are stored as {@code .classdata} so that no other class loader, and
 * no class-path scanner of the application, ever sees them. Its parent sees the JDK and the
 * bootstrap bridge only.
 *
 * <p>It loads a thousand classes or more while the application waits to start, so each costs one
 * lookup in the open jar and one read into an array of the class's exact size.
 */
final class IsolatingClassLoader extends ClassLoader {
    static final String PREFIX = "inst/";
    private static final String SUFFIX = ".classdata";

    static {
        registerAsParallelCapable();
    }

    private final ZipFile jar;
    private final String jarUrl;
    private final ProtectionDomain domain;
    private final Set<String> definedPackages = ConcurrentHashMap.newKeySet();

    IsolatingClassLoader(File jarFile, ClassLoader parent) throws IOException {
        super(parent);
        this.jar = new ZipFile(jarFile);
        this.jarUrl = "jar:" + jarFile.toURI() + "!/";
        this.domain = new ProtectionDomain(new CodeSource(jarFile.toURI().toURL(), (Certificate[]) null), null, this,
                null);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        String path = name.replace('.', '/');
        ZipEntry entry = jar.getEntry(PREFIX + path + SUFFIX);
        if (entry == null) {
            // the bridge classes at the jar's root, when the bridge is not on the bootstrap path (the CLI)
            entry = jar.getEntry(path + ".class");
        }
        if (entry == null) {
            throw new ClassNotFoundException(name);
        }
        byte[] bytes;
        try {
            bytes = read(entry);
        } catch (IOException unreadable) {
            throw new ClassNotFoundException(name, unreadable);
        }
        definePackageOf(name);
        return defineClass(name, bytes, 0, bytes.length, domain);
    }

    /** Java 8 defines no package for a class by itself, and some libraries read the class's package. */
    private void definePackageOf(String className) {
        int dot = className.lastIndexOf('.');
        if (dot < 0) {
            return;
        }
        String packageName = className.substring(0, dot);
        if (definedPackages.add(packageName)) {
            try {
                definePackage(packageName, null, null, null, null, null, null, null);
            } catch (IllegalArgumentException definedBefore) {
                // defined by another thread between the check and here, or by the JVM itself
            }
        }
    }

    /** {@code x/Y.class} is served from {@code inst/x/Y.classdata}, so bytecode tools can read our classes. */
    @Override
    protected URL findResource(String name) {
        String stored = stored(name);
        if (jar.getEntry(stored) == null) {
            return null;
        }
        try {
            return new URL(jarUrl + stored);
        } catch (MalformedURLException impossible) {
            return null;
        }
    }

    /**
     * Our own class files straight from the open jar: the bytecode library reads the advice classes
     * this way, and going through a {@code jar:} URL would open the jar a second time.
     */
    @Override
    public InputStream getResourceAsStream(String name) {
        if (name.endsWith(".class")) {
            ZipEntry entry = jar.getEntry(stored(name));
            if (entry != null) {
                try {
                    return jar.getInputStream(entry);
                } catch (IOException unreadable) {
                    return null;
                }
            }
        }
        return super.getResourceAsStream(name);
    }

    @Override
    protected Enumeration<URL> findResources(String name) {
        URL url = findResource(name);
        return url == null ? Collections.<URL>emptyEnumeration() : Collections.enumeration(Collections.singleton(url));
    }

    private static String stored(String name) {
        return PREFIX + (name.endsWith(".class") ? name.substring(0, name.length() - 6) + SUFFIX : name);
    }

    private byte[] read(ZipEntry entry) throws IOException {
        long size = entry.getSize();
        try (InputStream in = jar.getInputStream(entry)) {
            if (size < 0 || size > Integer.MAX_VALUE) {
                return readUnsized(in);
            }
            byte[] bytes = new byte[(int) size];
            int offset = 0;
            for (int read; offset < bytes.length && (read = in.read(bytes, offset, bytes.length - offset)) != -1; ) {
                offset += read;
            }
            if (offset != bytes.length) {
                throw new IOException(entry.getName() + ": " + offset + " of " + bytes.length + " bytes");
            }
            return bytes;
        }
    }

    private static byte[] readUnsized(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(8192);
        byte[] buffer = new byte[8192];
        for (int read; (read = in.read(buffer)) != -1; ) {
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }
}
