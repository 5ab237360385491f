#!/usr/bin/env bash
# Runs the seeded in-process fuzz over every operation of the OpenAPI document (tests/TravelRisk.Web.Tests/Fuzz)
# and prints its figures: requests, statuses, 5xx and 4xx answered without problem+json. Deterministic: seed 20.
# Usage: bash tools/fuzz.sh [--no-build]
set -uo pipefail
cd "$(dirname "$0")/.."
[[ "${1:-}" == --no-build ]] || dotnet build tests/TravelRisk.Web.Tests -c Release -nologo -clp:ErrorsOnly || exit 1
dotnet test tests/TravelRisk.Web.Tests -c Release --no-build -nologo --filter "FullyQualifiedName~ApiFuzzTests" \
  --logger "console;verbosity=detailed" 2>&1 | tee /tmp/travelrisk-fuzz.log | grep -E "fuzz:|Passed!|Failed!|error"
