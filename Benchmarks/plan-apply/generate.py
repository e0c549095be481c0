#!/usr/bin/env python3
"""Writes a 200-workload-account organization spec for the plan/apply benchmark.

20 teams, each with production, staging and development accounts under
Workloads/<team>/{Production,NonProduction}; groups per team; grants per team and a
unit-wide security grant; every guardrail; an immutable archive.
"""
import sys

TEAMS = 20
ACCOUNTS_PER_TEAM = 10  # 2 production, 8 non-production: 200 workload accounts

out = []
w = out.append
w("version: 1")
w("organization:")
w("  name: bench")
w("  provider: aws")
w("  home-region: eu-central-1")
w("  regions: [eu-central-1, eu-west-1]")
w("  frameworks: [soc2]")
w("units:")
w("  Security: {}")
for t in range(TEAMS):
    w(f"  Workloads/team{t:02d}/Production: {{}}")
    w(f"  Workloads/team{t:02d}/NonProduction: {{}}")
w("accounts:")
w("  management: { email: aws-management@bench.example, role: management }")
w("  log-archive: { email: aws-log-archive@bench.example, unit: Security, role: log-archive }")
w("  audit: { email: aws-audit@bench.example, unit: Security, role: security-tooling }")
for t in range(TEAMS):
    for a in range(ACCOUNTS_PER_TEAM):
        prod = a < 2
        unit = f"Workloads/team{t:02d}/{'Production' if prod else 'NonProduction'}"
        stage = "production" if prod else "development"
        w(f"  t{t:02d}a{a:02d}: {{ email: aws-t{t:02d}a{a:02d}@bench.example, unit: {unit}, stage: {stage} }}")
w("people:")
for t in range(TEAMS):
    for p in range(2):
        w(f"  p{t:02d}{p}: {{ email: p{t:02d}{p}@bench.example }}")
w("  sec: { email: sec@bench.example }")
w("identity:")
w("  provider: aws-identity-center")
w("  mfa: required")
w("  groups:")
for t in range(TEAMS):
    w(f"    team{t:02d}: [p{t:02d}0, p{t:02d}1]")
w("    security: [sec]")
w("  profiles:")
w("    developer: { policies: [PowerUserAccess], session: 8h }")
w("    observer: { policies: [CloudWatchReadOnlyAccess], data-access: none, session: 4h }")
w("    security-audit: { policies: [SecurityAudit], session: 4h }")
w("    admin: { policies: [AdministratorAccess], session: 1h }")
w("  access:")
for t in range(TEAMS):
    w(f"    - {{ group: team{t:02d}, profile: developer, units: [Workloads/team{t:02d}/NonProduction] }}")
    w(f"    - {{ group: team{t:02d}, profile: observer, units: [Workloads/team{t:02d}/Production] }}")
w("    - { group: security, profile: security-audit, units: [Workloads] }")
w("    - { group: security, profile: admin, accounts: [log-archive, audit] }")
w("guardrails: [protect-audit-log, deny-leave-organization, deny-root-user, restrict-regions, deny-local-users]")
w("audit-log:")
w("  archive: log-archive")
w("  retention: 1y")
w("  immutable: true")
w("  readers: [security]")
w("  sources: [aws-cloudtrail]")

with open(sys.argv[1], "w") as f:
    f.write("\n".join(out) + "\n")
