"""Coordinator pages for the programme: who may open them, and what a coordinator finds there."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.models import Stage, User
from enquiries.models import Enquiry
from matching.models import Mentorship
from tests import factories
from tests.programme.builders import build_programme

pytestmark = pytest.mark.django_db


def _paths() -> list[str]:
    programme = build_programme()
    m2 = programme.mentorships["m2"]
    return [
        "/coordinator/requests/",
        f"/coordinator/requests/{m2.request_id}/",
        f"/coordinator/organisations/{programme.care.pk}/",
        "/coordinator/mentorships/",
        f"/coordinator/mentorships/{m2.pk}/",
        "/coordinator/mentors/",
        f"/coordinator/mentors/{programme.mentor.pk}/",
        "/coordinator/pipeline/",
        "/coordinator/reports/",
    ]


def test_anonymous_visitors_are_sent_to_sign_in(client: Client) -> None:
    for path in _paths():
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith("/accounts/login/"), path


@pytest.mark.parametrize("role_fixture", ["mentee", "mentor"])
def test_mentors_and_mentees_are_refused(
    client: Client, role_fixture: str, request: pytest.FixtureRequest
) -> None:
    user: User = request.getfixturevalue(role_fixture)
    client.force_login(user)
    for path in _paths():
        assert client.get(path).status_code == 403, path


def test_coordinators_open_every_page(client: Client, coordinator: User) -> None:
    client.force_login(coordinator)
    for path in _paths():
        assert client.get(path).status_code == 200, path


def test_a_coordinator_finds_a_request_by_organisation_name(
    client: Client, coordinator: User
) -> None:
    build_programme()
    client.force_login(coordinator)
    page = client.get("/coordinator/requests/", {"q": "harbour"}).content.decode()
    assert "Harbour Homes Mutual" in page
    assert "Meadow Care Mutual" not in page
    assert "3 requests" in page


def test_the_request_page_tells_the_story(client: Client, coordinator: User) -> None:
    programme = build_programme()
    m2 = programme.mentorships["m2"]
    client.force_login(coordinator)
    page = client.get(f"/coordinator/requests/{m2.request_id}/").content.decode()
    assert "Meadow Care Mutual" in page
    assert "Stage history" in page
    assert f"/coordinator/mentorships/{m2.pk}/" in page


def test_the_request_page_ranks_every_proposal_once_by_score(
    client: Client, coordinator: User
) -> None:
    # After an introduction was confirmed, a later round re-ranked the suggestions still
    # waiting from 1: the page ranks all of them by score, and only a waiting suggestion is
    # "Recommended".
    request = factories.MentoringRequestFactory.create()
    confirmed = factories.ProposalFactory.create(
        request=request, rank=1, score=0.33, recommended=True, status="confirmed"
    )
    waiting = factories.ProposalFactory.create(
        request=request, rank=1, score=0.23, recommended=True, status="suggested"
    )
    client.force_login(coordinator)
    page = client.get(f"/coordinator/requests/{request.pk}/").content.decode()
    table = page.split('id="proposals-title"', 1)[1].split("</table>", 1)[0]
    rows = re.findall(r"<tr><td>(\d+)(.*?)</td>\s*<td><a href=\"/coordinator/mentors/(\d+)/", table)
    assert [(rank, int(mentor)) for rank, _, mentor in rows] == [
        ("1", confirmed.mentor_id),
        ("2", waiting.mentor_id),
    ]
    assert ["Recommended" in badge for _, badge, _ in rows] == [False, True]


def test_the_mentorship_page_lists_its_concerns_with_links_to_the_inbox(
    client: Client, coordinator: User
) -> None:
    mentorship = factories.MentorshipFactory.create()
    other = factories.MentorshipFactory.create()
    concern = Enquiry.objects.create(
        kind="concern", name="Mo Mentee", email="mo@example.org", message="No meetings.",
        mentorship=mentorship, assignee=coordinator,
    )  # fmt: skip
    Enquiry.objects.create(
        kind="concern", name="Elsewhere", email="e@example.org", message="x", mentorship=other
    )
    client.force_login(coordinator)
    page = client.get(f"/coordinator/mentorships/{mentorship.pk}/").content.decode()
    section = page.split('id="concerns-title"', 1)[1].split("</section>", 1)[0]
    assert f'href="/coordinator/inbox/{concern.pk}/">Concern {concern.reference}</a>' in section
    assert f"by Mo Mentee: new, with {coordinator}." in section
    assert "Elsewhere" not in section
    quiet = client.get(f"/coordinator/mentorships/{other.pk}/").content.decode()
    assert "Elsewhere" in quiet
    none = factories.MentorshipFactory.create()
    assert (
        'id="concerns-title"'
        not in client.get(f"/coordinator/mentorships/{none.pk}/").content.decode()
    )


def test_the_organisation_page_gives_the_year_it_spun_out(
    client: Client, coordinator: User
) -> None:
    established = factories.OrganisationFactory.create(stage=Stage.ESTABLISHED, spun_out_year=2012)
    fledgling = factories.OrganisationFactory.create(stage=Stage.TESTING)
    client.force_login(coordinator)
    page = client.get(f"/coordinator/organisations/{established.pk}/").content.decode()
    assert re.search(r"<dt>Year it spun out</dt><dd>2012</dd>", page)
    page = client.get(f"/coordinator/organisations/{fledgling.pk}/").content.decode()
    assert re.search(r"<dt>Year it spun out</dt><dd>Not given</dd>", page)


def test_the_request_timeline_names_who_moved_the_stage_only_when_known(
    client: Client, coordinator: User
) -> None:
    from accounts.models import OrganisationStageChange

    request = factories.MentoringRequestFactory.create()
    organisation = request.organisation
    OrganisationStageChange.objects.filter(organisation=organisation).delete()
    OrganisationStageChange.objects.create(
        organisation=organisation, from_stage=None, stage=Stage.DECIDING
    )
    OrganisationStageChange.objects.create(
        organisation=organisation,
        from_stage=Stage.DECIDING,
        stage=Stage.TESTING,
        actor=request.created_by,
    )
    client.force_login(coordinator)
    page = client.get(f"/coordinator/requests/{request.pk}/").content.decode()
    set_line = next(line for line in page.splitlines() if "Stage set to" in line)
    assert ", by" not in set_line and "Not recorded" not in set_line
    moved_line = next(line for line in page.splitlines() if "Stage moved from" in line)
    assert f", by {request.created_by}" in moved_line


def test_an_early_end_is_flagged_and_its_reason_shown(client: Client, coordinator: User) -> None:
    programme = build_programme()
    m2 = programme.mentorships["m2"]
    client.force_login(coordinator)
    listing = client.get("/coordinator/mentorships/", {"attention": "ended_early"}).content
    assert f"/coordinator/mentorships/{m2.pk}/".encode() in listing
    assert f"/coordinator/mentorships/{programme.mentorships['m3'].pk}/".encode() not in listing
    page = client.get(f"/coordinator/mentorships/{m2.pk}/").content.decode()
    assert "The organisation paused its spin-out." in page
    assert 'id="end-form"' not in page  # over already: nothing to end


def test_a_live_mentorship_offers_to_end_it(client: Client, coordinator: User) -> None:
    live = factories.MentorshipFactory.create(status=Mentorship.Status.ACTIVE)
    client.force_login(coordinator)
    page = client.get(f"/coordinator/mentorships/{live.pk}/").content.decode()
    assert 'id="end-form"' in page
    assert "programme-end.js" in page


def test_the_dashboard_counts_mentorships_needing_attention(
    client: Client, coordinator: User
) -> None:
    build_programme()  # m2 ended early
    client.force_login(coordinator)
    page = client.get("/dashboard/").content.decode()
    assert "Mentorships needing attention" in page
    assert "Ended early: 1" in page


def test_inviting_a_coordinator_has_its_own_place_on_the_dashboard(
    client: Client, coordinator: User
) -> None:
    client.force_login(coordinator)
    page = client.get("/dashboard/").content.decode()
    team = page.split('id="team-title"', 1)[1].split("</section>", 1)[0]
    assert "Programme team" in team and 'href="/coordinator/invitations/"' in team
    queue = page.split('id="queue-title"', 1)[1].split("</section>", 1)[0]
    assert "invitations" not in queue


def test_the_pipeline_filters_to_priority_sectors(client: Client, coordinator: User) -> None:
    build_programme()
    client.force_login(coordinator)
    everything = client.get("/coordinator/pipeline/").content.decode()
    assert "Harbour Homes Mutual" in everything and "Meadow Care Mutual" in everything
    priority = client.get("/coordinator/pipeline/", {"priority": "true"}).content.decode()
    assert "Meadow Care Mutual" in priority
    assert "Harbour Homes Mutual" not in priority
    assert 'alt="Organisations by stage:' in priority


def test_the_report_page_shows_the_chosen_period(client: Client, coordinator: User) -> None:
    build_programme()
    client.force_login(coordinator)
    page = client.get(
        "/coordinator/reports/", {"start": "2026-01-01", "end": "2026-03-31"}
    ).content.decode()
    assert "1 January 2026" in page and "31 March 2026" in page
    assert "10.0 days" in page  # the median wait
    assert "50%" in page  # completion rate
    assert "<script" not in page.split("</head>")[1]  # the chart needs no script


@pytest.mark.parametrize(
    ("period", "field", "message"),
    [
        ({"start": "2026-12-01", "end": "2026-01-01"}, "end", "on or after the first day"),
        ({"start": "2999-01-01", "end": "2999-12-31"}, "start", "after today"),
        ({"start": "2999-01-01"}, "start", "after today"),
        # A last day alone starts on the first of its month, which has not begun yet either.
        ({"end": "2999-12-31"}, "end", "has not begun yet"),
    ],
)
def test_a_bad_period_shows_its_error_and_no_figures(
    client: Client, coordinator: User, period: dict[str, str], field: str, message: str
) -> None:
    build_programme()
    client.force_login(coordinator)
    response = client.get("/coordinator/reports/", period)
    page = response.content.decode()
    assert "There is a problem" in page and message in page
    assert f'href="#id_{field}-field"' in page
    # Nothing that reads as a report of some other period.
    assert "Requests received" not in page and "both days included" not in page
    assert "format=csv" not in page


def test_a_period_that_runs_past_today_says_the_figures_stop_today(
    client: Client, coordinator: User
) -> None:
    build_programme()
    client.force_login(coordinator)
    page = client.get("/coordinator/reports/", {"start": "2026-01-01", "end": "2999-12-31"})
    text = page.content.decode()
    assert "Requests received" in text
    assert "The period has not ended yet: the figures run to today." in text
    # Months still to come have nothing in them yet: the chart and the table stop at this one.
    this_month = timezone.localdate().strftime("%b %Y")
    assert f"from Jan 2026 to {this_month};" in text
    rows = re.findall(r'<tr><th scope="row">(\w{3} \d{4})</th>', text)
    assert rows[0] == "Jan 2026" and rows[-1] == this_month
    assert "Jan 2027" not in text and "Dec 2999" not in text
    finished = client.get("/coordinator/reports/", {"start": "2026-01-01", "end": "2026-03-31"})
    assert "has not ended yet" not in finished.content.decode()
    assert re.findall(r'<tr><th scope="row">(\w{3} \d{4})</th>', finished.content.decode()) == [
        "Jan 2026", "Feb 2026", "Mar 2026"
    ]  # fmt: skip


def test_a_last_day_alone_reports_from_the_first_of_its_month(
    client: Client, coordinator: User
) -> None:
    build_programme()
    client.force_login(coordinator)
    page = client.get("/coordinator/reports/", {"end": "2025-06-30"}).content.decode()
    assert "From <strong>1 June 2025</strong> to <strong>30 June 2025</strong>" in page


@pytest.mark.parametrize(
    "path", ["/coordinator/requests/", "/coordinator/mentorships/", "/coordinator/pipeline/"]
)
def test_lists_run_a_constant_number_of_queries(
    client: Client, coordinator: User, path: str
) -> None:
    client.force_login(coordinator)

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).status_code == 200
        return len(queries)

    build_programme()
    few = count()
    for n in range(6):
        org = factories.OrganisationFactory.create(name=f"More {n}", stage=Stage.TESTING)
        mentee = factories.MenteeFactory.create(organisation=org)
        request = factories.MentoringRequestFactory.create(created_by=mentee)
        factories.MentorshipFactory.create(proposal__request=request)
    assert count() == few


def test_a_coordinator_changes_the_priority_service_areas(
    client: Client, coordinator: User
) -> None:
    from accounts.models import Sector

    client.force_login(coordinator)
    form = client.get("/coordinator/priorities/").content.decode()
    assert 'value="adult-social-care"' in form
    response = client.post("/coordinator/priorities/", {"priority": ["housing", "education"]})
    assert response.status_code == 302
    chosen = set(Sector.objects.filter(priority=True).values_list("slug", flat=True))
    assert chosen == {"housing", "education"}


def test_mentors_cannot_change_the_priority_service_areas(client: Client, mentor: User) -> None:
    from accounts.models import Sector

    before = set(Sector.objects.filter(priority=True).values_list("slug", flat=True))
    client.force_login(mentor)
    assert client.post("/coordinator/priorities/", {"priority": ["housing"]}).status_code == 403
    assert set(Sector.objects.filter(priority=True).values_list("slug", flat=True)) == before
