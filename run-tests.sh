#!/usr/bin/env bash
# Runs every test (unit, integration, CLI process and browser tests) and ends with one line "N passed, N failed".
# Installs what the browser tests need first (Debian's chromium and a CJK font) when it is missing.
#   ./run-tests.sh          everything
#   ./run-tests.sh --fast   the day-to-day subset: no shared-corpus, process or browser tests (TestCategory)
# Other arguments go to dotnet test (e.g. --no-build, --filter).
set -uo pipefail
cd "$(dirname "$0")"

fast=0
args=()
for a in "$@"; do
  if [ "$a" = "--fast" ]; then fast=1; else args+=("$a"); fi
done
if [ "$fast" -eq 1 ]; then
  args+=(--filter "Category!=SharedCorpus&Category!=Process&Category!=Browser")
fi

if [ "$fast" -eq 0 ] && { ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "wenquanyi\|wqy"; }; then
  echo "Installing chromium and fonts-wqy-microhei for the browser tests…"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq >/dev/null 2>&1 || true
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null 2>&1 \
    || echo "warning: could not install chromium/fonts; browser tests will report themselves skipped"
fi

results="$(mktemp -d)"
dotnet test SearchPortal.sln -c Release --logger "trx" --results-directory "$results" "${args[@]}"
status=$?

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -1)"
  p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
# A build error or a crashed test host produces no failed test but a non-zero exit: count it as a failure.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
rm -rf "$results"
echo "${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
