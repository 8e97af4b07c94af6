"""The repository stands alone: no file points outside it, and every relative link in the
README and docs/ leads to a file that exists."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXT = (".md", ".py", ".html", ".js", ".css", ".txt", ".toml", ".yml", ".yaml", ".cfg")
OUTSIDE = "../" + "shared"  # spelt in two parts so this file does not match itself


def tracked(*suffixes: str) -> list[Path]:
    names = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    return [ROOT / n for n in names if n.endswith(suffixes) and (ROOT / n).is_file()]


def test_nothing_points_outside_the_repository() -> None:
    offenders = [
        str(p.relative_to(ROOT)) for p in tracked(*TEXT) if OUTSIDE in p.read_text(errors="replace")
    ]
    assert offenders == []


def test_relative_links_in_the_docs_lead_somewhere() -> None:
    broken = []
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        for target in re.findall(r"\]\(([^)\s]+)\)", page.read_text()):
            if re.match(r"[a-z]+:", target) or target.startswith("#"):
                continue
            path = (page.parent / target.split("#", 1)[0]).resolve()
            if not path.exists() or not path.is_relative_to(ROOT):
                broken.append(f"{page.relative_to(ROOT)} -> {target}")
    assert broken == []
