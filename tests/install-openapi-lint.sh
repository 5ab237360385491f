#!/usr/bin/env bash
# Installs the OpenAPI linter (Redocly CLI, pinned with its checksum in tests/tools/package-lock.json) into
# tests/tools/node_modules, which git ignores, for OpenApiLintTests. Idempotent: does nothing when the pinned
# version is already there. Fails, saying why, where npm is missing, so the lint test cannot pass unseen.
set -euo pipefail
cd "$(dirname "$0")/tools"

pinned=$(sed -n 's/.*"@redocly\/cli": "\(.*\)".*/\1/p' package.json)
installed=node_modules/@redocly/cli/package.json
if [[ -f $installed ]] && grep -q "\"version\": \"$pinned\"" "$installed"; then
  exit 0
fi
if ! command -v npm >/dev/null; then
  echo "install-openapi-lint: npm is not installed; the OpenAPI lint test needs Node.js 20.19+ and npm (apt-get install nodejs npm)." >&2
  exit 1
fi
npm ci --no-audit --no-fund --loglevel=error
