#!/usr/bin/env bash
# Lints the OpenAPI document of the built server (dist/): builds its app on an in-memory database,
# writes what /openapi.json serves, and runs `redocly lint` with redocly.yaml (recommended rules).
# Warnings fail too: the rules we decided against are off in redocly.yaml, not tolerated here.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
node --input-type=module - "$dir/openapi.json" <<'JS'
import { writeFileSync } from 'node:fs';
import { loadConfig } from './dist/src/config.js';
import { startPortico } from './dist/src/runtime.js';
const portico = await startPortico({ ...loadConfig(process.env), demo: false, dataDir: 'memory://', logLevel: 'silent' }, { role: 'api' });
const served = await portico.app.inject({ method: 'GET', url: '/openapi.json' });
if (served.statusCode !== 200) throw new Error(`/openapi.json answered ${served.statusCode}: ${served.body}`);
writeFileSync(process.argv[2], served.body);
await portico.close();
JS
lint() { npx --no-install redocly lint "$dir/openapi.json" --config redocly.yaml "$@"; }
if ! lint --format=json >"$dir/report.json" 2>/dev/null ||
  ! node -e 'const { totals } = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); process.exit(totals.errors + totals.warnings)' "$dir/report.json"; then
  lint || true
  echo "redocly lint: the OpenAPI document has errors or warnings"
  exit 1
fi
echo "redocly lint: no errors, no warnings"
