#!/usr/bin/env python3
"""Turn `factdiff check --format json` into a GitLab Code Quality report.

    factdiff check --format json --fail-on never reports/ > factdiff.json
    python3 scripts/gitlab-codequality.py factdiff.json > gl-code-quality-report.json

GitLab shows the findings in merge requests (artifacts:reports:codequality). Severity: error -> critical,
warning -> major, info -> info. The fingerprint is factdiff's own, so a finding keeps its identity across runs.
Standard library only.
"""
import json
import sys

SEVERITY = {"error": "critical", "warning": "major", "info": "info"}


def convert(report):
    paths = {s["id"]: s["path"] for s in report.get("sources", [])}
    issues = []
    for f in report.get("findings", []):
        first = (f.get("evidence") or [{}])[0]
        source = first.get("source") or (f.get("sources") or [""])[0]
        description = f"[{f['rule']}] {f['message']}"
        if f.get("likelyCause"):
            description += f" Likely cause: {f['likelyCause']}"
        issues.append({
            "description": description,
            "check_name": f["rule"],
            "fingerprint": f.get("fingerprint") or f["id"],
            "severity": SEVERITY.get(f.get("severity"), "info"),
            "location": {"path": paths.get(source, source), "lines": {"begin": first.get("line", 1)}},
        })
    return issues


def main(args):
    if len(args) != 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    with open(args[0], encoding="utf-8") as f:
        report = json.load(f)
    json.dump(convert(report), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
