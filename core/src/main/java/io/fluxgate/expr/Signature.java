package io.fluxgate.expr;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** A component as the expression language knows it: name, kind, parameters, and how to build it. */
final class Signature {
    final String name;
    final Kind kind;
    final List<Param> params;
    final Function<Arguments, Object> factory;

    Signature(Kind kind, String name, Function<Arguments, Object> factory, Param... params) {
        this.kind = kind;
        this.name = name;
        this.factory = factory;
        this.params = Arrays.asList(params);
    }

    /** How it is written with all its parameters, for messages: {@code SlowRate(ratio, threshold)}. */
    String usage() {
        StringBuilder text = new StringBuilder(name).append('(');
        for (int i = 0; i < params.size(); i++) {
            Param param = params.get(i);
            text.append(i == 0 ? "" : ", ").append(param.name);
            if (param.variadic) {
                text.append(", ...");
            } else if (param.defaultValue != null) {
                text.append('=').append(param.defaultValue);
            }
        }
        return text.append(')').toString();
    }
}
