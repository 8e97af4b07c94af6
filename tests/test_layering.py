"""The app layering in DESIGN.md holds: accounts imports none of our other apps."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OURS = {"matching", "api", "frontend", "worker"}


def imported_roots(path: Path) -> set[str]:
    roots: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_accounts_depends_on_no_other_app_of_ours() -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(imported_roots(path) & OURS)
        for path in (ROOT / "accounts").rglob("*.py")
        if imported_roots(path) & OURS
    }
    assert offenders == {}
