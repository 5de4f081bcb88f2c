#!/usr/bin/env bash
# The end-to-end test drives Debian's Chromium through its ChromeDriver; install both when missing (needs root).
set -euo pipefail
command -v chromium >/dev/null && command -v chromedriver >/dev/null && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "error: the end-to-end test needs Debian's chromium and chromium-driver: apt-get install chromium chromium-driver" >&2
  exit 1
fi
echo "[browser] installing Debian's chromium and chromium-driver" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
