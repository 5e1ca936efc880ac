"""Screenshot a Heraldo page as a signed-in demo user, at laptop and phone widths.

    .venv/bin/python scripts/shot.py http://127.0.0.1:8000/registro/ --user jefatura --out screenshots/registro

writes screenshots/registro-1366.png and screenshots/registro-390.png. Needs a running server with the demo loaded
and Debian's Chromium. `--user ""` takes the page signed out.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import sync_playwright

DEMO_PASSWORD = "Heraldo.Demo.2026"  # noqa: S105  the demo's published password


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--user", default="jefatura")
    parser.add_argument("--out", required=True)
    parser.add_argument("--widths", default="1366,390")
    parser.add_argument("--full-page", action="store_true")
    args = parser.parse_args()
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(args.url))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        for width in (int(w) for w in args.widths.split(",")):
            context = browser.new_context(
                viewport={"width": width, "height": 900 if width > 600 else 844}, locale="es-PE"
            )
            page = context.new_page()
            if args.user:
                page.goto(f"{origin}/cuenta/login/")
                page.fill("input[name=login]", args.user)
                page.fill("input[name=password]", DEMO_PASSWORD)
                page.click("button[type=submit]")
                page.wait_for_load_state()
            page.goto(args.url)
            page.wait_for_load_state("networkidle")
            target = f"{args.out}-{width}.png"
            page.screenshot(path=target, full_page=args.full_page)
            print(target)
            context.close()
        browser.close()


if __name__ == "__main__":
    main()
