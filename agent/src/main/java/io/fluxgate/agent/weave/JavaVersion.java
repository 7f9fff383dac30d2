package io.fluxgate.agent.weave;

import net.bytebuddy.ClassFileVersion;

/**
 * The running JVM's class file version, from its specification version. The bytecode library can
 * find it out by itself, but does so through reflective dispatchers that generate proxy classes
 * while the application waits to start.
 */
final class JavaVersion {
    private JavaVersion() {
    }

    static ClassFileVersion classFileVersion() {
        String specification = System.getProperty("java.specification.version", "");
        try {
            int major = Integer.parseInt(specification.startsWith("1.") ? specification.substring(2) : specification);
            return ClassFileVersion.ofJavaVersion(major);
        } catch (RuntimeException unknown) {   // not a number, or newer than the library knows
            return ClassFileVersion.ofThisVm(ClassFileVersion.JAVA_V8);
        }
    }
}
