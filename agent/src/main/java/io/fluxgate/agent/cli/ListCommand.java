package io.fluxgate.agent.cli;

import java.io.PrintStream;
import java.util.List;

/** {@code list}: the JVMs of this user that {@code attach} can reach. */
final class ListCommand implements Command {
    @Override
    public String name() {
        return "list";
    }

    @Override
    public String synopsis() {
        return "list";
    }

    @Override
    public String description() {
        return "list the running JVMs that attach can protect (pid and main class or jar)";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (!arguments.isEmpty()) {
            return Usage.misuse(this, "takes no arguments", err);
        }
        try {
            String self = String.valueOf(ProcessIdentity.current());
            for (AttachApi.Jvm jvm : AttachApi.load().list()) {
                if (!jvm.id.equals(self)) {
                    out.println(jvm.id + "  " + (jvm.displayName.isEmpty() ? "(unnamed)" : jvm.displayName));
                }
            }
            return Exit.OK;
        } catch (IllegalStateException | ReflectiveOperationException unavailable) {
            err.println("fluxgate: cannot list JVMs: " + reason(unavailable));
            return Exit.INVALID;
        }
    }

    static String reason(Throwable failure) {
        Throwable cause = failure.getCause() != null && failure.getMessage() == null ? failure.getCause() : failure;
        return cause.getMessage() != null ? cause.getMessage() : cause.toString();
    }
}
