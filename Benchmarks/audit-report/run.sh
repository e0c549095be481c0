#!/usr/bin/env bash
# Renders the HTML report of the sample audit (Tests/ReportsTests/HTMLSampleAudit.swift) and
# screenshots it with headless Chromium, so a person can look at what an auditor will see.
# Writes audit.html, audit.md, audit.ocsf.json, organization.svg and audit.png to $OUT
# (default .build/audit-report). With OCSF_PYTHON set to a Python that has py-ocsf-models, the
# OCSF output is also checked against those models.
# Needs the Debian package `chromium` (apt-get install -y chromium).
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${OUT:-$(pwd)/.build/audit-report}"
mkdir -p "$out"
rm -f "$out/audit.html" "$out/audit.png"

GROUNDWORK_AUDIT_REPORT_DIR="$out" swift test --filter 'HTMLRendererTests/writesTheSampleReportForTheBenchmarkScript' >"$out/test.log" 2>&1 \
    || { cat "$out/test.log" >&2; exit 1; }
[ -s "$out/audit.html" ] || { echo "the sample report was not written; see $out/test.log" >&2; exit 1; }

browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "chromium is not installed: apt-get install -y chromium" >&2; exit 1; }
width=${WIDTH:-1280}
height=${HEIGHT:-6000}
"$browser" --headless=new --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --disable-background-networking --no-first-run --window-size="$width,$height" \
    --screenshot="$out/audit.png" "file://$out/audit.html" >"$out/chromium.log" 2>&1 \
    || { cat "$out/chromium.log" >&2; exit 1; }
echo "html: $out/audit.html ($(wc -c <"$out/audit.html") bytes, self-contained)"
echo "png:  $out/audit.png (${width}x${height})"
if [ -n "${OCSF_PYTHON:-}" ]; then
    "$OCSF_PYTHON" Benchmarks/audit-report/validate_ocsf.py "$out/audit.ocsf.json"
fi
