"""Shared browser-test helpers: sign a person in, watch API calls, and a small seeded world."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.test import Client
from playwright.sync_api import Browser, BrowserContext, Page, expect

from accounts.models import Stage, User
from matching.models import MentoringRequest, Mentorship, Proposal
from tests import factories

BUSY = "[aria-busy='true']"
PENDING = "html[data-api-pending]:not([data-api-pending='0'])"


def sign_in(context: BrowserContext, base_url: str, user: User) -> None:
    """Gives the browser a real session for `user` without typing into the login form."""
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": base_url}])


def signed_in_page(browser: Browser, base_url: str, user: User) -> tuple[BrowserContext, Page]:
    """A new browser context signed in as `user` (see sign_in), and a page in it."""
    context = browser.new_context()
    sign_in(context, base_url, user)
    return context, context.new_page()


def settle(page: Page) -> None:
    """Waits until the page has no API call in flight (api.js counts them on <html>) and no
    region says it is busy. Locator waits, not wait_for_function: the Content-Security-Policy
    forbids the eval that a string predicate needs."""
    expect(page.locator(PENDING)).to_have_count(0)
    expect(page.locator(BUSY)).to_have_count(0)


def open_and_settle(page: Page, url: str) -> list[str]:
    """Opens a page, waits until every region has loaded, and returns the API calls it made."""
    calls: list[str] = []

    def record(request: Any) -> None:
        if "/api/v1/" in request.url:
            calls.append(f"{request.method} {request.url.split('/api/v1/', 1)[1]}")

    page.on("request", record)
    page.goto(url)  # returns at the load event: every module has run and made its first calls
    settle(page)
    page.remove_listener("request", record)
    return calls


def explanation(*items: tuple[str, str, float, float]) -> list[dict[str, Any]]:
    return [
        {"feature": f, "label": label, "value": v, "weight": w, "contribution": round(v * w, 4)}
        for f, label, v, w in items
    ]


def score_of(items: list[dict[str, Any]]) -> float:
    return round(sum(i["contribution"] for i in items), 4)


GOOD = explanation(
    ("topics", "Expertise covers the needs", 1.0, 0.45),
    ("sector", "Same sector", 1.0, 0.2),
    ("stage", "Has been through this stage", 0.8, 0.15),
    ("region", "Same region", 1.0, 0.1),
    ("format", "Meeting format fits", 1.0, 0.1),
)
FAIR = explanation(
    ("topics", "Expertise covers the needs", 0.5, 0.45),
    ("sector", "Same sector", 0.0, 0.2),
    ("stage", "Has been through this stage", 0.8, 0.15),
    ("region", "Same region", 0.0, 0.1),
    ("format", "Meeting format fits", 1.0, 0.1),
)


@dataclass
class World:
    coordinator: User
    mentee: User
    mentor: User
    mentorship: Mentorship
    finished: Mentorship
    introduction: Proposal


def proposal(
    request: MentoringRequest, mentor: Any, rank: int, items: Any, **extra: Any
) -> Proposal:
    return factories.ProposalFactory.create(
        request=request, mentor=mentor, rank=rank, explanation=items, score=score_of(items), **extra
    )


def build_world() -> World:
    """Enough of everything that every page has something real to show."""
    coordinator = factories.CoordinatorFactory.create(full_name="Casey Coordinator")
    mentee = factories.MenteeFactory.create(
        full_name="Morgan Mentee",
        organisation=factories.OrganisationFactory.create(name="Riverside Libraries Mutual"),
    )
    mentor_profile = factories.MentorProfileFactory.create(
        user__full_name="Robin Mentor", capacity=3
    )
    other_profile = factories.MentorProfileFactory.create(
        user__full_name="Jo Alternative", capacity=1, expertise=["tupe", "finance-investment"]
    )
    # The mentee: one request with an accepted introduction, one still with the coordinators.
    matched_request = factories.MentoringRequestFactory.create(
        created_by=mentee, summary="We need help with TUPE transfers and the pension scheme."
    )
    introduction = proposal(
        matched_request, mentor_profile, 1, GOOD, status=Proposal.Status.ACCEPTED
    )
    proposal(matched_request, other_profile, 2, FAIR, recommended=False)
    factories.MentoringRequestFactory.create(
        created_by=mentee,
        summary="Writing our first bid for a council contract.",
        needs=["bidding-contracts"],
    )
    # The mentor: an approved introduction from another mutual, and a mentorship under way.
    other_org = factories.OrganisationFactory.create(
        name="Northgate Youth Services", stage=Stage.SETTING_UP, sectors=["youth-services"]
    )
    other_request = factories.MentoringRequestFactory.create(
        created_by=factories.MenteeFactory.create(organisation=other_org),
        summary="Setting up governance for a youth service spin-out.",
        needs=["legal-governance", "leadership"],
    )
    proposal(other_request, mentor_profile, 1, GOOD, status=Proposal.Status.APPROVED)
    proposal(other_request, other_profile, 2, FAIR, recommended=False)
    mentorship = factories.MentorshipFactory.create(
        proposal=proposal(
            factories.MentoringRequestFactory.create(
                created_by=mentee, summary="Finance for a new mutual.", needs=["finance-investment"]
            ),
            mentor_profile, 1, GOOD, status=Proposal.Status.CONFIRMED,
        ),
    )  # fmt: skip
    finished = factories.MentorshipFactory.create(
        proposal=proposal(
            factories.MentoringRequestFactory.create(created_by=mentee, summary="Our first AGM."),
            mentor_profile, 1, GOOD, status=Proposal.Status.CONFIRMED,
        ),
        status=Mentorship.Status.COMPLETED,
    )  # fmt: skip
    # The queue: suggested proposals for two more requests.
    for name in ("Eastside Care Mutual", "Hilltop Leisure Trust"):
        org = factories.OrganisationFactory.create(name=name, sectors=["adult-social-care"])
        request = factories.MentoringRequestFactory.create(
            created_by=factories.MenteeFactory.create(organisation=org),
            summary=f"{name} wants to understand commissioning before its contract ends.",
            needs=["commissioning"],
        )
        proposal(request, mentor_profile, 1, GOOD)
        proposal(request, other_profile, 2, FAIR, recommended=False)
    return World(
        coordinator=coordinator,
        mentee=mentee,
        mentor=mentor_profile.user,
        mentorship=mentorship,
        finished=finished,
        introduction=introduction,
    )
