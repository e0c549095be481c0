"""botocore's SigV4 signer on the same two requests as Sources/main.swift.

Prints one JSON object: the median CPU µs (thread time, as the Swift side measures) per `add_auth` call (on a fresh AWSRequest each time, as a
client signs each new request; building the request is not timed) and the Authorization header at the fixed instant used for the
agreement check. Test tooling only; never on Groundwork's runtime path.
"""

import datetime
import json
import sys
import time

import botocore
import botocore.auth
from botocore.auth import S3SigV4Auth, SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

CREDENTIALS = Credentials(
    "ASIAIOSFODNN7EXAMPLE",
    "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKENvalueThatIsTypicallyLongAndBase64EncodedXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
)
FIXED = datetime.datetime(2026, 1, 1, 0, 0, 0)

SCENARIOS = {
    "json_post": (
        SigV4Auth,
        "organizations",
        lambda: AWSRequest(
            method="POST",
            url="https://organizations.us-east-1.amazonaws.com/",
            headers={
                "Content-Type": "application/x-amz-json-1.1",
                "X-Amz-Target": "AWSOrganizationsV20161128.ListAccounts",
                "User-Agent": "groundwork/0.1",
            },
            data=b'{"MaxResults": 20, "NextToken": "AAEAAHSmQ9cM3bRk"}',
        ),
    ),
    "s3_get": (
        S3SigV4Auth,
        "s3",
        lambda: AWSRequest(
            method="GET",
            url="https://audit-logs-123456789012.s3.us-east-1.amazonaws.com/AWSLogs/123456789012/CloudTrail/us-east-1/2026/12/04/123456789012_CloudTrail_us-east-1_20261204T0000Z_abc.json.gz",
            headers={"User-Agent": "groundwork/0.1"},
        ),
    ),
}


def fixed_authorization(auth_class, service, make_request):
    original = botocore.auth.get_current_datetime
    botocore.auth.get_current_datetime = lambda *args, **kwargs: FIXED
    try:
        request = make_request()
        auth_class(CREDENTIALS, service, "us-east-1").add_auth(request)
        return request.headers["Authorization"]
    finally:
        botocore.auth.get_current_datetime = original


def median_us(auth_class, service, make_request, iterations, repetitions):
    signer = auth_class(CREDENTIALS, service, "us-east-1")
    for _ in range(max(1, iterations // 10)):
        signer.add_auth(make_request())
    samples = []
    for _ in range(repetitions):
        # Requests are built before the clock starts: only add_auth is timed.
        requests = [make_request() for _ in range(iterations)]
        start = time.thread_time()
        for request in requests:
            signer.add_auth(request)
        samples.append((time.thread_time() - start) / iterations * 1e6)
    samples.sort()
    return samples[len(samples) // 2]


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    repetitions = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    results = {}
    for name, (auth_class, service, make_request) in SCENARIOS.items():
        results[name] = {
            "us": "%.3f" % median_us(auth_class, service, make_request, iterations, repetitions),
            "authorization": fixed_authorization(auth_class, service, make_request),
        }
    print(json.dumps({"signer": "botocore " + botocore.__version__, "iterations": iterations, "results": results}, sort_keys=True))


if __name__ == "__main__":
    main()
