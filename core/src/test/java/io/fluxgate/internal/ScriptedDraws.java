package io.fluxgate.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.DoubleSupplier;

/** A random source that hands out the values a test wrote down and fails on any draw beyond them. */
public final class ScriptedDraws implements DoubleSupplier {
    private final Deque<Double> values = new ArrayDeque<>();
    private int draws;

    public static ScriptedDraws of(double... values) {
        ScriptedDraws draws = new ScriptedDraws();
        for (double value : values) {
            draws.values.add(value);
        }
        return draws;
    }

    /** A source that must never be drawn from. */
    public static ScriptedDraws none() {
        return new ScriptedDraws();
    }

    @Override
    public double getAsDouble() {
        draws++;
        Double value = values.poll();
        if (value == null) {
            throw new AssertionError("unexpected random draw #" + draws);
        }
        return value;
    }

    public int draws() {
        return draws;
    }

    public int remaining() {
        return values.size();
    }
}
