"""The architecture contracts of pyproject.toml hold on the tree, and `make lint` fails when one is broken."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603
        [str(LINT_IMPORTS), "--no-logo", "--no-cache", "--config", str(root / "pyproject.toml")],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
    )


def copy_of_the_code(destination: Path) -> Path:
    """The Python modules and the contracts only: what lint-imports reads, without media, locales or assets."""

    def not_python(directory: str, names: list[str]) -> list[str]:
        return [
            name
            for name in names
            if name == "__pycache__" or (not name.endswith(".py") and not (Path(directory) / name).is_dir())
        ]

    shutil.copytree(ROOT / "heraldo", destination / "heraldo", ignore=not_python)
    shutil.copy(ROOT / "pyproject.toml", destination / "pyproject.toml")
    return destination


def test_the_tree_keeps_every_import_contract():
    result = lint_imports(ROOT)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


# Each deliberate violation: the code added to a copy of the tree, the contract it breaks, the import blamed.
VIOLATIONS = [
    (
        {"heraldo/core/press_counter.py": "from heraldo.press.models import PressRelease\n"},
        "Core is the ground floor",
        "heraldo.core.press_counter -> heraldo.press.models",
    ),
    (
        {"heraldo/monitoring/press_link.py": "from heraldo.press.models import PressRelease\n"},
        "Core is the ground floor",
        "heraldo.monitoring.press_link -> heraldo.press.models",
    ),
    (
        {"heraldo/press/agenda_link.py": "from heraldo.ceremonial.services.events import event_create\n"},
        "Other apps use heraldo.ceremonial through its models and selectors",
        "heraldo.press.agenda_link -> heraldo.ceremonial.services.events",
    ),
    (
        {"heraldo/ceremonial/placement.py": "\nfrom django.conf import settings\n"},
        "The precedence and placement engines are plain Python",
        "heraldo.ceremonial.placement -> django",
    ),
    (
        {
            "heraldo/core/outbox_drain_now.py": "from heraldo.core.outbox import outbox_drain\n",
            "heraldo/core/outbox.py": "\nfrom heraldo.core import outbox_drain_now\n",
        },
        "No import circles between core's modules",
        ".outbox_drain_now -> .outbox",
    ),
]


def test_each_deliberate_violation_breaks_its_contract_and_the_lint(tmp_path):
    root = copy_of_the_code(tmp_path)
    for additions, _contract, _culprit in VIOLATIONS:
        for module, source in additions.items():
            path = root / module
            path.write_text((path.read_text() if path.exists() else "") + source)

    result = lint_imports(root)

    assert result.returncode != 0
    broken_section = result.stdout.split("Broken contracts")[-1]
    for _additions, contract, culprit in VIOLATIONS:
        report = broken_section.split(contract, 1)
        assert len(report) == 2, f"{contract!r} not reported broken:\n{result.stdout}"
        assert culprit in report[1], f"{culprit!r} not blamed:\n{result.stdout}"
