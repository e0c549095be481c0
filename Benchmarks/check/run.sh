#!/usr/bin/env bash
# `groundwork check` on a generated spec of 1,000 accounts, 300 groups and 5,000 grants:
# wall time (median of 5 runs, and the fastest) and peak memory (max RSS), per output format.
# The issue's aim is "well under a second"; there is no peer tool to compare with.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
bin="$root/.build/release/groundwork"
[ -x "$bin" ] || swift build -c release --product groundwork >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
spec="$work/organization.yaml"
python3 Benchmarks/check/generate.py "$spec"
echo "spec: $(grep -c '@bench.example, unit\|@bench.example, role' "$spec") accounts, $(grep -c '^    - {' "$spec") grants, $(wc -c <"$spec") bytes"

for format in text json sarif; do
    walls=()
    cpus=()
    rss=0
    for _ in 1 2 3 4 5; do
        set +e
        /usr/bin/time -f '%e %M %U %S' -o "$work/time" "$bin" check "$spec" --format "$format" >"$work/out" 2>/dev/null
        code=$?
        set -e
        # 1 = findings reported (the spec has a few on purpose); anything else is a failure.
        [ "$code" -le 1 ] || { echo "check failed with exit $code" >&2; exit 1; }
        read -r wall kb user system < <(tail -n 1 "$work/time")
        walls+=("$wall")
        cpus+=("$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')")
        [ "$kb" -gt "$rss" ] && rss=$kb
    done
    sorted=$(printf '%s\n' "${walls[@]}" | sort -n)
    median=$(echo "$sorted" | sed -n 3p)
    fastest=$(echo "$sorted" | sed -n 1p)
    cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n 3p)
    printf 'check --format %-5s  wall median %ss, fastest %ss; CPU median %ss; peak RSS %s MiB; aim < 1s: %s\n' \
        "$format" "$median" "$fastest" "$cpu" "$((rss / 1024))" \
        "$(awk -v m="$median" 'BEGIN { print (m < 1.0 ? "met" : "MISSED") }')"
done
