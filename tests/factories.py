"""factory_boy factories shared by every test package."""

from __future__ import annotations

from typing import Any

import factory
from allauth.account.models import EmailAddress
from django.utils import timezone

from accounts.models import Organisation, ParentBody, Region, Role, Sector, Stage, User
from matching.models import (
    MentoringRequest,
    MentorProfile,
    Mentorship,
    PreferredFormat,
    Proposal,
    Topic,
)

PASSWORD = "correct-horse-battery-staple"
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # base32, as authenticator apps show it


def sectors(*slugs: str) -> list[Sector]:
    return list(Sector.objects.filter(slug__in=slugs))


def topics(*slugs: str) -> list[Topic]:
    return list(Topic.objects.filter(slug__in=slugs))


class OrganisationFactory(factory.django.DjangoModelFactory[Organisation]):
    class Meta:
        model = Organisation
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Riverside Community Mutual {n}")
    stage = Stage.PLANNING
    region = Region.NORTH_WEST
    employees = 120
    parent_body = ParentBody.LOCAL_AUTHORITY
    legal_form = "cic"

    @factory.post_generation
    def sectors(self, create: bool, extracted: list[str] | None, **kwargs: Any) -> None:
        if create:
            self.sectors.set(sectors(*(extracted or ["libraries-culture"])))


class UserFactory(factory.django.DjangoModelFactory[User]):
    """A user whose e-mail is verified, with the shared test password."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    full_name = factory.Sequence(lambda n: f"Alex Person {n}")
    role = Role.MENTEE
    organisation = factory.SubFactory(OrganisationFactory)
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def verified(self, create: bool, extracted: bool | None, **kwargs: Any) -> None:
        if create and extracted is not False:
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)


class MenteeFactory(UserFactory):
    role = Role.MENTEE


class CoordinatorFactory(UserFactory):
    """A coordinator who has set up an authenticator app (coordinators must; see accounts.mfa).

    `CoordinatorFactory(totp=False)` builds one who has not, to test the enrolment rule.
    """

    role = Role.COORDINATOR
    organisation = None  # type: ignore[assignment]
    full_name = factory.Sequence(lambda n: f"Coordinator {n}")

    @factory.post_generation
    def totp(self, create: bool, extracted: bool | None, **kwargs: Any) -> None:
        if create and extracted is not False:
            totp_enrol(self)  # type: ignore[arg-type]  # post_generation gets the built User


def request_creator(request: MentoringRequest) -> User:
    """Who wrote `request`; the link is empty only after that account row was deleted outright."""
    assert request.created_by is not None
    return request.created_by


def totp_enrol(user: User, secret: str = TOTP_SECRET) -> None:
    """Give `user` an authenticator app whose codes `totp_code(secret)` can compute."""
    from allauth.mfa.models import Authenticator
    from allauth.mfa.utils import encrypt

    Authenticator.objects.create(
        user=user, type=Authenticator.Type.TOTP, data={"secret": encrypt(secret)}
    )


def totp_code(secret: str = TOTP_SECRET, offset: int = 0) -> str:
    """The authenticator app's current code (offset in 30-second steps)."""
    import time

    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    return format_hotp_value(hotp_value(secret, int(time.time()) // 30 + offset))


class MentorUserFactory(UserFactory):
    role = Role.MENTOR
    organisation = factory.SubFactory(
        OrganisationFactory,
        stage=Stage.ESTABLISHED,
        name=factory.Sequence(lambda n: f"Established Care Mutual {n}"),
        spun_out_year=2014,
    )


class MentorProfileFactory(factory.django.DjangoModelFactory[MentorProfile]):
    class Meta:
        model = MentorProfile
        skip_postgeneration_save = True

    user = factory.SubFactory(MentorUserFactory)
    capacity = 2
    accepting = True
    remote_ok = True
    bio = "Led our library service's spin-out; happy to talk TUPE, pensions and governance."

    @factory.post_generation
    def expertise(self, create: bool, extracted: list[str] | None, **kwargs: Any) -> None:
        if create:
            self.expertise.set(topics(*(extracted or ["tupe", "pensions", "legal-governance"])))

    @factory.post_generation
    def sectors(self, create: bool, extracted: list[str] | None, **kwargs: Any) -> None:
        if create:
            self.sectors.set(sectors(*(extracted or ["libraries-culture"])))


class MentoringRequestFactory(factory.django.DjangoModelFactory[MentoringRequest]):
    class Meta:
        model = MentoringRequest
        skip_postgeneration_save = True

    created_by = factory.SubFactory(MenteeFactory)
    organisation = factory.LazyAttribute(lambda o: o.created_by.organisation)
    summary = "Our library service is planning a spin-out and we are worried about TUPE."
    goals = "Understand TUPE and pensions; pick a legal form."
    preferred_format = PreferredFormat.EITHER

    @factory.post_generation
    def needs(self, create: bool, extracted: list[str] | None, **kwargs: Any) -> None:
        if create:
            self.needs.set(topics(*(extracted or ["tupe", "pensions"])))


_APPROVED_ALREADY = (Proposal.Status.APPROVED, Proposal.Status.ACCEPTED, Proposal.Status.CONFIRMED)
_ACCEPTED_ALREADY = (Proposal.Status.ACCEPTED, Proposal.Status.CONFIRMED)


class ProposalFactory(factory.django.DjangoModelFactory[Proposal]):
    class Meta:
        model = Proposal

    request = factory.SubFactory(MentoringRequestFactory)
    mentor = factory.SubFactory(MentorProfileFactory)
    score = 0.75
    rank = 1
    recommended = True
    explanation = factory.LazyFunction(
        lambda: [
            {
                "feature": "topic",
                "label": "Topic coverage",
                "value": 1.0,
                "weight": 0.75,
                "contribution": 0.75,
            }
        ]
    )
    status = Proposal.Status.SUGGESTED
    # The facts the services keep on the row, consistent with a status reached the usual way.
    approved_at = factory.LazyAttribute(
        lambda o: timezone.now() if o.status in _APPROVED_ALREADY else None
    )
    accepted_at = factory.LazyAttribute(
        lambda o: timezone.now() if o.status in _ACCEPTED_ALREADY else None
    )


class MentorshipFactory(factory.django.DjangoModelFactory[Mentorship]):
    class Meta:
        model = Mentorship

    proposal = factory.SubFactory(ProposalFactory, status=Proposal.Status.CONFIRMED)
    mentor = factory.LazyAttribute(lambda o: o.proposal.mentor)
    request = factory.LazyAttribute(lambda o: o.proposal.request)
    status = Mentorship.Status.ACTIVE
    started_at = factory.LazyFunction(timezone.now)
