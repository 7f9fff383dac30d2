package io.fluxgate.agent.cli;

import io.fluxgate.agent.policy.Policy;
import io.fluxgate.agent.policy.PolicyError;
import io.fluxgate.agent.policy.PolicyException;
import io.fluxgate.agent.policy.PolicyLoader;
import io.fluxgate.agent.policy.PolicyLocation;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code validate <policy-file> [--classpath <path>]}: checks a policy without running anything.
 * Exit 0 with a one-line summary on stdout, or 1 with every error on stderr.
 */
final class ValidateCommand implements Command {
    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String synopsis() {
        return "validate <policy-file> [--classpath <path>]";
    }

    @Override
    public String description() {
        return "check a policy file: exit 0 when it is valid, 1 with every error when it is not.\n"
                + "With --classpath (entries separated by '" + File.pathSeparator + "', dir/* for every jar in dir),\n"
                + "also check that its method patterns, fallbacks and tracker classes exist there.";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        List<String> files = new ArrayList<>();
        String classpath = null;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--classpath") || argument.equals("-cp")) {
                if (i + 1 == arguments.size()) {
                    return usage(err, argument + " needs a value");
                }
                classpath = arguments.get(++i);
            } else if (argument.startsWith("--classpath=")) {
                classpath = argument.substring("--classpath=".length());
            } else if (argument.startsWith("-")) {
                return usage(err, "unknown option " + argument);
            } else {
                files.add(argument);
            }
        }
        if (files.isEmpty()) {
            return usage(err, "name the policy file to check");
        }
        return classpath == null ? validateAll(files, null, out, err) : validateAgainst(classpath, files, out, err);
    }

    private int validateAgainst(String classpathValue, List<String> files, PrintStream out, PrintStream err) {
        try (Classpath classpath = Classpath.parse(classpathValue)) {
            return validateAll(files, classpath, out, err);
        } catch (IllegalArgumentException | IOException unusable) {
            err.println("fluxgate: --classpath: " + unusable.getMessage());
            return Exit.INVALID;
        }
    }

    private int validateAll(List<String> files, Classpath classpath, PrintStream out, PrintStream err) {
        ClassIndex index = null;
        int exit = Exit.OK;
        for (String file : files) {
            List<PolicyError> errors = new ArrayList<>();
            Policy policy = load(file, classpath, errors);
            if (policy != null) {
                for (PolicyError warning : policy.warnings()) {
                    err.println(warning.location() + ": warning: " + warning.message());
                }
                if (classpath != null) {
                    index = index != null ? index : scan(classpath);
                    errors.addAll(new ClasspathCheck(index, classpath.loader()).check(policy));
                }
            }
            if (errors.isEmpty()) {
                out.println(file + ": valid (" + summary(policy) + (classpath == null ? ""
                        : "; checked against " + count(index.size(), "class") + " on the classpath") + ")");
            } else {
                for (PolicyError error : errors) {
                    err.println(error);
                }
                err.println(file + ": invalid (" + count(errors.size(), "error") + ")");
                exit = Exit.INVALID;
            }
        }
        return exit;
    }

    private static Policy load(String file, Classpath classpath, List<PolicyError> errors) {
        try {
            return PolicyLoader.load(Paths.get(file), classpath == null ? null : classpath.loader());
        } catch (PolicyException invalid) {
            errors.addAll(invalid.errors());
        } catch (InvalidPathException unusable) {
            errors.add(new PolicyError(PolicyLocation.wholeFile(file),
                    "cannot read the policy file: " + unusable.getReason()));
        }
        return null;
    }

    private static ClassIndex scan(Classpath classpath) {
        try {
            return ClassIndex.scan(classpath.entries());
        } catch (IOException unreadable) {
            throw new IllegalArgumentException("cannot read the classpath: " + unreadable.getMessage(), unreadable);
        }
    }

    private static String summary(Policy policy) {
        return count(policy.breakers().size(), "breaker") + ", " + count(policy.targets().size(), "target") + ", "
                + count(policy.listeners().size(), "listener");
    }

    static String count(int count, String noun) {
        String plural = noun.endsWith("s") ? noun + "es" : noun + "s";
        return count + " " + (count == 1 ? noun : plural);
    }

    private int usage(PrintStream err, String problem) {
        return Usage.misuse(this, problem, err);
    }
}
