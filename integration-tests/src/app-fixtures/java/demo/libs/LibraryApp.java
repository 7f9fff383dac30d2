package demo.libs;

import com.fasterxml.jackson.databind.ObjectMapper;
import demo.legacy.InventoryClient;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.ClassFileVersion;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.implementation.FixedValue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import static net.bytebuddy.matcher.ElementMatchers.named;

/**
 * An application that ships its own, older Jackson and ByteBuddy. It says which versions it got
 * and where from, uses both, and reports one stock level as JSON:
 * {@code java demo.libs.LibraryApp <inventory base url> <sku>}.
 */
public final class LibraryApp {
    private LibraryApp() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        System.out.println("jackson-databind " + version(ObjectMapper.class, "com.fasterxml.jackson.core/jackson-databind")
                + " from " + origin(ObjectMapper.class));
        System.out.println("byte-buddy " + version(ByteBuddy.class, "net.bytebuddy/byte-buddy")
                + " from " + origin(ByteBuddy.class));

        // Java 8 class files, which every ByteBuddy release can write, whatever JDK runs this.
        Object made = new ByteBuddy(ClassFileVersion.JAVA_V8)
                .subclass(Object.class)
                .name("demo.libs.Generated")
                .method(named("toString")).intercept(FixedValue.value("made by the application's own ByteBuddy"))
                .make()
                .load(LibraryApp.class.getClassLoader(), ClassLoadingStrategy.Default.WRAPPER)
                .getLoaded()
                .getDeclaredConstructor()
                .newInstance();
        System.out.println("generated: " + made);

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("sku", args[1]);
        report.put("stock", new InventoryClient(args[0]).fetchStock(args[1]));
        System.out.println("stock: " + json.writeValueAsString(report));
    }

    private static String origin(Class<?> type) {
        return String.valueOf(type.getProtectionDomain().getCodeSource().getLocation());
    }

    /** The version recorded in the very jar {@code type} was loaded from. */
    private static String version(Class<?> type, String groupAndArtifact) throws IOException {
        URL properties = new URL("jar:" + origin(type) + "!/META-INF/maven/" + groupAndArtifact + "/pom.properties");
        Properties pom = new Properties();
        try (InputStream in = properties.openStream()) {
            pom.load(in);
        }
        return pom.getProperty("version");
    }
}
