#!/usr/bin/env bash
# `groundwork plan` and `apply` of a generated 200-account spec on moto: wall time, API calls
# made (from the client's --debug trace) and the ratio of the rounds taken to the critical path
# (the longest chain of dependent calls, which no tool can beat). Starts its own moto on a free
# loopback port and stops it on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
bin="$root/.build/release/groundwork"
[ -x "$bin" ] || swift build -c release --product groundwork >/dev/null
work=$(mktemp -d)
moto_pid=""
cleanup() {
    [ -n "$moto_pid" ] && kill "$moto_pid" 2>/dev/null && wait "$moto_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
env -u AWS_PROFILE moto_server -H 127.0.0.1 -p "$port" >"$work/moto.log" 2>&1 &
moto_pid=$!
for _ in $(seq 100); do (echo >/dev/tcp/127.0.0.1/"$port") 2>/dev/null && break; sleep 0.1; done

export AWS_ACCESS_KEY_ID=benchmark AWS_SECRET_ACCESS_KEY=benchmark AWS_ENDPOINT_URL="http://127.0.0.1:$port"
export AWS_CONFIG_FILE="$work/no-config" AWS_SHARED_CREDENTIALS_FILE="$work/no-credentials"
aws organizations create-organization --feature-set ALL --region us-east-1 >/dev/null
python3 Benchmarks/plan-apply/generate.py "$work/organization.yaml"
cd "$work"

seconds() { python3 -c 'import time; print(time.time())'; }
elapsed() { python3 -c "print(f'{$2 - $1:.2f}')"; }

start=$(seconds)
"$bin" plan --out plan.json --debug >plan.txt 2>plan.trace || { echo "plan failed" >&2; tail plan.trace >&2; exit 1; }
plan_wall=$(elapsed "$start" "$(seconds)")
echo "plan (empty organization): $(tail -n 3 plan.txt | head -n 1)"
echo "plan: wall ${plan_wall}s, $(grep -c '^→ ' plan.trace) API calls"

start=$(seconds)
"$bin" apply --plan plan.json --yes --parallel 16 --debug >apply.txt 2>apply.trace || { echo "apply failed" >&2; tail apply.txt >&2; exit 1; }
apply_wall=$(elapsed "$start" "$(seconds)")
echo "apply: wall ${apply_wall}s; $(tail -n 1 apply.txt)"
python3 "$root/Benchmarks/plan-apply/analyze.py" plan.json apply.trace "$apply_wall"

start=$(seconds)
"$bin" plan --detailed-exitcode --debug >replan.txt 2>replan.trace || { echo "second plan is not empty:" >&2; cat replan.txt >&2; exit 1; }
replan_wall=$(elapsed "$start" "$(seconds)")
echo "plan (converged, 200 accounts): wall ${replan_wall}s, $(grep -c '^→ ' replan.trace) API calls; $(head -n 1 replan.txt)"
