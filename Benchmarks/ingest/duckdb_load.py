#!/usr/bin/env python3
"""Load the benchmark's CloudTrail files into a DuckDB table with read_json, as an analyst would.

Prints one JSON line: events, seconds (connect + load), CPU seconds, peak RSS in MB.
"""
import json
import resource
import sys
import time

import duckdb

pattern = sys.argv[1]
before = resource.getrusage(resource.RUSAGE_SELF)
start = time.time()
con = duckdb.connect()
# Each file is {"Records": [...]}: one row per record, its fields as columns.
con.execute(
    "CREATE TABLE events AS SELECT unnest(Records, max_depth := 2) "
    f"FROM read_json('{pattern}', maximum_object_size = 1073741824)"
)
events = con.execute("SELECT count(*) FROM events").fetchone()[0]
seconds = time.time() - start
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({
    "cpu_seconds": usage.ru_utime + usage.ru_stime - before.ru_utime - before.ru_stime,
    "events": events,
    "seconds": seconds,
    "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "threads": con.execute("SELECT current_setting('threads')").fetchone()[0],
    "duckdb": duckdb.__version__,
}))
