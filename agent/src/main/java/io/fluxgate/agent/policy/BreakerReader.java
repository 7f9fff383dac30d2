package io.fluxgate.agent.policy;

import io.fluxgate.State;
import io.fluxgate.expr.ExpressionException;
import io.fluxgate.expr.Expressions;
import io.fluxgate.internal.Suggest;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/** Reads the settings of one breaker, or of {@code defaults}, building each expression with core. */
final class BreakerReader {
    static final List<String> KEYS = Collections.unmodifiableList(Arrays.asList(
            "window", "tracker", "tripper", "retry", "permit", "maxHalfOpenCalls", "state", "maxBreakers"));
    private static final List<String> SETTABLE_STATES = Collections.unmodifiableList(Arrays.asList(
            State.CLOSED.label(), State.METRICS_ONLY.label(), State.DISABLED.label(), State.FORCED_OPEN.label()));

    private final Problems problems;
    /** Resolves TypeOf/Custom names strictly when set; by name (nothing loaded) when null. */
    private final ClassLoader classLoader;

    BreakerReader(Problems problems, ClassLoader classLoader) {
        this.problems = problems;
        this.classLoader = classLoader;
    }

    /**
     * @param templateOrDefaults whether {@code maxBreakers} may appear: in a template or in {@code defaults}
     */
    BreakerSettings read(Fields fields, boolean templateOrDefaults) {
        fields.allowOnly(KEYS);
        BreakerSettings settings = new BreakerSettings();
        settings.window = expression(fields, "window", Expressions::window);
        settings.tracker = expression(fields, "tracker", text -> Expressions.tracker(text, classLoader));
        settings.tripper = expression(fields, "tripper", Expressions::tripper);
        settings.retry = expression(fields, "retry", Expressions::retry);
        settings.permit = expression(fields, "permit", Expressions::permit);
        settings.maxHalfOpenCalls = fields.whole("maxHalfOpenCalls", 1, Integer.MAX_VALUE);
        settings.state = state(fields);
        if (fields.has("maxBreakers") && !templateOrDefaults) {
            problems.error(fields.node.field("maxBreakers").key.location, "maxBreakers applies only to templates, "
                    + "whose name contains {host}: it caps how many per-host breakers are made");
        } else {
            settings.maxBreakers = fields.whole("maxBreakers", 1, Integer.MAX_VALUE);
        }
        return settings;
    }

    private <T> Setting<T> expression(Fields fields, String key, Function<String, T> build) {
        Node.TextNode text = fields.text(key);
        if (text == null) {
            return null;
        }
        try {
            return new Setting<>(build.apply(text.text), text.text);
        } catch (ExpressionException invalid) {
            problems.error(text.atOrStart(invalid.column() - 1),
                    key + ": " + invalid.reason() + " (column " + invalid.column() + " of the expression)");
        } catch (IllegalArgumentException invalid) {
            problems.error(text.location, key + ": " + invalid.getMessage());
        }
        return null;
    }

    private State state(Fields fields) {
        Node.TextNode text = fields.text("state");
        if (text == null) {
            return null;
        }
        String label = text.text;
        if (label.equals(State.OPEN.label()) || label.equals(State.HALF_OPEN.label())) {
            problems.error(text.location, "state " + text.describe() + " is an outcome of the breaker's behaviour, "
                    + "not a setting: the initial state is one of " + Words.list(SETTABLE_STATES));
            return null;
        }
        if (!SETTABLE_STATES.contains(label)) {
            problems.error(text.location, "unknown state " + text.describe() + Suggest.didYouMean(label, SETTABLE_STATES)
                    + " (expected " + Words.list(SETTABLE_STATES) + ")");
            return null;
        }
        return State.fromLabel(label);
    }
}
