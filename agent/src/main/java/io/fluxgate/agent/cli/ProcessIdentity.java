package io.fluxgate.agent.cli;

import java.lang.management.ManagementFactory;

/** This JVM's pid, on Java 8 as well (where ProcessHandle does not exist). */
final class ProcessIdentity {
    private ProcessIdentity() {
    }

    static long current() {
        String name = ManagementFactory.getRuntimeMXBean().getName();   // "pid@host"
        try {
            return Long.parseLong(name.substring(0, name.indexOf('@')));
        } catch (RuntimeException unexpected) {
            return -1;
        }
    }
}
