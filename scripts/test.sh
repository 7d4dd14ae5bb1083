#!/usr/bin/env bash
# The test command: prepares what the suites need on a fresh machine, then runs every test project.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet --version >/dev/null
dotnet test Monitoring.Orleans.sln -c Release --logger "console;verbosity=minimal" "$@"
