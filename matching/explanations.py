"""Each factor of a proposal's score as a sentence a person can read, made from the raw facts.

The engine stores numbers (`value` from 0 to 1, `weight`, `contribution`); people need "Covers 2
of your 3 topics: pensions, TUPE". This module is the one place that turns a proposal's stored
explanation and the two profiles behind it into sentences, for the API (`explanation[].sentence`)
and so for every page and e-mail that shows why a match was made. A feature it does not know (the
engine may add some) still gets a plain sentence from its label and value, never a raw name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.utils import timezone

from accounts.models import Organisation, ParentBody, Region, Stage
from matching.engine.features import REGION_NEIGHBOURS
from matching.engine.needs import lexicon_sectors, lexicon_topics
from matching.models import MentoringRequest, MentorProfile, Proposal, Topic
from matching.selectors import terms

MENTEE = "mentee"
OTHERS = "others"

_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_PARENT_PHRASES = {
    ParentBody.NHS: "the NHS",
    ParentBody.LOCAL_AUTHORITY: "a local authority",
    ParentBody.CENTRAL_GOVERNMENT: "central government",
    ParentBody.OTHER: "another public body",
}


def number_words(n: int) -> str:
    """Small counts in words, as GOV.UK writes them in running text ("two stages")."""
    return _NUMBER_WORDS[n] if 0 <= n < len(_NUMBER_WORDS) else str(n)


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def in_running_text(name: str) -> str:
    """A vocabulary name inside a sentence: "Pensions" → "pensions", but an acronym ("TUPE and
    staff transfer") or a proper name with capitals further on ("Right to Provide") stays."""
    first, *rest = name.split(" ")
    if (first.isupper() and len(first) > 1) or any(word[:1].isupper() for word in rest):
        return name
    return name[:1].lower() + name[1:]


def join_names(names: Sequence[str]) -> str:
    """ "a", "a and b", "a, b and c": the list style GOV.UK uses, with a comma before the last
    "and" when a name holds an "and" itself ("pensions, legal form and governance, and ...")."""
    items = [in_running_text(n) for n in names]
    if len(items) <= 1:
        return "".join(items)
    serial = "," if len(items) > 2 and any(" and " in item for item in items) else ""
    return f"{', '.join(items[:-1])}{serial} and {items[-1]}"


@dataclass(frozen=True)
class Facts:
    """What the sentences need about one pair, loaded in bulk by `facts_for`."""

    needs: list[str]  # topic names the request asks for
    expertise: set[str]  # topic names the mentor offers
    request_sectors: list[str]
    mentor_sectors: set[str]  # experience plus the mentor organisation's sectors
    request_org: Organisation | None
    mentor_org: Organisation | None
    preferred_format: str
    remote_ok: bool
    bio: str
    audience: str = OTHERS
    request_text: str = ""  # summary and goals, for the service areas their words name
    mentor_sector_slugs: dict[str, str] = field(default_factory=dict)  # slug: name
    # Topic names the request's words raise beyond its stated needs, and those the mentor's bio
    # shows beyond their ticked expertise (both read with the engine's lexicon).
    raised_needs: list[str] = field(default_factory=list)
    bio_topics: set[str] = field(default_factory=set)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def your(self) -> str:
        return "your" if self.audience == MENTEE else "the organisation's"


def _org_sectors(org_ids: Iterable[int]) -> dict[int, list[tuple[str, str]]]:
    """(slug, name) of each organisation's sectors in one query (the proposal lists do not
    prefetch them)."""
    through = Organisation.sectors.through
    found: dict[int, list[tuple[str, str]]] = defaultdict(list)
    rows = through.objects.filter(organisation_id__in=set(org_ids)).values_list(
        "organisation_id", "sector__slug", "sector__name"
    )
    for org_id, slug, name in rows.order_by("sector__name"):
        found[org_id].append((slug, name))
    return found


def facts_for(proposals: Sequence[Proposal], *, audience: str) -> dict[int, Facts]:
    """Facts for each proposal, with one extra query whatever the number of proposals.

    The proposals come from the visibility querysets, which already join the request, its
    organisation, and the mentor with their user and organisation; needs, expertise and sectors
    are the terms the serializer attached (selectors.proposals_attach_terms), or the relation.
    """
    orgs: list[int] = []
    for p in proposals:
        orgs.append(p.request.organisation_id)
        if p.mentor.user.organisation_id:
            orgs.append(p.mentor.user.organisation_id)
    sectors_of = _org_sectors(orgs)
    raised_of, bio_of, topic_names = _words_topics(proposals)
    out: dict[int, Facts] = {}
    for p in proposals:
        request: MentoringRequest = p.request
        mentor: MentorProfile = p.mentor
        needs = [t.name for t in terms(request, "needs")]
        raised = sorted(
            topic_names[slug] for slug in raised_of[request.pk] if topic_names[slug] not in needs
        )
        mentor_org = mentor.user.organisation
        mentor_sectors = {s.slug: s.name for s in terms(mentor, "sectors")} | dict(
            sectors_of.get(mentor_org.pk, []) if mentor_org else []
        )
        out[p.pk] = Facts(
            needs=needs,
            expertise={t.name for t in terms(mentor, "expertise")},
            request_sectors=[name for _, name in sectors_of.get(request.organisation_id, [])],
            mentor_sectors=set(mentor_sectors.values()),
            request_org=request.organisation,
            mentor_org=mentor_org,
            preferred_format=request.preferred_format,
            remote_ok=mentor.remote_ok,
            bio=mentor.bio,
            audience=audience,
            request_text=f"{request.summary}\n{request.goals}",
            mentor_sector_slugs=mentor_sectors,
            raised_needs=raised,
            bio_topics={topic_names[slug] for slug in bio_of[mentor.pk]},
        )
    return out


def _words_topics(
    proposals: Sequence[Proposal],
) -> tuple[dict[int, list[str]], dict[int, list[str]], dict[str, str]]:
    """The topics each request's words and each mentor's bio signal by the engine's lexicon,
    and the names of those topics: each text is read once, and one query names them all (none
    when no text signals a topic)."""
    raised: dict[int, list[str]] = {}
    bio: dict[int, list[str]] = {}
    for p in proposals:
        if p.request.pk not in raised:
            raised[p.request.pk] = list(lexicon_topics(f"{p.request.summary}\n{p.request.goals}"))
        if p.mentor.pk not in bio:
            bio[p.mentor.pk] = list(lexicon_topics(p.mentor.bio))
    slugs = {slug for found in (*raised.values(), *bio.values()) for slug in found}
    names = dict(Topic.objects.filter(slug__in=slugs).values_list("slug", "name")) if slugs else {}
    # A lexicon slug missing from the vocabulary (renamed in the admin) is dropped, not guessed.
    return (
        {pk: [s for s in found if s in names] for pk, found in raised.items()},
        {pk: [s for s in found if s in names] for pk, found in bio.items()},
        names,
    )


# --- One sentence per feature ------------------------------------------------------------------


def _topic(f: Facts, value: float | None) -> str:
    if not f.needs:
        return "No topics were given for this request, so topics could not be compared."
    covered = [n for n in f.needs if n in f.expertise]
    whose = "your" if f.audience == MENTEE else "the"
    asked = "" if f.audience == MENTEE else " asked for"
    total = len(f.needs)
    noun = "topic" if total == 1 else "topics"
    if not covered:
        return f"Covers none of {whose} {number_words(total)} {noun}{asked}."
    if len(covered) == total:
        both = "the one" if total == 1 else f"all {number_words(total)}"
        return f"Covers {both} {noun}{asked}: {join_names(covered)}."
    return f"Covers {len(covered)} of {whose} {total} {noun}{asked}: {join_names(covered)}."


def _sector(f: Facts, value: float | None) -> str:
    if not f.request_sectors:
        return f"We do not know {f.your} sector, so sectors could not be compared."
    if not f.mentor_sectors:
        return "The mentor has not said which sectors they know, so sectors could not be compared."
    shared = [s for s in f.request_sectors if s in f.mentor_sectors]
    if shared:
        return f"Has worked in the same sector: {join_names(shared)}."
    if value:
        # The engine rates related service areas too (say, youth services and education).
        return f"Has worked in a related sector: {join_names(sorted(f.mentor_sectors))}."
    return f"Has not worked in {f.your} sector ({join_names(f.request_sectors)})."


def _inferred_sector(f: Facts, value: float | None) -> str:
    whose = "your" if f.audience == MENTEE else "the"
    if value is None:
        return f"The words of {whose} request name no other service area."
    # The engine counts only areas beyond the request's own, which the sector factor covers.
    mentioned = lexicon_sectors(f.request_text)
    named = [
        name
        for slug, name in f.mentor_sector_slugs.items()
        if slug in mentioned and name not in f.request_sectors
    ]
    if named:
        return f"Has worked in {join_names(sorted(named))}, which {whose} request mentions."
    if value > 0:
        return f"Has worked in a service area related to one {whose} request mentions."
    return f"Has not worked in the other service areas {whose} request mentions."


def _stage(f: Facts, value: float | None) -> str:
    mine = f.request_org.stage if f.request_org else None
    theirs = f.mentor_org.stage if f.mentor_org else None
    if not theirs:
        return (
            "We do not know how far the mentor's mutual has come, so stages could not be compared."
        )
    if not mine:
        return f"We do not know {f.your} stage, so stages could not be compared."
    ahead = theirs - mine
    you = "you" if f.audience == MENTEE else "the organisation"
    if ahead <= 0:
        level = "at the same stage as" if ahead == 0 else "behind"
        return (
            f"The mentor's mutual is {level} {you} on the journey ({Stage(theirs).label.lower()})."
        )
    steps = f"{_capitalise(number_words(ahead))} stage{'s' if ahead > 1 else ''} ahead of {you}"
    if theirs == Stage.ESTABLISHED:
        return f"{steps}: an established mutual."
    return f"{steps}: {Stage(theirs).label.lower()}."


# `Region.values` and `Region(slug).label` rebuild the choices on every call; a list page
# words hundreds of sentences, so look the labels up once.
_REGION_LABELS: dict[str, str] = {str(value): str(label) for value, label in Region.choices}


def _region_label(slug: str) -> str:
    return _REGION_LABELS.get(slug, slug)


def _region(f: Facts, value: float | None) -> str:
    mine = f.request_org.region if f.request_org else ""
    theirs = f.mentor_org.region if f.mentor_org else ""
    if not mine or not theirs:
        whose = f.your if not mine else "the mentor's"
        return f"We do not know {whose} region, so distance could not be compared."
    remote = f.remote_ok and f.preferred_format in ("remote", "either")
    if mine == theirs:
        return f"Same region: {_region_label(mine)}."
    if theirs in REGION_NEIGHBOURS.get(mine, ()):
        return f"Neighbouring region: {_region_label(theirs)}, next to {_region_label(mine)}."
    apart = f"{_region_label(theirs)}, far from {_region_label(mine)}"
    if remote:
        return f"{apart}, but happy to meet remotely."
    return f"{apart}; meeting in person would mean travel."


def _size(f: Facts, value: float | None) -> str:
    mine = f.request_org.employees if f.request_org else None
    theirs = f.mentor_org.employees if f.mentor_org else None
    if not mine or not theirs:
        whose = f.your if not mine else "the mentor's organisation's"
        return f"We do not know {whose} number of staff, so sizes could not be compared."
    yours = "yours" if f.audience == MENTEE else "the organisation"
    counts = f"{theirs:,} staff in the mentor's mutual, {mine:,} in {yours}"
    ratio = theirs / mine
    if 0.5 <= ratio <= 2:
        return f"A similar size: {counts}."
    if ratio < 1:
        return f"Smaller: {counts}."
    times = round(ratio)
    return f"About {number_words(times)} times the size: {counts}."


def _parent_body(f: Facts, value: float | None) -> str:
    mine = f.request_org.parent_body if f.request_org else ""
    theirs = f.mentor_org.parent_body if f.mentor_org else ""
    if not mine or not theirs:
        whose = f.your if not mine else "the mentor's mutual's"
        return f"We do not know {whose} parent body, so this could not be compared."
    if mine == theirs:
        return f"Both come from {_PARENT_PHRASES.get(ParentBody(mine), 'the same kind of body')}."
    return (
        f"Different parent bodies: the mentor's mutual came from "
        f"{_PARENT_PHRASES.get(ParentBody(theirs), 'another body')}."
    )


def _inferred(f: Facts, value: float | None) -> str:
    whose = "your" if f.audience == MENTEE else "the"
    if value is None:
        return f"The words of {whose} request did not point to any further topics."
    if f.raised_needs:
        # Name them: "does not match the concerns" told nobody which concerns.
        knows = f.expertise | f.bio_topics
        covered = [n for n in f.raised_needs if n in knows]
        missing = [n for n in f.raised_needs if n not in knows]
        raise_ = f"the words of {whose} request also raise"
        if not covered:
            return f"{_capitalise(raise_)} {join_names(missing)}, which the mentor does not list."
        if not missing:
            return f"Knows about {join_names(covered)}, which {raise_}."
        return f"Knows about {join_names(covered)}, which {raise_}, but not {join_names(missing)}."
    phrase = {
        "a strong fit": "Closely matches",
        "a partial fit": "Partly matches",
        "a weak fit": "Touches on",
    }.get(strength(value), "Does not match")
    return f"{phrase} the concerns {whose} request describes in its own words."


def _experience(f: Facts, value: float | None) -> str:
    year = f.mentor_org.spun_out_year if f.mentor_org else None
    if not year:
        return "We do not know when the mentor's mutual spun out, so experience was left out."
    years = max(timezone.localdate().year - year, 0)
    if years == 0:
        return f"The mentor's mutual spun out this year ({year})."
    unit = "year" if years == 1 else "years"
    return f"The mentor's mutual spun out in {year}, {years} {unit} ago."


def _text(f: Facts, value: float | None) -> str:
    if not f.bio.strip():
        return (
            "The mentor has not written about themselves yet, so their words could not be compared."
        )
    if value is None:
        return "Their words could not be compared with the request."
    # Cosines of a request and a bio: about 1 pair in 100 reaches 0.15, 1 in 10 reaches 0.05.
    if value >= 0.15:
        return "The mentor's own description has a lot in common with the request."
    if value >= 0.05:
        return "The mentor's own description has something in common with the request."
    return "The mentor's own description has little in common with the request."


_SENTENCES = {
    "topic": _topic,
    "inferred": _inferred,
    "sector": _sector,
    "inferred_sector": _inferred_sector,
    "experience": _experience,
    "stage": _stage,
    "region": _region,
    "size": _size,
    "parent_body": _parent_body,
    "text": _text,
}


def strength(value: float | None) -> str:
    """How well a factor fits, in words, for features without their own sentence."""
    if value is None:
        return "not known"
    if value >= 0.75:
        return "a strong fit"
    if value >= 0.4:
        return "a partial fit"
    if value > 0:
        return "a weak fit"
    return "no fit"


def _fallback(item: dict[str, Any]) -> str:
    label = str(item.get("label") or "").strip()
    value = item.get("value")
    known = item.get("known", value is not None)
    if not label:
        label = "Another factor"
    if not known or value is None:
        return f"{label}: not known, so it was left out."
    return f"{label}: {strength(float(value))}."


def _as_number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def sentence(item: dict[str, Any], facts: Facts | None) -> str:
    """The sentence for one stored explanation item; unknown features degrade to their label."""
    value = _as_number(item.get("value"))
    maker = _SENTENCES.get(str(item.get("feature")))
    if maker is None or facts is None:
        return _fallback(item)
    return maker(facts, value)


# The words' similarity (a TF-IDF cosine) runs from 0 to 1 but a request and a bio are never
# alike word for word: 1 pair in 100 reaches 0.15 ("a lot in common"), almost none 0.3. Its bar
# is drawn against 0.3, so "a lot in common" fills half of it, not a sixth.
TEXT_CEILING = 0.3


def explain(explanation: Any, facts: Facts | None) -> list[dict[str, Any]]:
    """The stored items with `sentence` and `max` (what a close match gets from the factor)
    filled in.

    A factor's value runs from 0 to 1, so its contribution is at most its weight: the bar on a
    page is contribution ÷ max, which compares like with like whatever the weights are. The
    words are the exception: their max is the weight times `TEXT_CEILING`, and a rare closer pair
    fills the bar.
    """
    items = explanation if isinstance(explanation, list) else []
    out: list[dict[str, Any]] = []
    for raw in items:
        if not isinstance(raw, dict):
            continue
        weight = max(_as_number(raw.get("weight")) or 0.0, 0.0)
        if raw.get("feature") == "text":
            weight *= TEXT_CEILING
        out.append(
            {
                **raw,
                "label": raw.get("label") or "Another factor",
                "sentence": sentence(raw, facts),
                "max": weight,
            }
        )
    return out
