#!/usr/bin/env bash
# Installs Debian's Chromium for the Playwright browser tests when the machine lacks it.
# Playwright's own browser download needs the internet, which this machine does not have.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [[ -x "$chromium_path" ]]; then
  exit 0
fi
echo "Installing Debian's chromium for the browser tests..."
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "chromium is missing and this user cannot install it (no root, no sudo)." >&2; exit 1; }
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq chromium >/dev/null
