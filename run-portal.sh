#!/usr/bin/env bash
# Runs the portal on the default corpus. If index/ holds no index, the site indexes corpus/ first (logging
# progress), then serves on the loopback URL it prints. Override with e.g. PORT=8080 ./run-portal.sh
set -euo pipefail
cd "$(dirname "$0")"
PORT="${PORT:-5080}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}"
exec dotnet run --project src/SearchPortal.Web -c Release --no-launch-profile -- \
  --urls "http://127.0.0.1:${PORT}" \
  --SearchPortal:CorpusPath="$PWD/corpus" \
  --SearchPortal:IndexPath="$PWD/index" \
  --SearchPortal:StatePath="$PWD/state" "$@"
