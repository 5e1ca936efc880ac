"""The package reads as its pipeline: each stage imports only the stages before it, and only at the top."""

from __future__ import annotations

import ast
from pathlib import Path

import heraldo.monitoring.ingestion as package

STAGES = ["parse", "dedupe", "analyse", "store", "poll"]


def _imports(module: ast.Module) -> list[tuple[str, bool]]:
    """(imported module, imported at module level) for every import of the file."""
    top_level = {id(node) for node in module.body}
    found = []
    for node in ast.walk(module):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.module, id(node) in top_level))
        elif isinstance(node, ast.Import):
            found.extend((alias.name, id(node) in top_level) for alias in node.names)
    return found


def test_every_stage_imports_only_earlier_stages_and_no_project_module_from_inside_a_function():
    folder = Path(package.__file__).parent
    assert sorted(path.stem for path in folder.glob("*.py")) == sorted(["__init__", *STAGES])
    for position, stage in enumerate(STAGES):
        imports = _imports(ast.parse((folder / f"{stage}.py").read_text()))
        ours = [(name, top) for name, top in imports if name.startswith("heraldo.")]
        assert all(top for _name, top in ours), f"{stage}.py imports project code inside a function"
        used = {name.rsplit(".", 1)[1] for name, _top in ours if name.startswith(f"{package.__name__}.")}
        assert used <= set(STAGES[:position]), f"{stage}.py reaches a later stage: {sorted(used)}"
