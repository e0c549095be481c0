#!/usr/bin/env python3
"""Writes a large organization spec for the `groundwork check` benchmark.

Default size: 1,000 accounts, 300 groups, 5,000 access grants (plus 2,000 people), shaped like
a real multi-team organization: a Security unit, production and non-production units per team,
grants on accounts and on units. It is deterministic (seeded) and loads cleanly; it passes every
rule except for a handful of deliberate direct-to-person grants, so the report path is exercised.

usage: generate.py [--accounts N] [--groups N] [--grants N] [--people N] [--teams N] OUT
"""
import argparse
import random


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=1000)
    parser.add_argument("--groups", type=int, default=300)
    parser.add_argument("--grants", type=int, default=5000)
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--teams", type=int, default=50)
    parser.add_argument("out")
    args = parser.parse_args()
    rng = random.Random(20261204)
    teams = [f"team-{t:02d}" for t in range(args.teams)]
    lines: list[str] = [
        "version: 1",
        "organization:",
        "  name: bench",
        "  provider: aws",
        "  home-region: eu-central-1",
        "  regions: [eu-central-1, eu-west-1]",
        "  frameworks: [soc2, iso27001, pci-dss]",
        "units:",
        "  Security: {}",
    ]
    for team in teams:
        lines.append(f"  Workloads/Production/{team}: {{}}")
        lines.append(f"  Workloads/NonProduction/{team}: {{}}")

    # Accounts: three for the organization itself, the rest workloads spread over teams and stages.
    lines += [
        "accounts:",
        "  management: { email: aws-management@bench.example, role: management }",
        "  log-archive: { email: aws-log-archive@bench.example, unit: Security, role: log-archive }",
        "  audit: { email: aws-audit@bench.example, unit: Security, role: security-tooling }",
    ]
    workloads: dict[str, list[str]] = {team: [] for team in teams}
    stages = ["production", "staging", "development"]
    for index in range(args.accounts - 3):
        team = teams[index % len(teams)]
        stage = stages[(index // len(teams)) % len(stages)]
        key = f"{team}-{stage[:4]}-{index:04d}"
        workloads[team].append(key)
        if stage == "production":
            lines.append(f"  {key}: {{ email: aws-{key}@bench.example, unit: Workloads/Production/{team}, stage: production, user-data: true }}")
        else:
            lines.append(f"  {key}: {{ email: aws-{key}@bench.example, unit: Workloads/NonProduction/{team}, stage: {stage} }}")

    people = [f"person{p:04d}" for p in range(args.people)]
    lines.append("people:")
    for person in people:
        lines.append(f"  {person}: {{ email: {person}@bench.example }}")

    # Groups: the organization's own three, then engineering groups per team.
    special = ["org-admins", "security", "observers"]
    team_groups = [f"{teams[g % len(teams)]}-eng-{g:03d}" for g in range(args.groups - len(special))]
    lines += [
        "identity:",
        "  provider: aws-identity-center",
        "  mfa: required",
        "  groups:",
        f"    org-admins: [{', '.join(people[:3])}]",
        f"    security: [{', '.join(people[3:8])}]",
        f"    observers: [{', '.join(people[8:40])}]",
    ]
    engineers = people[40:]
    for group in team_groups:
        lines.append(f"    {group}: [{', '.join(rng.sample(engineers, 12))}]")
    lines += [
        "  profiles:",
        "    admin: { policies: [AdministratorAccess], session: 1h }",
        "    developer: { policies: [PowerUserAccess], session: 8h }",
        "    observer: { policies: [CloudWatchReadOnlyAccess], data-access: none, session: 4h }",
        "    readonly: { policies: [ReadOnlyAccess], session: 4h }",
        "    security-audit: { policies: [SecurityAudit], session: 4h }",
        "  access:",
        "    - { group: org-admins, profile: admin, accounts: [management] }",
        "    - { group: security, profile: admin, accounts: [log-archive, audit] }",
        "    - { group: security, profile: security-audit, units: [Workloads] }",
        "    - { group: observers, profile: observer, units: [Workloads/Production] }",
    ]
    grants = 4
    direct = 0
    while grants < args.grants:
        group = rng.choice(team_groups)
        team = group.split("-eng-")[0]
        profile = rng.choice(["developer", "observer", "readonly", "admin"])
        if direct < 10 and grants % 500 == 7:
            lines.append(f"    - {{ person: {rng.choice(engineers)}, profile: observer, accounts: [{rng.choice(workloads[team])}] }}")
            direct += 1
        elif grants % 5 == 0:
            unit = rng.choice(["Production", "NonProduction"])
            lines.append(f"    - {{ group: {group}, profile: {profile}, units: [Workloads/{unit}/{team}] }}")
        else:
            accounts = rng.sample(workloads[team], min(len(workloads[team]), rng.randint(1, 4)))
            lines.append(f"    - {{ group: {group}, profile: {profile}, accounts: [{', '.join(accounts)}] }}")
        grants += 1
    lines += [
        "guardrails: [protect-audit-log, deny-leave-organization, deny-root-user, restrict-regions, deny-local-users]",
        "audit-log:",
        "  archive: log-archive",
        "  retention: 1y",
        "  immutable: true",
        "  readers: [security]",
        "  sources: [aws-cloudtrail, identity-center, { github: bench }]",
    ]
    with open(args.out, "w") as handle:
        handle.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
