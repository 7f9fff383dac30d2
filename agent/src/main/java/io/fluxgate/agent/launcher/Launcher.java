package io.fluxgate.agent.launcher;

import java.io.File;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.util.jar.JarFile;

/**
 * The entry points the manifest names: {@code premain}, {@code agentmain} and {@code main}. It
 * puts the bridge on the bootstrap class path, then hands over to the agent in its own class
 * loader. It must not touch any bridge class itself before that, or the application's class
 * loader would define a second copy.
 */
public final class Launcher {
    private static final String AGENT = "io.fluxgate.agent.Agent";
    private static final String CLI = "io.fluxgate.agent.cli.Main";

    private Launcher() {
    }

    public static void premain(String argument, Instrumentation instrumentation) {
        launch(argument, instrumentation);
    }

    public static void agentmain(String argument, Instrumentation instrumentation) {
        launch(argument, instrumentation);
    }

    public static void main(String[] args) throws Throwable {
        ClassLoader agent = new IsolatingClassLoader(jarFile(), parentLoader());
        Thread.currentThread().setContextClassLoader(agent);
        invoke(agent.loadClass(CLI).getMethod("main", String[].class), (Object) args);
    }

    /** The agent's class loader once started: attaching again reaches the same agent, which replaces its policy. */
    private static ClassLoader started;

    private static synchronized void launch(String argument, Instrumentation instrumentation) {
        long start = System.nanoTime();
        try {
            ClassLoader agent = started;
            if (agent == null) {
                File jar = jarFile();
                // The loader first: once the jar is on the bootstrap path, resolving IsolatingClassLoader
                // from here could find the bootstrap loader's copy, which this class may not access.
                agent = new IsolatingClassLoader(jar, parentLoader());
                instrumentation.appendToBootstrapClassLoaderSearch(new JarFile(jar));
                started = agent;
            }
            Method startMethod = agent.loadClass(AGENT).getMethod("start", String.class, Instrumentation.class);
            tookDebug("agent class loader", start);
            invoke(startMethod, argument, instrumentation);
            tookDebug("premain, in all", start);
        } catch (Throwable failure) {
            if (failure instanceof VirtualMachineError) {
                throw (VirtualMachineError) failure;
            }
            // Fail-open: the application starts unprotected, with the reason on stderr.
            System.err.println("fluxgate: the agent could not start, the application runs unprotected: " + failure);
            if ("true".equals(System.getProperty("fluxgate.strict"))) {
                System.exit(1);
            }
        }
    }

    /** The launcher's part of {@code fluxgate: start-up:} lines (the agent's own log is not reachable from here). */
    private static void tookDebug(String step, long startNanos) {
        if (Boolean.getBoolean("fluxgate.debug")) {
            System.err.println("fluxgate: start-up: " + step + " " + (System.nanoTime() - startNanos) / 1_000_000
                    + " ms");
        }
    }

    private static void invoke(Method method, Object... arguments) throws Throwable {
        try {
            method.invoke(null, arguments);
        } catch (InvocationTargetException thrown) {
            throw thrown.getCause();
        }
    }

    private static File jarFile() throws URISyntaxException {
        return new File(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /**
     * The JDK's classes and the bootstrap bridge, but not the application: the platform class
     * loader on Java 9+ (where modules such as jdk.httpserver live), the bootstrap loader on Java 8.
     */
    private static ClassLoader parentLoader() {
        try {
            return (ClassLoader) ClassLoader.class.getMethod("getPlatformClassLoader").invoke(null);
        } catch (ReflectiveOperationException java8) {
            return null;
        }
    }
}
