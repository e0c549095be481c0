#!/usr/bin/env bash
# Requests per second to moto_server through Groundwork's AWS client and through boto3, side by
# side in one run, with 1, 8 and 32 concurrent callers (sts GetCallerIdentity and organizations
# DescribeOrganization). Each pair runs against a fresh moto on a free loopback port; moto itself
# is single-process Python, so at high concurrency both clients mostly measure moto. The ratio
# printed is groundwork / boto3 (above 1 means Groundwork is faster). Because moto dominates, the
# client's own CPU time per request (user + system, from /usr/bin/time, warm-up included) is
# printed too: that is the cost the client adds to every call. A last table runs the client over
# an in-memory transport, separating its own cost from the HTTP stack (URLSession on Linux).
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_RUN=${SECONDS_PER_RUN:-5}
swift build -c release --product AWSBench >/dev/null
bench="$(swift build -c release --show-bin-path)/AWSBench"
work=$(mktemp -d)
moto_pid=""
cleanup() {
    [ -n "$moto_pid" ] && kill "$moto_pid" 2>/dev/null && wait "$moto_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

start_moto() {
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    moto_server -H 127.0.0.1 -p "$port" >"$work/moto.log" 2>&1 &
    moto_pid=$!
    for _ in $(seq 100); do
        python3 -c "import socket; socket.create_connection(('127.0.0.1',$port)).close()" 2>/dev/null && return 0
        sleep 0.1
    done
    echo "moto_server did not start" >&2
    exit 1
}

stop_moto() {
    kill "$moto_pid" 2>/dev/null || true
    wait "$moto_pid" 2>/dev/null || true
    moto_pid=""
}

export AWS_ACCESS_KEY_ID=AKIDBENCHMARK AWS_SECRET_ACCESS_KEY=benchmark
printf "%-14s %11s %14s %14s %8s %16s %16s\n" operation concurrency "groundwork/s" "boto3/s" ratio "gw cpu µs/req" "boto3 cpu µs/req"
for operation in sts organizations; do
    for concurrency in 1 8 32; do
        start_moto
        ours=$(/usr/bin/time -f '%U %S' -o "$work/ours.time" "$bench" --endpoint "http://127.0.0.1:$port" --concurrency "$concurrency" --seconds "$SECONDS_PER_RUN" --operation "$operation")
        stop_moto
        start_moto
        theirs=$(/usr/bin/time -f '%U %S' -o "$work/theirs.time" python3 Benchmarks/aws-rps/boto3_rps.py --endpoint "http://127.0.0.1:$port" --concurrency "$concurrency" --seconds "$SECONDS_PER_RUN" --operation "$operation")
        stop_moto
        python3 - "$operation" "$concurrency" "$ours" "$theirs" "$(tail -n1 "$work/ours.time")" "$(tail -n1 "$work/theirs.time")" <<'PY'
import json, sys
operation, concurrency, ours, theirs = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), json.loads(sys.argv[4])
def cpu_per_request(times, result):
    user, system = (float(x) for x in times.split())
    return (user + system) / max(result["requests"], 1) * 1e6
ours_cpu, theirs_cpu = cpu_per_request(sys.argv[5], ours), cpu_per_request(sys.argv[6], theirs)
for result in (ours, theirs):
    if result["failed"]:
        print(f"warning: {result['client']} had {result['failed']} failed requests", file=sys.stderr)
print(f"{operation:<14} {concurrency:>11} {ours['rps']:>14.1f} {theirs['rps']:>14.1f} {ours['rps'] / theirs['rps']:>7.2f}x"
      f" {ours_cpu:>16.0f} {theirs_cpu:>16.0f}")
PY
    done
done

# The client alone: the same calls answered by an in-memory transport (encode, sign, decode,
# limiter, retry bookkeeping), so the figures above can be split into client and HTTP-stack cost.
echo
printf "%-14s %11s %16s %14s\n" operation concurrency "in-memory req/s" "µs/req (cpu)"
for operation in sts organizations; do
    for concurrency in 1 8; do
        result=$(AWSBENCH_IN_MEMORY=1 /usr/bin/time -f '%U %S' -o "$work/mem.time" "$bench" --concurrency "$concurrency" --seconds 2 --operation "$operation")
        python3 - "$operation" "$concurrency" "$result" "$(tail -n1 "$work/mem.time")" <<'PY'
import json, sys
operation, concurrency, result, times = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), sys.argv[4]
user, system = (float(x) for x in times.split())
print(f"{operation:<14} {concurrency:>11} {result['rps']:>16.0f} {(user + system) / result['requests'] * 1e6:>14.1f}")
PY
    done
done
