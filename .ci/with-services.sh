#!/usr/bin/env bash
# Runs a command with PostgreSQL, Elasticsearch and S3 started on loopback, and stops them afterwards,
# whether the command passes, fails or is interrupted. The exit status is the command's.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
state="$(mktemp -d "${TMPDIR:-/tmp}/cms-services.XXXXXX")"

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  bash "$here/services.sh" stop "$state" || true
  rm -rf "$state"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

bash "$here/services.sh" start "$state"
# shellcheck disable=SC1091
source "$state/env"
"$@"
