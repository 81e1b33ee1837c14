#!/usr/bin/env bash
# Lints the OpenAPI document the built server serves: starts dist/ on a fresh embedded database,
# fetches /openapi.json and runs `redocly lint` with redocly.yaml (recommended rules).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
port=${OPENAPI_LINT_PORT:-3988}
log="$dir/server.log"
PORTICO_DATA_DIR="$dir/data" PORTICO_DEMO=false PORT=$port node dist/src/main.js start >"$log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$dir"; }
trap cleanup EXIT
for _ in $(seq 1 90); do
  if curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then cat "$log"; echo "server exited"; exit 1; fi
  sleep 1
done
curl -fsS "http://127.0.0.1:$port/openapi.json" -o "$dir/openapi.json"
npx --no-install redocly lint "$dir/openapi.json" --config redocly.yaml
