#!/usr/bin/env bash
# The product's main story, end to end, on this machine. Each step says what it shows, runs the
# real command, and checks its exit code, so a broken story fails loudly instead of scrolling by.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bin="$root/.build/release/groundwork"
work="$root/.demo"
rm -rf "$work"
mkdir -p "$work"

bold=$'\e[1m'; dim=$'\e[2m'; reset=$'\e[0m'
[ -t 1 ] && [ -z "${NO_COLOR:-}" ] || { bold=""; dim=""; reset=""; }

step() { printf '\n%s== %s ==%s\n' "$bold" "$1" "$reset"; }
# run EXPECTED_EXIT command...: shows the command, runs it, and fails the demo on a surprise.
run() {
    local expected=$1; shift
    printf '%s$ %s%s\n' "$dim" "groundwork ${*}" "$reset"
    set +e
    "$bin" "$@"
    local code=$?
    set -e
    if [ "$code" -ne "$expected" ]; then
        echo "demo: 'groundwork $*' exited $code, expected $expected" >&2
        exit 1
    fi
}

step "1. Write the organization down: a starter spec following the blueprint"
run 0 init --name acme --frameworks soc2,iso27001 "$work/organization.yaml"
sed -n '1,25p' "$work/organization.yaml"
echo "${dim}… ($(wc -l <"$work/organization.yaml") lines)${reset}"

step "2. Check it before anything exists: the four requirements, statically"
run 0 check "$work/organization.yaml"

step "3. A deliberately broken organization: every finding names its rule, place, fix and controls"
run 1 check examples/broken.yaml

step "4. The same findings as SARIF for GitHub code scanning (first lines)"
run 1 check examples/broken.yaml --format sarif >"$work/broken.sarif"
head -c 600 "$work/broken.sarif"; echo; echo "${dim}… written to .demo/broken.sarif${reset}"

step "5. A spec that cannot be read: every mistake reported at once, nothing half-checked"
run 2 check examples/invalid.yaml

step "6. A cloud to build it in: moto, the AWS emulator, on a free loopback port, with an empty organization"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
moto_pid=""
stop_moto() { [ -n "$moto_pid" ] && kill "$moto_pid" 2>/dev/null && wait "$moto_pid" 2>/dev/null; moto_pid=""; }
trap stop_moto EXIT
env -u AWS_PROFILE moto_server -H 127.0.0.1 -p "$port" >"$work/moto.log" 2>&1 &
moto_pid=$!
for _ in $(seq 100); do (echo >/dev/tcp/127.0.0.1/"$port") 2>/dev/null && break; sleep 0.1; done
export AWS_ACCESS_KEY_ID=demo AWS_SECRET_ACCESS_KEY=demo AWS_ENDPOINT_URL="http://127.0.0.1:$port"
export AWS_CONFIG_FILE="$work/no-aws-config" AWS_SHARED_CREDENTIALS_FILE="$work/no-aws-credentials"
aws organizations create-organization --feature-set ALL --region us-east-1 >/dev/null
echo "moto on 127.0.0.1:$port; organization created (only the management account in it)"

step "7. Plan: what apply would change, and compliance now vs after"
run 1 plan "$work/organization.yaml" --detailed-exitcode --out "$work/plan.json"

step "8. Apply the saved plan: units, accounts, guardrail SCPs, Identity Center, the locked archive, the trail"
run 0 apply "$work/organization.yaml" --plan "$work/plan.json" --yes

step "9. Plan again: the live organization now matches the spec"
run 0 plan "$work/organization.yaml" --detailed-exitcode

step "10. Audit the live organization: read-only, every verdict resting on a saved API answer"
echo "${dim}(moto has no way to turn on root MFA and seeds an Identity Center instance in every account, so those FAIL here: exit 1)${reset}"
rm -rf "$work/report" "$work/evidence"
run 1 audit --spec "$work/organization.yaml" --report "$work/report" --evidence "$work/evidence" --fail-on high >"$work/audit.txt"
tail -n 12 "$work/audit.txt"
echo "${dim}full text in .demo/audit.txt; HTML report: .demo/report/index.html; signed evidence: .demo/evidence/ ($(ls "$work/evidence/items" | wc -l) items)${reset}"
if command -v chromium >/dev/null 2>&1; then
    # A picture of the report for a person to look at: headless Chromium, no network needed.
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,2400 \
        --screenshot="$work/report/report.png" "file://$work/report/index.html" >/dev/null 2>&1 \
        && echo "${dim}rendered by headless Chromium: .demo/report/report.png${reset}"
fi
stop_moto

step "11. The central audit log: a week of acme's logs from CloudTrail, GitHub and Okta, in a tamper-evident store"
store="$work/logstore"
run 0 logs ingest examples/logs --store "$store"
run 0 logs ingest examples/logs --store "$store"
echo "${dim}(the second run adds nothing: every record is stored once)${reset}"

step "12. Verify: every record re-hashed against the signed Merkle log (RFC 6962)"
run 0 logs verify --store "$store"
run 0 logs checkpoint --store "$store"

step "13. Someone must leave now: everything bob did, everywhere, newest first"
run 0 logs query --actor bob@acme.example --store "$store"
echo "${dim}the backdoors to close: an IAM user with an access key and a role trusting account 999999999999 in staging,${reset}"
echo "${dim}a new SSH key on GitHub and a new MFA factor in Okta; his attempt to stop the trail was denied by the guardrail${reset}"

step "14. Someone alters one stored record: verify names it, and exits 1"
tampered=$(python3 - "$store/events.sqlite" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
row = db.execute("SELECT dictionary, raw FROM records WHERE seq = 7").fetchone()
if row is None or row[1] is None:
    sys.exit("demo: record 7 is not in the store, nothing to tamper with")
dictionary, raw = row[0], bytes(row[1])
if dictionary is None and b"svc-backup" in raw:
    # Stored verbatim: the edit someone covering their tracks would make.
    altered = raw.replace(b"svc-backup", b"svc-bckup!")
    what = "changed 'svc-backup' to 'svc-bckup!' in record 7"
else:
    # Compressed with a zstd dictionary (or not naming svc-backup): flip one bit of the stored bytes.
    altered = bytearray(raw)
    altered[len(altered) // 2] ^= 0x01
    altered = bytes(altered)
    what = "flipped one bit of record 7 (" + ("stored verbatim" if dictionary is None else "zstd-compressed") + ")"
if altered == raw:
    sys.exit("demo: the tamper step changed nothing in record 7")
if db.execute("UPDATE records SET raw = ? WHERE seq = 7", (altered,)).rowcount != 1:
    sys.exit("demo: record 7 could not be rewritten")
db.commit()
print(what + " directly in the database file")
PY
)
echo "${dim}(${tampered})${reset}"
run 1 logs verify --store "$store"

printf '\n%sDone.%s Files are in .demo/.\n' "$bold" "$reset"
