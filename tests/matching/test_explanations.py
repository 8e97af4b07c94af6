"""Explanation sentences: every feature in words from its raw facts, unknowns said plainly."""

from __future__ import annotations

import re
from typing import Any

import pytest

from accounts.models import Organisation
from matching import explanations
from matching.engine.features import FEATURES, LABELS
from matching.explanations import MENTEE, OTHERS, Facts, explain, facts_for, sentence
from tests import factories


def org(**fields: Any) -> Organisation:
    base: dict[str, Any] = {"name": "X", "stage": 2, "region": "wales", "employees": 40}
    base["parent_body"] = "nhs"
    return Organisation(**{**base, **fields})


def facts(**overrides: Any) -> Facts:
    base: dict[str, Any] = {
        "needs": ["Pensions", "TUPE", "Assets"],
        "expertise": {"Pensions", "TUPE", "Leadership"},
        "request_sectors": ["Libraries and culture"],
        "mentor_sectors": {"Libraries and culture", "Housing"},
        "request_org": org(),
        "mentor_org": org(
            stage=4, employees=400, parent_body="local_authority", spun_out_year=2015
        ),
        "preferred_format": "either",
        "remote_ok": True,
        "bio": "I led a library spin-out.",
        "audience": MENTEE,
    }
    return Facts(**{**base, **overrides})


def item(feature: str, value: float | None = 0.5, **extra: Any) -> dict[str, Any]:
    return {
        "feature": feature,
        "label": LABELS.get(feature, extra.pop("label", "")),
        "value": value,
        "weight": 0.2,
        "contribution": 0.0 if value is None else value * 0.2,
        "known": value is not None,
        **extra,
    }


def test_topics_name_what_is_covered() -> None:
    assert sentence(item("topic"), facts()) == "Covers 2 of your 3 topics: pensions and TUPE."
    others = facts(audience=OTHERS)
    assert (
        sentence(item("topic"), others) == "Covers 2 of the 3 topics asked for: pensions and TUPE."
    )
    assert sentence(item("topic"), facts(expertise=set())) == "Covers none of your three topics."
    assert sentence(item("topic"), facts(needs=[])).startswith("No topics were given")


def test_sector_region_stage_size_parent_and_text() -> None:
    f = facts()
    assert sentence(item("sector"), f) == "Has worked in the same sector: libraries and culture."
    assert sentence(item("region"), f) == "Same region: Wales."
    assert sentence(item("stage"), f) == "Two stages ahead of you: setting up."
    assert sentence(item("size"), f) == (
        "About 10 times the size: 400 staff in the mentor's mutual, 40 in yours."
    )
    assert sentence(item("parent_body"), f) == (
        "Different parent bodies: the mentor's mutual came from a local authority."
    )
    assert "a lot in common" in sentence(item("text", 0.2), f)
    assert "something in common" in sentence(item("text", 0.08), f)
    assert "little in common" in sentence(item("text", 0.01), f)
    assert sentence(item("inferred", 0.8), f) == (
        "Closely matches the concerns your request describes in its own words."
    )
    assert sentence(item("experience"), f).startswith("The mentor's mutual spun out in 2015, ")
    related = facts(mentor_sectors={"Education"})
    assert sentence(item("sector", 0.5), related) == "Has worked in a related sector: education."
    assert sentence(item("sector", 0.0), related).startswith("Has not worked in your sector")
    assert "little in common" in sentence(item("text", 0.01), f)


def test_service_areas_the_request_names_in_its_words() -> None:
    words = "We run reading groups in two prisons and want to sell them to schools."
    named = facts(request_text=words, mentor_sector_slugs={"education": "Education"})
    assert sentence(item("inferred_sector", 1.0), named) == (
        "Has worked in education, which your request mentions."
    )
    related = facts(request_text=words, mentor_sector_slugs={"mental-health": "Mental health"})
    assert sentence(item("inferred_sector", 0.25), related) == (
        "Has worked in a service area related to one your request mentions."
    )
    other = facts(request_text=words, mentor_sector_slugs={"housing": "Housing"}, audience=OTHERS)
    assert sentence(item("inferred_sector", 0.0), other) == (
        "Has not worked in the other service areas the request mentions."
    )


def test_needs_the_words_raise_are_named_with_what_the_mentor_knows_of_them() -> None:
    raised = ["HR and managing change", "Pensions"]
    knows_one = facts(raised_needs=raised, expertise={"Pensions"})
    assert sentence(item("inferred", 0.5), knows_one) == (
        "Knows about pensions, which the words of your request also raise, "
        "but not HR and managing change."
    )
    # A topic the mentor's bio shows counts as known, as it does in the engine.
    from_bio = facts(raised_needs=raised, expertise=set(), bio_topics=set(raised))
    assert sentence(item("inferred", 0.5), from_bio) == (
        "Knows about HR and managing change and pensions, "
        "which the words of your request also raise."
    )
    neither = facts(raised_needs=["Pensions"], expertise=set(), audience=OTHERS)
    assert sentence(item("inferred", 0.0), neither) == (
        "The words of the request also raise pensions, which the mentor does not list."
    )


@pytest.mark.django_db
def test_facts_name_the_needs_beyond_the_stated_ones_with_one_query(
    django_assert_num_queries: Any,
) -> None:
    request = factories.MentoringRequestFactory.create(
        summary="Staff are worried about the LGPS and what the unions will say.",
        goals="",
        needs=["pensions"],
    )
    mentor = factories.MentorProfileFactory.create(
        bio="I took our staff through a TUPE transfer.", expertise=["leadership"]
    )
    proposal = factories.ProposalFactory.create(request=request, mentor=mentor)
    proposal = (
        type(proposal)
        .objects.select_related("request__organisation", "mentor__user__organisation")
        .get(pk=proposal.pk)
    )
    with django_assert_num_queries(1):
        names = explanations._words_topics([proposal])[2]
    assert names["pensions"] == "Pensions"
    f = facts_for([proposal], audience=MENTEE)[proposal.pk]
    # Pensions is stated, so only what the words add is named.
    assert "Pensions" not in f.raised_needs
    # "LGPS" signals TUPE as well as pensions; "unions" signals HR.
    assert f.raised_needs == ["HR and managing change", "TUPE and staff transfer"]
    assert "TUPE and staff transfer" in f.bio_topics
    assert sentence(item("inferred", 0.3), f) == (
        "Knows about TUPE and staff transfer, which the words of your request also raise, "
        "but not HR and managing change."
    )


def test_regions_near_and_far() -> None:
    near = facts(mentor_org=org(region="south-west"))
    assert sentence(item("region"), near) == "Neighbouring region: South West, next to Wales."
    far = facts(mentor_org=org(region="scotland"))
    assert sentence(item("region"), far) == "Scotland, far from Wales, but happy to meet remotely."
    in_person = facts(mentor_org=org(region="scotland"), preferred_format="in_person")
    assert "travel" in sentence(item("region"), in_person)


def test_established_mentor_and_not_ahead() -> None:
    established = facts(mentor_org=org(stage=6))
    assert (
        sentence(item("stage"), established) == "Four stages ahead of you: an established mutual."
    )
    behind = facts(mentor_org=org(stage=1))
    assert "behind you" in sentence(item("stage"), behind)


@pytest.mark.parametrize(
    ("feature", "overrides", "words"),
    [
        ("sector", {"request_sectors": []}, "We do not know your sector"),
        ("sector", {"mentor_sectors": set()}, "has not said which sectors"),
        ("stage", {"mentor_org": None}, "We do not know how far the mentor's mutual has come"),
        ("region", {"request_org": org(region="")}, "We do not know your region"),
        ("region", {"mentor_org": org(region="")}, "We do not know the mentor's region"),
        ("size", {"request_org": org(employees=None)}, "We do not know your number of staff"),
        ("parent_body", {"mentor_org": org(parent_body="")}, "We do not know the mentor's"),
        ("text", {"bio": ""}, "has not written about themselves"),
        ("inferred", {}, "did not point to any further topics"),
        ("inferred_sector", {}, "name no other service area"),
        ("experience", {"mentor_org": org(spun_out_year=None)}, "We do not know when"),
    ],
)
def test_unknown_values_are_said_plainly(
    feature: str, overrides: dict[str, Any], words: str
) -> None:
    assert words in sentence(item(feature, None), facts(**overrides))


def test_every_engine_feature_has_its_own_sentence() -> None:
    f = facts()
    for feature in FEATURES:
        text = sentence(item(feature), f)
        assert text and not text.startswith(LABELS[feature]), feature


def test_unknown_features_degrade_to_their_label() -> None:
    new = {
        "feature": "inferred_topic",
        "label": "Knows related topics",
        "value": 0.8,
        "weight": 0.1,
    }
    assert sentence(new, facts()) == "Knows related topics: a strong fit."
    assert sentence({**new, "value": None, "known": False}, facts()) == (
        "Knows related topics: not known, so it was left out."
    )
    # No label at all: still no raw field name on the page.
    assert sentence({"feature": "sector_relatedness", "value": 0.1}, None) == (
        "Another factor: a weak fit."
    )


def test_explain_adds_sentence_and_maximum_and_skips_junk() -> None:
    rows = explain([item("topic", 0.5), "junk", {"feature": "x", "weight": -0.1}], facts())
    assert [r["max"] for r in rows] == [0.2, 0.0]
    assert rows[0]["sentence"].startswith("Covers")
    assert explain(None, None) == []


def test_the_words_bar_is_drawn_against_a_close_description_not_identical_text() -> None:
    # "A lot in common" (a cosine of 0.15 or more) fills at least half its bar.
    row = explain([{**item("text", 0.15), "weight": 0.6}], facts())[0]
    assert "a lot in common" in row["sentence"]
    assert row["max"] == pytest.approx(0.6 * explanations.TEXT_CEILING)
    assert 0.6 * 0.15 / row["max"] == pytest.approx(0.5)


def test_no_sentence_shows_a_long_decimal_or_a_raw_name() -> None:
    f = facts()
    for feature in (*FEATURES, "experience"):
        for value in (None, 0.0, 0.333333, 1.0):
            text = sentence(item(feature, value), f)
            assert not re.search(r"\d\.\d{3}", text)
            assert "_" not in text
    assert explanations.join_names(["A", "B", "C"]) == "a, b and c"


def test_names_keep_their_capitals_where_they_are_proper_names() -> None:
    assert explanations.in_running_text("Pensions") == "pensions"
    assert explanations.in_running_text("Children's services") == "children's services"
    assert explanations.in_running_text("TUPE and staff transfer") == "TUPE and staff transfer"
    assert explanations.in_running_text("Right to Provide") == "Right to Provide"
    # A list whose names hold "and" gets a comma before the last "and", so it reads as three.
    names = ["Pensions", "Legal form and governance", "Right to Provide"]
    assert explanations.join_names(names) == (
        "pensions, legal form and governance, and Right to Provide"
    )
    assert explanations.join_names(["Pensions", "Legal form and governance"]) == (
        "pensions and legal form and governance"
    )
