package io.fluxgate.window;

/** Lookups in the small array of slow-call thresholds a window counts. */
final class Thresholds {
    private Thresholds() {
    }

    static int indexOf(long[] thresholdsNanos, long thresholdNanos) {
        for (int i = 0; i < thresholdsNanos.length; i++) {
            if (thresholdsNanos[i] == thresholdNanos) {
                return i;
            }
        }
        return -1;
    }
}
