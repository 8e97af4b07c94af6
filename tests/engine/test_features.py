"""Each feature against values worked out by hand."""

import math
from typing import cast

import numpy as np
import pytest

from matching.engine.features import FEATURES, PRIOR_WEIGHTS, default_stage_table, region_table
from matching.engine.lexicon import SECTOR_FAMILY_SIMILARITY
from matching.engine.needs import lexicon_topics, word_tokens
from matching.engine.scoring import build_index, explain, prepare_requests
from tests.engine import helpers

REQUEST = {
    "needs": ["tupe", "pensions", "leadership", "marketing"],
    "sectors": ["housing", "education"],
    "stage": 2,
    "region": "london",
    "employees": 100.0,
    "parent_body": "nhs",
    "format": "in_person",
    "text": "brand marketing website",
}
MENTOR_A = {
    "expertise": ["tupe", "pensions", "finance-investment"],
    "sectors": ["housing"],
    "stage": 6,
    "region": "east",
    "employees": 1000.0,
    "parent_body": "nhs",
    "bio": "pension actuary lgps",
}
MENTOR_B = {
    "expertise": ["marketing"],
    "sectors": ["housing", "education", "youth-services"],
    "stage": 3,
    "region": "scotland",
    "remote_ok": True,
    "employees": 10.0,
    "parent_body": "local_authority",
    "bio": "brand marketing website",
}


def values_for(request: dict[str, object], mentors: list[dict[str, object]]) -> np.ndarray:
    profiles = helpers.mentors(mentors)
    index = build_index(profiles)
    prepared = prepare_requests(index, helpers.requests([request]))
    pairs = np.arange(len(mentors))
    return explain(index, prepared, np.zeros(len(mentors), dtype=np.intp), pairs).values


def feature(values: np.ndarray, mentor: int, name: str) -> float:
    return float(values[mentor, FEATURES.index(name)])


def test_topic_coverage_is_the_share_of_needs_covered() -> None:
    values = values_for(REQUEST, [MENTOR_A, MENTOR_B])
    assert feature(values, 0, "topic") == pytest.approx(2 / 4)
    assert feature(values, 1, "topic") == pytest.approx(1 / 4)


def test_topic_coverage_counts_needs_that_no_mentor_offers() -> None:
    request = {**REQUEST, "needs": ["tupe", "right-to-provide"]}
    values = values_for(request, [MENTOR_A])
    assert feature(values, 0, "topic") == pytest.approx(1 / 2)


def test_a_stated_need_the_words_never_mention_counts_half_beside_one_they_raise() -> None:
    # "Business planning" is ticked, but the words are about pensions (also ticked) and a
    # building (not ticked): the tick the words never mention counts 0.5, pensions 1.
    pensions_only = {**MENTOR_A, "expertise": ["pensions"], "bio": ""}
    planning_only = {**MENTOR_A, "expertise": ["business-planning"], "bio": ""}
    request = {
        **REQUEST,
        "needs": ["business-planning", "pensions"],
        "text": "Staff fear for their LGPS pension. The council offers a community asset "
        "transfer of our building.",
    }
    values = values_for(request, [pensions_only, planning_only])
    assert feature(values, 0, "topic") == pytest.approx(1 / 1.5)
    assert feature(values, 1, "topic") == pytest.approx(0.5 / 1.5)
    # Without the building, the words raise nothing beyond what was ticked: both count 1.
    request["text"] = "Staff fear for their LGPS pension."
    values = values_for(request, [pensions_only, planning_only])
    assert feature(values, 0, "topic") == pytest.approx(1 / 2)
    assert feature(values, 1, "topic") == pytest.approx(1 / 2)


def test_sector_is_the_share_of_the_request_areas_the_mentor_knows() -> None:
    # The request is in housing and education. A knows housing only; B knows both, and
    # youth services besides, which must not dilute what B covers (a cosine would).
    values = values_for(REQUEST, [MENTOR_A, MENTOR_B])
    assert feature(values, 0, "sector") == pytest.approx(0.5)
    assert feature(values, 1, "sector") == pytest.approx(1.0)
    # A related area counts its similarity, and a mentor's closest area is the one that counts.
    health = {**REQUEST, "sectors": ["community-health"]}
    related = {**MENTOR_A, "sectors": ["adult-social-care"]}
    both = {**MENTOR_A, "sectors": ["housing", "adult-social-care", "community-health"]}
    values = values_for(health, [related, both, MENTOR_A])
    assert feature(values, 0, "sector") == pytest.approx(SECTOR_FAMILY_SIMILARITY)
    assert feature(values, 1, "sector") == pytest.approx(1.0)
    assert feature(values, 2, "sector") == 0.0


def test_stage_fit_follows_the_table() -> None:
    values = values_for(REQUEST, [MENTOR_A, MENTOR_B])
    assert feature(values, 0, "stage") == 1.0  # established
    assert feature(values, 1, "stage") == pytest.approx(0.6)  # one stage ahead
    table = default_stage_table()
    assert table[1, 4] == 1.0  # two or more stages ahead
    assert table[2, 2] == 0.0 and table[3, 1] == 0.0  # not ahead
    assert table[5, 5] == 0.0  # an established mentee has nobody ahead


def test_region_same_neighbour_far_and_remote_floor() -> None:
    values = values_for(REQUEST, [MENTOR_A, MENTOR_B, {**MENTOR_A, "region": "london"}])
    assert feature(values, 0, "region") == 0.5  # east borders london
    assert feature(values, 1, "region") == 0.0  # scotland, and the mentee wants in person
    assert feature(values, 2, "region") == 1.0
    remote = values_for({**REQUEST, "format": "remote"}, [MENTOR_A, MENTOR_B])
    assert feature(remote, 0, "region") == 0.5  # mentor A does not work remotely
    assert feature(remote, 1, "region") == 0.75  # the floor for a remote-friendly pair
    table = region_table()
    assert (table == table.T).all()
    assert table[11].sum() == 1.0  # northern-ireland borders no other region


def test_size_halves_for_each_factor_of_ten() -> None:
    values = values_for(REQUEST, [MENTOR_A, MENTOR_B, {**MENTOR_A, "employees": 100.0}])
    assert feature(values, 0, "size") == pytest.approx(0.5)
    assert feature(values, 1, "size") == pytest.approx(0.5)
    assert feature(values, 2, "size") == pytest.approx(1.0)


def test_parent_body_is_equality() -> None:
    values = values_for(REQUEST, [MENTOR_A, MENTOR_B])
    assert feature(values, 0, "parent_body") == 1.0
    assert feature(values, 1, "parent_body") == 0.0


def test_text_is_the_tfidf_cosine() -> None:
    values = values_for(REQUEST, [MENTOR_A, MENTOR_B])
    assert feature(values, 0, "text") == pytest.approx(0.0)
    assert feature(values, 1, "text") == pytest.approx(1.0)


def test_plurals_are_one_word_in_the_text_model() -> None:
    # "costs", "networks" and "records" in a bio meet "cost", "network" and "record" in a request.
    request = {**REQUEST, "text": "network cost record"}
    bio = {**MENTOR_B, "bio": "networks costs records"}
    values = values_for(request, [MENTOR_A, bio])
    assert feature(values, 1, "text") == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("word", "stem"),
    [("costs", "cost"), ("services", "service"), ("bodies", "body"), ("trustees", "trustee"),
     ("business", "business"), ("status", "status"), ("gas", "gas"), ("cases", "case")],
)  # fmt: skip
def test_the_plural_stemmer_folds_plurals_only(word: str, stem: str) -> None:
    assert word_tokens(word) == [stem]


def test_a_lexicon_phrase_is_found_in_its_plural() -> None:
    assert lexicon_topics("two staff transfers and the bonds") == lexicon_topics(
        "a staff transfer and a bond"
    )
    assert lexicon_topics("staff transfers")


@pytest.mark.parametrize(
    ("text", "topic"),
    [("how much money we need, and whether to borrow", "finance-investment"),
     ("who our trustees are and what our constitution says", "legal-governance"),
     ("the premises and the landlord", "assets"),
     ("our branding and social media", "marketing"),
     ("a theory of change for our impact report", "social-value")],
)  # fmt: skip
def test_a_topic_is_read_from_its_everyday_words(text: str, topic: str) -> None:
    assert topic in lexicon_topics(text)


def test_words_of_other_meanings_in_our_sectors_signal_nothing() -> None:
    # A food bank is not a bank, swimming coaching is not leadership coaching, and promoting
    # health is not marketing: such words are left out of the lexicon.
    assert lexicon_topics("the food bank, swimming coaching, and we promote health") == {}


def test_a_text_with_no_known_words_is_unknown() -> None:
    values = values_for({**REQUEST, "text": "zebra quokka"}, [MENTOR_A, MENTOR_B])
    assert math.isnan(feature(values, 0, "text"))


def test_unknown_values_spread_their_weight_over_the_others() -> None:
    sparse_mentor = {**MENTOR_A, "employees": np.nan, "parent_body": "", "bio": ""}
    # Mentor B is there so that the request's words are in the TF-IDF vocabulary.
    profiles = helpers.mentors([MENTOR_A, sparse_mentor, MENTOR_B])
    index = build_index(profiles)
    prepared = prepare_requests(index, helpers.requests([REQUEST]))
    result = explain(index, prepared, np.array([0, 0]), np.array([0, 1]))
    assert result.incomplete[1]
    # Mentor A lacks only "inferred" and "inferred_sector": for both mentors, the request's
    # words raise no topic beyond its needs and name no service area beyond its own.
    assert np.isnan(result.values[0]).sum() == 2
    unknown = [FEATURES.index(f) for f in ("inferred", "inferred_sector", "size", "parent_body")]
    assert np.isnan(result.values[1, unknown]).all()
    assert (result.weights[1, unknown] == 0).all()
    assert result.weights[1].sum() == pytest.approx(1.0)
    # A missing bio is not unknown: it matches nothing, so text counts 0 with its full weight.
    text = FEATURES.index("text")
    assert result.values[1, text] == 0.0 and result.weights[1, text] > 0
    known = [
        FEATURES.index(f) for f in ("topic", "sector", "stage", "experience", "region", "text")
    ]
    total = sum(prepared.weights[0, j] for j in known)
    for j in known:
        assert result.weights[1, j] == pytest.approx(prepared.weights[0, j] / total)
    rows = result.rows(1)
    assert [r["known"] for r in rows].count(False) == 4
    assert sum(cast(float, r["contribution"]) for r in rows) == pytest.approx(
        result.scores[1], abs=1e-12
    )


def test_a_mentor_without_a_bio_is_not_lifted_above_one_with_a_bio() -> None:
    # Same mentor twice, once with a bio that shares a little with the request, once without:
    # text renormalised away would have put the silent one first.
    wordy = {**MENTOR_A, "bio": "brand work and a website for a small charity"}
    silent = {**MENTOR_A, "bio": ""}
    profiles = helpers.mentors([wordy, silent, MENTOR_B])
    index = build_index(profiles)
    prepared = prepare_requests(index, helpers.requests([REQUEST]))
    result = explain(index, prepared, np.array([0, 0]), np.array([0, 1]))
    assert result.values[0, FEATURES.index("text")] > 0
    assert result.scores[0] > result.scores[1]


def test_the_hand_computed_score() -> None:
    # Prior weights; experience at its floor (0.2 of its weight: nothing in the words asks for a
    # long-established mutual), "inferred" unknown (no need beyond the stated ones) and
    # "inferred_sector" unknown (the words name no service area).
    weights = [0.074, 0.089, 0.021, 0.2 * 0.017, 0.014, 0.006, 0.006, 0.61]
    # Sector: the request's housing is the mentor's own, its education unrelated to housing.
    values = [0.5, 0.5, 1.0, 0.75, 0.5, 0.5, 1.0, 0.0]
    assert PRIOR_WEIGHTS["topic"] == 0.074 and PRIOR_WEIGHTS["text"] == 0.61
    expected = sum(w * v for w, v in zip(weights, values, strict=True)) / sum(weights)
    profiles = helpers.mentors([MENTOR_A, MENTOR_B])
    index = build_index(profiles)
    prepared = prepare_requests(index, helpers.requests([REQUEST]))
    result = explain(index, prepared, np.array([0]), np.array([0]))
    assert feature(values_for(REQUEST, [MENTOR_A, MENTOR_B]), 0, "topic") == 0.5
    assert result.scores[0] == pytest.approx(expected, abs=1e-12)
