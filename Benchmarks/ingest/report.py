#!/usr/bin/env python3
"""Print the ingest benchmark's results side by side, with ratios to DuckDB and jq."""
import json
import sys

results = json.load(open(sys.argv[1]))
json_mb = results["generated"]["json_bytes"] / 1e6
rows = []
for name, label in [("parse_1", "groundwork parse (1 thread)"), ("parse_2", "groundwork parse (2 threads)"),
                    ("ingest", "groundwork logs ingest (end to end)"), ("duckdb", "DuckDB read_json into a table"),
                    ("jq", "jq -c '.Records[]' (gunzip + jq)")]:
    r = results.get(name)
    if not r:
        continue
    rate = r["events"] / r["seconds"] if r["seconds"] else 0
    rows.append((name, label, r["events"], r["seconds"], rate, json_mb / r["seconds"], r.get("peak_rss_mb"),
                 r.get("cpu_seconds")))

print(f"\nIngest benchmark: {results['generated']['records']:,} CloudTrail records in {results['generated']['files']:,} "
      f".json.gz files ({json_mb:,.0f} MB of JSON), S3 organization-trail layout\n")
print(f"{'':38} {'events':>10} {'seconds':>8} {'events/s':>10} {'MB/s':>7} {'CPU s':>7} {'events/CPU s':>12} {'peak RSS MB':>12}")
for _, label, events, seconds, rate, mbs, rss, cpu in rows:
    rss_text = f"{rss:,.0f}" if rss is not None else "-"
    cpu_text = f"{cpu:7.2f}" if cpu else "      -"
    per_cpu = f"{events / cpu:12,.0f}" if cpu else f"{'-':>12}"
    print(f"{label:38} {events:>10,} {seconds:>8.2f} {rate:>10,.0f} {mbs:>7,.0f} {cpu_text} {per_cpu} {rss_text:>12}")

rates = {row[0]: row[4] for row in rows}
per_cpu = {row[0]: row[2] / row[7] for row in rows if row[7]}
print(f"\n{'ratio':18} {'wall time':>10} {'CPU time':>10}")
for ours in ["parse_1", "parse_2", "ingest"]:
    for peer in ["duckdb", "jq"]:
        if ours in rates and peer in rates and rates[peer]:
            cpu_ratio = f"{per_cpu[ours] / per_cpu[peer]:9.2f}x" if ours in per_cpu and peer in per_cpu else f"{'-':>10}"
            print(f"{ours + ' / ' + peer:18} {rates[ours] / rates[peer]:9.2f}x {cpu_ratio}")
if results.get("ingest", {}).get("store_bytes"):
    store_mb = results["ingest"]["store_bytes"] / 1e6
    print(f"\nstore on disk after ingest: {store_mb:,.0f} MB for {json_mb:,.0f} MB of JSON "
          f"({results['ingest']['store_bytes'] / results['ingest']['events']:,.0f} bytes per record, indexes and proofs included)")
if "query" in results:
    q = results["query"]
    print(f"\nlogs query --actor {q['actor']}: median {q['median_ms']:.1f} ms over {q['runs']} runs ({q['rows']} rows)")
    if "first_row_ms" in q:
        print(f"logs query --actor {q['actor']} --limit 1: median {q['first_row_ms']:.1f} ms (process start included)")
if "ingest" not in results:
    print("\n(end-to-end ingest not measured: `groundwork logs ingest` is not available in this build)")
