#!/usr/bin/env bash
# Builds Fluxgate and runs the demo. Needs only a JDK (17+) and Maven.
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q -DskipTests install
core_jar=$(ls core/target/fluxgate-core-*.jar | grep -v -e sources -e javadoc | head -n 1)
classpath="$core_jar:integration-tests/target/classes"
exec java -cp "$classpath" io.fluxgate.demo.CoreDemo
