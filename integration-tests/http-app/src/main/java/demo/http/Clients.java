package demo.http;

import java.util.HashMap;
import java.util.Map;

/** Clients by name, each made on first use: a client whose library is absent is never loaded. */
final class Clients {
    private static final Map<String, String> CLASSES = new HashMap<String, String>();
    private static final Map<String, Client> MADE = new HashMap<String, Client>();

    static {
        CLASSES.put("httpurlconnection", "demo.http.UrlConnectionClient");
        CLASSES.put("jdk-httpclient", "demo.http.JdkHttpClient");
        CLASSES.put("apache-httpclient-4", "demo.http.Apache4Client");
        CLASSES.put("apache-httpclient-5", "demo.http.Apache5Client");
        CLASSES.put("okhttp", "demo.http.OkHttpClientUser");
    }

    private Clients() {
    }

    static Client named(String name) throws ReflectiveOperationException {
        Client client = MADE.get(name);
        if (client == null) {
            String className = CLASSES.get(name);
            if (className == null) {
                throw new IllegalArgumentException("unknown client " + name + "; clients: " + CLASSES.keySet());
            }
            client = (Client) Class.forName(className).getDeclaredConstructor().newInstance();
            MADE.put(name, client);
        }
        return client;
    }
}
