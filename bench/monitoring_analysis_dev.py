"""Mention F1 per person and the institution, topic F1, tone macro-F1 and copy grouping on the dev set.

The 46 labelled stories of heraldo/monitoring/tests/data/dev go through the real pipeline in a throw-away
test database (the figures are printed by heraldo/monitoring/tests/test_devset.py).

Run: .venv/bin/python bench/monitoring_analysis_dev.py
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

if __name__ == "__main__":
    sys.exit(
        subprocess.call(
            [
                sys.executable,
                "-m",
                "pytest",
                "-p",
                "no:cacheprovider",
                "-q",
                "-rfE",
                "heraldo/monitoring/tests/test_devset.py",
            ],
            cwd=ROOT,
        )
    )
