package io.fluxgate.agent;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The project version, written into a resource by the build; the running agent shows it in a system property. */
public final class AgentVersion {
    /** Set in a JVM once the agent runs there, so that {@code attach} can tell which agent it would reach. */
    public static final String PROPERTY = "fluxgate.agent.version";
    private static final String RESOURCE = "version.properties";

    private AgentVersion() {
    }

    public static String current() {
        try (InputStream in = AgentVersion.class.getResourceAsStream(RESOURCE)) {
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

    /** Marks this JVM as running this version of the agent. */
    static void announce() {
        try {
            System.setProperty(PROPERTY, current());
        } catch (SecurityException refused) {
            // attach then cannot tell versions apart; nothing else depends on it
        }
    }
}
