package io.fluxgate.agent.cli;

import io.fluxgate.agent.AgentVersion;
import io.fluxgate.agent.policy.PolicyException;
import io.fluxgate.agent.policy.PolicyLoader;

import java.io.File;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * {@code attach <pid> <policy>}: loads the agent into a running JVM, which weaves its already
 * loaded classes. Attaching again replaces the policy in force instead of weaving twice. The
 * policy is validated here first, so a typo never reaches the running service.
 */
final class AttachCommand implements Command {
    @Override
    public String name() {
        return "attach";
    }

    @Override
    public String synopsis() {
        return "attach <pid> <policy-file>";
    }

    @Override
    public String description() {
        return "protect a running JVM with a policy (again: replace its policy); see list for pids";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (arguments.size() != 2 || !arguments.get(0).matches("\\d+")) {
            return Usage.misuse(this, "needs a pid and a policy file", err);
        }
        String pid = arguments.get(0);
        Path policy = Paths.get(arguments.get(1)).toAbsolutePath().normalize();
        try {
            PolicyLoader.load(policy);
        } catch (PolicyException invalid) {
            err.println(invalid.getMessage());
            err.println("fluxgate: not attached: the policy is invalid");
            return Exit.INVALID;
        }
        try {
            AttachApi attach = AttachApi.load();
            String running = attach.systemProperty(pid, AgentVersion.PROPERTY);
            if (running != null && !running.equals(AgentVersion.current())) {
                // The JVM would resolve the agent's classes to the version it already runs.
                err.println("fluxgate: not attached: " + pid + " runs fluxgate " + running + " and this is "
                        + AgentVersion.current() + "; attaching would hand the policy to the running " + running
                        + " agent. Attach with that version's jar to change the policy; restart the JVM to upgrade.");
                return Exit.INVALID;
            }
            attach.loadAgent(pid, agentJar(), policy.toString());
        } catch (Exception failed) {
            err.println("fluxgate: could not attach to " + pid + ": " + ListCommand.reason(failed));
            return Exit.INVALID;
        }
        out.println("fluxgate: attached to " + pid + " with " + policy + " (its stderr tells what was woven)");
        return Exit.OK;
    }

    private static File agentJar() throws URISyntaxException {
        return new File(AttachCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
