#!/usr/bin/env bash
# The POS tap benchmark with and without a JDK AOT cache, the way ./brigade starts the terminals:
# one recording run (the benchmark itself is the training session), the cache made from it, then
# RUNS alternating runs without and with the cache. Prints the benchmark's lines for each run.
# Needs the modules installed first: ./mvnw -q -B install -DskipTests
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
JAVA="${JAVA_HOME:?set JAVA_HOME to a JDK 25}/bin/java"
RUNS="${RUNS:-2}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
./mvnw -q -B -o -pl benchmarks dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
JAR=$(ls benchmarks/target/benchmarks-*.jar | grep -v -e '-tests\.jar$' | head -n 1)
CP="$ROOT/$JAR:$(cat "$WORK/cp.txt")"
BENCH=(-Xmx256m --enable-native-access=ALL-UNNAMED -cp "$CP" app.brigade.bench.Benchmarks pos)
echo "recording (training run)…" >&2
"$JAVA" -XX:AOTMode=record -XX:AOTConfiguration="$WORK/pos.aotconf" -Xlog:aot=error "${BENCH[@]}" >/dev/null
"$JAVA" -XX:AOTMode=create -XX:AOTConfiguration="$WORK/pos.aotconf" -XX:AOTCache="$WORK/pos.aot" \
  -Xlog:aot=error -cp "$CP" >/dev/null
for i in $(seq 1 "$RUNS"); do
  for mode in plain aot; do
    extra=()
    [ "$mode" = aot ] && extra=(-XX:AOTCache="$WORK/pos.aot" -Xlog:aot=error)
    echo "== run $i, $mode, $(cut -d' ' -f1-3 /proc/loadavg)"
    "$JAVA" "${extra[@]}" "${BENCH[@]}" | grep '^pos_'
  done
done
