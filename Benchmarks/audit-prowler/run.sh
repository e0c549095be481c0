#!/usr/bin/env bash
# groundwork audit side by side with Prowler on moto, on organizations of 1, 20 and 100 member
# accounts: wall time of each, the ratio, and which injected violations each finds.
# Prowler is installed into Benchmarks/.venv-prowler on first use (pip install prowler).
# Environment: SIZES (default "1 20 100"), PROWLER_TIMEOUT seconds (default 600), SKIP_PROWLER=1.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
here="$root/Benchmarks/audit-prowler"
work="$root/Benchmarks/.work/audit-prowler"
rm -rf "$work"; mkdir -p "$work"
bin="$root/.build/release/groundwork"
[ -x "$bin" ] || bin="$root/.build/debug/groundwork"
[ -x "$bin" ] || { echo "build groundwork first (swift build -c release --product groundwork)" >&2; exit 2; }
venv="$root/Benchmarks/.venv-prowler"
if [ -z "${SKIP_PROWLER:-}" ] && [ ! -x "$venv/bin/prowler" ]; then
    python3 -m venv "$venv" && "$venv/bin/pip" install -q prowler >"$work/prowler-install.log" 2>&1 || true
fi

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
moto_pid=""
stop_moto() { [ -n "$moto_pid" ] && kill "$moto_pid" 2>/dev/null && wait "$moto_pid" 2>/dev/null; moto_pid=""; }
trap stop_moto EXIT
export AWS_ACCESS_KEY_ID=bench AWS_SECRET_ACCESS_KEY=bench AWS_ENDPOINT_URL="http://127.0.0.1:$port"
export AWS_DEFAULT_REGION=eu-central-1 AWS_REGION=eu-central-1
export AWS_CONFIG_FILE="$work/none" AWS_SHARED_CREDENTIALS_FILE="$work/none"

now() { python3 -c 'import time; print(time.monotonic())'; }
printf '%-6s %-12s %-12s %-8s %s\n' accounts groundwork prowler ratio "violations found (groundwork / prowler)"
for n in ${SIZES:-1 20 100}; do
    stop_moto
    moto_server -H 127.0.0.1 -p "$port" >"$work/moto-$n.log" 2>&1 &
    moto_pid=$!
    for _ in $(seq 100); do (echo >/dev/tcp/127.0.0.1/"$port") 2>/dev/null && break; sleep 0.1; done
    violations=$(python3 "$here/seed.py" "$n")
    echo "$violations" >"$work/violations-$n.json"

    start=$(now)
    set +e; "$bin" audit --format json >"$work/groundwork-$n.json" 2>"$work/groundwork-$n.err"; gw_code=$?; set -e
    gw=$(python3 -c "print(f'{$(now) - $start:.2f}')")

    prowler="n/a"
    if [ -z "${SKIP_PROWLER:-}" ] && [ -x "$venv/bin/prowler" ]; then
        start=$(now)
        set +e
        timeout "${PROWLER_TIMEOUT:-600}" "$venv/bin/prowler" aws --services organizations cloudtrail iam -f eu-central-1 \
            --output-formats csv --output-directory "$work/prowler-$n" --output-filename out --no-banner \
            >"$work/prowler-$n.log" 2>&1
        pr_code=$?
        set -e
        prowler=$(python3 -c "print(f'{$(now) - $start:.2f}')")
        [ -f "$work/prowler-$n/out.csv" ] || prowler="failed($pr_code)"
    fi
    python3 "$here/compare.py" "$n" "$gw" "$prowler" "$work"
done
stop_moto
echo "logs and outputs: Benchmarks/.work/audit-prowler/"
