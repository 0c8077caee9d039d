#!/usr/bin/env bash
# Installs what the Playwright browser tests need: Debian's chromium (never a downloaded browser)
# and a CJK font so screenshots show Chinese. Idempotent: does nothing when both are present.
set -euo pipefail

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || need+=(fonts-wqy-microhei)

if [ ${#need[@]} -eq 0 ]; then
  echo "browser setup: chromium and fonts-wqy-microhei already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "browser setup: need root (or sudo) to install: ${need[*]}" >&2; exit 1; fi
fi

echo "browser setup: installing ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fc-cache -f >/dev/null 2>&1 || true
/usr/bin/chromium --version
