package io.fluxgate.agent.policy;

import io.fluxgate.internal.Suggest;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the tree of a policy file into a {@link Policy}: reads each section, reporting every
 * error it finds, then checks what spans sections (breakers that targets name, ports).
 */
final class PolicyReader {
    private static final List<String> KEYS = Collections.unmodifiableList(Arrays.asList(
            "$schema", "version", "defaults", "breakers", "targets", "listeners", "admin", "reload"));
    private static final int VERSION = 1;

    private final SourceText source;
    private final Problems problems;
    private final BreakerReader breakerReader;
    private final TargetReader targetReader;
    private final ListenerReader listenerReader;

    private BreakerSettings defaults = new BreakerSettings();
    private final Map<String, BreakerSettings> declared = new LinkedHashMap<>();
    private final Map<String, PolicyLocation> declaredAt = new LinkedHashMap<>();
    private final List<Target> targets = new ArrayList<>();
    private final Map<String, PolicyLocation> targetBreakersAt = new LinkedHashMap<>();
    private final List<ListenerSpec> listeners = new ArrayList<>();
    private AdminSpec admin;
    private boolean reload;

    PolicyReader(SourceText source, Problems problems, ClassLoader classLoader) {
        this.source = source;
        this.problems = problems;
        this.breakerReader = new BreakerReader(problems, classLoader);
        this.targetReader = new TargetReader(problems);
        this.listenerReader = new ListenerReader(problems);
    }

    /** The policy, or null when there were errors (all reported). */
    Policy read(Node root) {
        if (!(root instanceof Node.ObjectNode)) {
            problems.error(root.location, "a policy is an object such as {\"version\": 1, \"targets\": [...]}, got "
                    + root.describe());
            return null;
        }
        Fields policy = Fields.of(root, "the policy", "the policy", problems);
        policy.allowOnly(KEYS);
        policy.text("$schema");
        version(policy);
        Fields defaultsObject = policy.object("defaults", "defaults");
        if (defaultsObject != null) {
            defaults = breakerReader.read(defaultsObject, true);
        }
        breakers(policy);
        targets(policy);
        listeners(policy);
        Fields adminObject = policy.object("admin", "admin");
        if (adminObject != null) {
            admin = AdminReader.read(adminObject);
        }
        Boolean reloadFlag = policy.bool("reload");
        reload = reloadFlag != null && reloadFlag;
        new PortCheck(problems).check(listeners, admin);
        return problems.any() ? null : assemble();
    }

    private void version(Fields policy) {
        if (!policy.has("version")) {
            problems.error(policy.node.location, "missing \"version\": 1, the format of this policy file");
            return;
        }
        Node version = policy.get("version");
        if (!(version instanceof Node.NumberNode) || !((Node.NumberNode) version).isWhole()) {
            problems.error(version.location, "version must be the whole number 1, got " + version.describe());
        } else if (!((Node.NumberNode) version).wholeValue().equals(BigInteger.valueOf(VERSION))) {
            problems.error(version.location, "unsupported policy version " + version.describe()
                    + ": this fluxgate reads version 1");
        }
    }

    private void breakers(Fields policy) {
        Fields breakers = policy.object("breakers", "breakers");
        if (breakers == null) {
            return;
        }
        for (Node.Field field : breakers.node.fields.values()) {
            boolean validName = BreakerNames.check(field.key, problems);
            Fields breaker = Fields.of(field.value, "breaker " + Quote.json(field.name()),
                    "breaker " + Quote.json(field.name()), problems);
            if (breaker != null) {
                boolean template = field.name().contains(BreakerSpec.HOST_PLACEHOLDER);
                BreakerSettings settings = breakerReader.read(breaker, template);
                if (validName) {
                    declared.put(field.name(), settings);
                    declaredAt.put(field.name(), field.key.location);
                }
            }
        }
    }

    private void targets(Fields policy) {
        Node.ArrayNode items = policy.array("targets");
        if (items == null) {
            return;
        }
        for (Node item : items.items) {
            Target target = targetReader.read(item, targets.size());
            if (target != null) {
                targets.add(target);
                Node.Field breaker = ((Node.ObjectNode) item).field("breaker");
                targetBreakersAt.putIfAbsent(target.breakerName(), breaker.value.location);
            }
        }
    }

    private void listeners(Fields policy) {
        Node.ArrayNode items = policy.array("listeners");
        if (items == null) {
            return;
        }
        for (Node item : items.items) {
            ListenerSpec listener = listenerReader.read(item);
            if (listener != null) {
                listeners.add(listener);
            }
        }
    }

    private Policy assemble() {
        BreakerSettings inherited = declared.isEmpty() && targetBreakersAt.isEmpty() ? null
                : defaults.over(BreakerSettings.builtIn());   // no breakers: no need to start the expressions
        Map<String, BreakerSpec> specs = new LinkedHashMap<>();
        for (Map.Entry<String, BreakerSettings> breaker : declared.entrySet()) {
            String name = breaker.getKey();
            specs.put(name, new BreakerSpec(name, true, declaredAt.get(name), breaker.getValue().over(inherited)));
            if (!targetBreakersAt.containsKey(name)) {
                problems.warning(declaredAt.get(name), "breaker " + Quote.json(name) + " is not used by any target");
            }
        }
        for (Map.Entry<String, PolicyLocation> named : targetBreakersAt.entrySet()) {
            String name = named.getKey();
            if (!specs.containsKey(name)) {
                specs.put(name, new BreakerSpec(name, false, named.getValue(), inherited));
                warnIfTypo(name, named.getValue());
            }
        }
        return new Policy(source.file, source.content, specs, targets, listeners, admin, reload, problems.warnings());
    }

    /** An undeclared name is allowed (it gets the defaults), but one letter off a declared name is likely a typo. */
    private void warnIfTypo(String name, PolicyLocation at) {
        String closest = Suggest.closest(name, declared.keySet());
        if (closest != null) {
            problems.warning(at, "breaker " + Quote.json(name) + " is not declared in \"breakers\" and gets the "
                    + "defaults; did you mean " + Quote.json(closest) + "?");
        }
    }
}
