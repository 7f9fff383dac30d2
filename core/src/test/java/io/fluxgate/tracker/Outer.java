package io.fluxgate.tracker;

/** Holds a nested exception, whose binary name is {@code io.fluxgate.tracker.Outer$Inner}. */
public class Outer {
    public static class Inner extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
