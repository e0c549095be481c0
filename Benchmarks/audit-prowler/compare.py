"""Prints one benchmark row: timings, ratios, and for each injected violation whether each tool's
FAIL findings name it (groundwork / Prowler on the management account / Prowler over all accounts)."""
import csv
import glob
import json
import os
import sys

n, gw, mgmt, every, work = sys.argv[1:6]
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


# Prowler: CSV rows with STATUS FAIL; a violation is found when a FAIL row of a check that covers
# it names its resource (for the trail and the SCP, any FAIL of that check).
def prowler_rows(pattern):
    """FAIL rows of every Prowler CSV matching `pattern`; None when there is none."""
    paths = glob.glob(os.path.join(work, pattern))
    if not paths:
        return None
    rows = []
    for path in paths:
        with open(path, newline="") as handle:
            rows += [r for r in csv.DictReader(handle, delimiter=";") if r.get("STATUS") == "FAIL"]
    return rows


mgmt_rows = prowler_rows(f"prowler-mgmt-{n}/out.csv")
all_rows = prowler_rows(f"prowler-all-{n}/*/out.csv")

# The Prowler checks that would report each violation (none scans member accounts or S3 here).
prowler_checks = {"trail-not-logging": ("cloudtrail_multi_region_enabled",),
                  "archive-without-object-lock": ("object_lock",),
                  "iam-user-key-management": ("iam_user", "access_key"), "iam-user-key-member": ("iam_user", "access_key"),
                  "prod-role-trusts-dev": ("iam_role",),
                  # Prowler's only SCP check (organizations_scp_check_deny_regions) is about regions,
                  # not about protecting the trail: it does not count.
                  "no-protecting-scp": ()}


def theirs(rows, name, resource):
    if rows is None:
        return "-"
    relevant = [r for r in rows if any(key in r.get("CHECK_ID", "").lower() for key in prowler_checks[name])]
    if name == "trail-not-logging":
        return "Y" if relevant else "n"
    return "Y" if any(resource in " ".join(str(v) for v in r.values()) for r in relevant) else "n"


def ratio(theirs_seconds):
    try:
        return f"{float(theirs_seconds) / float(gw):.1f}x"
    except ValueError:
        return "-"


def seconds(value):
    return value + ("s" if value[:1].isdigit() else "")


found = [f"{name}: {'Y' if ours(name, res) else 'n'}/{theirs(mgmt_rows, name, res)}/{theirs(all_rows, name, res)}"
         for name, res in violations.items()]
count = lambda flags: sum(1 for f in flags if f == "Y")
ours_n = count(["Y" if ours(k, v) else "n" for k, v in violations.items()])
mgmt_n = count([theirs(mgmt_rows, k, v) for k, v in violations.items()])
all_n = count([theirs(all_rows, k, v) for k, v in violations.items()])
print(f"{n:<6} {seconds(gw):<9} {seconds(mgmt):<9} {ratio(mgmt):<7} {seconds(every):<9} {ratio(every):<7} "
      f"found {ours_n}/{mgmt_n if mgmt_rows is not None else '-'}/{all_n if all_rows is not None else '-'} of {len(violations)}"
      f" | {', '.join(found)}")
