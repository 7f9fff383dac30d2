package io.fluxgate.agent.http;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/**
 * An Apache HttpClient {@code HttpHost}, 4's or 5's (they name the same three methods), read by
 * reflection: where a request sent to an explicit host goes.
 */
public final class ApacheHost {
    private static final String SCHEME = "getSchemeName";
    private static final String NAME = "getHostName";
    private static final String PORT = "getPort";

    private final Method scheme;
    private final Method name;
    private final Method port;

    /** @param hostClass the library's {@code HttpHost}, e.g. {@code org.apache.http.HttpHost} */
    public ApacheHost(ClassLoader loader, String hostClass) throws ReflectiveOperationException {
        scheme = Reflection.method(loader, hostClass, SCHEME);
        name = Reflection.method(loader, hostClass, NAME);
        port = Reflection.method(loader, hostClass, PORT);
    }

    /** What the library must have for this: see {@link ClientInstrumentation#references()}. */
    public static List<Reference> references(String hostClass) {
        return Arrays.asList(Reference.method(hostClass, SCHEME), Reference.method(hostClass, NAME),
                Reference.method(hostClass, PORT));
    }

    /** The endpoint of a {@code method} request for {@code path} (or an absolute URI) sent to {@code host}. */
    public Endpoint endpoint(String method, Object host, String path) throws Exception {
        return Endpoint.of(method, (String) Reflection.invoke(scheme, host), (String) Reflection.invoke(name, host),
                (Integer) Reflection.invoke(port, host), path);
    }
}
