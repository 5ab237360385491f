#!/usr/bin/env bash
# Adds an EF Core migration named NAME for both providers (SQLite and PostgreSQL), each into its own folder, then
# checks that neither model has changes left uncaptured (CI runs the same check).
# Usage: bash tools/add-migration.sh NAME   (e.g. AddSummitSeries)
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: bash tools/add-migration.sh NAME}"
dotnet tool restore >/dev/null
dotnet build src/TravelRisk.Web -c Release -nologo -clp:ErrorsOnly
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project src/TravelRisk.Web --context "${provider}TravelRiskDb" \
    --output-dir "Data/Migrations/$provider" --configuration Release --no-build
done
dotnet build src/TravelRisk.Web -c Release -nologo -clp:ErrorsOnly
for provider in Sqlite Postgres; do
  dotnet ef migrations has-pending-model-changes --project src/TravelRisk.Web --context "${provider}TravelRiskDb" --configuration Release --no-build
done
echo "Added $name for SQLite and PostgreSQL under src/TravelRisk.Web/Data/Migrations/; read both before committing."
