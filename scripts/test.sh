#!/usr/bin/env bash
# The test command: prepares what the suites need on a fresh machine, then runs every test project.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet --version >/dev/null

# The dashboard's browser test drives Debian's Chromium (Playwright's own browser downloads are
# never used: the machines have no internet beyond the package registries).
# The integration tests start a throwaway PostgreSQL server (initdb + pg_ctl as the postgres user).
# The Kubernetes manifest tests render deploy/k8s with kubectl's kustomize and check it against the
# API schemas with Node.js (tests/k8s-schema, installed from the npm registry once).
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
command -v kubectl >/dev/null || missing+=(kubernetes-client)
command -v npm >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} for the browser and PostgreSQL tests..." >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

[ -d tests/k8s-schema/node_modules ] || npm ci --prefix tests/k8s-schema --no-audit --no-fund >/dev/null

dotnet test Monitoring.Orleans.sln -c Release --logger "console;verbosity=minimal" "$@"
