package io.fluxgate.agent.cli;

import io.fluxgate.agent.AgentVersion;

import java.io.PrintStream;
import java.util.List;

/** {@code --version}: prints {@code fluxgate <version>}. */
final class VersionCommand implements Command {
    @Override
    public String name() {
        return "--version";
    }

    @Override
    public String synopsis() {
        return "--version";
    }

    @Override
    public String description() {
        return "print the version of fluxgate";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (!arguments.isEmpty()) {
            return Usage.misuse(this, "takes no arguments", err);
        }
        out.println("fluxgate " + AgentVersion.current());
        return Exit.OK;
    }
}
