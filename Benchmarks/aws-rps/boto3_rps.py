#!/usr/bin/env python3
"""The same load as AWSBench, through boto3: N threads (one client each, as boto3 recommends)
repeat one operation for a fixed time. Prints one JSON line."""
import argparse, json, threading, time
import boto3
from botocore.config import Config

parser = argparse.ArgumentParser()
parser.add_argument("--endpoint", default="http://127.0.0.1:5000")
parser.add_argument("--concurrency", type=int, default=1)
parser.add_argument("--seconds", type=float, default=5)
parser.add_argument("--operation", default="sts")
args = parser.parse_args()

session = boto3.session.Session()
config = Config(retries={"max_attempts": 1, "mode": "standard"}, max_pool_connections=max(args.concurrency, 10))


def make_client():
    name = "organizations" if args.operation == "organizations" else "sts"
    return session.client(name, endpoint_url=args.endpoint, region_name="us-east-1", config=config)


def call(client):
    if args.operation == "organizations":
        client.describe_organization()
    else:
        client.get_caller_identity()


clients = [make_client() for _ in range(args.concurrency)]
if args.operation == "organizations":
    try:
        clients[0].create_organization(FeatureSet="ALL")
    except Exception:
        pass
for client in clients:
    call(client)

ok = [0] * args.concurrency
failed = [0] * args.concurrency
start = time.perf_counter()
deadline = start + args.seconds


def worker(index):
    client = clients[index]
    while time.perf_counter() < deadline:
        try:
            call(client)
            ok[index] += 1
        except Exception:
            failed[index] += 1


threads = [threading.Thread(target=worker, args=(i,)) for i in range(args.concurrency)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
elapsed = time.perf_counter() - start
print(json.dumps({"client": "boto3", "concurrency": args.concurrency, "requests": sum(ok), "failed": sum(failed),
                  "seconds": elapsed, "rps": sum(ok) / elapsed}))
