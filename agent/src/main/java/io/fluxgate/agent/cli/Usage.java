package io.fluxgate.agent.cli;

import java.io.PrintStream;
import java.util.List;

/** The usage text, built from the commands so that a new one documents itself. */
final class Usage {
    private Usage() {
    }

    /** A command called the wrong way: what is wrong, and how to call it. */
    static int misuse(Command command, String problem, PrintStream err) {
        err.println("fluxgate " + command.name() + ": " + problem);
        err.println("usage: java -jar fluxgate.jar " + command.synopsis());
        return Exit.USAGE;
    }

    static void print(List<Command> commands, PrintStream stream) {
        stream.println("usage: java -jar fluxgate.jar <command> [arguments]");
        stream.println();
        stream.println("commands:");
        for (Command command : commands) {
            stream.println("  " + command.synopsis());
            for (String line : command.description().split("\n")) {
                stream.println("      " + line);
            }
        }
        stream.println("  --help");
        stream.println("      print this text");
        stream.println();
        stream.println("As an agent: java -javaagent:fluxgate.jar=<policy-file> -jar app.jar");
    }
}
