#!/usr/bin/env bash
# Signing cost per request: Groundwork's SigV4 signer beside botocore's SigV4Auth.add_auth, on
# the same two requests (an Organizations JSON POST and an S3 GET with a session token), in one
# run. Prints CPU µs per signature and the ratio; fails if the two signers disagree on a signature.
#
# Knobs: ITERATIONS (Swift, default 100000), PY_ITERATIONS (botocore, default 20000), REPETITIONS (5).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
here="$root/Benchmarks/signing"
cd "$root"

swift build -c release --product SigningBenchmark >&2
swift_json="$("$root/.build/release/SigningBenchmark" "${ITERATIONS:-100000}" "${REPETITIONS:-5}")"
botocore_json="$(python3 "$here/botocore_bench.py" "${PY_ITERATIONS:-20000}" "${REPETITIONS:-5}")"
python3 "$here/report.py" "$swift_json" "$botocore_json"
