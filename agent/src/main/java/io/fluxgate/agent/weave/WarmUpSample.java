package io.fluxgate.agent.weave;

/** Woven once, in memory only, to load the weaving machinery before an application class needs it. */
final class WarmUpSample {
    private WarmUpSample() {
    }

    static int sample(int value) {
        return value;
    }
}
