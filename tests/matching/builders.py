"""A small programme of mentors and requests with varied, hand-picked profiles."""

from __future__ import annotations

from accounts.models import ParentBody, Region, Stage
from matching.models import MentoringRequest, MentorProfile
from tests import factories

MENTOR_SPECS = [
    # (expertise, sectors, region, stage, capacity, bio)
    (["tupe", "pensions"], ["libraries-culture"], Region.NORTH_WEST, Stage.ESTABLISHED, 2,
     "Led a library spin-out; TUPE transfer and LGPS pension admission."),
    (["finance-investment", "business-planning"], ["adult-social-care"], Region.LONDON,
     Stage.ESTABLISHED, 1, "Finance director: social investment, loans, business plans."),
    (["bidding-contracts", "commissioning"], ["community-health"], Region.NORTH_EAST,
     Stage.SECURING, 1, "Won NHS tenders; commissioning and procurement frameworks."),
    (["leadership", "employee-engagement"], ["youth-services"], Region.SCOTLAND, Stage.ESTABLISHED,
     3, "Chief executive of an employee-owned youth service; staff ownership and voice."),
    (["legal-governance", "tupe"], ["libraries-culture", "leisure-sport"], Region.YORKSHIRE_HUMBER,
     Stage.ESTABLISHED, 2, "Board chair; articles, governance and staff transfer."),
    (["marketing", "social-value"], ["public-health"], Region.SOUTH_WEST, Stage.SETTING_UP, 1,
     "Brand, communications and measuring social value."),
]  # fmt: skip


def mentor(spec: tuple, **extra: object) -> MentorProfile:
    expertise, sectors, region, stage, capacity, bio = spec
    fields: dict[str, object] = {
        "expertise": expertise,
        "sectors": sectors,
        "capacity": capacity,
        "bio": bio,
    }
    if "user__organisation" not in extra:
        fields.update(
            user__organisation__region=region,
            user__organisation__stage=stage,
            user__organisation__parent_body=ParentBody.LOCAL_AUTHORITY,
        )
    fields.update(extra)
    profile: MentorProfile = factories.MentorProfileFactory.create(**fields)
    return profile


def request(needs: list[str], **extra: object) -> MentoringRequest:
    created: MentoringRequest = factories.MentoringRequestFactory.create(needs=needs, **extra)
    return created


def programme(n_requests: int = 8) -> tuple[list[MentorProfile], list[MentoringRequest]]:
    mentors = [mentor(spec) for spec in MENTOR_SPECS]
    needs = [
        ["tupe", "pensions"],
        ["finance-investment"],
        ["bidding-contracts"],
        ["leadership", "hr-change"],
        ["legal-governance"],
        ["tupe"],
        ["pensions", "business-planning"],
        ["marketing"],
    ]
    requests = [request(needs[i % len(needs)]) for i in range(n_requests)]
    return mentors, requests
