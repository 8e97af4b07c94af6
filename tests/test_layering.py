"""Imports flow one way: core <- accounts <- matching <- (programme, resources, enquiries) <- (api,
frontend), and no module of ours takes part in an import cycle.

The graph is read statically with `ast`, module-level and function-level imports alike, so an
import tucked inside a function to dodge a cycle still counts.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Lower layers never import higher ones; apps in one layer do not import each other.
LAYERS = {
    "core": 0,
    "accounts": 1,
    "matching": 2,
    "programme": 3,
    "resources": 3,
    "enquiries": 3,
    "api": 4,
    "frontend": 4,
}
# The Celery app: plumbing that matching and the apps above it may use to send tasks.
WORKER = "worker"
# The project's wiring (settings, urls): it may import any app, and no app imports it.
CONFIG = "config"
PACKAGES = [*LAYERS, WORKER, CONFIG]

Edge = tuple[str, str]


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def our_modules() -> dict[str, Path]:
    """Every module of our packages (apps that do not exist yet are simply absent)."""
    modules: dict[str, Path] = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" not in path.parts:
                modules[_module_name(path)] = path
    return modules


def _known(name: str, modules: dict[str, Path]) -> str | None:
    """The module of ours that `name` (a module or a name inside one) refers to."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def imports_of(module: str, source: str, modules: dict[str, Path]) -> set[str]:
    """Modules of ours that `source` (the text of `module`) imports, at any depth."""
    package = module if modules[module].name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([node.module] if node.module else [])])
            targets = [f"{base}.{alias.name}" for alias in node.names] + [base]
        else:
            continue
        for target in targets:
            known = _known(target, modules)
            if known and known != module:
                found.add(known)
    return found


def import_graph() -> dict[str, set[str]]:
    modules = our_modules()
    return {m: imports_of(m, path.read_text(), modules) for m, path in modules.items()}


def _allowed(source_app: str, target_app: str) -> bool:
    if source_app in (target_app, CONFIG):
        return True
    if target_app == CONFIG:
        return False
    if target_app == WORKER:
        return source_app in LAYERS and LAYERS[source_app] >= LAYERS["matching"]
    if source_app == WORKER:
        return False
    return LAYERS[target_app] < LAYERS[source_app]


def against_the_flow(graph: dict[str, set[str]]) -> list[Edge]:
    return sorted(
        (source, target)
        for source, targets in graph.items()
        for target in targets
        if not _allowed(source.split(".")[0], target.split(".")[0])
    )


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of two or more modules (Tarjan's algorithm, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work: list[tuple[str, Iterable[str]]] = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(iter(children), None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def test_no_import_goes_against_the_flow() -> None:
    assert against_the_flow(import_graph()) == []


def test_no_module_of_ours_is_part_of_an_import_cycle() -> None:
    assert cycles(import_graph()) == []


def test_core_imports_no_app_of_ours() -> None:
    graph = import_graph()
    assert {t for s, ts in graph.items() if s.startswith("core") for t in ts} <= {
        m for m in graph if m.startswith("core")
    }


def test_accounts_depends_on_no_other_app_of_ours() -> None:
    graph = import_graph()
    outside = {
        t
        for s, ts in graph.items()
        if s.split(".")[0] == "accounts"
        for t in ts
        if t.split(".")[0] not in ("accounts", "core")
    }
    assert outside == set()


def test_the_checks_catch_a_wrong_arrow_and_a_cycle() -> None:
    """The rules above are not vacuous: a made-up graph with each fault is caught."""
    graph = {
        "core.audit": {"matching.models"},  # core must import no app of ours
        "accounts.services": {"core.audit"},
        "matching.models": {"accounts.services"},
        "resources.services": {"enquiries.services"},  # siblings do not import each other
        "enquiries.services": {"matching.models"},
        "worker.tasks": {"matching.models"},
        "api.views": {"frontend.views", "matching.models"},
        "frontend.views": {"api.views"},  # a cycle between the two top apps
    }
    assert against_the_flow(graph) == [
        ("api.views", "frontend.views"),
        ("core.audit", "matching.models"),
        ("frontend.views", "api.views"),
        ("resources.services", "enquiries.services"),
        ("worker.tasks", "matching.models"),
    ]
    assert sorted(cycles(graph)) == [
        ["accounts.services", "core.audit", "matching.models"],
        ["api.views", "frontend.views"],
    ]


def test_function_level_and_relative_imports_count() -> None:
    modules = {name: ROOT / f"{name.replace('.', '/')}.py" for name in ("core.audit", "api.views")}
    modules["matching"] = ROOT / "matching" / "__init__.py"
    modules["matching.models"] = ROOT / "matching" / "models.py"
    source = "def f():\n    from matching.models import Proposal\n    from . import audit\n"
    assert imports_of("core.audit", source, modules) == {"matching.models"}
