#!/usr/bin/env bash
# Start-up cost of the agent: wall time of a small application's whole JVM run (start to exit)
#   none      without the agent
#   empty     with the agent and the policy {"version":1}
#   methods   with the agent and 10 method targets over the application (no http target)
#   realistic with the agent and 10 method targets over the application + one http target
# on JDK 17 (the java on PATH, or JAVA_HOME) and on JDK 25 when it is installed.
# Runs are interleaved (none, empty, methods, realistic, none, ...) so that load on the machine
# falls on all of them alike; one unrecorded round first warms the file cache.
#
#   benchmarks/startup.sh [--runs N] [--out DIR]
#
# Needs agent/target/fluxgate.jar (mvn -B -q install -DskipTests), or the jar FLUXGATE_AGENT names;
# JDK 25 is looked for in FLUXGATE_JDK25 (default /usr/lib/jvm/temurin-25-jdk-amd64). Builds the
# application in target/startup (or FLUXGATE_STARTUP_WORK). Writes DIR/startup.txt (the table)
# and DIR/startup.properties (for the summary); prints the table.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
runs=10
out="$here/results"
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "usage: $0 [--runs N] [--out DIR]" >&2; exit 2 ;;
  esac
done
agent="${FLUXGATE_AGENT:-$root/agent/target/fluxgate.jar}"
[ -f "$agent" ] || { echo "startup.sh: no agent at $agent; build it first: mvn -B -q install -DskipTests" >&2; exit 1; }
agent="$(cd "$(dirname "$agent")" && pwd)/$(basename "$agent")"   # absolute, as class+load logs write it
jdk17="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jdk25_home="${FLUXGATE_JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
work="${FLUXGATE_STARTUP_WORK:-$here/target/startup}"
mkdir -p "$work/src/startapp/svc" "$out"
rm -rf "$work/classes"

# ---- the application: a main that calls one method in each of 10 service classes ----------
for i in 0 1 2 3 4 5 6 7 8 9; do
  cat > "$work/src/startapp/svc/Service$i.java" <<JAVA
package startapp.svc;

public class Service$i {
    public int call(int x) {
        return x * 31 + $i;
    }
}
JAVA
done
{
  echo 'package startapp;'
  echo 'public class Main {'
  echo '    public static void main(String[] args) {'
  echo '        int sum = 0;'
  for i in 0 1 2 3 4 5 6 7 8 9; do echo "        sum += new startapp.svc.Service$i().call($i);"; done
  echo '        System.out.println("hello " + sum);'
  echo '    }'
  echo '}'
} > "$work/src/startapp/Main.java"
javac_bin="${JAVA_HOME:+$JAVA_HOME/bin/}javac"
"$javac_bin" --release 17 -d "$work/classes" $(find "$work/src" -name '*.java')

# ---- the policies ---------------------------------------------------------------------------
echo '{"version":1}' > "$work/empty.json"
cat > "$work/realistic.json" <<'JSON'
{
  "version": 1,
  "breakers": {
    "api": { "tracker": "TypeOf(java.io.IOException)", "retry": "Cooldown(30)" },
    "services": { "window": "CountWindow(100)", "tripper": "FailureStreak(5) | (MinRequests(20) & FailureRate(0.5))", "retry": "Cooldown(30)" },
    "slow": { "window": "TimeWindow(60)", "tripper": "MinRequests(20) & SlowRate(0.5, threshold=2s)", "retry": "Backoff(initial=10, multiplier=2, max_duration=300, jitter_ratio=0.1)" }
  },
  "targets": [
    { "method": "startapp.svc.Service0#call(int)", "breaker": "services" },
    { "method": "startapp.svc.Service1#call(int)", "breaker": "services", "fallback": { "value": -1 } },
    { "method": "startapp.svc.Service2#call(..)", "breaker": "services" },
    { "method": "startapp.svc.Service3#*(int)", "breaker": "services", "fallbackOn": "rejected", "fallback": { "value": 0 } },
    { "method": "startapp..Service4#call(int)", "breaker": "services" },
    { "method": "startapp.svc.Service5#c*(..)", "breaker": "slow" },
    { "method": "startapp.svc.Service6#call(int)", "breaker": "slow" },
    { "method": "startapp..Service7#*(..)", "breaker": "slow" },
    { "method": "startapp.svc.Service8#call(int)", "breaker": "services" },
    { "method": "startapp.svc.Service9#call(int)", "breaker": "services", "fallback": { "throw": "java.lang.IllegalStateException", "message": "service 9 unavailable" } },
    { "http": { "client": "any", "host": "api.example.com", "path": "/v1/*" }, "breaker": "api", "failOn": { "status": ["5xx"] } }
  ]
}
JSON
# The realistic policy without its http target and the "api" breaker: method weaving alone.
grep -v -e '"http":' -e '"api":' "$work/realistic.json" \
  | sed 's/"service 9 unavailable" } },$/"service 9 unavailable" } }/' > "$work/methods.json"

config_args() {   # the JVM options of a configuration
  case "$1" in
    none) ;;
    empty) echo "-javaagent:$agent=$work/empty.json" ;;
    methods) echo "-javaagent:$agent=$work/methods.json" ;;
    realistic) echo "-javaagent:$agent=$work/realistic.json" ;;
  esac
}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

stats() {   # median min max of the numbers on stdin
  sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%d %d %d\n", m, v[1], v[NR] }'
}

table="$out/startup.txt"
props="$out/startup.properties"
: > "$props"
{
  echo "# JVM start-to-exit wall time of startapp.Main, ms ($runs runs each, interleaved), $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  printf '%-8s %-10s %8s %8s %8s %10s %9s %9s\n' jdk config median min max added classes 'by agent'
} > "$table"

measure_jdk() {
  local java="$1" label="$2" config i start end
  local version
  version="$("$java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.runtime.version/ { print $2 }')"
  # The methods and realistic policies must weave all ten methods, or their timings mean nothing.
  local woven policy
  for policy in methods realistic; do
    woven="$("$java" -Dfluxgate.debug=true $(config_args $policy) -cp "$work/classes" startapp.Main 2>&1 | grep -c 'woven startapp.svc.Service' || true)"
    if [ "$woven" != 10 ]; then
      echo "startup.sh: $label: the $policy policy wove $woven of 10 methods" >&2
      "$java" -Dfluxgate.debug=true $(config_args $policy) -cp "$work/classes" startapp.Main >&2 || true
      exit 1
    fi
  done
  # Warm-up round, not timed: it counts the classes each configuration loads instead.
  for config in none empty methods realistic; do
    "$java" -Xlog:class+load=info:file="$work/$label-$config.classes" $(config_args "$config") \
      -cp "$work/classes" startapp.Main > /dev/null 2>&1
    : > "$work/$label-$config.ms"
  done
  for ((i = 0; i < runs; i++)); do
    for config in none empty methods realistic; do
      start=$(now_ms)
      "$java" $(config_args "$config") -cp "$work/classes" startapp.Main > /dev/null 2>&1
      end=$(now_ms)
      echo $((end - start)) >> "$work/$label-$config.ms"
    done
  done
  local base median min max
  base="$(stats < "$work/$label-none.ms" | cut -d' ' -f1)"
  for config in none empty methods realistic; do
    read -r median min max < <(stats < "$work/$label-$config.ms")
    classes="$(grep -c 'source:' "$work/$label-$config.classes" || true)"
    by_agent="$(grep -c -F "source: file:$agent" "$work/$label-$config.classes" || true)"
    printf '%-8s %-10s %8d %8d %8d %10s %9d %9d\n' "$label" "$config" "$median" "$min" "$max" \
      "$([ "$config" = none ] && echo - || echo "+$((median - base))")" "$classes" "$by_agent" >> "$table"
    {
      echo "$label.$config.classes=$classes"
      echo "$label.$config.classesFromAgent=$by_agent"
      echo "$label.$config.median=$median"
      echo "$label.$config.min=$min"
      echo "$label.$config.max=$max"
    } >> "$props"
  done
  echo "$label.version=$version" >> "$props"
  echo "$label.runs=$runs" >> "$props"
}

measure_jdk "$jdk17" "jdk$("$jdk17" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ { print $2 }')"
if [ -x "$jdk25_home/bin/java" ]; then
  measure_jdk "$jdk25_home/bin/java" jdk25
else
  echo "# JDK 25 not found at $jdk25_home: skipped" >> "$table"
fi
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$table"
cat "$table"
