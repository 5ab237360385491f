#!/usr/bin/env bash
# Measures the timeline page with 10,000 trips in Debian's Chromium (figures for docs/performance.md).
# Not run in CI: timings on a shared 2-core machine are recorded, never asserted. Usage: bash tools/measure-timeline.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash tests/install-browser.sh
dotnet test tests/TravelRisk.Browser.Tests -c Release --filter "Category=Measurements&FullyQualifiedName~TimelineMeasurements" --logger "console;verbosity=detailed" | grep -E "^\s+(trips|open|pan|usable)"
