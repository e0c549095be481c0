"""Sets the two signers' figures side by side and checks they produce the same signatures."""

import json
import sys

LABELS = {"json_post": "JSON POST (organizations:ListAccounts)", "s3_get": "S3 GET object"}


def main():
    ours = json.loads(sys.argv[1])
    theirs = json.loads(sys.argv[2])
    print("signing cost per request, CPU µs (median of repetitions; lower is better)")
    print("%-40s %14s %14s %14s %10s %10s" % ("request", "groundwork", "gw no cache", theirs["signer"], "ratio", "ratio nc"))
    agree = True
    for name, label in LABELS.items():
        mine = ours["results"][name]
        boto = theirs["results"][name]
        warm, cold, peer = float(mine["warm_us"]), float(mine["cold_us"]), float(boto["us"])
        print("%-40s %14.2f %14.2f %14.2f %9.1fx %9.1fx" % (label, warm, cold, peer, peer / warm, peer / cold))
        if mine["authorization"] != boto["authorization"]:
            agree = False
            print("  signatures differ:\n    groundwork: %s\n    botocore:   %s" % (mine["authorization"], boto["authorization"]))
    print("ratio = botocore µs / groundwork µs (groundwork caches the derived signing key per day;")
    print("'no cache' derives it on every request, as botocore does)")
    print("signatures at a fixed instant: %s" % ("identical" if agree else "DIFFERENT"))
    return 0 if agree else 1


if __name__ == "__main__":
    sys.exit(main())
