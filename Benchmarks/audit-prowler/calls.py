"""Counts the API calls of a `groundwork audit --debug` trace: total, per account and per action.
Usage: calls.py TRACE ACCOUNTS"""
import collections
import re
import sys

trace, accounts = open(sys.argv[1], errors="replace").read(), int(sys.argv[2])
requests = [block for block in re.split(r"\n(?=.*→ )", trace) if "→ " in block]
actions = collections.Counter()
for block in requests:
    service = re.search(r"Credential=[^/]*/[^/]*/[^/]*/([^/]*)/", block)
    target = re.search(r"x-amz-target: \S*?\.?(\w+)\s*$", block, re.IGNORECASE | re.MULTILINE)
    action = re.search(r"(?:^|[\s&])Action=(\w+)", block)
    line = block[block.index("→ "):].split("\n", 1)[0]
    name = target.group(1) if target else action.group(1) if action else line.split(" ")[1] + " " + re.sub(r"https?://[^/]+", "", line.split(" ")[2]).split("?")[0][:40]
    actions[f"{service.group(1) if service else '?'}:{name}"] += 1
total = sum(actions.values())
print(f"{total} calls, {total / accounts:.1f} per account ({accounts} accounts)")
for name, count in actions.most_common(12):
    print(f"  {count:6d} {name}")
