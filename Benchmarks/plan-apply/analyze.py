#!/usr/bin/env python3
"""Reads a saved plan and an apply trace; prints API calls, latency and the critical path.

The critical path is the longest chain of dependent API calls: the reads a plan cannot avoid
(organization → root → each unit level → accounts; the archive bucket through a member role),
then, along the plan's longest dependency chain, the calls each step must make one after
another (an account: create, poll the status, move; a bucket: assume the role, create, turn
versioning on, then Object Lock). No tool can finish in fewer rounds; wall time divided by the
mean call latency says how many rounds Groundwork took.
"""
import json
import re
import sys

plan_path, trace_path, wall = sys.argv[1], sys.argv[2], float(sys.argv[3])
plan = json.load(open(plan_path))
trace = open(trace_path, encoding="utf-8", errors="replace").read()

calls = len(re.findall(r"^→ ", trace, re.M))
retries = len(re.findall(r"^↻ ", trace, re.M))
latencies = [float(x) for x in re.findall(r"^← HTTP \d+ in ([\d.]+) ms", trace, re.M)]
mean = sum(latencies) / len(latencies) / 1000 if latencies else 0.0

ROUNDS = {
    "policy-type": 1, "unit": 1, "account": 3, "guardrail": 1, "guardrail-attachment": 1,
    "person": 1, "group": 1, "membership": 1, "profile": 2, "assignment": 1,
    "archive-bucket": 4, "trail": 2,
}
steps = {s["id"]: s for s in plan["steps"]}
memo = {}


def longest(step_id):
    if step_id not in memo:
        step = steps[step_id]
        kind = step["address"].split(".", 1)[0]
        own = ROUNDS.get(kind, 1) if step["action"] in ("create", "update") else 1
        memo[step_id] = own + max((longest(d) for d in step.get("dependsOn", []) if d in steps), default=0)
    return memo[step_id]


unit_depth = max((s["address"].count("/") + 1 for s in plan["steps"] if s["address"].startswith("unit.")), default=0)
read_rounds = 2 + unit_depth + 1  # DescribeOrganization, ListRoots, one ListOUs per level, then accounts
path = read_rounds + max((longest(i) for i in steps), default=0)
rounds_taken = wall / mean if mean else float("nan")
print(f"steps: {len(steps)}; API calls: {calls} ({retries} retries); mean call latency {mean * 1000:.1f} ms")
print(f"critical path: {path} dependent call rounds ({read_rounds} to read, {path - read_rounds} to apply)")
print(f"wall {wall:.2f}s = {rounds_taken:.0f} call latencies; ratio to the critical path: {rounds_taken / path:.1f}x")
