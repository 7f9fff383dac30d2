package demo.legacy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A timed sequence of service modes such as {@code healthy:4s,failing:5s,healthy}: each phase
 * lasts its duration ({@code 500ms}, {@code 4s}), the last one lasts for good.
 */
public final class PhaseScript {
    private final List<ServiceMode> modes;
    private final List<Long> endsAtNanos;

    private PhaseScript(List<ServiceMode> modes, List<Long> endsAtNanos) {
        this.modes = Collections.unmodifiableList(modes);
        this.endsAtNanos = Collections.unmodifiableList(endsAtNanos);
    }

    public static PhaseScript always(ServiceMode mode) {
        return parse(mode.label());
    }

    public static PhaseScript parse(String script) {
        List<ServiceMode> modes = new ArrayList<>();
        List<Long> ends = new ArrayList<>();
        long elapsed = 0;
        for (String phase : script.split(",")) {
            String[] parts = phase.trim().split(":");
            modes.add(ServiceMode.parse(parts[0]));
            if (parts.length > 1) {
                elapsed += nanos(parts[1].trim());
            }
            ends.add(parts.length > 1 ? elapsed : Long.MAX_VALUE);
        }
        return new PhaseScript(modes, ends);
    }

    /** The mode in force {@code elapsedNanos} after the script started. */
    public ServiceMode modeAt(long elapsedNanos) {
        for (int i = 0; i < modes.size(); i++) {
            if (elapsedNanos < endsAtNanos.get(i)) {
                return modes.get(i);
            }
        }
        return modes.get(modes.size() - 1);
    }

    private static long nanos(String duration) {
        if (duration.endsWith("ms")) {
            return TimeUnit.MILLISECONDS.toNanos(Long.parseLong(duration.substring(0, duration.length() - 2)));
        }
        if (duration.endsWith("s")) {
            return TimeUnit.MILLISECONDS.toNanos(
                    Math.round(Double.parseDouble(duration.substring(0, duration.length() - 1)) * 1000));
        }
        throw new IllegalArgumentException("not a duration: '" + duration + "' (write 500ms or 4s)");
    }
}
