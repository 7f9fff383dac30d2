package io.fluxgate.agent.cli;

import java.io.PrintStream;
import java.util.List;

/** One verb of {@code java -jar fluxgate.jar <verb> ...}. */
interface Command {
    /** What the user types: {@code validate}, {@code --version}. */
    String name();

    /** How it is called, for the usage text: {@code validate <policy-file> [--classpath <path>]}. */
    String synopsis();

    /** What it does, for the usage text; may span lines. */
    String description();

    /**
     * @param arguments what follows the command's name
     * @return the process exit code, one of {@link Exit}
     */
    int run(List<String> arguments, PrintStream out, PrintStream err);
}
