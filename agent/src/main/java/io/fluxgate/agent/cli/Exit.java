package io.fluxgate.agent.cli;

/** The exit codes of the command-line tool; scripts depend on them. */
final class Exit {
    /** Done; for validate: the policy is valid. */
    static final int OK = 0;
    /** The input is wrong; for validate: the policy has errors, listed on stderr. */
    static final int INVALID = 1;
    /** The command line is wrong; the usage is printed on stderr. */
    static final int USAGE = 2;

    private Exit() {
    }
}
