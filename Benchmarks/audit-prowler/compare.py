"""Prints one benchmark row: timings, ratio, and for each injected violation whether each tool's
FAIL findings name it."""
import csv
import json
import os
import sys

n, gw, pr, work = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
violations = json.load(open(os.path.join(work, f"violations-{n}.json")))

# groundwork: OCSF findings with status_code FAIL; the check that must fire for each violation.
checks = {"trail-not-logging": "audit-log.trail-logging", "archive-without-object-lock": "audit-log.archive-object-lock",
          "iam-user-key-management": "sso.shadow-iam-users", "iam-user-key-member": "sso.shadow-iam-users",
          "prod-role-trusts-dev": "isolation.cross-stage-trust", "no-protecting-scp": "audit-log.protect-scp-attached"}
try:
    findings = json.load(open(os.path.join(work, f"groundwork-{n}.json")))
except (OSError, ValueError):
    findings = []
fails = [f for f in findings if f.get("compliance", {}).get("status_code") == "FAIL"]


def ours(name, resource):
    check = checks[name]
    hits = [f for f in fails if f["compliance"]["control"] == check]
    if name in ("no-protecting-scp", "trail-not-logging"):
        return bool(hits)
    return any(resource in f.get("message", "") for f in hits)


# Prowler: CSV rows with STATUS FAIL; a violation is found when a FAIL row names its resource
# (for the SCP: any FAIL of an organizations check about SCPs).
rows = []
path = os.path.join(work, f"prowler-{n}", "out.csv")
if os.path.exists(path):
    with open(path, newline="") as handle:
        rows = [r for r in csv.DictReader(handle, delimiter=";") if r.get("STATUS") == "FAIL"]


def theirs(name, resource):
    if not rows:
        return False
    if name == "no-protecting-scp":
        return any("scp" in r.get("CHECK_ID", "").lower() for r in rows)
    return any(resource in " ".join(str(v) for v in r.values()) for r in rows)


found = [f"{name}: {'Y' if ours(name, res) else 'n'}/{('Y' if theirs(name, res) else 'n') if rows else '-'}"
         for name, res in violations.items()]
try:
    ratio = f"{float(pr) / float(gw):.1f}x"
except ValueError:
    ratio = "-"
print(f"{n:<6} {gw + 's':<12} {pr + ('s' if pr[0].isdigit() else ''):<12} {ratio:<8} {', '.join(found)}")
