package io.fluxgate.benchmarks.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Turns the files that {@code run.sh} leaves in {@code results/} into one Markdown report:
 * the tables, the ratios the targets are stated in, a verdict per target, and the command
 * behind every number.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.fluxgate.benchmarks.report.Summary results/ > results/summary.md}
 */
public final class Summary {
    private static final String CORE = "io.fluxgate.benchmarks.core.";
    private static final String WOVEN = "bench.WovenCallBenchmark.";

    private final Path dir;
    private final Properties env;
    private final StringBuilder md = new StringBuilder();
    private final List<String[]> verdicts = new ArrayList<>();

    private Summary(Path dir) throws IOException {
        this.dir = dir;
        this.env = properties("env.properties");
    }

    public static void main(String[] args) throws IOException {
        Summary summary = new Summary(Paths.get(args.length > 0 ? args[0] : "results"));
        System.out.print(summary.render());
    }

    private String render() throws IOException {
        Map<String, Score> t1 = jmh("core-t1.csv");
        Map<String, Score> t2 = jmh("core-t2.csv");
        Map<String, Score> wovenAgent = jmh("woven-agent.csv");
        Map<String, Score> wovenPlain = jmh("woven-plain.csv");
        Properties startup = properties("startup.properties");
        Properties memory = properties("memory.properties");

        // The sections fill in the verdicts, whose table goes first: write them aside.
        coreSection(t1, t2);
        ratioSection(t1, t2);
        wovenSection(wovenAgent, wovenPlain);
        startupSection(startup);
        memorySection(memory);
        String body = md.toString();
        md.setLength(0);

        line("## Results of " + env.getProperty("date", "?"));
        line();
        line("| | |");
        line("|---|---|");
        line("| JDK | " + env.getProperty("jdk", "?") + " |");
        line("| machine | " + env.getProperty("nproc", "?") + " CPUs, " + env.getProperty("cpu", "?") + ", "
                + env.getProperty("memory", "?") + " |");
        line("| load average (1, 5, 15 min) | before " + env.getProperty("load.before", "?") + "; after "
                + env.getProperty("load.after", "?") + " |");
        line("| source | " + env.getProperty("source", "?") + " |");
        line("| JMH settings | `" + env.getProperty("jmh.options", "?") + "` |");
        line("| whole run | " + env.getProperty("elapsed", "?") + " |");
        line();
        line("### Targets");
        line();
        line("| target | measured | verdict |");
        line("|---|---|---|");
        for (String[] verdict : verdicts) {
            line("| " + verdict[0] + " | " + verdict[1] + " | " + verdict[2] + " |");
        }
        line();
        md.append(body);
        return md.toString();
    }

    // ---- core ------------------------------------------------------------------------------

    private void coreSection(Map<String, Score> t1, Map<String, Score> t2) {
        Score clock = t1.get(CORE + "ClockBenchmark.nanoTime");
        line("### Core: a call through a breaker");
        line();
        line("ns/op is per call as one thread sees it (JMH average time, ± its 99.9% error); ops/s is all "
                + "threads together (threads × 10⁹ ÷ ns/op); B/op is what each call allocates (`-prof gc`). "
                + "The breakers are shared by the threads. cpu is the CPU time the benchmark threads spent per call "
                + "(`-prof io.fluxgate.benchmarks.profile.CpuTimeProfiler`): on a shared, loaded machine the wall "
                + "time also counts the time the threads waited for a core, the CPU time does not.");
        if (clock != null) {
            line("For scale: one `System.nanoTime()` costs " + ns(clock.value) + " ns on this machine, and "
                    + "Fluxgate and Resilience4j both read the clock twice per call.");
        }
        line();
        line("Commands: `" + env.getProperty("cmd.core.t1", "?") + "` and `" + env.getProperty("cmd.core.t2", "?")
                + "`.");
        line();
        for (String[] group : new String[][] {
                {"ClosedCallBenchmark", "CLOSED, every call succeeds"},
                {"MixedCallBenchmark", "CLOSED, one call in ten fails (below every trip threshold)"},
                {"OpenCallBenchmark", "OPEN: the cost of a rejection"}}) {
            line("#### " + group[1] + " (`" + group[0] + "`)");
            line();
            line("| benchmark | 1 thread ns/op | cpu ns/op | ops/s | B/op | 2 threads ns/op | cpu ns/op | ops/s | B/op |");
            line("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (String name : names(t1, t2, CORE + group[0] + ".")) {
                Score one = t1.get(name);
                Score two = t2.get(name);
                line("| " + name.substring(CORE.length() + group[0].length() + 1)
                        + " | " + (one == null ? "" : withError(one))
                        + " | " + cpu(t1, name)
                        + " | " + (one == null ? "" : opsText(one, 1))
                        + " | " + alloc(t1, name)
                        + " | " + (two == null ? "" : withError(two))
                        + " | " + cpu(t2, name)
                        + " | " + (two == null ? "" : opsText(two, 2))
                        + " | " + alloc(t2, name) + " |");
            }
            line();
        }
    }

    private void ratioSection(Map<String, Score> t1, Map<String, Score> t2) {
        line("### Fluxgate ÷ Resilience4j, CLOSED");
        line();
        line("Per call: Fluxgate's ns/op ÷ Resilience4j's (below 1 is faster). Overhead: the same after "
                + "subtracting the plain call (`baseline`). Throughput: Fluxgate's ops/s ÷ Resilience4j's.");
        line();
        line("| pair (Fluxgate vs Resilience4j) | 1 thread, per call | 1 thread, overhead | 2 threads, per call | 2 threads, throughput |");
        line("|---|---:|---:|---:|---:|");
        String[][] pairs = {
                {"fluxgateCountAcquire", "resilience4jCountAcquire", "count window, low-level protocol"},
                {"fluxgateCountGet", "resilience4jCountExecute", "count window, one-line call"},
                {"fluxgateTimeAcquire", "resilience4jTimeAcquire", "time window, low-level protocol"},
                {"fluxgateTimeGet", "resilience4jTimeExecute", "time window, one-line call"}};
        String closed = CORE + "ClosedCallBenchmark.";
        Score base1 = t1.get(closed + "baseline");
        Score base2 = t2.get(closed + "baseline");
        for (String[] pair : pairs) {
            Score f1 = t1.get(closed + pair[0]);
            Score r1 = t1.get(closed + pair[1]);
            Score f2 = t2.get(closed + pair[0]);
            Score r2 = t2.get(closed + pair[1]);
            line("| " + pair[2] + " (`" + pair[0] + "` / `" + pair[1] + "`)"
                    + " | " + ratio(f1, r1)
                    + " | " + overheadRatio(f1, r1, base1)
                    + " | " + ratio(f2, r2)
                    + " | " + (f2 == null || r2 == null ? "n/a" : fmt2(r2.value / f2.value) + "×") + " |");
        }
        line();
        line("The same by CPU time per call (`cpu.ns/op`), which a loaded machine disturbs less; at 2 threads "
                + "the throughput ratio is Resilience4j's CPU per call ÷ Fluxgate's.");
        line();
        line("| pair | 1 thread, per call (cpu) | 1 thread, overhead (cpu) | 2 threads, per call (cpu) | 2 threads, throughput (cpu) |");
        line("|---|---:|---:|---:|---:|");
        Score cpuBase1 = t1.get(closed + "baseline:cpu.ns/op");
        for (String[] pair : pairs) {
            Score f1 = t1.get(closed + pair[0] + ":cpu.ns/op");
            Score r1 = t1.get(closed + pair[1] + ":cpu.ns/op");
            Score f2 = t2.get(closed + pair[0] + ":cpu.ns/op");
            Score r2 = t2.get(closed + pair[1] + ":cpu.ns/op");
            line("| " + pair[2] + " | " + ratio(f1, r1) + " | " + overheadRatio(f1, r1, cpuBase1) + " | " + ratio(f2, r2)
                    + " | " + (f2 == null || r2 == null ? "n/a" : fmt2(r2.value / f2.value) + "×") + " |");
        }
        line();
        for (int p = 0; p < 2; p++) {
            String[] pair = pairs[p];
            Score f1 = t1.get(closed + pair[0]);
            Score r1 = t1.get(closed + pair[1]);
            Score f2 = t2.get(closed + pair[0]);
            Score r2 = t2.get(closed + pair[1]);
            if (f1 != null && r1 != null && base1 != null) {
                double fo = f1.value - base1.value;
                double ro = r1.value - base1.value;
                double target = ro / 3;
                verdict("CLOSED overhead ≤ 1/3 of Resilience4j count window, 1 thread (" + pair[2] + ")",
                        ns(fo) + " ns vs " + ns(ro) + " ns = " + fmt2(fo / ro) + " (target ≤ " + ns(target) + " ns)",
                        fo <= target ? "met" : "not met: " + ns(fo - target) + " ns over, " + fmt2(fo / ro * 3)
                                + "× the allowed overhead");
            }
            if (f2 != null && r2 != null) {
                double times = r2.value / f2.value;
                verdict("≥ 3× Resilience4j count window throughput, 2 threads (" + pair[2] + ")",
                        opsText(f2, 2) + " vs " + opsText(r2, 2) + " ops/s = " + fmt2(times) + "×",
                        times >= 3 ? "met" : "not met: " + fmt2(times) + "× of 3×");
            }
        }
        Score fc1 = t1.get(closed + pairs[0][0] + ":cpu.ns/op");
        Score rc1 = t1.get(closed + pairs[0][1] + ":cpu.ns/op");
        Score bc1 = t1.get(closed + "baseline:cpu.ns/op");
        Score fc2 = t2.get(closed + pairs[0][0] + ":cpu.ns/op");
        Score rc2 = t2.get(closed + pairs[0][1] + ":cpu.ns/op");
        if (fc1 != null && rc1 != null && bc1 != null) {
            double fo = fc1.value - bc1.value;
            double ro = rc1.value - bc1.value;
            verdict("CLOSED overhead ≤ 1/3 of Resilience4j count window, 1 thread (" + pairs[0][2] + ", CPU time)",
                    ns(fo) + " ns vs " + ns(ro) + " ns = " + fmt2(fo / ro) + " (target ≤ " + ns(ro / 3) + " ns)",
                    fo <= ro / 3 ? "met" : "not met: " + fmt2(fo / ro * 3) + "× the allowed overhead");
        }
        if (fc2 != null && rc2 != null) {
            double times = rc2.value / fc2.value;
            verdict("≥ 3× Resilience4j count window throughput, 2 threads (" + pairs[0][2] + ", CPU time)",
                    ns(fc2.value) + " vs " + ns(rc2.value) + " CPU ns per call = " + fmt2(times) + "×",
                    times >= 3 ? "met" : "not met: " + fmt2(times) + "× of 3×");
        }
        if (base2 == null) {
            line("(no 2-thread baseline)");
            line();
        }
    }

    // ---- woven -----------------------------------------------------------------------------

    private void wovenSection(Map<String, Score> agent, Map<String, Score> plain) {
        line("### Woven call vs plain call");
        line();
        line("`WovenCallBenchmark.call` calls `bench.WovenTarget#work(int)` directly: woven by the agent (CountWindow(100) "
                + "breaker) in the first run, plain in the second. `unwovenCall` calls a never-woven twin method in the "
                + "same JVMs, as a control.");
        line();
        line("Commands: `" + env.getProperty("cmd.woven.agent", "?") + "` and `"
                + env.getProperty("cmd.woven.plain", "?") + "`.");
        line();
        line("| benchmark | with agent ns/op | cpu ns/op | B/op | without agent ns/op | cpu ns/op | woven − plain | by CPU time |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (String name : new String[] {"call", "unwovenCall"}) {
            Score a = agent.get(WOVEN + name);
            Score p = plain.get(WOVEN + name);
            Score ac = agent.get(WOVEN + name + ":cpu.ns/op");
            Score pc = plain.get(WOVEN + name + ":cpu.ns/op");
            line("| " + name + " | " + (a == null ? "" : withError(a))
                    + " | " + cpu(agent, WOVEN + name)
                    + " | " + alloc(agent, WOVEN + name)
                    + " | " + (p == null ? "" : withError(p))
                    + " | " + cpu(plain, WOVEN + name)
                    + " | " + (a == null || p == null ? "" : signed(a.value - p.value) + " ns")
                    + " | " + (ac == null || pc == null ? "" : signed(ac.value - pc.value) + " ns") + " |");
        }
        line();
        Score ac = agent.get(WOVEN + "call:cpu.ns/op");
        Score pc = plain.get(WOVEN + "call:cpu.ns/op");
        if (ac != null && pc != null) {
            double added = ac.value - pc.value;
            verdict("woven call ≤ +20 ns over plain (CPU time)", signed(added) + " ns (" + ns(ac.value) + " vs "
                    + ns(pc.value) + ")", added <= 20 ? "met" : "not met: " + ns(added - 20) + " ns over");
        }
        Score a = agent.get(WOVEN + "call");
        Score p = plain.get(WOVEN + "call");
        if (a != null && p != null) {
            double added = a.value - p.value;
            verdict("woven call ≤ +20 ns over plain", signed(added) + " ns (" + ns(a.value) + " vs " + ns(p.value) + ")",
                    added <= 20 ? "met" : "not met: " + ns(added - 20) + " ns over");
        }
    }

    // ---- startup ---------------------------------------------------------------------------

    private void startupSection(Properties startup) {
        line("### Start-up");
        line();
        line("Wall time of a whole JVM run of a small application (10 service classes and a main), start to exit; "
                + "`empty` is the policy `{\"version\":1}`, `methods` has 10 method targets over the application, "
                + "`realistic` has the same 10 method targets and one `http` target with client `any`.");
        line();
        line("Command: `" + env.getProperty("cmd.startup", "?") + "` (in `benchmarks/`). Classes are counted with "
                + "`-Xlog:class+load` in one extra, untimed run of each configuration.");
        line();
        line("| JDK | config | median ms | min | max | added (median) | classes loaded | from the agent jar |");
        line("|---|---|---:|---:|---:|---:|---:|---:|");
        for (String jdk : new String[] {"jdk17", "jdk25"}) {
            String none = startup.getProperty(jdk + ".none.median");
            if (none == null) {
                continue;
            }
            for (String config : new String[] {"none", "empty", "methods", "realistic"}) {
                String median = startup.getProperty(jdk + "." + config + ".median");
                if (median == null) {
                    continue;   // results of an older startup.sh
                }
                line("| " + startup.getProperty(jdk + ".version", jdk) + " | " + config + " | " + median
                        + " | " + startup.getProperty(jdk + "." + config + ".min")
                        + " | " + startup.getProperty(jdk + "." + config + ".max")
                        + " | " + (config.equals("none") ? "" : "+" + (Long.parseLong(median) - Long.parseLong(none)) + " ms")
                        + " | " + startup.getProperty(jdk + "." + config + ".classes", "")
                        + " | " + startup.getProperty(jdk + "." + config + ".classesFromAgent", "")
                        + " |");
            }
        }
        line();
        String none = startup.getProperty("jdk17.none.median");
        if (none != null) {
            for (String config : new String[] {"empty", "methods", "realistic"}) {
                if (startup.getProperty("jdk17." + config + ".median") == null) {
                    continue;
                }
                long added = Long.parseLong(startup.getProperty("jdk17." + config + ".median")) - Long.parseLong(none);
                verdict("start-up added ≤ 200 ms on JDK 17 (" + config + " policy)", "+" + added + " ms (median of "
                        + startup.getProperty("jdk17.runs") + ")", added <= 200 ? "met" : "not met: " + (added - 200) + " ms over");
            }
        }
    }

    // ---- memory ----------------------------------------------------------------------------

    private void memorySection(Properties memory) {
        line("### Memory per breaker");
        line();
        line("Measured with JOL (`GraphLayout.parseInstance(...).totalSize()`) on " + memory.getProperty("jvm", "?")
                + ", breakers made like a `{host}` template's: one spec, a name per host. `graph` is everything one "
                + "breaker reaches, shared components included; `per breaker` is (graph of 1000 − graph of 1) ÷ 999; "
                + "`heap delta` is used heap after making 1000 minus before (after full GCs), a cross-check.");
        line();
        line("Command: `" + env.getProperty("cmd.memory", "?") + "`.");
        line();
        line("| spec | graph of one, B | per breaker, B | 1000 breakers, B | heap delta for 1000, B |");
        line("|---|---:|---:|---:|---:|");
        for (String[] spec : new String[][] {{"countWindow100", "CountWindow(100), 150 calls"},
                {"timeWindow60", "TimeWindow(60), traffic in all 60 buckets"}}) {
            line("| " + spec[1] + " | " + memory.getProperty(spec[0] + ".graph", "")
                    + " | " + memory.getProperty(spec[0] + ".perBreaker", "")
                    + " | " + memory.getProperty(spec[0] + ".total1000", "")
                    + " | " + memory.getProperty(spec[0] + ".heapDelta1000", "") + " |");
        }
        line();
        String per = memory.getProperty("countWindow100.perBreaker");
        String graph = memory.getProperty("countWindow100.graph");
        if (per != null && graph != null) {
            long worst = Math.max(Long.parseLong(per), Long.parseLong(graph));
            verdict("≤ 4 KiB per CountWindow(100) breaker", per + " B per breaker (" + graph + " B for a lone one)",
                    worst <= 4096 ? "met" : "not met: " + (worst - 4096) + " B over");
        }
    }

    // ---- helpers ---------------------------------------------------------------------------

    private void verdict(String target, String measured, String verdict) {
        verdicts.add(new String[] {target, measured, verdict});
    }

    private static List<String> names(Map<String, Score> a, Map<String, Score> b, String prefix) {
        List<String> names = new ArrayList<>();
        for (Map<String, Score> scores : List.of(a, b)) {
            for (String name : scores.keySet()) {
                if (name.startsWith(prefix) && !name.contains(":") && !names.contains(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static String alloc(Map<String, Score> scores, String name) {
        Score norm = scores.get(name + ":gc.alloc.rate.norm");
        return norm == null ? "" : String.format(Locale.ROOT, "%.0f", norm.value);
    }

    private static String cpu(Map<String, Score> scores, String name) {
        Score cpu = scores.get(name + ":cpu.ns/op");
        return cpu == null ? "" : ns(cpu.value);
    }

    private static String ratio(Score f, Score r) {
        return f == null || r == null ? "n/a" : fmt2(f.value / r.value);
    }

    private static String overheadRatio(Score f, Score r, Score base) {
        return f == null || r == null || base == null ? "n/a"
                : fmt2((f.value - base.value) / (r.value - base.value));
    }

    private static String opsText(Score score, int threads) {
        double ops = threads * 1e9 / score.value;
        if (ops >= 1e6) {
            return String.format(Locale.ROOT, "%.1f M", ops / 1e6);
        }
        return String.format(Locale.ROOT, "%.0f k", ops / 1e3);
    }

    private static String ns(double value) {
        if (Double.isNaN(value)) {
            return "?";
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.0f" : "%.1f", value);
    }

    private static String withError(Score score) {
        return Double.isNaN(score.error) ? ns(score.value) : ns(score.value) + " ± " + ns(score.error);
    }

    private static String signed(double value) {
        return (value < 0 ? "−" : "+") + ns(Math.abs(value));
    }

    private static String fmt2(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private void line(String text) {
        md.append(text).append('\n');
    }

    private void line() {
        md.append('\n');
    }

    private Properties properties(String file) throws IOException {
        Properties properties = new Properties();
        Path path = dir.resolve(file);
        if (Files.exists(path)) {
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    /** JMH's CSV: benchmark (with {@code :secondary} for profiler metrics), mode, threads, samples, score, error, unit. */
    private Map<String, Score> jmh(String file) throws IOException {
        Map<String, Score> scores = new LinkedHashMap<>();
        Path path = dir.resolve(file);
        if (!Files.exists(path)) {
            return scores;
        }
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        for (String row : lines.subList(1, lines.size())) {
            List<String> cells = csv(row);
            if (cells.size() < 7) {
                continue;
            }
            String name = cells.get(0).replace("·", "");
            scores.put(name, new Score(parse(cells.get(4)), parse(cells.get(5)), cells.get(6)));
        }
        return scores;
    }

    private static double parse(String number) {
        try {
            return Double.parseDouble(number);
        } catch (NumberFormatException notANumber) {
            return Double.NaN;
        }
    }

    private static List<String> csv(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private record Score(double value, double error, String unit) {
    }
}
