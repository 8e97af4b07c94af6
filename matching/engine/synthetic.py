"""Reproducible synthetic mentors and requests for the benchmark and the tests.

Popularity is skewed on purpose (a few topics and regions dominate), so that an assignment
without load spreading would pile requests onto the same mentors.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from matching.engine.features import PARENT_BODIES, REGIONS, MentorProfiles, RequestProfiles

TOPICS: tuple[str, ...] = (
    "business-planning",
    "tupe",
    "pensions",
    "legal-governance",
    "finance-investment",
    "assets",
    "bidding-contracts",
    "commissioning",
    "hr-change",
    "leadership",
    "employee-engagement",
    "marketing",
    "social-value",
    "digital-it",
    "right-to-provide",
)
SECTORS: tuple[str, ...] = (
    "community-health",
    "mental-health",
    "adult-social-care",
    "childrens-services",
    "youth-services",
    "education",
    "employment-skills",
    "libraries-culture",
    "leisure-sport",
    "housing",
    "fire-rescue",
    "probation-justice",
    "public-health",
    "other",
)
TOPIC_WORDS: dict[str, tuple[str, ...]] = {
    "business-planning": ("plan", "forecast", "strategy", "viability", "model", "cashflow"),
    "tupe": ("transfer", "tupe", "staff", "consultation", "contracts", "employment"),
    "pensions": ("pension", "lgps", "admitted", "body", "actuary", "liability"),
    "legal-governance": ("board", "governance", "articles", "trustees", "legal", "constitution"),
    "finance-investment": ("finance", "investment", "loan", "capital", "investors", "budget"),
    "assets": ("building", "lease", "asset", "property", "equipment", "estates"),
    "bidding-contracts": ("bid", "tender", "procurement", "framework", "win", "proposal"),
    "commissioning": ("commissioner", "commissioning", "outcomes", "specification", "review"),
    "hr-change": ("hr", "restructure", "policies", "change", "culture", "terms"),
    "leadership": ("leadership", "ceo", "team", "vision", "coaching", "management"),
    "employee-engagement": ("ownership", "engagement", "members", "voice", "shares", "council"),
    "marketing": ("brand", "marketing", "website", "communications", "campaign", "audience"),
    "social-value": ("impact", "social", "value", "measurement", "community", "evidence"),
    "digital-it": ("digital", "systems", "data", "software", "cloud", "records"),
    "right-to-provide": ("spin", "mutual", "right", "provide", "nhs", "trust"),
}
# One word naming each service area, as a request names the service that buys from it or that
# it works beside; a share of synthetic requests carries one, so that inferred_sector is scored.
SECTOR_WORDS: dict[str, str] = {
    "community-health": "district nurses",
    "mental-health": "mental health",
    "adult-social-care": "care homes",
    "childrens-services": "fostering",
    "youth-services": "youth workers",
    "education": "schools",
    "employment-skills": "apprenticeships",
    "libraries-culture": "libraries",
    "leisure-sport": "leisure centres",
    "housing": "tenants",
    "fire-rescue": "firefighters",
    "probation-justice": "probation",
    "public-health": "public health",
}
NAMED_SECTOR_SHARE = 0.3
_FILLER_TEXT = """
we our service people local support work years help across public new grow deliver partners
charity team worked experience running programmes region county city town families clients
patients residents young older carers volunteers
"""
FILLER: tuple[str, ...] = tuple(_FILLER_TEXT.split())


def _zipf(n: int, a: float = 1.0) -> NDArray[np.float64]:
    weights = 1.0 / np.arange(1, n + 1) ** a
    return np.asarray(weights / weights.sum())


def _label_sets(
    rng: np.random.Generator, vocab: tuple[str, ...], count: int, low: int, high: int, a: float
) -> list[list[str]]:
    p = _zipf(len(vocab), a)
    sizes = rng.integers(low, high + 1, size=count)
    return [list(rng.choice(vocab, size=int(s), replace=False, p=p)) for s in sizes]


def _texts(rng: np.random.Generator, topic_sets: list[list[str]], length: int) -> list[str]:
    out = []
    for topics in topic_sets:
        words = [w for t in topics for w in TOPIC_WORDS[t]]
        chosen = list(rng.choice(words, size=length // 2)) if words else []
        chosen += list(rng.choice(FILLER, size=length - len(chosen)))
        out.append(" ".join(chosen))
    return out


def _employees(rng: np.random.Generator, count: int, mean: float) -> NDArray[np.float64]:
    employees = np.round(rng.lognormal(mean, 1.2, size=count)) + 1
    employees[rng.random(count) < 0.05] = np.nan  # unknown head counts
    return employees


def mentors(count: int, seed: int = 0, capacity: tuple[int, int] = (1, 3)) -> MentorProfiles:
    rng = np.random.default_rng(seed)
    organisations = rng.integers(0, max(count // 3, 1), size=count)
    expertise = _label_sets(rng, TOPICS, count, 1, 5, 0.8)
    region_p = _zipf(len(REGIONS), 0.6)
    return MentorProfiles(
        ids=np.arange(1, count + 1, dtype=np.int64),
        organisation_ids=organisations.astype(np.int64),
        expertise=expertise,
        sectors=_label_sets(rng, SECTORS, count, 1, 3, 0.7),
        stages=rng.choice([3, 4, 5, 6, 0], size=count, p=[0.05, 0.1, 0.3, 0.5, 0.05]),
        regions=[str(r) for r in rng.choice(REGIONS, size=count, p=region_p)],
        employees=_employees(rng, count, 5.0),
        parent_bodies=[
            str(p) if rng.random() > 0.05 else "" for p in rng.choice(PARENT_BODIES, size=count)
        ],
        remote_ok=rng.random(count) < 0.6,
        bios=[t if rng.random() > 0.05 else "" for t in _texts(rng, expertise, 40)],
        free_capacity=rng.integers(capacity[0], capacity[1] + 1, size=count).astype(np.int64),
        accepting=rng.random(count) < 0.97,
    )


def _naming_sectors(texts: list[str], seed: int) -> list[str]:
    """A share of the texts with a word naming a service area appended (own generator, so the
    other columns are what they were before these words were added)."""
    rng = np.random.default_rng([seed, 1])
    names = tuple(SECTOR_WORDS.values())
    named = rng.random(len(texts)) < NAMED_SECTOR_SHARE
    chosen = rng.integers(0, len(names), size=len(texts))
    return [f"{t} {names[c]}" if n else t for t, n, c in zip(texts, named, chosen, strict=True)]


def requests(count: int, seed: int = 1, organisation_offset: int = 10**6) -> RequestProfiles:
    rng = np.random.default_rng(seed)
    needs = _label_sets(rng, TOPICS, count, 1, 4, 0.8)
    region_p = _zipf(len(REGIONS), 0.6)
    return RequestProfiles(
        ids=np.arange(1, count + 1, dtype=np.int64),
        organisation_ids=(organisation_offset + np.arange(count)).astype(np.int64),
        needs=needs,
        sectors=_label_sets(rng, SECTORS, count, 1, 2, 0.7),
        stages=rng.choice([1, 2, 3, 4, 0], size=count, p=[0.2, 0.3, 0.25, 0.2, 0.05]),
        regions=[str(r) for r in rng.choice(REGIONS, size=count, p=region_p)],
        employees=_employees(rng, count, 4.0),
        parent_bodies=[str(p) for p in rng.choice(PARENT_BODIES, size=count)],
        preferred_formats=[
            str(f) for f in rng.choice(["in_person", "remote", "either"], size=count)
        ],
        texts=_naming_sectors(_texts(rng, needs, 30), seed),
    )
