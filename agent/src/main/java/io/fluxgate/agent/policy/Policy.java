package io.fluxgate.agent.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated policy file: every breaker the targets use, fully configured; the targets in file
 * order; listeners; the admin endpoint. Immutable. Made by {@link PolicyLoader}.
 */
public final class Policy {
    private final String source;
    private final String content;
    private final Map<String, BreakerSpec> breakers;
    private final List<Target> targets;
    private final List<ListenerSpec> listeners;
    private final AdminSpec admin;
    private final boolean reload;
    private final List<PolicyError> warnings;

    Policy(String source, String content, Map<String, BreakerSpec> breakers, List<Target> targets,
           List<ListenerSpec> listeners, AdminSpec admin, boolean reload, List<PolicyError> warnings) {
        this.source = source;
        this.content = content;
        this.breakers = Collections.unmodifiableMap(new LinkedHashMap<>(breakers));
        this.targets = Collections.unmodifiableList(new ArrayList<>(targets));
        this.listeners = Collections.unmodifiableList(new ArrayList<>(listeners));
        this.admin = admin;
        this.reload = reload;
        this.warnings = Collections.unmodifiableList(new ArrayList<>(warnings));
    }

    /** The file the policy was read from, as named to the loader. */
    public String source() {
        return source;
    }

    /** The text of the file, as read. */
    public String content() {
        return content;
    }

    /** The only format version there is. */
    public int version() {
        return 1;
    }

    /**
     * Every breaker by name: those declared in {@code breakers} (in file order), then those only
     * a target names, which have the defaults. Templates are listed under their template name.
     */
    public Map<String, BreakerSpec> breakers() {
        return breakers;
    }

    public Optional<BreakerSpec> breaker(String name) {
        return Optional.ofNullable(breakers.get(name));
    }

    /** The breaker a target uses; there always is one. */
    public BreakerSpec breakerOf(Target target) {
        BreakerSpec spec = breakers.get(target.breakerName());
        if (spec == null) {
            throw new IllegalArgumentException("the target " + target + " is not part of this policy");
        }
        return spec;
    }

    /** Every target in file order: the first that matches wins. */
    public List<Target> targets() {
        return targets;
    }

    public List<MethodTarget> methodTargets() {
        return only(MethodTarget.class);
    }

    public List<HttpTarget> httpTargets() {
        return only(HttpTarget.class);
    }

    public List<ListenerSpec> listeners() {
        return listeners;
    }

    public Optional<AdminSpec> admin() {
        return Optional.ofNullable(admin);
    }

    /** Whether the file is watched and valid edits are applied without a restart. */
    public boolean reload() {
        return reload;
    }

    /** Things that are allowed but look like mistakes, e.g. a breaker name one letter off a declared one. */
    public List<PolicyError> warnings() {
        return warnings;
    }

    private <T extends Target> List<T> only(Class<T> kind) {
        List<T> matching = new ArrayList<>();
        for (Target target : targets) {
            if (kind.isInstance(target)) {
                matching.add(kind.cast(target));
            }
        }
        return Collections.unmodifiableList(matching);
    }
}
