package io.fluxgate.agent.cli;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The JDK's Attach API (module jdk.attach), reached by reflection because the tool is compiled
 * for Java 8, where it lives in tools.jar and is not part of the platform API.
 */
final class AttachApi {
    private static final String VIRTUAL_MACHINE = "com.sun.tools.attach.VirtualMachine";

    private final Class<?> virtualMachine;

    private AttachApi(Class<?> virtualMachine) {
        this.virtualMachine = virtualMachine;
    }

    /** @throws IllegalStateException with a clear reason when the running Java has no Attach API */
    static AttachApi load() {
        try {
            return new AttachApi(Class.forName(VIRTUAL_MACHINE, true, AttachApi.class.getClassLoader()));
        } catch (ClassNotFoundException notHere) {
            throw new IllegalStateException("this Java has no Attach API (module jdk.attach); run the tool with a JDK"
                    + " (not a JRE), version 9 or newer");
        }
    }

    /** One attachable JVM: its id (the pid) and what it runs. */
    static final class Jvm {
        final String id;
        final String displayName;

        Jvm(String id, String displayName) {
            this.id = id;
            this.displayName = displayName;
        }
    }

    List<Jvm> list() throws ReflectiveOperationException {
        List<Jvm> jvms = new ArrayList<>();
        for (Object descriptor : (List<?>) virtualMachine.getMethod("list").invoke(null)) {
            Method id = descriptor.getClass().getMethod("id");
            Method displayName = descriptor.getClass().getMethod("displayName");
            id.setAccessible(true);
            displayName.setAccessible(true);
            jvms.add(new Jvm((String) id.invoke(descriptor), (String) displayName.invoke(descriptor)));
        }
        return jvms;
    }

    /** A system property of JVM {@code pid}, or null; the JVM's own error as the message. */
    String systemProperty(String pid, String name) throws Exception {
        Object vm = attach(pid);
        try {
            Properties properties = (Properties) virtualMachine.getMethod("getSystemProperties").invoke(vm);
            return properties.getProperty(name);
        } catch (InvocationTargetException failed) {
            throw asException(failed.getCause());
        } finally {
            virtualMachine.getMethod("detach").invoke(vm);
        }
    }

    /** Loads {@code agentJar} into JVM {@code pid} with {@code argument}; the JVM's own error as the message. */
    void loadAgent(String pid, File agentJar, String argument) throws Exception {
        Object vm = attach(pid);
        try {
            virtualMachine.getMethod("loadAgent", String.class, String.class).invoke(vm, agentJar.getAbsolutePath(),
                    argument);
        } catch (InvocationTargetException failed) {
            throw asException(failed.getCause());
        } finally {
            virtualMachine.getMethod("detach").invoke(vm);
        }
    }

    private Object attach(String pid) throws Exception {
        try {
            return virtualMachine.getMethod("attach", String.class).invoke(null, pid);
        } catch (InvocationTargetException failed) {
            throw asException(failed.getCause());
        }
    }

    private static Exception asException(Throwable cause) {
        return cause instanceof Exception ? (Exception) cause : new Exception(cause);
    }
}
