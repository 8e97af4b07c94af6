"""Every page's title follows one pattern, "What it is · Mutual Mentors" (WCAG 2.4.2): people
with many tabs, and screen reader users, tell pages apart by the part before the dot."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TITLE = re.compile(r"{% block title %}(.*?){% endblock %}", re.DOTALL)
# The landing page leads with the service's name; base.html holds the fallback.
WHOLE = {"frontend/templates/frontend/home.html", "frontend/templates/base.html"}


def test_every_page_title_ends_with_the_service_name_after_a_middle_dot() -> None:
    templates = [
        p
        for p in ROOT.glob("*/templates/**/*.html")
        if ".venv" not in p.parts and str(p.relative_to(ROOT)) not in WHOLE
    ]
    titled = {p: TITLE.search(p.read_text(encoding="utf-8")) for p in templates}
    found = {str(p.relative_to(ROOT)): m.group(1) for p, m in titled.items() if m}
    assert len(found) > 40
    wrong = {
        path: title for path, title in found.items() if not title.endswith(" · Mutual Mentors")
    }
    assert wrong == {}
