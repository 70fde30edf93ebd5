#!/usr/bin/env bash
# ./brigade demo: the central server (H2), an emulated receipt printer and a POS, all on this machine.
# Ctrl-C stops everything. Works with no network at all (loopback only).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DATA="$ROOT/data/demo"
mkdir -p "$DATA/receipts" "$DATA/logs"
cp_of() { echo "$ROOT/$1/target/classes:$(cat "$ROOT/$1/target/classpath.txt")"; }
JAVA="$JAVA_HOME/bin/java"
PRINTER_PORT="${BRIGADE_PRINTER_PORT:-9191}"
SERVER_PORT="${BRIGADE_SERVER_PORT:-8080}"

pids=()
cleanup() {
  echo
  echo "demo: stopping…"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM

"$JAVA" -cp "$(cp_of sync-server)" app.brigade.server.cli.ServerMain --data "$DATA/server" --port "$SERVER_PORT" \
  >"$DATA/logs/server.log" 2>&1 &
pids+=($!)
"$JAVA" -cp "$(cp_of devices)" app.brigade.devices.emulator.PrinterEmulatorMain --port "$PRINTER_PORT" \
  --columns 42 --out "$DATA/receipts" >"$DATA/logs/printer.log" 2>&1 &
pids+=($!)

cat >"$DATA/pos.properties" <<PROPS
terminal.name=POS-1
terminal.prefix=A
data.dir=$DATA/pos
printer.type=tcp
printer.port=127.0.0.1:$PRINTER_PORT
PROPS

echo "demo: server   http://127.0.0.1:$SERVER_PORT/v1/health   (log: $DATA/logs/server.log)"
echo "demo: printer  127.0.0.1:$PRINTER_PORT; receipts as text and PNG in $DATA/receipts"
echo "demo: POS data in $DATA/pos; PINs: Maria (manager) 9999, Carl 1111, Clara 2222"
"$JAVA" --enable-native-access=ALL-UNNAMED -cp "$(cp_of pos-app)" app.brigade.pos.app.PosMain \
  --config "$DATA/pos.properties" >"$DATA/logs/pos.log" 2>&1 &
pids+=($!)
wait "${pids[-1]}"
