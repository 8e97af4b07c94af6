"""`manage.py seed_demo`: fictional mentors, fledgling mutuals and their requests, once.

The data is generated from a fixed random seed, so every run describes the same people; a person
whose e-mail already exists is skipped, which makes a second run add nothing. `make run` calls
this on every start, so it always prints the demo logins.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import encrypt
from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from accounts.models import LegalForm, Organisation, Region, Role, Sector, Stage, User
from matching.management.commands._demo_data import (
    FIRST_NAMES,
    MENTOR_OFFERS,
    PARENT_BY_SECTOR,
    PARENT_NAMES,
    PLACES,
    STORIES,
    SURNAMES,
    SectorStory,
    established_description,
    fledgling_description,
)
from matching.management.commands._demo_history import seed_history
from matching.models import (
    MatchRun,
    MentoringRequest,
    MentorProfile,
    PreferredFormat,
    Proposal,
    Topic,
)
from matching.signals import demo_seeded

SEED = 20_261_126
DEMO_PASSWORD = "mutual-mentors-demo"
COORDINATOR_EMAIL = "coordinator@mutualmentors.example"
COORDINATOR_NAME = "Morgan Ellis"
# Coordinators must use two-step sign-in (accounts.mfa). The demo coordinator's authenticator
# secret is published (here, in the start-up banner and the README) so someone trying the demo
# needs no app: `manage.py demo_code` prints the current code. Demo data only, like the password.
DEMO_TOTP_SECRET = "DEMODEMODEMODEMODEMODEMODEMODEMO"
ESTABLISHED_ORGANISATIONS = 32
MENTORS = 42
FLEDGLINGS = 64
REGIONS = list(Region)
FORMATS = [PreferredFormat.EITHER] * 2 + [PreferredFormat.REMOTE, PreferredFormat.IN_PERSON]
LEGAL_FORMS = [LegalForm.CIC, LegalForm.CBS, LegalForm.CLG, LegalForm.COOPERATIVE]
_ALL_TOPICS = [
    "business-planning", "tupe", "pensions", "legal-governance", "finance-investment", "assets",
    "bidding-contracts", "commissioning", "hr-change", "leadership", "employee-engagement",
    "marketing", "social-value", "digital-it", "right-to-provide",
]  # fmt: skip


@dataclass
class OrganisationSpec:
    name: str
    sectors: list[str]
    stage: int
    region: str
    employees: int
    parent_body: str
    parent_name: str
    legal_form: str
    spun_out_year: int | None
    description: str

    @property
    def domain(self) -> str:
        return f"{slugify(self.name)}.example"


@dataclass
class MentorSpec:
    email: str
    full_name: str
    organisation: OrganisationSpec
    expertise: list[str]
    sectors: list[str]
    capacity: int
    accepting: bool
    remote_ok: bool
    role: str
    offer: str


@dataclass
class MenteeSpec:
    email: str
    full_name: str
    organisation: OrganisationSpec
    summary: str
    goals: str
    needs: list[str]
    preferred_format: str
    days_ago: int


def _parent(rng: random.Random, story: SectorStory, place: str) -> tuple[str, str]:
    body = PARENT_BY_SECTOR.get(story.slug) or rng.choice(["local_authority"] * 5 + ["other"])
    return body, PARENT_NAMES[body].format(place=place)


def _people(rng: random.Random) -> list[tuple[str, str]]:
    pairs = [(first, last) for first in FIRST_NAMES for last in SURNAMES]
    rng.shuffle(pairs)
    return pairs[: MENTORS + FLEDGLINGS]


def _email(first: str, last: str, organisation: OrganisationSpec) -> str:
    return f"{first}.{last}@{organisation.domain}".lower()


def build_specs() -> tuple[list[MentorSpec], list[MenteeSpec]]:
    """Everything seed_demo creates, from the seed alone (never from the database)."""
    rng = random.Random(SEED)
    people = _people(rng)
    all_sectors = [story.slug for story in STORIES]

    established: list[OrganisationSpec] = []
    for i in range(ESTABLISHED_ORGANISATIONS):
        story = STORIES[i % len(STORIES)]
        place = PLACES[i % len(PLACES)]
        body, parent_name = _parent(rng, story, place)
        sectors = [story.slug]
        if rng.random() < 0.35:
            sectors.append(rng.choice([s for s in all_sectors if s != story.slug]))
        year = rng.randint(2008, 2021)
        name = story.established_names[(i // len(STORIES)) % len(story.established_names)]
        # Drawn in this order so the seed gives the same organisations as before.
        stage = Stage.ESTABLISHED if year < 2019 else rng.choice(list(Stage)[4:])
        employees = rng.randint(60, 2500)
        legal_form = rng.choice(LEGAL_FORMS).value
        established.append(
            OrganisationSpec(
                name=name.format(place=place),
                sectors=sectors,
                stage=stage,
                region=REGIONS[i % len(REGIONS)].value,
                employees=employees,
                parent_body=body,
                parent_name=parent_name,
                legal_form=legal_form,
                spun_out_year=year,
                description=established_description(
                    name=name.format(place=place),
                    sector=story.slug,
                    parent_name=parent_name,
                    year=year,
                    employees=employees,
                    legal_form=legal_form,
                ),
            )
        )

    mentors: list[MentorSpec] = []
    for i in range(MENTORS):
        organisation = established[i % len(established)]
        story = next(s for s in STORIES if s.slug == organisation.sectors[0])
        first, last = people[i]
        own = rng.sample(story.expertise, k=min(len(story.expertise), rng.randint(2, 3)))
        extra = rng.sample([t for t in _ALL_TOPICS if t not in own], k=rng.randint(1, 2))
        sectors = list(organisation.sectors)
        if rng.random() < 0.4:
            sectors.append(rng.choice([s for s in all_sectors if s not in sectors]))
        mentors.append(
            MentorSpec(
                email=_email(first, last, organisation),
                full_name=f"{first} {last}",
                organisation=organisation,
                expertise=own + extra,
                sectors=sectors,
                capacity=rng.choice([1, 1, 2, 2, 2, 3, 3, 4]),
                accepting=rng.random() > 0.1,
                remote_ok=rng.random() > 0.2,
                role=story.mentor_roles[(i // len(established)) % len(story.mentor_roles)],
                offer=rng.choice(MENTOR_OFFERS),
            )
        )

    mentees: list[MenteeSpec] = []
    for i in range(FLEDGLINGS):
        story = STORIES[i % len(STORIES)]
        place = PLACES[(i * 5 + 11) % len(PLACES)]
        summary, goals, needs, stages = story.requests[(i // len(STORIES)) % len(story.requests)]
        stage = Stage(rng.choice(stages))
        body, parent_name = _parent(rng, story, place)
        employees = rng.randint(12, 600)
        name = story.fledgling_names[(i // len(STORIES)) % len(story.fledgling_names)]
        # Early on, the legal form is one of the things still being decided. Both are drawn in
        # the order the seed has always used, so it gives the same organisations as before.
        legal_form = rng.choice(LEGAL_FORMS).value if stage >= Stage.PLANNING else ""
        spun_out_year = rng.randint(2024, 2025) if stage == Stage.SECURING else None
        organisation = OrganisationSpec(
            name=name.format(place=place),
            sectors=[story.slug],
            stage=stage,
            region=REGIONS[(i * 7 + 2) % len(REGIONS)].value,
            employees=employees,
            parent_body=body,
            parent_name=parent_name,
            legal_form=legal_form,
            spun_out_year=spun_out_year,
            description=fledgling_description(
                name=name.format(place=place),
                sector=story.slug,
                parent_name=parent_name,
                employees=employees,
                spun_out_year=spun_out_year,
            ),
        )
        first, last = people[MENTORS + i]
        values = {"employees": employees, "parent": parent_name, "place": place}
        mentees.append(
            MenteeSpec(
                email=_email(first, last, organisation),
                full_name=f"{first} {last}",
                organisation=organisation,
                summary=summary.format(**values),
                goals=goals.format(**values),
                needs=list(needs),
                preferred_format=rng.choice(FORMATS).value,
                days_ago=rng.randint(1, 60),
            )
        )
    # The printed demo mentor has room for another mentee beside the one the history gives
    # them, so the introduction waiting for them (Command._demo_introduction) can be accepted.
    mentors[0] = replace(mentors[0], capacity=max(mentors[0].capacity, 2), accepting=True)
    return mentors, mentees


def demo_coordinator_enrol() -> None:
    """Give the demo coordinator the published authenticator secret, unless they already have an
    authenticator app (a database seeded before this existed, or someone enrolled their own)."""
    coordinator = User.objects.filter(email=COORDINATOR_EMAIL).first()
    if coordinator is None:
        return
    if not Authenticator.objects.filter(user=coordinator, type=Authenticator.Type.TOTP).exists():
        Authenticator.objects.create(
            user=coordinator,
            type=Authenticator.Type.TOTP,
            data={"secret": encrypt(DEMO_TOTP_SECRET)},
        )


class Command(BaseCommand):
    help = "Create fictional demo mentors, fledgling mutuals and requests (idempotent)."

    def handle(self, *args: Any, **options: Any) -> None:
        with transaction.atomic():
            created = self._seed()
        if any(created.values()):
            self.stdout.write(
                "Demo data: added {mentors} mentors, {mentees} fledgling mutuals with open "
                "requests and {coordinators} coordinator.".format(**created)
            )
        else:
            self.stdout.write("Demo data already in place; nothing added.")
        mentors, mentees = build_specs()
        self.stdout.write(f"\n  Demo logins (password for all: {DEMO_PASSWORD})")
        self.stdout.write(f"    coordinator  {COORDINATOR_EMAIL}")
        self.stdout.write(
            "      its two-step code: DEBUG=true .venv/bin/python manage.py demo_code, "
            f"or the secret {DEMO_TOTP_SECRET} in an authenticator app"
        )
        self.stdout.write(f"    mentor       {mentors[0].email}")
        self.stdout.write(f"    mentee       {mentees[0].email}\n")

    def _seed(self) -> dict[str, int]:
        mentors, mentees = build_specs()
        wanted = [COORDINATOR_EMAIL] + [m.email for m in mentors] + [m.email for m in mentees]
        existing = set(User.objects.filter(email__in=wanted).values_list("email", flat=True))
        # One hash for every demo account: hashing is deliberately slow (~0.5 s each), and these
        # accounts share a published password anyway.
        password = make_password(DEMO_PASSWORD)
        sectors = {s.slug: s for s in Sector.objects.all()}
        topics = {t.slug: t for t in Topic.objects.all()}
        organisations: dict[str, Organisation] = {}
        created = {"mentors": 0, "mentees": 0, "coordinators": 0}

        def organisation_for(spec: OrganisationSpec) -> Organisation:
            if spec.name not in organisations:
                organisation = Organisation.objects.filter(name=spec.name).first()
                if organisation is None:
                    organisation = Organisation.objects.create(
                        name=spec.name,
                        stage=spec.stage,
                        region=spec.region,
                        employees=spec.employees,
                        parent_body=spec.parent_body,
                        legal_form=spec.legal_form,
                        spun_out_year=spec.spun_out_year,
                        website=f"https://www.{spec.domain}",
                        description=spec.description,
                    )
                    organisation.sectors.set([sectors[s] for s in spec.sectors])
                organisations[spec.name] = organisation
            return organisations[spec.name]

        def user(email: str, full_name: str, role: str, organisation: Organisation | None) -> User:
            person = User.objects.create(
                email=email,
                full_name=full_name,
                role=role,
                organisation=organisation,
                password=password,
            )
            EmailAddress.objects.create(user=person, email=email, verified=True, primary=True)
            return person

        if COORDINATOR_EMAIL not in existing:
            user(COORDINATOR_EMAIL, COORDINATOR_NAME, Role.COORDINATOR, None)
            created["coordinators"] += 1
        demo_coordinator_enrol()

        for mentor in mentors:
            if mentor.email in existing:
                continue
            organisation = organisation_for(mentor.organisation)
            person = user(mentor.email, mentor.full_name, Role.MENTOR, organisation)
            profile = MentorProfile.objects.create(
                user=person,
                capacity=mentor.capacity,
                accepting=mentor.accepting,
                remote_ok=mentor.remote_ok,
                bio=self._bio(mentor, topics),
            )
            profile.expertise.set([topics[t] for t in mentor.expertise])
            profile.sectors.set([sectors[s] for s in mentor.sectors])
            created["mentors"] += 1

        now = timezone.now()
        for mentee in mentees:
            if mentee.email in existing:
                continue
            organisation = organisation_for(mentee.organisation)
            person = user(mentee.email, mentee.full_name, Role.MENTEE, organisation)
            request = MentoringRequest.objects.create(
                organisation=organisation,
                created_by=person,
                summary=mentee.summary,
                goals=mentee.goals,
                preferred_format=mentee.preferred_format,
                created_at=now - timedelta(days=mentee.days_ago),
            )
            request.needs.set([topics[t] for t in mentee.needs])
            created["mentees"] += 1

        history = seed_history()
        if any(history.values()):
            self.stdout.write(
                "Demo history: {stage_changes} stage changes, {mentorships} mentorships.".format(
                    **history
                )
            )
        added: dict[str, int] = {}
        coordinator = User.objects.get(email=COORDINATOR_EMAIL)
        for _, response in demo_seeded.send(sender=type(self), now=now, coordinator=coordinator):
            if isinstance(response, dict):
                added.update(response)
        if any(added.values()):
            self.stdout.write(
                "Demo programme: "
                + ", ".join(
                    f"{count} {what.replace('_', ' ')}" for what, count in added.items() if count
                )
                + "."
            )
        self._queue_first_round()
        self._demo_introduction(coordinator, mentors[0].email, mentees[0].email)
        return created

    def _demo_introduction(self, coordinator: User, mentor_email: str, mentee_email: str) -> None:
        """An introduction from the printed mentor to the printed mentee's request, approved and
        waiting for the mentor's answer, so the three demo logins can walk one introduction
        from end to end: the mentor accepts, the mentee confirms, the mentorship starts.

        The request is scored now (a request run, as when a mentee files one), and the mentor's
        suggestion approved through the services. Added once: only while the request is open
        and has never been scored."""
        request = (
            MentoringRequest.objects.filter(
                created_by__email=mentee_email, status=MentoringRequest.Status.OPEN
            )
            .select_related("organisation")
            .first()
        )
        mentor = MentorProfile.objects.filter(user__email=mentor_email).first()
        if request is None or mentor is None:
            return
        if Proposal.objects.filter(request=request).exists():
            return
        # Imported here, as in _queue_first_round.
        from matching.services.match_runs import request_score
        from matching.services.proposals import proposal_approve

        request_score(request=request)
        proposal = Proposal.objects.filter(
            request=request, mentor=mentor, status=Proposal.Status.SUGGESTED
        ).first()
        if proposal is None:  # the engine did not suggest them: leave it to the coordinator
            return
        proposal_approve(proposal=proposal, actor=coordinator)
        self.stdout.write(
            f"Introduced the demo mentor to {request.organisation.name}, the demo mentee: "
            "sign in as the mentor to accept, then as the mentee to confirm."
        )

    def _bio(self, mentor: MentorSpec, topics: dict[str, Topic]) -> str:
        organisation = mentor.organisation
        strengths = "; ".join(topics[t].name for t in mentor.expertise[:3])
        return (
            f"{mentor.role.capitalize()} at {organisation.name}, which spun out of "
            f"{organisation.parent_name} in {organisation.spun_out_year} and now employs "
            f"about {organisation.employees} people. Where I can help most: {strengths}. "
            f"{mentor.offer}"
        )

    def _queue_first_round(self) -> None:
        """Give a fresh demo its first proposals: one round, sent once the seed commits."""
        # The demo history's confirmed introductions came from no run; a scored one did.
        if Proposal.objects.filter(run__isnull=False).exists():
            return
        if MatchRun.objects.filter(
            kind=MatchRun.Kind.ROUND, status__in=MatchRun.WAITING_STATUSES
        ).exists():
            return
        if not MentoringRequest.objects.filter(status=MentoringRequest.Status.OPEN).exists():
            return
        # Imported here: the engine pulls in scikit-learn, which a restart with data can skip.
        from matching.services.match_runs import match_run_create

        match_run_create(kind=MatchRun.Kind.ROUND)
        self.stdout.write("Queued a matching round; the worker will write the first proposals.")
