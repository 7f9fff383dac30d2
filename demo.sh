#!/usr/bin/env bash
# Builds Fluxgate, then runs the demo: an unmodified legacy client, protected by the agent,
# against a local inventory service that fails for a while. Needs only a JDK (17+) and Maven.
set -euo pipefail
cd "$(dirname "$0")"

echo "Building (a minute or two the first time)..."
mvn -B -q -DskipTests install

app=$(ls integration-tests/sample-app/target/fluxgate-sample-app-*.jar | head -n 1)
service_log=$(mktemp)
java -cp "$app" demo.legacy.FlakyInventoryService --script healthy:3s,failing:5s,healthy >"$service_log" 2>&1 &
service=$!
trap 'kill "$service" 2>/dev/null || true; rm -f "$service_log"' EXIT

for _ in $(seq 1 100); do
  port=$(sed -n 's/^LISTENING //p' "$service_log")
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "${port:-}" ] || { echo "the inventory service did not start:"; cat "$service_log"; exit 1; }

cat <<TEXT

The inventory service on 127.0.0.1:$port answers for 3 s, fails (HTTP 503) for 5 s, then recovers.
The application is demo.legacy.Main, untouched; the agent protects its InventoryClient#fetchStock
with config-examples/quickstart.json: open after 3 failures in a row, reject at once (the app gets
-1, its fallback) while open, probe again after 2 s.

TEXT
java -Djava.util.logging.SimpleFormatter.format='          >> %5$s%n' \
     -javaagent:agent/target/fluxgate.jar=config-examples/quickstart.json \
     -cp "$app" demo.legacy.Main demo "http://127.0.0.1:$port" 34 300
