#!/usr/bin/env bash
# Saves a screenshot of each page into docs/screenshots/ (the README shows them), using the browser tests' real
# Kestrel server and Debian's Chromium. Usage: bash tools/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash tests/install-browser.sh
dotnet test tests/TravelRisk.Browser.Tests -c Release --filter "Category=Screenshots" --logger "console;verbosity=minimal"
ls -1 docs/screenshots/
