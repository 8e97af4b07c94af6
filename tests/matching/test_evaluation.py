"""The graded evaluation set, scored through the services, stays at the quality we measured."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from matching.evaluation.mentors import MENTORS
from matching.evaluation.requests import REQUESTS
from matching.evaluation.runner import PARTS, PATTERNS, evaluate
from matching.evaluation.second_opinions import SECOND_OPINIONS

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

# Requests per part: a new part is written whole and committed before its first run.
SIZES = {
    "tuning": 30,
    "held_out": 15,
    "fresh": 15,
    "blind": 20,
    "round7": 20,
    "round8": 20,
    "round9": 20,
    "round10": 20,
    "round11": 20,
    "round12": 20,
    "round13": 20,
    "round14": 20,
    "round15": 20,
}


def test_the_set_is_graded_and_covers_the_five_patterns() -> None:
    mentors = {m.key: m for m in MENTORS}
    assert len(MENTORS) >= 60 and len(REQUESTS) >= 40
    assert len({r.key for r in REQUESTS}) == len(REQUESTS)
    assert {r.part for r in REQUESTS} == set(PARTS)
    sizes = {part: sum(r.part == part for r in REQUESTS) for part in PARTS}
    assert sizes == SIZES
    for part in PARTS:
        assert {r.pattern for r in REQUESTS if r.part == part} == set(PATTERNS)
    for request in REQUESTS:
        assert request.ideal and set(request.ideal) <= set(mentors)
        assert set(request.acceptable) <= set(mentors)
        assert not set(request.ideal) & set(request.acceptable)
        # A coordinator can only pick a mentor the round may show: ahead, accepting, with room,
        # from another organisation.
        for key in request.ideal + request.acceptable:
            mentor = mentors[key]
            assert mentor.stage > request.stage, (request.key, key)
            assert mentor.accepting and mentor.capacity > 0, (request.key, key)
            assert mentor.organisation != request.organisation, (request.key, key)


def test_second_opinions_rank_five_eligible_mentors_for_the_same_requests() -> None:
    mentors = {m.key: m for m in MENTORS}
    requests = {r.key: r for r in REQUESTS}
    (first, *others) = SECOND_OPINIONS.values()
    assert len(first) == 60 and all(set(o) == set(first) for o in others)
    # Six from each of the ten parts there were in round 12.
    sampled = [requests[k].part for k in first]
    assert {part: sampled.count(part) for part in set(sampled)} == dict.fromkeys(PARTS[:10], 6)
    for opinion in SECOND_OPINIONS.values():
        for key, ranked in opinion.items():
            assert len(ranked) == len(set(ranked)) == 5
            for mentor in (mentors[m] for m in ranked):
                assert mentor.stage > requests[key].stage and mentor.accepting, (key, mentor.key)


def test_the_round_ranks_ideal_mentors_first_and_never_an_ineligible_one() -> None:
    result = evaluate()
    assert result["run_status"] == "succeeded"
    for part in (*PARTS, "all"):
        assert result[part]["ineligible_shown"] == 0
    assert [result[part]["requests"] for part in (*PARTS, "all")] == [
        *(SIZES[part] for part in PARTS),
        sum(SIZES.values()),
    ]
    # Figures measured when the features landed (docs/matching.md), less a small margin.
    assert result["tuning"]["ndcg_at_5"] >= 0.75
    assert result["tuning"]["top1_ideal"] >= 0.85
    assert result["tuning"]["all_ideal_in_top5"] >= 0.95
    assert result["held_out"]["all_ideal_in_top5"] >= 0.85
    # Service areas named in the words lifted the family pattern from 0.760 to 0.838 (round 8);
    # the clean parts since drew it to 0.794 (round13 in, round 13), 0.781 (round14 in, round
    # 14) and 0.775 (round15 in, round 15), with the engine unchanged: the floor sits below.
    assert result["patterns"]["family"]["ndcg_at_5"] >= 0.77
    # Per pattern too: each pattern's requests, and misses that are its own.
    assert set(result["patterns"]) == set(PATTERNS)
    for pattern, figures in result["patterns"].items():
        rows = {r.key for r in REQUESTS if r.pattern == pattern}
        assert figures["requests"] == len(rows)
        assert {m["request"] for m in figures["misses"]} <= rows
        assert 0.0 < figures["ndcg_at_5"] <= 1.0
    # Other coordinators agree with the set's grades far more than the engine does (0.918 nDCG@5
    # each when written): the grades are a coordinator's, not noise, and the gap is the engine's.
    opinions = result["second_opinions"]
    assert set(opinions) == {*SECOND_OPINIONS, "engine"}
    for name in SECOND_OPINIONS:
        assert opinions[name]["requests"] == 60 and opinions[name]["ineligible_shown"] == 0
        assert opinions[name]["ndcg_at_5"] >= 0.85
        assert opinions[name]["ndcg_at_5"] > opinions["engine"]["ndcg_at_5"]
    # No floor for the fresh, blind and round7 to round13 parts on purpose: they are
    # measured, never tuned on (docs/matching.md).


@pytest.mark.django_db(transaction=True)  # the command creates and drops its own database
def test_the_command_prints_each_part_and_each_pattern() -> None:
    table = StringIO()
    call_command("evaluate_matching", stdout=table)
    lines = table.getvalue().splitlines()
    assert lines[0].split()[:3] == ["part", "requests", "nDCG@5"]
    # A line per part and one for all, the pattern heading, a line per pattern, the assignment.
    heading = len(PARTS) + 2
    assert [line.split()[:2] for line in lines[1:heading]] == [
        [part, str(sum(r.part == part for r in REQUESTS) if part != "all" else len(REQUESTS))]
        for part in (*PARTS, "all")
    ]
    assert lines[heading] == "by pattern, over all parts:"
    patterns = lines[heading + 1 : heading + 1 + len(PATTERNS)]
    assert [line.split()[:2] for line in patterns] == [
        [pattern, str(sum(r.pattern == pattern for r in REQUESTS))] for pattern in PATTERNS
    ]
    opinions = lines[heading + 1 + len(PATTERNS) :]
    assert opinions[0].startswith("other coordinators")
    assert [line.split()[:2] for line in opinions[1:-1]] == [
        [name, "60"] for name in (*SECOND_OPINIONS, "engine")
    ]
    assert opinions[-1].startswith("assignment: ")
