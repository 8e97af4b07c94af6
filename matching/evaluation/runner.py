"""Runs the graded evaluation: loads its profiles as rows, scores a round, measures the ranks.

The round goes through the same services as a nightly round (selectors, engine, assignment,
stored proposals), so the figures describe what coordinators would see. Call it inside a
database that holds nothing else (the command makes a throwaway one; tests use theirs).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from accounts.models import Organisation, Role, Sector, User
from matching.evaluation.mentors import MENTORS, MentorRow
from matching.evaluation.requests import REQUESTS, RequestRow
from matching.evaluation.second_opinions import SECOND_OPINIONS
from matching.evaluation.sets import GradedSet, check_vocabulary, eligible
from matching.models import MatchRun, MentoringRequest, MentorProfile, Proposal, Topic
from matching.services import match_runs

TOP_N = 5
PARTS = (
    "tuning",
    "held_out",
    "fresh",
    "blind",
    "round7",
    "round8",
    "round9",
    "round10",
    "round11",
    "round12",
    "round13",
    "round14",
    "round15",
)
PATTERNS = ("words", "family", "terms", "experience", "capacity")
# Graded gains: 2^grade - 1 with ideal = 2, acceptable = 1.
GAINS = {"ideal": 3.0, "acceptable": 1.0}
THIS_YEAR = 2026
# Our own set; evaluate() runs another one read by sets.read_set the same way.
OURS = GradedSet(mentors=MENTORS, requests=REQUESTS)


@dataclass
class PartResult:
    requests: int = 0
    ndcg_at_5: float = 0.0
    top1_ideal: float = 0.0
    all_ideal_in_top5: float = 0.0
    ineligible_shown: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)


def _load(graded: GradedSet) -> tuple[dict[str, MentorProfile], dict[str, MentoringRequest]]:
    sectors = {s.slug: s for s in Sector.objects.all()}
    topics = {t.slug: t for t in Topic.objects.all()}
    check_vocabulary(graded, sectors, topics)
    # Rows naming one organisation share it (sets.parse_set: they agree on its profile).
    organisations: dict[str, Organisation] = {}

    def organisation_of(row: MentorRow | RequestRow, spun_out_year: int | None) -> Organisation:
        if row.organisation not in organisations:
            made = Organisation.objects.create(
                name=row.organisation, stage=row.stage, region=row.region,
                employees=row.employees, parent_body=row.parent_body,
                spun_out_year=spun_out_year,
            )  # fmt: skip
            made.sectors.set([sectors[s] for s in row.sectors])
            organisations[row.organisation] = made
        return organisations[row.organisation]

    mentors: dict[str, MentorProfile] = {}
    for i, row in enumerate(graded.mentors):
        organisation = organisation_of(row, row.spun_out_year)
        user = User.objects.create(
            email=f"mentor-{i}@evaluation.example", full_name=row.key, role=Role.MENTOR,
            organisation=organisation, password="!",
        )  # fmt: skip
        profile = MentorProfile.objects.create(
            user=user, capacity=row.capacity, accepting=row.accepting, remote_ok=row.remote_ok,
            bio=row.bio,
        )  # fmt: skip
        profile.expertise.set([topics[t] for t in row.expertise])
        mentors[row.key] = profile
    requests: dict[str, MentoringRequest] = {}
    for i, req in enumerate(graded.requests):
        organisation = organisation_of(req, None)
        user = User.objects.create(
            email=f"request-{i}@evaluation.example", full_name=req.key, role=Role.MENTEE,
            organisation=organisation, password="!",
        )  # fmt: skip
        made = MentoringRequest.objects.create(
            organisation=organisation, created_by=user, summary=req.summary, goals=req.goals,
            preferred_format=req.preferred_format,
        )  # fmt: skip
        made.needs.set([topics[t] for t in req.needs])
        requests[req.key] = made
    return mentors, requests


def _run_round() -> MatchRun:
    """A round through the services, in this process (as `run_matching --sync` does)."""
    run = match_runs.match_run_create(kind=MatchRun.Kind.ROUND, enqueue=False)
    return match_runs.round_run(run=run)


def _dcg(gains: Iterable[float]) -> float:
    return sum(g / math.log2(i + 2) for i, g in enumerate(gains))


def _measure(
    rows: list[RequestRow],
    ranked: Mapping[str, Sequence[str]],
    mentor_rows: dict[str, MentorRow],
) -> PartResult:
    result = PartResult(requests=len(rows))
    if not rows:
        return result
    ndcg = top1 = all_in = 0.0
    for row in rows:
        shown = list(ranked.get(row.key, ())[:TOP_N])
        grade = dict.fromkeys(row.acceptable, "acceptable") | dict.fromkeys(row.ideal, "ideal")
        gains = [GAINS.get(grade.get(k, ""), 0.0) for k in shown]
        best = sorted((GAINS[g] for g in grade.values()), reverse=True)[:TOP_N]
        ndcg += _dcg(gains) / _dcg(best)
        top1 += bool(shown) and shown[0] in row.ideal
        all_in += set(row.ideal) <= set(shown)
        result.ineligible_shown += sum(not eligible(row, mentor_rows[k]) for k in shown)
        if not shown or shown[0] not in row.ideal or not set(row.ideal) <= set(shown):
            result.misses.append({"request": row.key, "shown": shown, "ideal": list(row.ideal)})
    result.ndcg_at_5 = round(ndcg / len(rows), 4)
    result.top1_ideal = round(top1 / len(rows), 4)
    result.all_ideal_in_top5 = round(all_in / len(rows), 4)
    return result


def _in_sector_fallbacks(
    recommended: dict[str, str],
    ranked: dict[str, list[str]],
    mentor_rows: dict[str, MentorRow],
    request_rows: Iterable[RequestRow],
) -> dict[str, Any]:
    """Requests whose recommended mentor is not their first-ranked one (capacity went
    elsewhere), and how many of those still got a mentor from their own sector."""
    by_key = {r.key: r for r in request_rows}
    fallbacks = [k for k, m in recommended.items() if ranked.get(k) and ranked[k][0] != m]
    in_sector = [
        k for k in fallbacks if set(mentor_rows[recommended[k]].sectors) & set(by_key[k].sectors)
    ]
    return {"fallbacks": len(fallbacks), "fallbacks_in_sector": len(in_sector)}


def evaluate(graded: GradedSet = OURS) -> dict[str, Any]:
    """Load the set, run a round, and return the metrics for each part and for all requests.

    The parts and patterns are those the set's requests name (for ours, PARTS and PATTERNS);
    the second opinions are scored beside the engine for our set only. SetError if the set's
    sectors or topics are not this database's."""
    mentors, requests = _load(graded)
    run = _run_round()
    key_of_mentor = {p.pk: k for k, p in mentors.items()}
    key_of_request = {r.pk: k for k, r in requests.items()}
    ranked: dict[str, list[str]] = {}
    recommended: dict[str, str] = {}
    for request_id, mentor_id, is_recommended in (
        Proposal.objects.filter(request_id__in=key_of_request)
        .order_by("request_id", "rank")
        .values_list("request_id", "mentor_id", "recommended")
    ):
        ranked.setdefault(key_of_request[request_id], []).append(key_of_mentor[mentor_id])
        if is_recommended:
            recommended[key_of_request[request_id]] = key_of_mentor[mentor_id]
    mentor_rows = {m.key: m for m in graded.mentors}
    result: dict[str, Any] = {
        "run_status": run.status,
        "mentors": len(graded.mentors),
        "parts": list(graded.parts),
    }
    for part in graded.parts:
        rows = [r for r in graded.requests if r.part == part]
        result[part] = _measure(rows, ranked, mentor_rows).__dict__
    result["all"] = _measure(list(graded.requests), ranked, mentor_rows).__dict__
    # Per pattern, over every part: where the engine is weak, not a figure to tune on.
    result["patterns"] = {
        pattern: _measure(
            [r for r in graded.requests if r.pattern == pattern], ranked, mentor_rows
        ).__dict__
        for pattern in graded.patterns
    }
    result["assignment"] = _in_sector_fallbacks(recommended, ranked, mentor_rows, graded.requests)
    result["second_opinions"] = second_opinions(ranked, mentor_rows) if graded is OURS else {}
    return result


def second_opinions(
    ranked: dict[str, list[str]], mentor_rows: dict[str, MentorRow]
) -> dict[str, dict[str, Any]]:
    """The other coordinators' rankings scored against the set's grades as the engine is, and
    the engine's on the same requests (see second_opinions.py)."""
    keys = {k for opinion in SECOND_OPINIONS.values() for k in opinion}
    rows = [r for r in REQUESTS if r.key in keys]
    out = {
        name: _measure(rows, opinion, mentor_rows).__dict__
        for name, opinion in SECOND_OPINIONS.items()
    }
    out["engine"] = _measure(rows, ranked, mentor_rows).__dict__
    for figures in out.values():
        figures.pop("misses")
    return out
