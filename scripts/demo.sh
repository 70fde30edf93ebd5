#!/usr/bin/env bash
# ./brigade demo: the central server (H2, seeded with the demo restaurant), an emulated receipt printer,
# a POS (enrolled on the server, sending tickets to the KDS over the LAN) and a KDS, all on this machine.
# Ctrl-C stops everything. Works with no network at all (loopback only).
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: ./brigade demo [--help]
  Starts, on this machine (loopback only, no network needed): the central server on H2, seeded with
  the demo restaurant's catalog on its first run; an emulated ESC/POS receipt printer; a KDS; and a
  POS enrolled on the server that sends kitchen tickets to the KDS over the LAN. Ctrl-C stops all.
  PINs: Maria (manager) 9999, Carl 1111, Clara 2222.
  Everything lives in data/demo/: receipts/ (text + PNG), logs/ (server.log, pos.log, kds.log and
  printer.log; *.out is each program's console), server/, pos/, kds/. Delete it to start afresh.
  Environment: BRIGADE_DEMO_DATA (instead of data/demo), BRIGADE_SERVER_PORT (8080),
  BRIGADE_PRINTER_PORT (9191), BRIGADE_KDS_PORT (7081).
USAGE
}

case "${1:-}" in
  "") ;;
  -h|--help) usage; exit 0 ;;
  *) echo "demo: unknown option '$1'" >&2; usage >&2; exit 2 ;;
esac

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DATA="${BRIGADE_DEMO_DATA:-$ROOT/data/demo}"
mkdir -p "$DATA/receipts" "$DATA/logs"
DATA="$(cd "$DATA" && pwd)"
cp_of() { echo "$ROOT/$1/target/classes:$(cat "$ROOT/$1/target/classpath.txt")"; }
JAVA="$JAVA_HOME/bin/java"
# Every program's rolling log in the demo's own folder, not in the user's ~/.brigade/logs.
LOGS=(-Dbrigade.log.dir="$DATA/logs")
PRINTER_PORT="${BRIGADE_PRINTER_PORT:-9191}"
SERVER_PORT="${BRIGADE_SERVER_PORT:-8080}"
DEMO_CATALOG="$ROOT/shared-model/src/main/resources/app/brigade/model/catalog/demo-restaurant.json"

server_cli() {
  "$JAVA" "${LOGS[@]}" -cp "$(cp_of sync-server)" app.brigade.server.cli.ServerMain "$@" --data "$DATA/server"
}

# True when the server has no published catalog: no database yet, or no row in catalog_versions.
# Asked of the H2 file directly (with H2's own shell) while no server runs, so it is never locked.
server_catalog_empty() {
  [ -f "$DATA/server/brigade.mv.db" ] || return 0
  local state
  state=$("$JAVA" -cp "$(cp_of sync-server)" org.h2.tools.Shell \
    -url "jdbc:h2:file:$DATA/server/brigade;IFEXISTS=TRUE" -user "" -password "" \
    -sql "SELECT 'catalog-versions=' || COUNT(*) AS STATE FROM catalog_versions") || {
    echo "demo: cannot read the server database in $DATA/server (is another demo or server running?)" >&2
    exit 1
  }
  [[ "$state" == *"catalog-versions=0"* ]]
}

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
# The demo restaurant on the server before anything enrolls, so the terminals sync its catalog. The
# server's own commands run while it is not yet running (its H2 file is then free).
if server_catalog_empty; then
  server_cli import-catalog "$DEMO_CATALOG" >>"$DATA/logs/server.out" 2>&1 || {
    echo "demo: importing the demo restaurant into the server failed; see $DATA/logs/server.out" >&2
    exit 1
  }
  echo "demo: server seeded with the demo restaurant ($DEMO_CATALOG)"
fi
ENROLL_ARGS=()
if [ ! -f "$DATA/pos/device-token.json" ]; then
  # One-time code for the POS.
  CODE=$(server_cli enroll --name POS-1 --kind pos 2>>"$DATA/logs/server.out")
  ENROLL_ARGS=(--enroll "$CODE")
fi
KDS_ENROLL=()
if [ ! -f "$DATA/kds/device-token.json" ]; then
  KDS_CODE=$(server_cli enroll --name KDS-1 --kind kds 2>>"$DATA/logs/server.out")
  KDS_ENROLL=(--enroll "$KDS_CODE")
fi
"$JAVA" "${LOGS[@]}" -cp "$(cp_of sync-server)" app.brigade.server.cli.ServerMain --data "$DATA/server" \
  --host 127.0.0.1 --port "$SERVER_PORT" >>"$DATA/logs/server.out" 2>&1 &
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
echo "demo: POS data in $DATA/pos; PINs: Maria (manager) 9999, Carl 1111, Clara 2222 (log: $DATA/logs/pos.log)"
echo "demo: KDS    LAN listener on 127.0.0.1:$KDS_PORT; data in $DATA/kds (log: $DATA/logs/kds.log)"
"$JAVA" --enable-native-access=ALL-UNNAMED "${LOGS[@]}" -cp "$(cp_of kds-app)" app.brigade.kds.app.KdsMain \
  --config "$DATA/kds.properties" "${KDS_ENROLL[@]}" >"$DATA/logs/kds.out" 2>&1 &
pids+=($!)
"$JAVA" --enable-native-access=ALL-UNNAMED "${LOGS[@]}" -cp "$(cp_of pos-app)" app.brigade.pos.app.PosMain \
  --config "$DATA/pos.properties" "${ENROLL_ARGS[@]}" >"$DATA/logs/pos.out" 2>&1 &
pids+=($!)
wait "${pids[-1]}"
