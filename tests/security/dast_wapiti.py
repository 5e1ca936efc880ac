"""S11 of the test plan: wapiti (DAST) against a throwaway loopback installation, signed in as the head of unit.

    /tmp/plan-sec-venv/bin/pip install wapiti3                 # any venv but the project's: see WAPITI below
    .venv/bin/python tests/security/dast_wapiti.py [--minutes 30] [--keep]
    BENCH_SMOKE=1 .venv/bin/python tests/security/dast_wapiti.py       # 4 minutes, three modules

Builds the same throwaway installation as api_schemathesis.py (own var dir, migrated, demo office, production
settings, granian on a free loopback port), signs in as the head of unit through the real sign-in form (CSRF token
and all), and gives wapiti that session's cookies. wapiti crawls from the staff home and the public newsroom and
attacks every link and form it finds with the modules below; traffic goes only to 127.0.0.1 (scope "folder" of
the loopback origin). Left out: the modules that need a server of wapiti's on the internet (ssrf, xxe, log4shell),
brute force and directory busting (nikto, buster, brute_login_form: the plan's S7 covers lockout), time-based SQL
(timesql: sqlmap's S9 run covers it), and the CMS, TLS and takeover probes that do not apply to a loopback Django.
The sign-out and the pages that end or re-key sessions are excluded so the scan stays signed in; the script checks
at the end that it did.

Every finding is printed with its module, method, path, parameter and wapiti's note. A finding listed in REVIEWED
(reviewed by hand, with the reason it is not a defect) is printed as such and does not fail the run; any other
vulnerability or anomaly (wapiti counts a server error as an anomaly) fails it with exit status 1. wapiti's
"additionals" (the methods module's list of pages answering OPTIONS) are counted, not judged.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

from api_schemathesis import environment, free_port, manage, serve, stop

SMOKE = os.environ.get("BENCH_SMOKE") == "1"
WAPITI = Path(os.environ.get("WAPITI", "/tmp/plan-sec-venv/bin/wapiti"))  # noqa: S108  a venv of one's own
ROLE = "jefatura"  # the head of unit reaches every module's pages
DEMO_PASSWORD = "Heraldo.Demo.2026"  # noqa: S105  the demo office's known password (heraldo.core.demo)
MODULES = [
    "xss",
    "permanentxss",
    "sql",
    "exec",
    "file",
    "crlf",
    "redirect",
    "csrf",
    "csp",
    "http_headers",
    "cookieflags",
    "methods",
    "upload",
]
SMOKE_MODULES = ["xss", "sql", "http_headers"]
START_PATHS = ["/", "/noticias/", "/agenda/"]
# Pages whose forms end or re-key the session, or change the password or second factor: wapiti would sign
# itself out and scan the rest of the site as a visitor.
EXCLUDED_PATHS = [
    "/cuenta/logout/*",
    "/cuenta/sessions/*",
    "/cuenta/password/*",
    "/cuenta/2fa/*",
    "/cuenta/reauthenticate/*",
    "/admin/logout/*",
    "/i18n/*",
]
# (wapiti's category, regular expression on its note) -> why the finding is not a defect, after reading it.
REVIEWED: dict[tuple[str, str], str] = {
    ("Secure Flag cookie", r"cookie : (sessionid|csrftoken)$"): (
        "the scan speaks plain HTTP to 127.0.0.1 (HERALDO_HTTPS=false); the production profile sets Secure and the "
        "__Host- prefix on both cookies (core/test_config.py::test_production_profile_passes_the_deploy_checklist)"
    ),
}


def signed_in_cookies(base: str) -> str:
    """Session and CSRF cookies of a real sign-in through allauth's form, as one Cookie header value."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    login_url = f"{base}/cuenta/login/"
    page = opener.open(login_url, timeout=60).read().decode()  # noqa: S310  our loopback server
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    if token is None:
        raise SystemExit("the sign-in page carries no CSRF token")
    form = urllib.parse.urlencode({"csrfmiddlewaretoken": token.group(1), "login": ROLE, "password": DEMO_PASSWORD})
    request = urllib.request.Request(login_url, data=form.encode(), headers={"Referer": login_url})
    opener.open(request, timeout=60)  # noqa: S310  our loopback server
    cookies = {cookie.name: cookie.value for cookie in jar}
    if not any("sessionid" in name for name in cookies):
        raise SystemExit(f"signing in as {ROLE} gave no session cookie")
    return "; ".join(f"{name}={value}" for name, value in cookies.items())


def still_signed_in(base: str, cookie: str) -> bool:
    """The staff home answers 200 (not a redirect to the sign-in page) with the scan's cookies."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):  # noqa: ANN002, ANN003
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(urllib.request.Request(f"{base}/", headers={"Cookie": cookie}), timeout=60) as answer:  # noqa: S310
            return answer.status == 200
    except OSError:
        return False


def wapiti(base: str, cookie: str, *, modules: list[str], minutes: float, out: Path) -> Path:
    report = out / "wapiti.json"
    command = [str(WAPITI), "-u", f"{base}/", "--scope", "folder", "-m", ",".join(modules)]
    command += [arg for path in START_PATHS for arg in ("-s", f"{base}{path}")]
    command += [arg for path in EXCLUDED_PATHS for arg in ("-x", f"{base}{path}")]
    # The crawl is bounded so the attacks get most of the time: a few pages per folder are enough to reach
    # every form and filter (the 40th release adds nothing the 3rd did not), and each module gets a tenth.
    seconds = int(minutes * 60)
    command += ["-C", cookie, "--max-scan-time", str(seconds), "--max-attack-time", str(seconds // 10)]
    command += ["--max-links-per-page", "30", "--max-files-per-dir", "12", "-d", "4", "--tasks", "4", "-t", "20"]
    command += ["--store-session", str(out / "session"), "--store-config", str(out / "config"), "--flush-session"]
    command += ["-f", "json", "-o", str(report), "-v", "1", "--no-bugreport", "-S", "normal"]
    started = time.monotonic()
    run = subprocess.run(command, capture_output=True, text=True, timeout=minutes * 60 + 600)  # noqa: S603
    (out / "wapiti.log").write_text(run.stdout + run.stderr)
    print(f"wapiti ended with status {run.returncode} after {time.monotonic() - started:.0f} s")
    if not report.exists():
        raise SystemExit(f"wapiti wrote no report:\n{(run.stdout + run.stderr)[-3000:]}")
    return report


def review_of(category: str, info: str) -> str | None:
    for (reviewed_category, pattern), reason in REVIEWED.items():
        if reviewed_category == category and re.search(pattern, info.strip()):
            return reason
    return None


def findings(report: Path) -> list[dict]:
    data = json.loads(report.read_text())
    found = []
    for kind in ("vulnerabilities", "anomalies"):
        for category, items in data.get(kind, {}).items():
            for item in items:
                found.append({"kind": kind, "category": category, **item})
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=4 if SMOKE else 30, help="wapiti's whole scan")
    parser.add_argument("--keep", action="store_true", help="keep the var dir, wapiti's log and its JSON report")
    args = parser.parse_args()
    if not WAPITI.exists():
        raise SystemExit(f"wapiti not found at {WAPITI}: pip install wapiti3 into a venv and set WAPITI")
    var_dir = tempfile.mkdtemp(prefix="heraldo-wapiti-")
    env = environment(var_dir)
    server = None
    try:
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "demo_load", "--force", "--no-logins")
        port = free_port()
        server = serve(env, port)
        base = f"http://127.0.0.1:{port}"
        cookie = signed_in_cookies(base)
        modules = SMOKE_MODULES if SMOKE else MODULES
        print(f"wapiti {', '.join(modules)}; at most {args.minutes:g} min; signed in as {ROLE}")
        report = wapiti(base, cookie, modules=modules, minutes=args.minutes, out=Path(var_dir))
        data = json.loads(report.read_text())
        crawled = data.get("infos", {}).get("crawled_pages_nbr", "?")
        print(f"pages crawled: {crawled}; still signed in at the end: {still_signed_in(base, cookie)}")
        failing = []
        for finding in findings(report):
            module = finding.get("module", finding["category"])
            path = finding.get("path", "")
            reason = review_of(finding["category"], finding.get("info", ""))
            status = f"reviewed: {reason}" if reason else "TO FIX"
            print(
                f"[{finding['kind'][:4]}] {finding['category']} ({module}, level {finding.get('level')}) "
                f"{finding.get('method')} {path} parameter={finding.get('parameter')!r}\n"
                f"    {finding.get('info', '')[:300]}\n    {status}"
            )
            if reason is None:
                failing.append(finding)
                print("    " + finding.get("http_request", "").replace("\n", "\n    ")[:1500])
        informational = {name: len(items) for name, items in data.get("additionals", {}).items() if items}
        print(f"informational (not findings): {informational or 'none'}")
        print(f"{len(failing)} finding(s) not reviewed")
        if failing:
            raise SystemExit(1)
    finally:
        if server is not None:
            stop(server)
        if not args.keep:
            shutil.rmtree(var_dir, ignore_errors=True)
        else:
            print(f"kept {var_dir}")


if __name__ == "__main__":
    main()
