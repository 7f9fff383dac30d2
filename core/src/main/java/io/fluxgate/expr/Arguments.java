package io.fluxgate.expr;

import java.time.Duration;
import java.util.List;

/** The converted argument values of one component, in parameter order, with the names resolver. */
final class Arguments {
    private final Object[] values;
    final Names names;

    Arguments(Object[] values, Names names) {
        this.values = values;
        this.names = names;
    }

    int whole(int index) {
        return (Integer) values[index];
    }

    double number(int index) {
        return (Double) values[index];
    }

    Duration duration(int index) {
        return (Duration) values[index];
    }

    String text(int index) {
        return (String) values[index];
    }

    @SuppressWarnings("unchecked")
    List<String> texts(int index) {
        return (List<String>) values[index];
    }
}
