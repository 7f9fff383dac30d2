package io.fluxgate.expr;

import io.fluxgate.permit.RampUp;
import io.fluxgate.retry.Backoff;
import io.fluxgate.retry.Cooldown;
import io.fluxgate.tripper.AvgLatency;
import io.fluxgate.tripper.FailureRate;
import io.fluxgate.tripper.FailureStreak;
import io.fluxgate.tripper.MinRequests;
import io.fluxgate.tripper.SlowRate;
import io.fluxgate.window.CountWindow;
import io.fluxgate.window.TimeWindow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.fluxgate.expr.Param.Type.CLASS;
import static io.fluxgate.expr.Param.Type.DURATION;
import static io.fluxgate.expr.Param.Type.METHOD;
import static io.fluxgate.expr.Param.Type.NUMBER;
import static io.fluxgate.expr.Param.Type.WHOLE;
import static io.fluxgate.expr.Param.optional;
import static io.fluxgate.expr.Param.required;
import static io.fluxgate.expr.Param.variadic;

/** Every component the expression language knows, with Fluxgate's parameter names and defaults. */
final class Catalog {
    private static final Map<Kind, Map<String, Signature>> BY_KIND = new LinkedHashMap<>();

    static {
        add(new Signature(Kind.WINDOW, "CountWindow", a -> new CountWindow(a.whole(0)), required("size", WHOLE)));
        add(new Signature(Kind.WINDOW, "TimeWindow", a -> new TimeWindow(a.whole(0)), required("size", WHOLE)));

        add(new Signature(Kind.TRACKER, "All", a -> io.fluxgate.tracker.All.INSTANCE));
        add(new Signature(Kind.TRACKER, "TypeOf", a -> a.names.typeOf(a.texts(0)), variadic("types", CLASS)));
        add(new Signature(Kind.TRACKER, "Custom", a -> a.names.custom(a.text(0)), required("func", METHOD)));

        add(new Signature(Kind.TRIPPER, "Closed", a -> io.fluxgate.tripper.Closed.INSTANCE));
        add(new Signature(Kind.TRIPPER, "HalfOpened", a -> io.fluxgate.tripper.HalfOpened.INSTANCE));
        add(new Signature(Kind.TRIPPER, "MinRequests", a -> new MinRequests(a.whole(0)), required("count", WHOLE)));
        add(new Signature(Kind.TRIPPER, "FailureRate", a -> new FailureRate(a.number(0)), required("ratio", NUMBER)));
        add(new Signature(Kind.TRIPPER, "AvgLatency", a -> new AvgLatency(a.duration(0)),
                required("threshold", DURATION)));
        add(new Signature(Kind.TRIPPER, "SlowRate", a -> new SlowRate(a.number(0), a.duration(1)),
                required("ratio", NUMBER), required("threshold", DURATION)));
        add(new Signature(Kind.TRIPPER, "FailureStreak", a -> new FailureStreak(a.whole(0)),
                required("count", WHOLE)));

        add(new Signature(Kind.RETRY, "Always", a -> io.fluxgate.retry.Always.INSTANCE));
        add(new Signature(Kind.RETRY, "Never", a -> io.fluxgate.retry.Never.INSTANCE));
        add(new Signature(Kind.RETRY, "Cooldown", a -> new Cooldown(a.duration(0), a.number(1)),
                required("duration", DURATION), optional("jitter_ratio", NUMBER, "0")));
        add(new Signature(Kind.RETRY, "Backoff", a -> new Backoff(a.duration(0), a.number(1), a.duration(2), a.number(3)),
                required("initial", DURATION), optional("multiplier", NUMBER, "2"),
                optional("max_duration", DURATION, "300"), optional("jitter_ratio", NUMBER, "0")));

        add(new Signature(Kind.PERMIT, "All", a -> io.fluxgate.permit.All.INSTANCE));
        add(new Signature(Kind.PERMIT, "Random", a -> new io.fluxgate.permit.Random(a.number(0)),
                required("ratio", NUMBER)));
        add(new Signature(Kind.PERMIT, "RampUp", a -> new RampUp(a.number(0), a.number(1), a.duration(2)),
                required("initial", NUMBER), required("final", NUMBER), required("duration", DURATION)));
    }

    private Catalog() {
    }

    private static void add(Signature signature) {
        BY_KIND.computeIfAbsent(signature.kind, kind -> new LinkedHashMap<>()).put(signature.name, signature);
    }

    static Signature find(Kind kind, String name) {
        return BY_KIND.get(kind).get(name);
    }

    static List<String> names(Kind kind) {
        return Collections.unmodifiableList(new ArrayList<>(BY_KIND.get(kind).keySet()));
    }

    /** The kind a name belongs to when it is not {@code expected}, for "X is a window" messages. */
    static Kind kindOf(String name, Kind expected) {
        for (Map.Entry<Kind, Map<String, Signature>> entry : BY_KIND.entrySet()) {
            if (entry.getKey() != expected && entry.getValue().containsKey(name)) {
                return entry.getKey();
            }
        }
        return null;
    }
}
