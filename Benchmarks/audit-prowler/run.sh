#!/usr/bin/env bash
# groundwork audit side by side with Prowler on moto, on organizations of 1, 20 and 100 member
# accounts: wall time of each, the ratios, and which injected violations each finds.
#
# groundwork is the RELEASE build (built here unless SKIP_BUILD=1). Prowler runs twice per size:
#   - "mgmt": one run with the management account's credentials (what Prowler sees by default);
#   - "all":  one run per account of the organization (the management account plus every member
#             through --role arn:aws:iam::<id>:role/OrganizationAccountAccessRole), PROWLER_PARALLEL
#             at a time (default 8, the same bound groundwork's audit uses for its account reads).
#             Prowler has no option that scans the member accounts of an organization itself.
# Prowler is installed into Benchmarks/.venv-prowler on first use (pip install prowler).
# Environment: SIZES (default "1 20 100"), ALL_SIZES (sizes that get the all-accounts Prowler run,
# default "1 20"), PROWLER_PARALLEL (default 8), PROWLER_TIMEOUT seconds per run (default 600),
# SKIP_PROWLER=1, SKIP_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
here="$root/Benchmarks/audit-prowler"
work="$root/Benchmarks/.work/audit-prowler"
rm -rf "$work"; mkdir -p "$work"
if [ -z "${SKIP_BUILD:-}" ]; then
    swift build -c release --product groundwork >"$work/build.log" 2>&1 \
        || { echo "release build failed: see $work/build.log" >&2; exit 2; }
fi
bin="$root/.build/release/groundwork"
[ -x "$bin" ] || { echo "no release build at $bin (swift build -c release --product groundwork)" >&2; exit 2; }
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
since() { python3 -c "print(f'{$(now) - $1:.2f}')"; }
load() { cut -d' ' -f1 /proc/loadavg; }

# One Prowler run into $1 (directory), with any further arguments (e.g. --role ...).
prowler_run() {
    local out=$1; shift
    timeout "${PROWLER_TIMEOUT:-600}" "$venv/bin/prowler" aws --services organizations cloudtrail iam -f eu-central-1 \
        --output-formats csv --output-directory "$out" --output-filename out --no-banner "$@" >"$out.log" 2>&1 || true
}
# One Prowler run inside one account of the organization.
prowler_account() {
    if [ "$1" = "$PW_ME" ]; then prowler_run "$PW_DIR/$1"
    else prowler_run "$PW_DIR/$1" --role "arn:aws:iam::$1:role/OrganizationAccountAccessRole"; fi
}
export -f prowler_run prowler_account
export venv

echo "build: release ($bin); cores: $(nproc); Prowler parallelism over accounts: ${PROWLER_PARALLEL:-8}"
printf "%-6s %-9s %-9s %-7s %-9s %-7s %s\n" accounts ours prowler1 ratio1 prowlerN ratioN "violations found (ours/prowler1/prowlerN)"
for n in ${SIZES:-1 20 100}; do
    stop_moto
    moto_server -H 127.0.0.1 -p "$port" >"$work/moto-$n.log" 2>&1 &
    moto_pid=$!
    for _ in $(seq 100); do (echo >/dev/tcp/127.0.0.1/"$port") 2>/dev/null && break; sleep 0.1; done
    violations=$(python3 "$here/seed.py" "$n")
    echo "$violations" >"$work/violations-$n.json"
    python3 -c 'import boto3; print("\n".join(a["Id"] for p in boto3.client("organizations", region_name="us-east-1").get_paginator("list_accounts").paginate() for a in p["Accounts"]))' \
        >"$work/accounts-$n.txt"
    me=$(python3 -c 'import boto3; print(boto3.client("sts").get_caller_identity()["Account"])')

    load_before=$(load)
    start=$(now)
    set +e; "$bin" audit --format json >"$work/groundwork-$n.json" 2>"$work/groundwork-$n.err"; set -e
    gw=$(since "$start")
    # The same audit again with --debug, untimed, to count the API calls it makes.
    "$bin" audit --format json --debug >/dev/null 2>"$work/groundwork-$n.debug" || true

    mgmt="n/a"; all="n/a"
    if [ -z "${SKIP_PROWLER:-}" ] && [ -x "$venv/bin/prowler" ]; then
        start=$(now)
        prowler_run "$work/prowler-mgmt-$n"
        mgmt=$(since "$start")
        [ -f "$work/prowler-mgmt-$n/out.csv" ] || mgmt="failed"
        if [[ " ${ALL_SIZES:-1 20} " == *" $n "* ]]; then
            mkdir -p "$work/prowler-all-$n"
            start=$(now)
            # The management account with its own credentials, every member through its role.
            export PW_DIR="$work/prowler-all-$n" PW_ME="$me"
            { echo "$me"; grep -vx "$me" "$work/accounts-$n.txt"; } \
                | xargs -P "${PROWLER_PARALLEL:-8}" -n 1 bash -c 'prowler_account "$1"' _
            all=$(since "$start")
        fi
    fi
    echo "$load_before $(load)" >"$work/load-$n.txt"
    python3 "$here/compare.py" "$n" "$gw" "$mgmt" "$all" "$work"
done
stop_moto
echo "logs and outputs: Benchmarks/.work/audit-prowler/"
