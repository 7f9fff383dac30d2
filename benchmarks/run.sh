#!/usr/bin/env bash
# Builds what the benchmarks need and runs all of them, writing benchmarks/results/:
#   core     JMH, the breaker call against Resilience4j, Failsafe and a plain call, 1 and 2 threads
#   woven    JMH, a method woven by the agent against the same method without the agent
#   startup  startup.sh: JVM start-up without the agent, with an empty and a realistic policy
#   memory   JOL: heap retained per breaker and by 1000 breakers
# then results/summary.md (tables, ratios, a verdict per target). About 11 minutes on 2 cores, build excluded.
#
#   benchmarks/run.sh [--quick] [--no-build] [core] [woven] [startup] [memory]
#
# --quick     smoke settings (-f 1 -wi 1 -i 1 -w 1s -r 1s, 2 start-ups each): proves it works, not a result
# --no-build  use the jars already built (agent/target/fluxgate.jar, benchmarks/target/benchmarks.jar)
# The commands recorded in results/ are to be run in benchmarks/ after a build.
# JMH_OPTS overrides the JMH settings, STARTUP_RUNS the start-ups per configuration.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
results="$here/results"
built_jar="$here/target/benchmarks.jar"
built_agent="$root/agent/target/fluxgate.jar"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"

build=1
jmh_opts="${JMH_OPTS:--f 1 -wi 3 -w 1s -i 5 -r 1s}"
startup_runs="${STARTUP_RUNS:-10}"
parts=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) jmh_opts="${JMH_OPTS:--f 1 -wi 1 -i 1 -w 1s -r 1s}"; startup_runs="${STARTUP_RUNS:-2}"; shift ;;
    --no-build) build=0; shift ;;
    core|woven|startup|memory) parts+=("$1"); shift ;;
    *) sed -n '2,16p' "$0" >&2; exit 2 ;;
  esac
done
[ ${#parts[@]} -gt 0 ] || parts=(core woven startup memory)
wants() { [[ " ${parts[*]} " == *" $1 "* ]]; }

started=$(date +%s)
mkdir -p "$results"
env_file="$results/env.properties"

if [ "$build" = 1 ]; then
  echo "== build: core, agent, benchmarks"
  (cd "$root" && mvn -B -q package -DskipTests -pl agent,benchmarks -am)
fi
[ -f "$built_jar" ] || { echo "run.sh: $built_jar missing: run without --no-build" >&2; exit 1; }
[ -f "$built_agent" ] || { echo "run.sh: $built_agent missing: run without --no-build" >&2; exit 1; }
# Everything runs from copies, so that a build elsewhere in the tree (mvn clean, a rebuilt agent)
# cannot change or remove what is being measured halfway through.
snapshot="$(mktemp -d "${TMPDIR:-/tmp}/fluxgate-benchmarks.XXXXXX")"
trap 'rm -rf "$snapshot"' EXIT
cp "$built_jar" "$snapshot/benchmarks.jar"
cp "$built_agent" "$snapshot/fluxgate.jar"
jar="$snapshot/benchmarks.jar"
agent="$snapshot/fluxgate.jar"

# ---- where and when ---------------------------------------------------------------------------
{
  echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "jdk=$("$java_bin" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.vm.name/ { n = $2 } /java.runtime.version/ { v = $2 } END { print n " " v }')"
  echo "nproc=$(nproc)"
  echo "cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
  echo "memory=$(awk '/MemTotal/ { printf "%.0f GiB RAM", $2 / 1048576 }' /proc/meminfo)"
  echo "load.before=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "source=$(cd "$root" && git rev-parse --short HEAD 2>/dev/null || echo unknown)$(cd "$root" && [ -n "$(git status --porcelain -- core agent 2>/dev/null)" ] && echo ' with uncommitted changes in core/ or agent/' || true)"
  echo "jmh.options=$jmh_opts"
} > "$env_file.new"
# Keep the commands of parts not run this time, so a partial rerun still has a complete summary.
[ -f "$env_file" ] && grep '^cmd\.' "$env_file" >> "$env_file.new" || true
mv "$env_file.new" "$env_file"
record() {   # record KEY COMMAND: note the command for the summary
  grep -v "^$1=" "$env_file" > "$env_file.new" || true
  printf '%s=%s\n' "$1" "$2" >> "$env_file.new"
  mv "$env_file.new" "$env_file"
}
cd "$here"

# ---- core ---------------------------------------------------------------------------------------
# cpu.ns/op beside JMH's wall time: on a shared machine the wall time also counts waiting for a core.
cpu_profiler=io.fluxgate.benchmarks.profile.CpuTimeProfiler
if wants core; then
  for t in 1 2; do
    exclude=()
    [ "$t" = 1 ] || exclude=(-e ClockBenchmark)
    cmd="java -jar target/benchmarks.jar io.fluxgate.benchmarks.core $jmh_opts -t $t ${exclude[*]} -prof gc -prof $cpu_profiler -rf csv -rff results/core-t$t.csv"
    echo "== core, $t thread(s): $cmd"
    record "cmd.core.t$t" "$cmd"
    # shellcheck disable=SC2086
    "$java_bin" -jar "$jar" 'io.fluxgate.benchmarks.core' $jmh_opts -t "$t" "${exclude[@]}" -prof gc -prof "$cpu_profiler" \
      -rf csv -rff "$results/core-t$t.csv" > "$results/core-t$t.log"
    grep -A100 '^Benchmark ' "$results/core-t$t.log" | grep -v ':gc\.' || true
  done
fi

# ---- woven --------------------------------------------------------------------------------------
if wants woven; then
  policy="$here/woven-policy.json"
  heap="-Xms1g -Xmx1g"
  cmd="java -jar target/benchmarks.jar bench.WovenCallBenchmark $jmh_opts -prof gc -prof $cpu_profiler -jvmArgsAppend \"$heap -javaagent:../agent/target/fluxgate.jar=woven-policy.json -Dfluxgate.bench.woven=true\" -rf csv -rff results/woven-agent.csv"
  echo "== woven, with the agent: $cmd"
  record cmd.woven.agent "$cmd"
  # shellcheck disable=SC2086
  "$java_bin" -jar "$jar" 'bench.WovenCallBenchmark' $jmh_opts -prof gc -prof "$cpu_profiler" \
    -jvmArgsAppend "$heap -javaagent:$agent=$policy -Dfluxgate.bench.woven=true" \
    -rf csv -rff "$results/woven-agent.csv" > "$results/woven-agent.log"
  cmd="java -jar target/benchmarks.jar bench.WovenCallBenchmark $jmh_opts -prof gc -prof $cpu_profiler -jvmArgsAppend \"$heap -Dfluxgate.bench.woven=false\" -rf csv -rff results/woven-plain.csv"
  echo "== woven, without the agent: $cmd"
  record cmd.woven.plain "$cmd"
  # shellcheck disable=SC2086
  "$java_bin" -jar "$jar" 'bench.WovenCallBenchmark' $jmh_opts -prof gc -prof "$cpu_profiler" \
    -jvmArgsAppend "$heap -Dfluxgate.bench.woven=false" \
    -rf csv -rff "$results/woven-plain.csv" > "$results/woven-plain.log"
  for f in woven-agent woven-plain; do
    grep -A10 '^Benchmark ' "$results/$f.log" | grep -v ':gc\.' || true
  done
fi

# ---- startup ------------------------------------------------------------------------------------
if wants startup; then
  cmd="./startup.sh --runs $startup_runs"
  echo "== startup: $cmd"
  record cmd.startup "$cmd"
  FLUXGATE_AGENT="$agent" FLUXGATE_STARTUP_WORK="$snapshot/startup" "$here/startup.sh" --runs "$startup_runs" --out "$results"
fi

# ---- memory -------------------------------------------------------------------------------------
if wants memory; then
  cmd="java -Djdk.attach.allowAttachSelf=true -cp target/benchmarks.jar io.fluxgate.benchmarks.memory.BreakerFootprint results/memory.properties"
  echo "== memory: $cmd"
  record cmd.memory "$cmd"
  "$java_bin" -Djdk.attach.allowAttachSelf=true -cp "$jar" io.fluxgate.benchmarks.memory.BreakerFootprint \
    "$results/memory.properties" > "$results/memory.txt"
  grep -v '^#' "$results/memory.txt"
fi

# ---- summary ------------------------------------------------------------------------------------
elapsed=$(( $(date +%s) - started ))
record load.after "$(cut -d' ' -f1-3 /proc/loadavg)"
record elapsed "$((elapsed / 60)) min $((elapsed % 60)) s ($(IFS=,; echo "${parts[*]}")$([ "$build" = 1 ] && echo ', build included'))"
"$java_bin" -cp "$jar" io.fluxgate.benchmarks.report.Summary "$results" > "$results/summary.md"
echo
echo "== results/summary.md"
cat "$results/summary.md"
