#!/usr/bin/env bash
# The test command: prepares what the suites need on a fresh machine, then runs every test project.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet --version >/dev/null

# The dashboard's browser test drives Debian's Chromium (Playwright's own browser downloads are
# never used: the machines have no internet beyond the package registries).
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing chromium for the dashboard browser test..." >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

dotnet test Monitoring.Orleans.sln -c Release --logger "console;verbosity=minimal" "$@"
