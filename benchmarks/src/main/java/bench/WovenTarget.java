package bench;

/**
 * The application class of the woven benchmark. It lives outside {@code io.fluxgate} because the
 * agent never weaves its own packages. {@code woven-policy.json} protects {@link #work(int)} and
 * {@link #probe()}; {@link #unwoven(int)} has the same body and is never protected.
 */
public class WovenTarget {
    private int salt = 17;

    /** Protected by breaker {@code b} (CountWindow(100)) when the agent runs. */
    public int work(int x) {
        return x * 31 + salt;
    }

    /** The same body, never protected: the in-fork reference. */
    public int unwoven(int x) {
        return x * 31 + salt;
    }

    /**
     * 0 as written; 1 when woven, because the policy puts it behind a forced-open breaker with a
     * fallback value of 1. Tells the benchmark whether the agent really wove this class.
     */
    public int probe() {
        return 0;
    }
}
