"""`make lint` runs mypy with the project's settings: a wrong call into a domain module fails it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_mypy_with_the_project_settings_rejects_a_call_with_an_unknown_argument(tmp_path):
    caller = tmp_path / "caller.py"
    caller.write_text(
        "from heraldo.directory.services.registry import person_create\n\n"
        'person_create(actor=None, data={"given_names": "Ana"})\n'
        'person_create(actor=None, data={"given_names": "Ana"}, colour="rojo")\n',
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"), str(caller)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert 'caller.py:4: error: Unexpected keyword argument "colour" for "person_create"' in result.stdout
    assert "Found 1 error in 1 file" in result.stdout
