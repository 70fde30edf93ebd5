#!/usr/bin/env bash
# ./brigade demo: the central server (H2), an emulated receipt printer, a POS (enrolled on the server,
# sending tickets to the KDS over the LAN) and a KDS, all on this machine.
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

KDS_PORT="${BRIGADE_KDS_PORT:-7081}"
LAN_TOKEN="demo-lan-token-$(date +%s)"
ENROLL_ARGS=()
if [ ! -f "$DATA/pos/device-token.json" ]; then
  # One-time code for the POS, issued while the server is not yet running (its H2 file is then free).
  CODE=$("$JAVA" -cp "$(cp_of sync-server)" app.brigade.server.cli.ServerMain enroll --name POS-1 --kind pos \
    --data "$DATA/server" 2>>"$DATA/logs/server.log")
  ENROLL_ARGS=(--enroll "$CODE")
fi
KDS_ENROLL=()
if [ ! -f "$DATA/kds/device-token.json" ]; then
  KDS_CODE=$("$JAVA" -cp "$(cp_of sync-server)" app.brigade.server.cli.ServerMain enroll --name KDS-1 --kind kds \
    --data "$DATA/server" 2>>"$DATA/logs/server.log")
  KDS_ENROLL=(--enroll "$KDS_CODE")
fi
"$JAVA" -cp "$(cp_of sync-server)" app.brigade.server.cli.ServerMain --data "$DATA/server" --host 127.0.0.1 --port "$SERVER_PORT" \
  >>"$DATA/logs/server.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do
  (exec 3<>"/dev/tcp/127.0.0.1/$SERVER_PORT") 2>/dev/null && break
  sleep 0.5
done
"$JAVA" -cp "$(cp_of devices)" app.brigade.devices.emulator.PrinterEmulatorMain --port "$PRINTER_PORT" \
  --columns 42 --out "$DATA/receipts" >"$DATA/logs/printer.log" 2>&1 &
pids+=($!)

cat >"$DATA/pos.properties" <<PROPS
terminal.name=POS-1
terminal.prefix=A
data.dir=$DATA/pos
printer.type=tcp
printer.port=127.0.0.1:$PRINTER_PORT
server.url=http://127.0.0.1:$SERVER_PORT
kds.peers=kitchen=http://127.0.0.1:$KDS_PORT
lan.token=$LAN_TOKEN
PROPS
cat >"$DATA/kds.properties" <<PROPS
terminal.name=KDS-1
data.dir=$DATA/kds
lan.port=$KDS_PORT
lan.token=$LAN_TOKEN
server.url=http://127.0.0.1:$SERVER_PORT
PROPS

echo "demo: server   http://127.0.0.1:$SERVER_PORT/v1/health   (log: $DATA/logs/server.log)"
echo "demo: printer  127.0.0.1:$PRINTER_PORT; receipts as text and PNG in $DATA/receipts"
echo "demo: POS data in $DATA/pos; PINs: Maria (manager) 9999, Carl 1111, Clara 2222"
echo "demo: KDS    LAN listener on 127.0.0.1:$KDS_PORT; data in $DATA/kds (log: $DATA/logs/kds.log)"
"$JAVA" --enable-native-access=ALL-UNNAMED -cp "$(cp_of kds-app)" app.brigade.kds.app.KdsMain \
  --config "$DATA/kds.properties" "${KDS_ENROLL[@]}" >"$DATA/logs/kds.log" 2>&1 &
pids+=($!)
"$JAVA" --enable-native-access=ALL-UNNAMED -cp "$(cp_of pos-app)" app.brigade.pos.app.PosMain \
  --config "$DATA/pos.properties" "${ENROLL_ARGS[@]}" >"$DATA/logs/pos.log" 2>&1 &
pids+=($!)
wait "${pids[-1]}"
