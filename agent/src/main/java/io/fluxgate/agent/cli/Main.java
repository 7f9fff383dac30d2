package io.fluxgate.agent.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * {@code java -jar fluxgate.jar <command>}: the jar's command-line face. Each verb is a
 * {@link Command}; this class only picks one.
 */
public final class Main {
    private static final List<Command> COMMANDS = Collections.unmodifiableList(Arrays.asList(
            new ValidateCommand(), new AttachCommand(), new ListCommand(), new VersionCommand()));

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() == 1 && (args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help"))) {
            Usage.print(COMMANDS, out);
            return Exit.OK;
        }
        if (!args.isEmpty()) {
            for (Command command : COMMANDS) {
                if (command.name().equals(args.get(0))) {
                    return command.run(args.subList(1, args.size()), out, err);
                }
            }
            err.println("fluxgate: unknown command '" + args.get(0) + "'");
        }
        Usage.print(COMMANDS, err);
        return Exit.USAGE;
    }
}
