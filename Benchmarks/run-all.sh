#!/usr/bin/env bash
# Runs every benchmark under Benchmarks/<name>/run.sh in turn; each prints its own figures and
# the ratio to the peer named in its issue.
set -euo pipefail
cd "$(dirname "$0")"
status=0
for script in */run.sh; do
    [ -f "$script" ] || continue
    echo "== ${script%/run.sh} =="
    bash "$script" || status=1
    echo
done
exit $status
