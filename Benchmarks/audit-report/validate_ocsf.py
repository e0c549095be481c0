"""Cross-checks Groundwork's OCSF output with Prowler's OCSF models (PyPI `py-ocsf-models`).

Run with a Python that has the package: `OCSF_PYTHON=/path/to/venv/bin/python bash run.sh`.
The models check types and enumerations (class, activity, severity, compliance status ids);
the Swift tests check the required attributes themselves.
"""
import json
import sys

from py_ocsf_models.events.findings.compliance_finding import ComplianceFinding

events = json.load(open(sys.argv[1]))
for index, event in enumerate(events):
    try:
        ComplianceFinding(**event)
    except Exception as error:  # report which event and why, then fail
        print(f"event {index} ({event['compliance']['control']}): {error}", file=sys.stderr)
        sys.exit(1)
print(f"ocsf: {len(events)} Compliance Finding events accepted by py-ocsf-models")
