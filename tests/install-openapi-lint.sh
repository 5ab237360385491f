#!/usr/bin/env bash
# Installs the OpenAPI linter (Redocly CLI, pinned) into tests/tools/node_modules, which git ignores, for the test
# that lints docs/openapi.json (OpenApiLintTests). Idempotent: does nothing when that version is already there.
set -euo pipefail
cd "$(dirname "$0")/tools"

version=2.77.0
installed=node_modules/@redocly/cli/package.json
if [[ -f $installed ]] && grep -q "\"version\": \"$version\"" "$installed"; then
  exit 0
fi
if ! command -v npm >/dev/null; then
  echo "npm is not installed: the OpenAPI lint test needs Node.js and npm (apt-get install nodejs npm)." >&2
  exit 1
fi
# --no-save with no package.json here keeps the pin in this script, the one place it lives.
npm install --no-save --no-audit --no-fund --loglevel=error "@redocly/cli@$version"
