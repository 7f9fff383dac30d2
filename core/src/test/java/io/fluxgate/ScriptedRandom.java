package io.fluxgate;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.DoubleSupplier;

/** Hands out the values a test wrote down, and fails the test if the breaker draws one more. */
final class ScriptedRandom implements DoubleSupplier {
    private final Deque<Double> values = new ArrayDeque<>();
    private int draws;

    ScriptedRandom then(double... next) {
        for (double value : next) {
            values.add(value);
        }
        return this;
    }

    @Override
    public synchronized double getAsDouble() {
        draws++;
        Double value = values.poll();
        if (value == null) {
            throw new AssertionError("unexpected random draw #" + draws);
        }
        return value;
    }

    synchronized int draws() {
        return draws;
    }

    synchronized int remaining() {
        return values.size();
    }
}
