package io.fluxgate.agent.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact classes a set of client instrumentations weave, and the marker classes they watch,
 * by internal name ({@code okhttp3/OkHttpClient}): the JVM hands a transformer that name, so
 * deciding costs one map lookup and no allocation.
 */
final class WovenTypes {
    /** One type instrumentation of one client, with the check its library version must pass. */
    static final class Weaving {
        final ClientInstrumentation client;
        final TypeInstrumentation type;
        final VersionCheck check;

        Weaving(ClientInstrumentation client, TypeInstrumentation type, VersionCheck check) {
            this.client = client;
            this.type = type;
            this.check = check;
        }
    }

    private final List<Weaving> weavings = new ArrayList<>();
    private final Map<String, Weaving> byInternalName = new HashMap<>();
    private final Map<String, VersionCheck> markers = new HashMap<>();

    WovenTypes(List<ClientInstrumentation> clients) {
        for (ClientInstrumentation client : clients) {
            VersionCheck check = new VersionCheck(client);
            if (client.markerClass() != null) {
                markers.put(internal(client.markerClass()), check);
            }
            for (TypeInstrumentation type : client.types()) {
                Weaving weaving = new Weaving(client, type, check);
                weavings.add(weaving);
                for (String name : type.typeNames()) {
                    byInternalName.put(internal(name), weaving);
                }
            }
        }
    }

    static String internal(String binaryName) {
        return binaryName.replace('.', '/');
    }

    /** Whether the class with this internal name is woven. */
    boolean weaves(String internalName) {
        return byInternalName.containsKey(internalName);
    }

    /** The version check a marker class with this internal name triggers, or null. */
    VersionCheck markedBy(String internalName) {
        return markers.get(internalName);
    }

    /** How the class with this binary name is woven, or null. */
    Weaving weavingOf(String binaryName) {
        return byInternalName.get(internal(binaryName));
    }

    List<Weaving> all() {
        return Collections.unmodifiableList(weavings);
    }
}
