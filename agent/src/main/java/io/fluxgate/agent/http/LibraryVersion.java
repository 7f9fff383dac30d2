package io.fluxgate.agent.http;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of the library a class comes from, for messages: its jar's manifest says it, or
 * else the jar's file name ({@code okhttp-3.14.9.jar}). Nothing is loaded or initialised.
 */
final class LibraryVersion {
    private static final Pattern IN_FILE_NAME = Pattern.compile("-(\\d+(?:\\.\\d+)+)(?:[-.][A-Za-z0-9.-]*)?\\.jar$");

    private LibraryVersion() {
    }

    /** The version, or {@code "(unknown version)"}. */
    static String of(ClassLoader loader, String className) {
        URL resource = loader == null ? ClassLoader.getSystemResource(classFile(className))
                : loader.getResource(classFile(className));
        if (resource == null || !"jar".equals(resource.getProtocol())) {
            return "(unknown version)";
        }
        String fromManifest = fromManifest(resource);
        if (fromManifest != null) {
            return fromManifest;
        }
        String path = resource.getPath();
        int bang = path.indexOf("!/");
        Matcher version = IN_FILE_NAME.matcher(bang < 0 ? path : path.substring(0, bang));
        return version.find() ? version.group(1) : "(unknown version)";
    }

    private static String classFile(String className) {
        return className.replace('.', '/') + ".class";
    }

    private static String fromManifest(URL resource) {
        try {
            URLConnection connection = resource.openConnection();
            if (!(connection instanceof JarURLConnection)) {
                return null;
            }
            connection.setUseCaches(false);
            try (JarFile jar = ((JarURLConnection) connection).getJarFile()) {
                Manifest manifest = jar.getManifest();
                if (manifest == null) {
                    return null;
                }
                Attributes main = manifest.getMainAttributes();
                String version = main.getValue(Attributes.Name.IMPLEMENTATION_VERSION);
                return version != null ? version : main.getValue("Bundle-Version");
            }
        } catch (IOException unreadable) {
            return null;
        }
    }
}
