"""Reads for the guide, library, case studies and signposting: who sees what, and ranking."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Case, Count, Exists, F, OuterRef, Prefetch, Q, QuerySet, Value, When

from accounts.models import Sector, Stage, Tag, User
from matching.models import MentoringRequest, Mentorship, Topic
from resources import guide
from resources.models import CaseStudy, ChecklistTick, Resource, ResourceFeedback, ResourceStage

SIGNPOST_LIMIT = 6
# A resource for the organisation's stage counts as much as two matching topics.
STAGE_WEIGHT = 2


def resources_visible_to(user: User | Any) -> QuerySet[Resource]:
    """Coordinators see every resource; everyone else (signed in or not) only published ones."""
    queryset = Resource.objects.prefetch_related(
        "stage_rows",
        Prefetch("topics", queryset=Topic.objects.order_by("name")),
        Prefetch("sectors", queryset=Sector.objects.order_by("name")),
    )
    if isinstance(user, User) and user.is_coordinator:
        return queryset.annotate(
            useful_yes=Count("feedback", filter=Q(feedback__useful=True), distinct=True),
            useful_no=Count("feedback", filter=Q(feedback__useful=False), distinct=True),
        ).order_by("title", "id")
    return queryset.filter(status=Resource.Status.PUBLISHED)


def resource_search(queryset: QuerySet[Resource], q: str) -> QuerySet[Resource]:
    """Full-text search on PostgreSQL (ranked); a plain substring match elsewhere."""
    q = q.strip()
    if not q:
        return queryset
    if connection.vendor == "postgresql":
        vector = (
            SearchVector("title", weight="A", config="english")
            + SearchVector("summary", weight="B", config="english")
            + SearchVector("publisher", weight="C", config="english")
        )
        query = SearchQuery(q, search_type="websearch", config="english")
        return (
            queryset.annotate(search_rank=SearchRank(vector, query))
            .filter(search_rank__gt=0)
            .order_by("-search_rank", "title", "id")
        )
    return queryset.filter(
        Q(title__icontains=q) | Q(summary__icontains=q) | Q(publisher__icontains=q)
    )


def fits_service_areas(sector_slugs: Iterable[str]) -> Q:
    """Resources that fit an organisation in these service areas: those written for every area
    (no sectors set) and those written for one of these. No areas given: every resource."""
    wanted = sorted(set(sector_slugs))
    if not wanted:
        return Q()
    scoped = Resource.sectors.through.objects.filter(resource=OuterRef("pk"))
    return ~Q(Exists(scoped)) | Q(Exists(scoped.filter(sector__slug__in=wanted)))


def resource_filter(
    queryset: QuerySet[Resource],
    *,
    stage: int | None = None,
    topic: str | None = None,
    sector: str | None = None,
    kind: str | None = None,
    status: str | None = None,
    q: str = "",
) -> QuerySet[Resource]:
    if sector:
        queryset = queryset.filter(fits_service_areas([sector]))
    if stage is not None:
        queryset = queryset.filter(
            Exists(ResourceStage.objects.filter(resource=OuterRef("pk"), stage=stage))
        )
    if topic:
        queryset = queryset.filter(topics__slug=topic)
    if kind:
        queryset = queryset.filter(kind=kind)
    if status:
        queryset = queryset.filter(status=status)
    return resource_search(queryset, q)


# Whose stage a signpost names: the reader's own on a mutual's pages; on a mentorship's page,
# which the mentor reads too, the fledgling mutual's.
YOUR_STAGE = "For your stage"
MENTEE_STAGE = "For the fledgling mutual's stage"


@dataclass(frozen=True)
class Signpost:
    resource: Resource
    stage: int | None
    topics: list[Tag]
    stage_words: str = YOUR_STAGE
    # The organisation's service areas the resource was written for; empty when it is for all.
    sectors: list[Tag] = field(default_factory=list)

    @property
    def why(self) -> dict[str, Any]:
        parts = []
        if self.stage is not None:
            parts.append(f"{self.stage_words}: {Stage(self.stage).label.lower()}")
        if self.topics:
            parts.append("about: " + ", ".join(t.name for t in self.topics))
        if self.sectors:
            parts.append("written for " + ", ".join(s.name.lower() for s in self.sectors))
        text = "; ".join(parts)
        return {
            "stage": self.stage,
            "topics": [t.slug for t in self.topics],
            "sectors": [s.slug for s in self.sectors],
            "text": text[:1].upper() + text[1:],
        }


def signposts(
    *,
    stage: int | None,
    topic_slugs: Iterable[str],
    sector_slugs: Iterable[str] = (),
    limit: int = SIGNPOST_LIMIT,
) -> list[Signpost]:
    """Published resources for a stage and some topics, best first, each with why it was chosen.

    Score = STAGE_WEIGHT for a stage match + one per matching topic, ranked in the database;
    among equal scores a resource written for one of `sector_slugs` comes before one written for
    every mutual, then the most recently updated, then the title. A resource written for other
    service areas (Right to Provide, for NHS and social care staff) is left out.
    """
    wanted = sorted(set(topic_slugs))
    areas = sorted(set(sector_slugs))
    stage_match = Exists(ResourceStage.objects.filter(resource=OuterRef("pk"), stage=stage or 0))
    ranked = (
        Resource.objects.filter(fits_service_areas(areas), status=Resource.Status.PUBLISHED)
        .annotate(
            stage_hit=stage_match,
            # No wanted topic (a mutual with no live request): the stage alone. An empty IN
            # inside the count's filter would empty the whole query, so it is left out.
            topic_hits=(
                Count("topics", filter=Q(topics__slug__in=wanted), distinct=True)
                if wanted
                else Value(0)
            ),
            area_hit=Exists(
                Resource.sectors.through.objects.filter(
                    resource=OuterRef("pk"), sector__slug__in=areas
                )
            ),
        )
        .annotate(
            signpost_score=Case(When(stage_hit=True, then=Value(STAGE_WEIGHT)), default=Value(0))
            + F("topic_hits")
        )
        .filter(signpost_score__gt=0)
        .order_by("-signpost_score", "-topic_hits", "-area_hit", "-updated_at", "title")
        .prefetch_related(
            Prefetch(
                "topics",
                queryset=Topic.objects.filter(slug__in=wanted).order_by("name"),
                to_attr="matched_topics",
            ),
            Prefetch(
                "sectors",
                queryset=Sector.objects.filter(slug__in=areas).order_by("name"),
                to_attr="matched_sectors",
            ),
        )[:limit]
    )
    return [
        Signpost(
            resource=r,
            stage=stage if r.stage_hit else None,
            topics=list(r.matched_topics),
            sectors=list(r.matched_sectors),
        )
        for r in ranked
    ]


def _sector_slugs(organisation_id: int) -> list[str]:
    return list(Sector.objects.filter(organisations=organisation_id).values_list("slug", flat=True))


def signposts_for_request(request: MentoringRequest) -> list[Signpost]:
    return signposts(
        stage=request.organisation.stage,
        topic_slugs=request.needs.values_list("slug", flat=True),
        sector_slugs=_sector_slugs(request.organisation_id),
    )


def signposts_for_mentorship(mentorship: Mentorship) -> list[Signpost]:
    """The request's needs plus every topic the pair has discussed at meetings."""
    request = mentorship.request
    topics = set(request.needs.values_list("slug", flat=True)) | set(
        Topic.objects.filter(meetings__mentorship=mentorship).values_list("slug", flat=True)
    )
    found = signposts(
        stage=request.organisation.stage,
        topic_slugs=topics,
        sector_slugs=_sector_slugs(request.organisation_id),
    )
    return [replace(signpost, stage_words=MENTEE_STAGE) for signpost in found]


def guide_resource_ids() -> dict[int, list[int]]:
    """Published resource ids for each guide stage, in one query."""
    rows = (
        ResourceStage.objects.filter(
            resource__status=Resource.Status.PUBLISHED, stage__in=[g.stage for g in guide.GUIDE]
        )
        .order_by("stage", "resource__title")
        .values_list("stage", "resource_id")
    )
    found: dict[int, list[int]] = {g.stage: [] for g in guide.GUIDE}
    for stage, resource_id in rows:
        found[stage].append(resource_id)
    return found


def checklist_done(organisation_id: int) -> list[str]:
    return list(
        ChecklistTick.objects.filter(organisation_id=organisation_id).values_list("item", flat=True)
    )


def offered_needs(*, organisation_id: int, stage: int) -> list[dict[str, str]]:
    """Topics of the stage's unticked checklist items, each with the task that suggests it.

    The request form offers these as needs; it leaves out the ones already chosen.
    """
    stage_guide = guide.BY_STAGE.get(stage)
    if stage_guide is None:
        return []
    done = set(checklist_done(organisation_id))
    offered: dict[str, str] = {}
    for item in stage_guide.checklist:
        if item.id in done:
            continue
        for slug in item.topics:
            offered.setdefault(slug, item.text)
    return [{"topic": slug, "because": text} for slug, text in offered.items()]


def case_studies_visible_to(user: User | Any) -> QuerySet[CaseStudy]:
    """Published for everyone; coordinators all; participants the ones about their mentorship."""
    queryset = CaseStudy.objects.select_related("mentorship").prefetch_related("sectors")
    if isinstance(user, User) and user.is_coordinator:
        return queryset
    published = Q(status=CaseStudy.Status.PUBLISHED)
    if isinstance(user, User) and user.is_mentor:
        return queryset.filter(published | Q(mentorship__mentor__user=user))
    if isinstance(user, User) and user.is_mentee and user.organisation_id:
        return queryset.filter(
            published | Q(mentorship__request__organisation_id=user.organisation_id)
        )
    return queryset.filter(published)


def case_studies_awaiting_consent(user: User | Any) -> QuerySet[CaseStudy]:
    """Draft case studies about a mentorship of this person's that wait for their own yes: shown
    on their dashboard, since nobody else will tell them."""
    drafts = CaseStudy.objects.filter(status=CaseStudy.Status.DRAFT).select_related("mentorship")
    if isinstance(user, User) and user.is_mentor:
        return drafts.filter(mentorship__mentor__user=user, consent_mentor=False)
    if isinstance(user, User) and user.is_mentee and user.organisation_id:
        return drafts.filter(
            mentorship__request__organisation_id=user.organisation_id, consent_mentee=False
        )
    return drafts.none()


def useful_answer(*, resource: Resource, user: User | Any) -> bool | None:
    """This person's answer to "Was this useful?" about the resource; None if not given."""
    if not isinstance(user, User):
        return None
    answer: bool | None = (
        ResourceFeedback.objects.filter(resource=resource, user=user)
        .values_list("useful", flat=True)
        .first()
    )
    return answer
