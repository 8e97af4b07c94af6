"""A small programme with known answers, built row by row with fixed dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from django.utils import timezone

from accounts.models import Organisation, Region, Stage, User
from matching.models import Feedback, Meeting, MentoringRequest, MentorProfile, Mentorship
from tests import factories

PERIOD = (date(2026, 1, 1), date(2026, 3, 31))


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """An instant in the programme's own time zone (Europe/London)."""
    return timezone.make_aware(datetime(year, month, day, hour, minute))


@dataclass
class Programme:
    care: Organisation
    housing: Organisation
    mentor: MentorProfile
    care_mentee: User
    housing_mentee: User
    mentorships: dict[str, Mentorship]


def request(mentee: User, created: datetime) -> MentoringRequest:
    return factories.MentoringRequestFactory.create(created_by=mentee, created_at=created)


def mentorship(
    req: MentoringRequest,
    mentor: MentorProfile,
    started: datetime,
    status: str = Mentorship.Status.ACTIVE,
    ended: datetime | None = None,
    reason: str = "",
) -> Mentorship:
    return factories.MentorshipFactory.create(
        proposal__request=req,
        proposal__mentor=mentor,
        started_at=started,
        status=status,
        ended_at=ended,
        end_reason=reason,
    )


def build_programme() -> Programme:
    """Two fledgling mutuals, one mentor, requests and mentorships around Q1 2026.

    Known answers for 2026-01-01..2026-03-31 are asserted in test_reports.py.
    """
    care = factories.OrganisationFactory.create(
        name="Meadow Care Mutual",
        sectors=["adult-social-care"],
        stage=Stage.TESTING,
        region=Region.LONDON,
    )
    housing = factories.OrganisationFactory.create(
        name="Harbour Homes Mutual",
        sectors=["housing"],
        stage=Stage.PLANNING,
        region=Region.WALES,
    )
    care_mentee = factories.MenteeFactory.create(organisation=care)
    housing_mentee = factories.MenteeFactory.create(organisation=housing)
    mentor = factories.MentorProfileFactory.create(capacity=4, accepting=True)
    # A mentor who is not taking anyone on: their capacity is not the programme's.
    factories.MentorProfileFactory.create(capacity=3, accepting=False)

    r_before = request(care_mentee, at(2025, 10, 1, 9))
    r2 = request(care_mentee, at(2025, 12, 20, 10))
    r1 = request(care_mentee, at(2026, 1, 5, 10))
    r3 = request(housing_mentee, at(2026, 2, 10, 10))
    request(housing_mentee, at(2026, 3, 31, 23, 30))  # the last day counts
    request(housing_mentee, at(2026, 4, 1, 0, 0))  # the day after does not

    ms = {
        # Over before the period began: not running in it.
        "old": mentorship(
            r_before,
            mentor,
            at(2025, 11, 1, 10),
            Mentorship.Status.COMPLETED,
            ended=at(2025, 12, 15, 10),
        ),
        # 10 days to match; completed on the period's last day.
        "m1": mentorship(
            r1, mentor, at(2026, 1, 15, 10), Mentorship.Status.COMPLETED, at(2026, 3, 31, 23, 59)
        ),
        # 42 days to match; ended early.
        "m2": mentorship(
            r2,
            mentor,
            at(2026, 1, 31, 10),
            Mentorship.Status.ENDED,
            at(2026, 2, 15, 10),
            reason="The organisation paused its spin-out.",
        ),
        # 4 days to match; still active today.
        "m3": mentorship(r3, mentor, at(2026, 2, 14, 10)),
    }
    m1, m2, m3 = ms["m1"], ms["m2"], ms["m3"]
    Meeting.objects.create(mentorship=m1, held_on=date(2026, 1, 20), minutes=60)
    Meeting.objects.create(mentorship=m1, held_on=date(2026, 3, 31), minutes=30)
    Meeting.objects.create(mentorship=m3, held_on=date(2026, 4, 1), minutes=45)
    Meeting.objects.create(mentorship=ms["old"], held_on=date(2025, 12, 31), minutes=90)
    Feedback.objects.create(
        mentorship=m1,
        author=mentor.user,
        side=Feedback.Side.MENTOR,
        rating=4,
        created_at=at(2026, 3, 31, 12),
    )
    Feedback.objects.create(
        mentorship=m1,
        author=care_mentee,
        side=Feedback.Side.MENTEE,
        rating=5,
        created_at=at(2026, 3, 31, 13),
    )
    Feedback.objects.create(
        mentorship=m2,
        author=care_mentee,
        side=Feedback.Side.MENTEE,
        rating=2,
        created_at=at(2026, 2, 16, 9),
    )
    return Programme(
        care=care,
        housing=housing,
        mentor=mentor,
        care_mentee=care_mentee,
        housing_mentee=housing_mentee,
        mentorships=ms,
    )
