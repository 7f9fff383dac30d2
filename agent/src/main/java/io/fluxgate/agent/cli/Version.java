package io.fluxgate.agent.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The project version, written into a resource by the build. */
final class Version {
    private static final String RESOURCE = "version.properties";

    private Version() {
    }

    static String current() {
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException unreadable) {
            return "unknown";
        }
    }
}
