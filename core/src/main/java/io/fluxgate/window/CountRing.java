package io.fluxgate.window;

/**
 * The live form of a {@link CountWindow}: a ring of the last {@code size} outcomes with running
 * totals, lock-free.
 *
 * <p>Each recorder claims a position with one atomic increment and swaps its outcome into that
 * slot; the value it swaps out is the outcome that fell out of the window, whose contribution it
 * subtracts. Because every slot value is swapped in and out exactly once, the running totals
 * always converge to the slots' contents: no outcome is lost under contention.
 *
 * <p>An outcome is one {@code long}: {@code duration << 1 | failed}. Durations are kept so that
 * slow counts and the duration sum never need a second copy; the sum is maintained eagerly only
 * when a tripper reads it on every call, and computed from the slots otherwise.
 *
 * <p>Layout matters under contention: the cursor, written by every call, and the failure count,
 * written only when a failure enters or leaves, each sit on a cache line of their own (see
 * {@link CountRingLayout}), so that the tripper's reads of the failure count and of the settings
 * do not miss every time another thread records.
 */
final class CountRing extends CountRingLayout.PadAfterFailures implements LiveWindow {
    private static final long MAX_DURATION = Long.MAX_VALUE >>> 2;

    CountRing(int size, long[] slowThresholdsNanos, boolean sumDurations) {
        super(size, slowThresholdsNanos, sumDurations);
    }

    @Override
    public void record(boolean failure, long durationNanos, long nowNanos) {
        long duration = Math.min(Math.max(durationNanos, 0), MAX_DURATION);
        long outcome = duration << 1 | (failure ? 1 : 0);

        long sequence = claim();
        if (!full && sequence >= size - 1) {
            full = true;
        }
        int position = (int) (sequence % size);
        long evicted = slots.getAndSet(position % SPREAD * rows + position / SPREAD, outcome);

        long evictedDuration = evicted == EMPTY ? 0 : evicted >>> 1;
        int failureDelta = (failure ? 1 : 0) - (evicted == EMPTY ? 0 : (int) (evicted & 1));
        if (failureDelta != 0) {
            addFailures(failureDelta);
        }
        for (int i = 0; i < thresholds.length; i++) {
            int slowDelta = (duration >= thresholds[i] ? 1 : 0)
                    - (evicted != EMPTY && evictedDuration >= thresholds[i] ? 1 : 0);
            if (slowDelta != 0) {
                slowCounts.addAndGet(i, slowDelta);
            }
        }
        if (durationSum != null) {
            durationSum.addAndGet(duration - evictedDuration);
        }
    }

    @Override
    public long totalCount() {
        return full ? size : Math.min(claimed(), size);
    }

    @Override
    public long failureCount() {
        return failures;
    }

    @Override
    public long totalDurationNanos() {
        if (durationSum != null) {
            return durationSum.get();
        }
        long sum = 0;
        for (int i = 0; i < slots.length(); i++) {
            long outcome = slots.get(i);
            sum += outcome == EMPTY ? 0 : outcome >>> 1;
        }
        return sum;
    }

    @Override
    public long slowCount(long thresholdNanos) {
        int index = Thresholds.indexOf(thresholds, thresholdNanos);
        return index < 0 ? 0 : slowCounts.get(index);
    }

    /** Reads the slots themselves, so the copy is consistent even while recorders run. */
    @Override
    public FrozenMetric snapshot(long nowNanos) {
        long count = 0;
        long failed = 0;
        long duration = 0;
        long[] slow = new long[thresholds.length];
        for (int i = 0; i < slots.length(); i++) {
            long outcome = slots.get(i);
            if (outcome == EMPTY) {
                continue;
            }
            count++;
            failed += outcome & 1;
            duration += outcome >>> 1;
            for (int t = 0; t < thresholds.length; t++) {
                slow[t] += (outcome >>> 1) >= thresholds[t] ? 1 : 0;
            }
        }
        return new FrozenMetric(count, failed, duration, thresholds, slow);
    }

    @Override
    public String toString() {
        return snapshot(0).toString();
    }
}
