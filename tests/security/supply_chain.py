"""S12 of the test plan: known vulnerabilities in the pinned Python and JavaScript packages (`make audit`).

    .venv/bin/python tests/security/supply_chain.py [--offline-ok]

Runs `pip-audit -r requirements.lock --no-deps -s pypi` (the lock pins every package, dependencies included)
and `npm audit --omit=dev --json` (the packages Heraldo serves to browsers), then prints the versions of the
JavaScript that is served (the manifest of vendored assets, from package-lock.json).
Waivers: tests/security/audit-waivers.txt, one `ID until YYYY-MM-DD why` a line; a waiver past its date no
longer counts, so the finding fails the run again.

Exit status: 0 when both audits ran and found nothing unwaived; 1 when a vulnerability is found; 3 when a
vulnerability database could not be reached (the packages were NOT audited; --offline-ok turns that into 0,
saying so). No other service than the package registries is asked.
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
WAIVERS = Path(__file__).with_name("audit-waivers.txt")


def waivers(today: datetime.date) -> dict[str, str]:
    """Waived advisory ids still in force, with their reason."""
    found = {}
    for line in WAIVERS.read_text().splitlines() if WAIVERS.exists() else []:
        match = re.match(r"^(\S+)\s+until\s+(\d{4}-\d{2}-\d{2})\s+(.+)$", line.strip())
        if match and datetime.date.fromisoformat(match.group(2)) >= today:
            found[match.group(1)] = match.group(3)
    return found


def python_audit(waived: dict[str, str]) -> tuple[str, list[str]]:
    """("ok" | "found" | "unreachable", lines to print)."""
    pip_audit = Path(sys.executable).parent / "pip-audit"
    command = [str(pip_audit), "-r", str(ROOT / "requirements.lock"), "--no-deps", "-s", "pypi"]
    command += ["--progress-spinner", "off", "--format", "json"]
    for advisory in waived:
        command += ["--ignore-vuln", advisory]
    run = subprocess.run(command, capture_output=True, text=True, timeout=600)  # noqa: S603
    try:
        report = json.loads(run.stdout)
    except json.JSONDecodeError:
        return "unreachable", [f"pip-audit gave no report (status {run.returncode}): {run.stderr.strip()[-500:]}"]
    packages = report.get("dependencies", [])
    skipped = [p for p in packages if p.get("skip_reason")]
    vulnerable = [(p, v) for p in packages for v in p.get("vulns", [])]
    lines = [f"pip-audit: {len(packages)} pinned packages, {len(packages) - len(skipped)} audited"]
    for package, vuln in vulnerable:
        fixes = ", ".join(vuln.get("fix_versions", [])) or "no fixed version"
        lines.append(f"  {package['name']} {package['version']}: {vuln['id']} (fixed in {fixes})")
    if vulnerable:
        return "found", lines
    if packages and len(skipped) == len(packages):
        lines.append("  no package could be audited: " + skipped[0]["skip_reason"])
        return "unreachable", lines
    for package in skipped:
        lines.append(f"  not audited: {package['name']} {package['version']}: {package['skip_reason']}")
    return ("unreachable" if skipped else "ok"), lines


def javascript_audit(waived: dict[str, str]) -> tuple[str, list[str]]:
    run = subprocess.run(  # noqa: S603
        ["npm", "audit", "--omit=dev", "--json"],  # noqa: S607
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    try:
        report = json.loads(run.stdout)
    except json.JSONDecodeError:
        return "unreachable", [f"npm audit gave no report (status {run.returncode}): {run.stderr.strip()[-500:]}"]
    if "vulnerabilities" not in report:
        reason = report.get("message") or report.get("error", {}).get("summary") or run.stderr.strip()[-300:]
        return "unreachable", [f"npm audit: the advisory database did not answer: {reason}"]
    lines = [f"npm audit: {report.get('metadata', {}).get('dependencies', {}).get('prod', '?')} production packages"]
    unwaived = []
    for name, finding in report["vulnerabilities"].items():
        advisories = [v.get("url", "") for v in finding.get("via", []) if isinstance(v, dict)]
        if advisories and all(any(w in url for w in waived) for url in advisories):
            continue
        unwaived.append(name)
        lines.append(f"  {name}: {finding.get('severity')} {' '.join(advisories)}")
    return ("found" if unwaived else "ok"), lines


def served_javascript() -> list[str]:
    """name@version of every runtime package in package-lock.json (what Heraldo serves, with no CDN)."""
    lock = json.loads((ROOT / "package-lock.json").read_text())
    return sorted(
        f"{path.removeprefix('node_modules/')}@{entry['version']}"
        for path, entry in lock.get("packages", {}).items()
        if path.startswith("node_modules/") and not entry.get("dev")
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--offline-ok", action="store_true", help="exit 0 when no vulnerability database answers")
    args = parser.parse_args()
    waived = waivers(datetime.datetime.now(tz=datetime.UTC).date())
    for advisory, reason in waived.items():
        print(f"waived: {advisory}: {reason}")
    outcomes = []
    for audit in (python_audit, javascript_audit):
        outcome, lines = audit(waived)
        outcomes.append(outcome)
        print("\n".join(lines))
    print("served JavaScript: " + ", ".join(served_javascript()))
    if "found" in outcomes:
        raise SystemExit(1)
    if "unreachable" in outcomes:
        print("NOT AUDITED: a vulnerability database could not be reached from this machine")
        raise SystemExit(0 if args.offline_ok else 3)
    print("0 known vulnerabilities")


if __name__ == "__main__":
    main()
