"""Topic suggestions while people type: a request's needs from its words, a mentor's expertise
from their bio. Read-only; the person ticks a suggestion, nothing is ever added for them.

The suggester (matching.engine.needs) is trained once per process on the lexicon, the topic
descriptions, labelled requests and mentors' bios with their expertise, and retrained when the
topics or the amount of labelled data change.
"""

from __future__ import annotations

from typing import Any

from matching import selectors
from matching.engine.needs import TopicSuggester
from matching.models import MentoringRequest, MentorProfile, Topic

SUGGESTIONS = 5
BIO_EXAMPLES = 2000

_cache: dict[str, tuple[tuple[Any, ...], TopicSuggester]] = {}


def _fingerprint() -> tuple[Any, ...]:
    return (
        tuple(Topic.objects.order_by("slug").values_list("slug", flat=True)),
        MentoringRequest.objects.order_by("-id").values_list("id", flat=True).first(),
        MentorProfile.objects.count(),
    )


def _bio_examples() -> list[tuple[str, list[str]]]:
    """(bio, expertise) of recent mentors (two queries)."""
    rows = list(MentorProfile.objects.exclude(bio="").order_by("-id").values_list("id", "bio"))
    rows = rows[:BIO_EXAMPLES]
    expertise: dict[int, list[str]] = {}
    for profile_id, slug in MentorProfile.expertise.through.objects.filter(
        mentorprofile_id__in=[r[0] for r in rows]
    ).values_list("mentorprofile_id", "topic__slug"):
        expertise.setdefault(profile_id, []).append(slug)
    return [(bio, expertise[i]) for i, bio in rows if expertise.get(i)]


def topic_suggester() -> TopicSuggester:
    """This process's suggester, retrained when topics or labelled data have changed."""
    fingerprint = _fingerprint()
    cached = _cache.get("suggester")
    if cached is None or cached[0] != fingerprint:
        labelled = [*selectors.labelled_requests(), *_bio_examples()]
        cached = (fingerprint, TopicSuggester.fit(fingerprint[0], labelled))
        _cache["suggester"] = cached
    return cached[1]


def topics_suggested(*, text: str, limit: int = SUGGESTIONS) -> list[dict[str, Any]]:
    """[{slug, name, score}] best first; scores rounded to two places."""
    if not text.strip():
        return []
    names = dict(Topic.objects.values_list("slug", "name"))
    return [
        {"slug": slug, "name": names[slug], "score": round(score, 2)}
        for slug, score in topic_suggester().suggest(text, limit=limit)
        if slug in names
    ]
