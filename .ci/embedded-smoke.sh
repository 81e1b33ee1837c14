#!/usr/bin/env bash
# Starts the built server as `npm start` would, on a fresh embedded database, waits for /readyz,
# logs in with a demo login, checks /v1/me, and stops it.
set -euo pipefail
dir=$(mktemp -d)
port=${SMOKE_PORT:-3987}
log="$dir/server.log"
PORTICO_DATA_DIR="$dir/data" PORT=$port node dist/src/main.js start >"$log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$dir"; }
trap cleanup EXIT
for _ in $(seq 1 90); do
  if curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then cat "$log"; echo "server exited"; exit 1; fi
  sleep 1
done
curl -fsS "http://127.0.0.1:$port/readyz"; echo
grep -q "admin@northwind.example" "$log" || { cat "$log"; echo "demo logins not printed"; exit 1; }
token=$(curl -fsS -H 'content-type: application/json' -d '{"email":"admin@northwind.example","password":"portico-demo"}' \
  "http://127.0.0.1:$port/v1/auth/login" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).token))')
curl -fsS -H "authorization: Bearer $token" "http://127.0.0.1:$port/v1/me" | grep -q '"Northwind Wholesale"'
curl -fsS "http://127.0.0.1:$port/" | grep -qi '<div id="root"' || { echo "portal not served"; exit 1; }
echo "embedded smoke: 1 passed, 0 failed"
