"""Reads shared by the engine's services and the API: each loads in a fixed number of queries.

Also home to a mentor's load (`mentor_loads`: what the capacity rule counts) and the
per-process cache of encoded mentors (`mentor_index`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple, cast

import numpy as np
from django.db.models import Avg, Count, Max, QuerySet
from django.utils import timezone

from accounts.models import Organisation
from matching.engine.features import (
    PRIOR_WEIGHTS,
    FeatureConfig,
    MentorProfiles,
    RequestProfiles,
    with_shared_budgets,
)
from matching.engine.scoring import MentorIndex, build_index
from matching.models import (
    MentoringRequest,
    MentorProfile,
    Mentorship,
    Proposal,
    ScoringModel,
    SectorSimilarity,
)

# Pairs that may not be proposed again: a person decided on them (or they are in progress).
ACTED_STATUSES = tuple(s for s in Proposal.Status.values if s != Proposal.Status.SUGGESTED)


def _grouped(pairs: Iterable[tuple[int, str]]) -> defaultdict[int, list[str]]:
    out: defaultdict[int, list[str]] = defaultdict(list)
    for key, slug in pairs:
        out[key].append(slug)
    return out


def _organisation_sectors(organisation_ids: Iterable[int]) -> defaultdict[int, list[str]]:
    through = Organisation.sectors.through
    ids = list(set(organisation_ids))
    rows = through.objects.filter(organisation_id__in=ids).values_list(
        "organisation_id", "sector__slug"
    )
    return _grouped(rows)


def mentor_fingerprint() -> tuple[Any, ...]:
    """Changes whenever anything the mentor encoding depends on changes (one query).

    M2M edits do not bump updated_at by themselves; `mentor_profile_changed` touches it.
    """
    profiles = MentorProfile.objects.aggregate(
        n=Count("id"), last=Max("updated_at"), org_last=Max("user__organisation__updated_at")
    )
    # An edit to the related service areas changes every mentor's sector block.
    table = SectorSimilarity.objects.aggregate(n=Count("id"), last=Max("updated_at"))
    return (profiles["n"], profiles["last"], profiles["org_last"], table["n"], table["last"])


def mentor_profiles_for_engine() -> MentorProfiles:
    """Every mentor profile with its organisation, expertise and sectors (four queries)."""
    rows = list(
        MentorProfile.objects.order_by("id").values_list(
            "id",
            "user__organisation_id",
            "user__organisation__stage",
            "user__organisation__region",
            "user__organisation__employees",
            "user__organisation__parent_body",
            "remote_ok",
            "bio",
            "capacity",
            "accepting",
            "user__organisation__spun_out_year",
        )
    )
    expertise = _grouped(
        MentorProfile.expertise.through.objects.values_list("mentorprofile_id", "topic__slug")
    )
    experience = _grouped(
        MentorProfile.sectors.through.objects.values_list("mentorprofile_id", "sector__slug")
    )
    org_sectors = _organisation_sectors(r[1] for r in rows if r[1] is not None)
    n = len(rows)
    ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=n)
    return MentorProfiles(
        ids=ids,
        organisation_ids=np.array([r[1] if r[1] is not None else -1 for r in rows], np.int64),
        expertise=[expertise.get(r[0], []) for r in rows],
        sectors=[
            sorted(set(experience.get(r[0], [])) | set(org_sectors.get(r[1] or -1, [])))
            for r in rows
        ],
        stages=np.array([r[2] or 0 for r in rows], dtype=np.int64),
        regions=[r[3] or "" for r in rows],
        employees=np.array([r[4] if r[4] else np.nan for r in rows], dtype=np.float64),
        parent_bodies=[r[5] or "" for r in rows],
        remote_ok=np.array([r[6] for r in rows], dtype=bool),
        bios=[r[7] or "" for r in rows],
        # The raw capacity: mentor_availability subtracts the current load.
        free_capacity=np.array([r[8] for r in rows], dtype=np.int64),
        accepting=np.array([r[9] for r in rows], dtype=bool),
        spun_out_years=np.array([r[10] or np.nan for r in rows], dtype=np.float64),
    )


def mentor_loads(mentor_ids: Iterable[int] | None = None) -> dict[int, int]:
    """Per mentor: live mentorships plus accepted proposals (two grouped queries)."""
    mentorships: QuerySet[Mentorship] = Mentorship.objects.filter(
        status__in=Mentorship.LIVE_STATUSES
    )
    accepted: QuerySet[Proposal] = Proposal.objects.filter(status=Proposal.Status.ACCEPTED)
    if mentor_ids is not None:
        ids = list(mentor_ids)
        mentorships = mentorships.filter(mentor_id__in=ids)
        accepted = accepted.filter(mentor_id__in=ids)
    loads: dict[int, int] = defaultdict(int)
    for queryset in (mentorships, accepted):
        for mentor_id, n in queryset.values_list("mentor_id").annotate(n=Count("id")).order_by():
            loads[mentor_id] += n
    return dict(loads)


def mentor_load(profile_id: int) -> int:
    """Places one mentor has promised: live (active or paused) mentorships plus accepted proposals.

    The capacity rule is `mentor_load(...) <= capacity`. The count is the engine's
    `mentor_loads`, so matching and the lifecycle can never disagree about it.
    """
    return mentor_loads([profile_id]).get(profile_id, 0)


def mentor_availability(mentors: MentorProfiles) -> tuple[np.ndarray, np.ndarray]:
    """(free capacity, accepting) in the mentors' order (two grouped queries).

    `mentors` comes from mentor_profiles_for_engine, whose free_capacity is still the raw
    capacity; profile fields are as fresh as the mentor fingerprint, loads are read now.
    """
    loads = mentor_loads()
    taken = np.fromiter((loads.get(i, 0) for i in mentors.ids.tolist()), np.int64, len(mentors))
    return np.asarray(mentors.free_capacity) - taken, np.asarray(mentors.accepting, dtype=bool)


def open_request_ids() -> list[int]:
    return list(
        MentoringRequest.objects.filter(status=MentoringRequest.Status.OPEN)
        .order_by("id")
        .values_list("id", flat=True)
    )


def requests_for_engine(request_ids: Iterable[int]) -> RequestProfiles:
    """The given open requests with their organisations and needs (three queries)."""
    ids = list(request_ids)
    rows = list(
        MentoringRequest.objects.filter(id__in=ids, status=MentoringRequest.Status.OPEN)
        .order_by("id")
        .values_list(
            "id",
            "organisation_id",
            "organisation__stage",
            "organisation__region",
            "organisation__employees",
            "organisation__parent_body",
            "preferred_format",
            "summary",
            "goals",
        )
    )
    needs = _grouped(
        MentoringRequest.needs.through.objects.filter(mentoringrequest_id__in=ids).values_list(
            "mentoringrequest_id", "topic__slug"
        )
    )
    org_sectors = _organisation_sectors(r[1] for r in rows)
    n = len(rows)
    return RequestProfiles(
        ids=np.fromiter((r[0] for r in rows), dtype=np.int64, count=n),
        organisation_ids=np.fromiter((r[1] for r in rows), dtype=np.int64, count=n),
        needs=[needs.get(r[0], []) for r in rows],
        sectors=[org_sectors.get(r[1], []) for r in rows],
        stages=np.array([r[2] or 0 for r in rows], dtype=np.int64),
        regions=[r[3] or "" for r in rows],
        employees=np.array([r[4] if r[4] else np.nan for r in rows], dtype=np.float64),
        parent_bodies=[r[5] or "" for r in rows],
        preferred_formats=[r[6] for r in rows],
        texts=[f"{r[7]}\n{r[8]}".strip() for r in rows],
    )


def acted_pairs(request_ids: Iterable[int]) -> list[tuple[int, int]]:
    """(request id, mentor id) pairs that a person has acted on: never re-proposed or touched."""
    return list(
        Proposal.objects.filter(request_id__in=list(request_ids), status__in=ACTED_STATUSES)
        .order_by()
        .values_list("request_id", "mentor_id")
    )


def scoring_model_active() -> ScoringModel | None:
    return ScoringModel.objects.filter(active=True).first()


def scoring_weights(model: ScoringModel | None) -> dict[str, float]:
    """The active model's weights, or the prior when no model has been activated."""
    if model is None or not model.weights:
        return dict(PRIOR_WEIGHTS)
    return with_shared_budgets({k: float(v) for k, v in model.weights.items()})


def decided_proposals() -> list[tuple[str, str, list[dict[str, Any]], Any]]:
    """(status, reason, explanation, status_changed_at) of every proposal a person decided."""
    return list(
        Proposal.objects.exclude(status=Proposal.Status.SUGGESTED)
        .order_by("status_changed_at", "id")
        .values_list("status", "reason", "explanation", "status_changed_at")
    )


def feature_config() -> FeatureConfig:
    """The engine's tables as edited in admin (related service areas) and today's year."""
    pairs = SectorSimilarity.objects.values_list("sector__slug", "related__slug", "similarity")
    return FeatureConfig(
        sector_similarity={(a, b): float(v) for a, b, v in pairs},
        as_of_year=timezone.localdate().year,
    )


# Caps on what trains the text model and the topic suggester: a sample describes the words
# as well as everything, and keeps building the mentor index quick at national scale.
CORPUS_LIMIT = 20_000


def request_texts() -> list[str]:
    """Summary and goals of the most recent requests (any status): TF-IDF is fitted on them
    beside the bios, so words that only mentees use still get an idf."""
    rows = MentoringRequest.objects.order_by("-id").values_list("summary", "goals")
    return [f"{s}\n{g}".strip() for s, g in rows[:CORPUS_LIMIT]]


def labelled_requests() -> list[tuple[str, list[str]]]:
    """(summary and goals, needs) of recent requests: the suggester learns from how people
    tagged their own words (two queries)."""
    rows = list(
        MentoringRequest.objects.order_by("-id").values_list("id", "summary", "goals")[
            :CORPUS_LIMIT
        ]
    )
    needs = _grouped(
        MentoringRequest.needs.through.objects.filter(
            mentoringrequest_id__in=[r[0] for r in rows]
        ).values_list("mentoringrequest_id", "topic__slug")
    )
    return [(f"{s}\n{g}".strip(), needs[i]) for i, s, g in rows if needs.get(i)]


def mentorship_outcomes() -> list[tuple[str, str, float | None, list[dict[str, Any]], Any]]:
    """(status, end reason, mean rating, the proposal's explanation, ended_at) of every
    completed or ended-early mentorship, in one query."""
    return list(
        Mentorship.objects.filter(
            status__in=[Mentorship.Status.COMPLETED, Mentorship.Status.ENDED],
            ended_at__isnull=False,
        )
        .annotate(rating=Avg("feedback__rating"))
        .order_by("ended_at", "id")
        .values_list("status", "end_reason", "rating", "proposal__explanation", "ended_at")
    )


# Per worker process: the encoded mentors, keyed by the mentor fingerprint, and the last
# index built from them for a given availability (reused while no load changes).
_index_cache: dict[str, tuple[tuple[Any, ...], MentorIndex]] = {}


def mentor_index() -> MentorIndex:
    """The encoded mentors (cached per process) with availability as of now."""
    fingerprint = mentor_fingerprint()
    cached = _index_cache.get("mentors")
    if cached is None or cached[0] != fingerprint:
        cached = (
            fingerprint,
            build_index(
                mentor_profiles_for_engine(),
                feature_config(),
                corpus=request_texts(),
                labelled=labelled_requests(),
            ),
        )
        _index_cache["mentors"] = cached
        _index_cache.pop("available", None)
    free, accepting = mentor_availability(cached[1].mentors)
    last = _index_cache.get("available")
    if (
        last is not None
        and last[0] == fingerprint
        and np.array_equal(last[1].mentors.free_capacity, free)
        and np.array_equal(last[1].mentors.accepting, accepting)
    ):
        return last[1]
    index = cached[1].with_availability(free, accepting)
    _index_cache["available"] = (fingerprint, index)
    return index


def mentor_index_forget() -> None:
    """Drop this process's cached mentor encoding (benchmarks time a cold start with it)."""
    _index_cache.clear()


class Term(NamedTuple):
    """A topic or sector as a list shows it, without building a model row for it."""

    slug: str
    name: str


TERMS = "_terms"


def terms(instance: Any, name: str) -> Iterable[Any]:
    """The instance's `name` many-to-many rows: the terms proposals_attach_terms loaded, or
    `.all()` (which reads a prefetch when there is one)."""
    loaded = instance.__dict__.get(TERMS)
    if loaded is not None and name in loaded:
        return cast(Iterable[Any], loaded[name])
    return cast(Iterable[Any], getattr(instance, name).all())


def _terms_by_owner(
    relation: Any, owner: str, term: str, owner_ids: Iterable[int]
) -> defaultdict[int, list[Term]]:
    """One query over a many-to-many table: each owner's terms, in the order they were set."""
    rows = (
        relation.through.objects.filter(**{f"{owner}_id__in": owner_ids})
        .order_by("id")
        .values_list(f"{owner}_id", f"{term}__slug", f"{term}__name")
    )
    found: defaultdict[int, list[Term]] = defaultdict(list)
    for owner_id, slug, name in rows:
        found[owner_id].append(Term(slug, name))
    return found


def proposals_attach_terms(proposals: Sequence[Proposal]) -> None:
    """The needs of the proposals' requests and the expertise and sectors of their mentors, in
    three small queries, attached as terms (read with `terms`).

    A prefetch of the same three relations builds a model row per term and a manager per
    instance: on the coordinator's list of 20 suggestions it took 8 ms against 2 ms here.
    """
    request_ids = {p.request_id for p in proposals}
    mentor_ids = {p.mentor_id for p in proposals}
    found = {
        "needs": _terms_by_owner(MentoringRequest.needs, "mentoringrequest", "topic", request_ids),
        "expertise": _terms_by_owner(MentorProfile.expertise, "mentorprofile", "topic", mentor_ids),
        "sectors": _terms_by_owner(MentorProfile.sectors, "mentorprofile", "sector", mentor_ids),
    }
    for p in proposals:
        p.request.__dict__.setdefault(TERMS, {})["needs"] = found["needs"][p.request_id]
        mentor_terms = p.mentor.__dict__.setdefault(TERMS, {})
        mentor_terms["expertise"] = found["expertise"][p.mentor_id]
        mentor_terms["sectors"] = found["sectors"][p.mentor_id]
