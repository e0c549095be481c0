#!/usr/bin/env bash
# Ingest benchmark: generate realistic CloudTrail files (S3 organization-trail layout, gzipped),
# then measure in one run, on the same files:
#   - groundwork's parser (discovery, gunzip, JSON validation, normalization into Event), 1 and 2 threads;
#   - `groundwork logs ingest` end to end (parse + hash + sign + index) and `logs query --actor`
#     latency, when the CLI has those commands;
#   - DuckDB: read_json of the same files into a table (PyPI duckdb, in Benchmarks/.venv);
#   - jq -c '.Records[]' over the gunzipped files.
# Prints events/s, MB/s, CPU seconds, peak RSS and the ratios (by wall time and by CPU time: the
# machine is often shared, and CPU time is what contention distorts least).
#
# Usage: Benchmarks/ingest/run.sh [--records N]   (default 1,000,000; e.g. --records 20000 for a smoke run)
set -euo pipefail

RECORDS=1000000
while [[ $# -gt 0 ]]; do
    case "$1" in
        --records) RECORDS="$2"; shift 2 ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "run.sh: unknown argument '$1' (try --records N)" >&2; exit 64 ;;
    esac
done

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="$ROOT/Benchmarks/.work/ingest"
DATA="$WORK/data-$RECORDS"
RESULTS="$WORK/results-$RECORDS.json"
mkdir -p "$WORK"

step() { printf '\n== %s\n' "$*" >&2; }

# 1. Data (kept between runs; regenerate by deleting $DATA).
if [[ ! -f "$DATA/generated.json" ]]; then
    step "generating $RECORDS records into $DATA"
    rm -rf "$DATA"; mkdir -p "$DATA"
    python3 "$HERE/generate.py" --records "$RECORDS" --out "$DATA/logs" > "$DATA/generated.tmp"
    mv "$DATA/generated.tmp" "$DATA/generated.json"
fi
LOGS="$DATA/logs"
GLOB="$LOGS/AWSLogs/*/*/CloudTrail/*/*/*/*/*.json.gz"

# 2. Build (release): the AuditLog module, the parse-only driver, and the CLI when it builds.
step "building (release)"
cd "$ROOT"
swift build -c release --target AuditLog >&2
B="$ROOT/.build/release"
mkdir -p "$WORK/bin"
swiftc -O -swift-version 6 -I "$B/Modules" -I "$ROOT/Sources/CZlib" -I "$ROOT/Sources/CCrypto" -I "$ROOT/Sources/CDeflate" \
    "$HERE/parse-bench/main.swift" "$B"/AuditLog.build/*.o "$B"/Support.build/*.o "$B"/Digest.build/*.o \
    -lz -ldeflate -lcrypto -o "$WORK/bin/parse-bench" >&2
GROUNDWORK=""
if swift build -c release --product groundwork >&2 2>"$WORK/cli-build.log" \
    && "$B/groundwork" logs ingest --help 2>&1 | grep -qi "ingest"; then
    GROUNDWORK="$B/groundwork"
fi

# Read everything once so that every tool starts with the files in the page cache.
find "$LOGS" -type f -print0 | xargs -0 cat > /dev/null

# 3. Measurements.
step "groundwork parse, 1 thread"
P1="$("$WORK/bin/parse-bench" "$LOGS" --jobs 1)"; echo "$P1" >&2
step "groundwork parse, 2 threads"
P2="$("$WORK/bin/parse-bench" "$LOGS" --jobs 2)"; echo "$P2" >&2

INGEST="null"; QUERY="null"
if [[ -n "$GROUNDWORK" ]]; then
    step "groundwork logs ingest (end to end)"
    STORE="$WORK/store-$RECORDS"; rm -rf "$STORE"
    /usr/bin/time -f '%e %M %U %S' -o "$WORK/ingest.time" "$GROUNDWORK" logs ingest "$LOGS" --store "$STORE" >&2
    read -r SECONDS_TAKEN RSS_KB USER_S SYS_S < "$WORK/ingest.time"
    if [[ ! -d "$STORE" ]]; then echo "run.sh: 'logs ingest' created no store at $STORE" >&2; exit 2; fi
    STORE_BYTES="$(du -sb "$STORE" | cut -f1)"
    INGEST="{\"events\": $RECORDS, \"seconds\": $SECONDS_TAKEN, \"cpu_seconds\": $(awk "BEGIN { print $USER_S + $SYS_S }"), \"peak_rss_mb\": $((RSS_KB / 1024)), \"store_bytes\": $STORE_BYTES}"
    step "groundwork logs query --actor"
    ACTOR="mara.okafor@groundwork.example"
    QUERY="$(python3 - "$GROUNDWORK" "$STORE" "$ACTOR" <<'PY'
import json, statistics, subprocess, sys, time
cli, store, actor = sys.argv[1:4]
def run(extra):
    times, rows = [], 0
    for _ in range(7):
        start = time.perf_counter()
        out = subprocess.run([cli, "logs", "query", "--actor", actor, "--store", store, "--format", "ndjson"] + extra,
                             check=True, capture_output=True).stdout
        times.append((time.perf_counter() - start) * 1000)
        rows = out.count(b"\n")
    return statistics.median(times), rows
# Every matching row rendered as NDJSON, and the first row only (index lookup + process start).
full, rows = run([])
first, _ = run(["--limit", "1"])
print(json.dumps({"actor": actor, "runs": 7, "median_ms": full, "rows": rows, "first_row_ms": first}))
PY
)"
    echo "$QUERY" >&2
fi

step "DuckDB read_json into a table"
VENV="$ROOT/Benchmarks/.venv"
if ! "$VENV/bin/python" -c 'import duckdb' 2>/dev/null; then
    python3 -m venv "$VENV" && "$VENV/bin/pip" install -q duckdb >&2
fi
DUCK="$("$VENV/bin/python" "$HERE/duckdb_load.py" "$GLOB")"; echo "$DUCK" >&2

step "jq -c '.Records[]'"
/usr/bin/time -f '%e %M %U %S' -o "$WORK/jq.time" \
    sh -c "find '$LOGS' -path '*/CloudTrail/*' -name '*.json.gz' -print0 | sort -z | xargs -0 zcat | jq -c '.Records[]' | wc -l" \
    > "$WORK/jq.count"
read -r JQ_SECONDS JQ_RSS_KB JQ_USER JQ_SYS < "$WORK/jq.time"
JQ="{\"events\": $(cat "$WORK/jq.count"), \"seconds\": $JQ_SECONDS, \"cpu_seconds\": $(awk "BEGIN { print $JQ_USER + $JQ_SYS }"), \"peak_rss_mb\": $((JQ_RSS_KB / 1024))}"
echo "$JQ" >&2

cat > "$RESULTS" <<JSON
{"generated": $(cat "$DATA/generated.json"), "parse_1": $P1, "parse_2": $P2, "ingest": $INGEST, "query": $QUERY,
 "duckdb": $DUCK, "jq": $JQ}
JSON
python3 - "$RESULTS" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
json.dump({k: v for k, v in data.items() if v is not None}, open(sys.argv[1], "w"), indent=1)
PY
python3 "$HERE/report.py" "$RESULTS"
