package io.fluxgate.agent.live;

import io.fluxgate.agent.policy.BreakerSpec;
import io.fluxgate.agent.policy.HttpTarget;
import io.fluxgate.agent.policy.MethodTarget;
import io.fluxgate.agent.policy.Policy;
import io.fluxgate.agent.policy.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a new version of the policy changes, compared as written (positions in the file do not
 * count): which breakers are added, removed or changed, which targets come and go, and whether
 * the listeners or the admin endpoint differ. Tells the reload what to redo and the operator
 * what happened, in one line.
 */
final class PolicyChanges {
    private final List<String> breakersAdded = new ArrayList<>();
    private final List<String> breakersRemoved = new ArrayList<>();
    private final List<String> breakersChanged = new ArrayList<>();
    private final int methodTargetsAdded;
    private final int methodTargetsRemoved;
    private final int httpTargetsAdded;
    private final int httpTargetsRemoved;
    private final boolean methodTargetsChanged;
    private final boolean httpTargetsChanged;
    private final boolean listenersChanged;
    private final boolean adminChanged;

    private PolicyChanges(Policy before, Policy after) {
        for (Map.Entry<String, BreakerSpec> entry : after.breakers().entrySet()) {
            BreakerSpec old = before.breakers().get(entry.getKey());
            if (old == null) {
                breakersAdded.add(entry.getKey());
            } else if (!old.equals(entry.getValue())) {
                breakersChanged.add(describe(old, entry.getValue()));
            }
        }
        for (String name : before.breakers().keySet()) {
            if (!after.breakers().containsKey(name)) {
                breakersRemoved.add(name);
            }
        }
        List<String> methodsBefore = written(before.methodTargets());
        List<String> methodsAfter = written(after.methodTargets());
        methodTargetsAdded = countMissing(methodsAfter, methodsBefore);
        methodTargetsRemoved = countMissing(methodsBefore, methodsAfter);
        methodTargetsChanged = !methodsBefore.equals(methodsAfter);
        List<String> httpBefore = written(before.httpTargets());
        List<String> httpAfter = written(after.httpTargets());
        httpTargetsAdded = countMissing(httpAfter, httpBefore);
        httpTargetsRemoved = countMissing(httpBefore, httpAfter);
        httpTargetsChanged = !httpBefore.equals(httpAfter);
        listenersChanged = !String.valueOf(before.listeners()).equals(String.valueOf(after.listeners()));
        adminChanged = !String.valueOf(before.admin().orElse(null)).equals(String.valueOf(after.admin().orElse(null)));
    }

    static PolicyChanges between(Policy before, Policy after) {
        return new PolicyChanges(before, after);
    }

    /** Whether the method targets differ in any way, order included (the first match wins). */
    boolean methodTargetsChanged() {
        return methodTargetsChanged;
    }

    boolean httpTargetsChanged() {
        return httpTargetsChanged;
    }

    /** Listeners or the admin endpoint: what {@code Observability} starts. */
    boolean observersChanged() {
        return listenersChanged || adminChanged;
    }

    boolean none() {
        return breakersAdded.isEmpty() && breakersRemoved.isEmpty() && breakersChanged.isEmpty()
                && !methodTargetsChanged && !httpTargetsChanged && !listenersChanged && !adminChanged;
    }

    /** E.g. {@code breakers changed: inventory (state metrics_only -> closed); method targets: +1 -0}. */
    String summary() {
        if (none()) {
            return "nothing changed";
        }
        List<String> parts = new ArrayList<>();
        addList(parts, "breakers added", breakersAdded);
        addList(parts, "breakers changed", breakersChanged);
        addList(parts, "breakers removed", breakersRemoved);
        if (methodTargetsChanged) {
            parts.add("method targets: +" + methodTargetsAdded + " -" + methodTargetsRemoved
                    + (methodTargetsAdded + methodTargetsRemoved == 0 ? " (reordered)" : ""));
        }
        if (httpTargetsChanged) {
            parts.add("http targets: +" + httpTargetsAdded + " -" + httpTargetsRemoved
                    + (httpTargetsAdded + httpTargetsRemoved == 0 ? " (reordered)" : ""));
        }
        if (listenersChanged) {
            parts.add("listeners changed");
        }
        if (adminChanged) {
            parts.add("admin endpoint changed");
        }
        return String.join("; ", parts);
    }

    private static void addList(List<String> parts, String label, List<String> names) {
        if (!names.isEmpty()) {
            parts.add(label + ": " + String.join(", ", names));
        }
    }

    /** {@code inventory (state metrics_only -> closed, tripper ...)}: the settings that differ. */
    private static String describe(BreakerSpec old, BreakerSpec now) {
        List<String> differences = new ArrayList<>();
        if (old.initialState() != now.initialState()) {
            differences.add("state " + old.initialState() + " -> " + now.initialState());
        }
        differ(differences, "window", old.windowExpression(), now.windowExpression());
        differ(differences, "tracker", old.trackerExpression(), now.trackerExpression());
        differ(differences, "tripper", old.tripperExpression(), now.tripperExpression());
        differ(differences, "retry", old.retryExpression(), now.retryExpression());
        differ(differences, "permit", old.permitExpression(), now.permitExpression());
        differ(differences, "maxHalfOpenCalls", String.valueOf(old.maxHalfOpenCalls()),
                String.valueOf(now.maxHalfOpenCalls()));
        differ(differences, "maxBreakers", String.valueOf(old.maxBreakers()), String.valueOf(now.maxBreakers()));
        return now.name() + " (" + String.join(", ", differences) + ")";
    }

    private static void differ(List<String> differences, String setting, String old, String now) {
        if (!old.equals(now)) {
            differences.add(setting + " " + now);
        }
    }

    /** Each target as written: what it matches, its breaker, its fallback and when that answers. */
    private static List<String> written(List<? extends Target> targets) {
        List<String> written = new ArrayList<>();
        for (Target target : targets) {
            String failOn = target instanceof HttpTarget ? " failOn " + ((HttpTarget) target).failOn() : "";
            String pattern = target instanceof MethodTarget ? ((MethodTarget) target).pattern().text() + " -> "
                    + target.breakerName() : target.toString();
            written.add(pattern + failOn + " fallback " + target.fallback().map(Object::toString).orElse("none")
                    + " on " + target.fallbackOn());
        }
        return written;
    }

    private static int countMissing(List<String> from, List<String> in) {
        List<String> remaining = new ArrayList<>(in);
        int missing = 0;
        for (String target : from) {
            if (!remaining.remove(target)) {
                missing++;
            }
        }
        return missing;
    }
}
