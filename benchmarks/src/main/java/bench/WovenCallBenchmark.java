package bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * A direct call of a method that the agent weaves, run twice by {@code run.sh}: once in JVMs
 * started with {@code -javaagent:fluxgate.jar=woven-policy.json -Dfluxgate.bench.woven=true},
 * once with {@code -Dfluxgate.bench.woven=false} and no agent. Woven minus plain is the cost
 * the agent adds to a protected call in the CLOSED state.
 *
 * <p>{@code -Dfluxgate.bench.woven} makes the setup check, through {@link WovenTarget#probe()},
 * that the class really is (or is not) woven, so a mistyped agent path cannot pass for a
 * plain run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class WovenCallBenchmark {
    private WovenTarget target;
    private int x;

    @Setup(Level.Trial)
    public void setUp() {
        target = new WovenTarget();
        String expected = System.getProperty("fluxgate.bench.woven");
        if (expected != null) {
            boolean woven = target.probe() == 1;
            if (woven != Boolean.parseBoolean(expected)) {
                throw new IllegalStateException("expected " + WovenTarget.class.getName()
                        + (woven ? " not to be woven, but it is" : " to be woven by the agent, but it is not")
                        + " (-Dfluxgate.bench.woven=" + expected + ")");
            }
        }
    }

    /** Protected by the agent in the woven run, plain in the other. */
    @Benchmark
    public int call() {
        return target.work(x++);
    }

    /** Never protected: the same body, in the same JVM. */
    @Benchmark
    public int unwovenCall() {
        return target.unwoven(x++);
    }
}
