"""GET taxonomy/ serves every vocabulary the pages show, from the model choices, and no page
script keeps its own copy of those labels."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.db.models import Choices
from rest_framework.test import APIClient

from accounts.models import LegalForm, ParentBody, Region, Role, Stage
from api.mentorship_news import CHANGE_VERBS
from core.models import AuditEvent
from enquiries.models import Enquiry
from matching.models import MatchRun, MentoringRequest, Mentorship, PreferredFormat, Proposal
from resources.models import CaseStudy, Resource

ROOT = Path(__file__).resolve().parent.parent.parent
SCRIPTS = ROOT / "frontend" / "static" / "frontend" / "js"

SERVED: dict[str, type[Choices]] = {
    "parent_bodies": ParentBody,
    "legal_forms": LegalForm,
    "preferred_formats": PreferredFormat,
    "request_statuses": MentoringRequest.Status,
    "proposal_statuses": Proposal.Status,
    "mentorship_statuses": Mentorship.Status,
    "enquiry_kinds": Enquiry.Kind,
    "enquiry_statuses": Enquiry.Status,
    "match_run_statuses": MatchRun.Status,
    "resource_statuses": Resource.Status,
    "case_study_statuses": CaseStudy.Status,
    "roles": Role,
}
# A mentorship's `latest_change.verb`, labelled as the audit trail labels it.
CHANGES = [{"slug": v, "label": str(AuditEvent.Verb(v).label)} for v in CHANGE_VERBS]


def vocabularies() -> dict[str, list[tuple[str, str]]]:
    """Every (value, label) pair the taxonomy serves for a model choice."""
    pairs = {key: [(str(v), str(lb)) for v, lb in c.choices] for key, c in SERVED.items()}
    pairs["mentorship_changes"] = [(c["slug"], c["label"]) for c in CHANGES]
    return pairs


def copied_labels(source: str) -> list[str]:
    """The choice labels a script spells out itself, in any of the shapes copies took:
    a map entry keyed by the value (`draft: "Draft: not public yet."`), a ternary on the value
    giving its label (`status === "waiting" ? "Waiting for the enquirer"`), or a label of
    several words as a string of its own (`"Fledgling mutual"`)."""
    quote = "[\"'`]"
    found = []
    for key, pairs in vocabularies().items():
        for value, label in pairs:
            v, lb = re.escape(value), re.escape(label)
            shapes = [
                rf"(?<![\w.-]){quote}?{v}{quote}?\s*:\s*{quote}{lb}\b",
                rf"{quote}{v}{quote}\s*\?\s*{quote}{lb}[.:!]?{quote}",
            ]
            if " " in label:
                shapes.append(rf"{quote}{lb}{quote}")
            if any(re.search(shape, source) for shape in shapes):
                found.append(f"{key}.{value} ({label!r})")
    return found


@pytest.mark.django_db
def test_it_serves_each_vocabulary_in_the_models_order_with_their_labels() -> None:
    response = APIClient().get("/api/v1/taxonomy/")
    assert response.status_code == 200
    data = response.json()
    # The contract's keys stay as they were (docs/api.md).
    assert {"sectors", "topics", "stages", "regions"} <= set(data)
    assert [s["value"] for s in data["stages"]] == list(Stage.values)
    assert [r["slug"] for r in data["regions"]] == list(Region.values)
    for key, choices in SERVED.items():
        assert data[key] == [{"slug": v, "label": str(lb)} for v, lb in choices.choices], key
    assert data["mentorship_changes"] == CHANGES
    assert [c["label"] for c in CHANGES] == [
        "Started", "Paused", "Resumed", "Completed", "Ended", "Reopened",
    ]  # fmt: skip


def test_the_schema_documents_every_key_it_serves() -> None:
    from drf_spectacular.generators import SchemaGenerator

    schema = SchemaGenerator().get_schema(request=None, public=True)
    properties = schema["components"]["schemas"]["Taxonomy"]["properties"]
    for key in [*SERVED, "mentorship_changes"]:
        assert key in properties and properties[key].get("description"), key
    assert set(schema["components"]["schemas"]["Taxonomy"]["required"]) == set(properties)


@pytest.mark.django_db
def test_the_schema_lists_exactly_the_keys_served() -> None:
    from drf_spectacular.generators import SchemaGenerator

    schema = SchemaGenerator().get_schema(request=None, public=True)
    served = APIClient().get("/api/v1/taxonomy/").json()
    assert set(schema["components"]["schemas"]["Taxonomy"]["properties"]) == set(served)


@pytest.mark.parametrize("key", sorted(SERVED))
def test_no_script_keeps_a_copy_of_a_served_vocabulary(key: str) -> None:
    values = [str(v) for v in SERVED[key].values]
    copies = [
        path.name
        for path in SCRIPTS.glob("*.js")
        if all(re.search(rf"\b{re.escape(v)}\"?\s*:", path.read_text()) for v in values)
    ]
    assert copies == [], f"read {key} from GET taxonomy/ instead"


@pytest.mark.parametrize("script", sorted(p.name for p in SCRIPTS.glob("*.js")))
def test_no_script_spells_out_a_label_of_a_choice(script: str) -> None:
    source = (SCRIPTS / script).read_text()
    assert copied_labels(source) == [], "read these labels from vocabulary() (GET taxonomy/)"
    # The maps that used to hold such copies stay gone.
    old = re.findall(r"\b(?:const|let|var)\s+(CHANGE_WORDS|STATUS|STATES)\b", source)
    assert old == []


def test_the_check_finds_each_shape_a_copy_took() -> None:
    # The copies this check was written against, so it cannot pass by matching nothing.
    assert copied_labels('const S = { draft: "Draft: not public yet." };') == [
        "resource_statuses.draft ('Draft')",
        "case_study_statuses.draft ('Draft')",
    ]
    assert copied_labels('{ queued: "Queued: waiting for a worker…" }') == [
        "match_run_statuses.queued ('Queued')"
    ]
    assert copied_labels('{ paused: "Paused", resumed: "Resumed" }') == [
        "mentorship_statuses.paused ('Paused')",
        "mentorship_changes.paused ('Paused')",
        "mentorship_changes.resumed ('Resumed')",
    ]
    assert copied_labels('s === "waiting" ? "Waiting for the enquirer" : s') != []
    assert copied_labels('s === "published" ? "Published." : "Not yet."') != []
    assert copied_labels('contact(person, "Fledgling mutual")') == [
        "roles.mentee ('Fledgling mutual')"
    ]
    # Prose that merely starts with a label's word is not a copy.
    assert copied_labels('announce("Paused: we will not suggest you.")') == []
    assert copied_labels('s === "closed" ? "Closed after" : "Waiting"') == []


def test_scripts_fetch_the_taxonomy_through_the_one_cached_helper() -> None:
    callers = [
        path.name
        for path in SCRIPTS.glob("*.js")
        if path.name != "api.js" and re.search(r"""api\(\s*["'`]taxonomy/""", path.read_text())
    ]
    assert callers == [], "use vocabulary() from api.js"


def test_no_page_template_lists_a_served_vocabulary_by_hand() -> None:
    # The queue's status filter used to spell its options out; now queue.js fills it.
    values = {value for pairs in vocabularies().values() for value, _ in pairs}
    options = [
        f"{path.relative_to(ROOT)}: {value}"
        for path in (ROOT / "frontend" / "templates").rglob("*.html")
        for value in re.findall(r'<option value="([\w-]+)"', path.read_text())
        if value in values
    ]
    assert options == [], "fill these from GET taxonomy/ (or the model's choices) instead"
