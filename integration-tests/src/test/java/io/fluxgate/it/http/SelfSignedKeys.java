package io.fluxgate.it.http;

import io.fluxgate.it.Jdks;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A key store made for one test by the JDK's keytool: a self-signed certificate for 127.0.0.1 and
 * localhost with its key. A test server serves it; a started application trusts it through the
 * JDK's standard trust store properties, so its certificate and host name checks stay on.
 */
final class SelfSignedKeys {
    private static final String PASSWORD = "test-only";
    private static final String TYPE = "PKCS12";

    private final Path file;

    private SelfSignedKeys(Path file) {
        this.file = file;
    }

    /** Makes the key store in {@code folder}. */
    static SelfSignedKeys create(Path folder) {
        Path file = folder.resolve("test-keys.p12");
        Path keytool = Jdks.current().resolve("bin").resolve("keytool");
        List<String> command = List.of(keytool.toString(), "-genkeypair", "-alias", "test-server",
                "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1",
                "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2",
                "-storetype", TYPE, "-keystore", file.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("keytool did not finish within 60 s: " + command);
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0 || !Files.isRegularFile(file)) {
                throw new IllegalStateException("keytool failed (" + process.exitValue() + "): " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + keytool, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while keytool ran", e);
        }
        return new SelfSignedKeys(file);
    }

    /** TLS for a server that presents the certificate. */
    SSLContext serverContext() {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore keys = KeyStore.getInstance(TYPE);
            keys.load(in, PASSWORD.toCharArray());
            KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            managers.init(keys, PASSWORD.toCharArray());
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(managers.getKeyManagers(), null, null);
            return tls;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the test key store " + file, e);
        }
    }

    /** System properties that make a JVM trust the certificate: the key store is its trust store. */
    Map<String, String> trustProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("javax.net.ssl.trustStore", file.toString());
        properties.put("javax.net.ssl.trustStoreType", TYPE);
        properties.put("javax.net.ssl.trustStorePassword", PASSWORD);
        return properties;
    }
}
