"""Suggested topics while typing: the API, its bad input, and the lexicon tied to the topics."""

from __future__ import annotations

import pytest

from accounts.models import Sector
from matching.engine.features import default_sector_similarity
from matching.engine.lexicon import LEXICON, SECTOR_LEXICON, SERVICE_AREAS, TOPIC_DESCRIPTIONS
from matching.models import SectorSimilarity, Topic
from tests import factories
from tests.conftest import client_for
from tests.errors import field_errors

pytestmark = pytest.mark.django_db


def test_the_lexicon_and_descriptions_name_only_seeded_topics() -> None:
    topics = set(Topic.objects.values_list("slug", flat=True))
    assert set(TOPIC_DESCRIPTIONS) == topics
    assert {t for targets in LEXICON.values() for t in targets} <= topics


def test_related_service_areas_are_tied_to_the_sector_vocabulary() -> None:
    sectors = set(Sector.objects.values_list("slug", flat=True))
    assert set(SERVICE_AREAS) | {"other"} == sectors
    # Every area words can name is a real one, and every real service area can be named.
    assert {s for areas in SECTOR_LEXICON.values() for s in areas} == set(SERVICE_AREAS)
    seeded = {
        (a, b): v
        for a, b, v in SectorSimilarity.objects.values_list(
            "sector__slug", "related__slug", "similarity"
        )
    }
    # The data migration seeded exactly the engine's default table, over real sectors.
    assert seeded == default_sector_similarity()


def test_a_request_in_plain_words_gets_the_topics_it_describes() -> None:
    mentee = factories.UserFactory.create(role="mentee")
    response = client_for(mentee).post(
        "/api/v1/requests/suggest-needs/",
        {
            "summary": "Staff are worried about their pensions when they move across.",
            "goals": "Understand the LGPS admitted body rules and the bond.",
        },
        format="json",
    )
    assert response.status_code == 200, response.content
    suggestions = response.json()["suggestions"]
    slugs = [s["slug"] for s in suggestions]
    assert slugs[0] == "pensions" and "tupe" in slugs
    assert suggestions[0]["name"] == Topic.objects.get(slug="pensions").name
    scores = [s["score"] for s in suggestions]
    assert scores == sorted(scores, reverse=True) and all(0 < s <= 1 for s in scores)


def test_a_bio_gets_expertise_suggestions() -> None:
    mentor = factories.UserFactory.create(role="mentor")
    response = client_for(mentor).post(
        "/api/v1/mentors/suggest-expertise/",
        {"bio": "Won the leisure contract twice in open tender; procurement frameworks."},
        format="json",
    )
    assert response.status_code == 200
    assert response.json()["suggestions"][0]["slug"] == "bidding-contracts"


def test_empty_text_suggests_nothing_and_bad_input_names_the_field() -> None:
    client = client_for(factories.UserFactory.create(role="mentee"))
    empty = client.post("/api/v1/requests/suggest-needs/", {"summary": " "}, format="json")
    assert empty.status_code == 200 and empty.json() == {"suggestions": []}
    missing = client.post("/api/v1/requests/suggest-needs/", {"goals": "x"}, format="json")
    assert missing.status_code == 400 and "summary" in field_errors(missing)
    long = client.post("/api/v1/mentors/suggest-expertise/", {"bio": "x" * 5001}, format="json")
    assert long.status_code == 400 and "bio" in field_errors(long)
    anonymous = client_for(None).post(
        "/api/v1/mentors/suggest-expertise/", {"bio": "TUPE"}, format="json"
    )
    assert anonymous.status_code == 401


@pytest.mark.parametrize(
    ("summary", "goals", "topic"),
    [
        (
            "Nobody knows we exist outside the leisure centre.",
            "Get more people to sign up and win back the ones we lost.",
            "marketing",
        ),
        (
            "Several of us hoped to retire early.",
            "Can we keep the rule of 85, and what will our retirement age be?",
            "pensions",
        ),
        (
            "Our computers are old and everything sits on the council's servers.",
            "Move our files before the phone system is switched off.",
            "digital-it",
        ),
    ],
)
def test_needs_said_in_everyday_words_are_suggested(summary: str, goals: str, topic: str) -> None:
    """The lexicon's everyday wording: none of these texts names its topic, yet a phrase of it
    (not the model alone, which stays below 0.5) puts the topic first."""
    mentee = factories.UserFactory.create(role="mentee")
    response = client_for(mentee).post(
        "/api/v1/requests/suggest-needs/", {"summary": summary, "goals": goals}, format="json"
    )
    assert response.status_code == 200, response.content
    first = response.json()["suggestions"][0]
    assert first["slug"] == topic and first["score"] >= 0.6


@pytest.mark.parametrize(
    ("summary", "goals", "topics"),
    [
        (
            "The council says it could hand us the contract without a tender if we were a "
            "Teckal company.",
            "Find out what that would mean for who controls us.",
            {"bidding-contracts", "legal-governance"},
        ),
        (
            "Could the grant from the council count as a subsidy under subsidy control?",
            "Get the agreement right before we sign.",
            {"legal-governance", "finance-investment"},
        ),
        (
            "Our staff move under COSOP, not TUPE itself, and we have heard about Beckmann "
            "rights for early retirement.",
            "Know what we inherit.",
            {"tupe", "pensions"},
        ),
        (
            "The lease they offer is full repairing and insuring, with a schedule of "
            "dilapidations at the end.",
            "Decide whether to sign it.",
            {"assets"},
        ),
        (
            "The ICB wants to move us onto the NHS Standard Contract with CQUIN payments.",
            "Understand what changes for us.",
            {"commissioning"},
        ),
    ],
)
def test_specialist_terms_are_read_as_the_needs_they_signal(
    summary: str, goals: str, topics: set[str]
) -> None:
    """Terms a coordinator knows on sight, from the lexicon's specialist section: each text
    gets its topics among the first suggestions, with a phrase's score, not the model's."""
    mentee = factories.UserFactory.create(role="mentee")
    response = client_for(mentee).post(
        "/api/v1/requests/suggest-needs/", {"summary": summary, "goals": goals}, format="json"
    )
    assert response.status_code == 200, response.content
    strong = {s["slug"] for s in response.json()["suggestions"] if s["score"] >= 0.6}
    assert topics <= strong, response.json()["suggestions"]
