"""What the web and worker processes load at start-up: the document libraries only when a document is made.

WeasyPrint (with fontTools and Pango), python-docx and docxtpl cost some 25 MB of memory in each process
(test plan L5: the worker under 300 MB) and most processes never print a document.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DOCUMENT_LIBRARIES = ("weasyprint", "fontTools", "docx", "docxtpl")

# What `manage.py run_huey` does before it consumes: set Django up and load every app's tasks module.
START_UP = """
import json, sys
import django
django.setup()
from django.utils.module_loading import autodiscover_modules
import huey.contrib.djhuey
autodiscover_modules("tasks")
from django.urls import get_resolver
get_resolver().url_patterns  # and what the web process loads with its first request
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules})))
"""


def test_starting_the_web_or_worker_process_loads_no_document_library(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "heraldo.settings",
        "HERALDO_VAR_DIR": str(tmp_path),
        "HERALDO_JOBS_IMMEDIATE": "false",
    }
    env.pop("DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "-c", START_UP], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    loaded = set(json.loads(result.stdout.strip().splitlines()[-1]))
    assert loaded.isdisjoint(DOCUMENT_LIBRARIES), sorted(loaded & set(DOCUMENT_LIBRARIES))


def test_a_document_still_loads_them_when_made():
    from heraldo.core.pdf import html_to_pdf

    assert html_to_pdf("<p>Informe</p>").startswith(b"%PDF")
