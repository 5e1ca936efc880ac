"""The engine stays pure Python, even reading the Registro's cargo vocabulary."""

import subprocess
import sys


def test_the_engine_imports_no_django():
    probe = (
        "import sys, heraldo.ceremonial.precedence.provisional_table; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'django'))"
    )

    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)  # noqa: S603

    assert loaded.stdout.strip() == "[]"
