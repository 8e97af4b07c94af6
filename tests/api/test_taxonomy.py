"""GET taxonomy/ serves every vocabulary the pages show, from the model choices, and no page
script keeps its own copy of those labels."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.db.models import Choices
from rest_framework.test import APIClient

from accounts.models import LegalForm, ParentBody, Region, Stage
from enquiries.models import Enquiry
from matching.models import MentoringRequest, Mentorship, PreferredFormat, Proposal

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
}


@pytest.mark.django_db
def test_it_serves_each_vocabulary_in_the_models_order_with_their_labels() -> None:
    response = APIClient().get("/api/v1/taxonomy/")
    assert response.status_code == 200
    data = response.json()
    # DESIGN.md's keys stay as they were.
    assert {"sectors", "topics", "stages", "regions"} <= set(data)
    assert [s["value"] for s in data["stages"]] == list(Stage.values)
    assert [r["slug"] for r in data["regions"]] == list(Region.values)
    for key, choices in SERVED.items():
        assert data[key] == [{"slug": v, "label": str(lb)} for v, lb in choices.choices], key


def test_the_schema_documents_the_new_keys() -> None:
    from drf_spectacular.generators import SchemaGenerator

    schema = SchemaGenerator().get_schema(request=None, public=True)
    properties = schema["components"]["schemas"]["Taxonomy"]["properties"]
    for key in SERVED:
        assert key in properties and properties[key].get("description"), key


@pytest.mark.parametrize("key", sorted(SERVED))
def test_no_script_keeps_a_copy_of_a_served_vocabulary(key: str) -> None:
    values = [str(v) for v in SERVED[key].values]
    copies = [
        path.name
        for path in SCRIPTS.glob("*.js")
        if all(re.search(rf"\b{re.escape(v)}\"?\s*:", path.read_text()) for v in values)
    ]
    assert copies == [], f"read {key} from GET taxonomy/ instead"
