"""An outside client, generated from the live schema by openapi-python-client, drives the lifecycle.

No raw HTTP and no patching: if the schema lies about a body, a status or a parameter, the
generated code fails to import, refuses the answer (`raise_on_unexpected_status`) or parses it
into the wrong model. Scoring runs on a real Celery worker against the live server.
"""

from __future__ import annotations

import datetime
import importlib
import pkgutil
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests import factories
from tests.conftest import ROOT, WorkerProcess

pytestmark = [pytest.mark.worker, pytest.mark.slow, pytest.mark.django_db(transaction=True)]

PACKAGE = "mm_client"


@pytest.fixture
def client_package(live_server: Any, tmp_path: Path) -> Iterator[ModuleType]:
    schema = tmp_path / "schema.json"
    with urllib.request.urlopen(f"{live_server.url}/api/schema/?format=json") as answer:
        schema.write_bytes(answer.read())
    generator = Path(sys.executable).with_name("openapi-python-client")
    result = subprocess.run(
        [
            str(generator), "generate", "--path", str(schema), "--meta", "none",
            "--output-path", str(tmp_path / PACKAGE), "--overwrite",
        ],
        cwd=ROOT, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-3000:]
    # The generator skips an operation it cannot express and says so: none may be skipped.
    assert "will not be generated" not in output, output[-3000:]
    sys.path.insert(0, str(tmp_path))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(tmp_path))
        for name in [n for n in sys.modules if n == PACKAGE or n.startswith(f"{PACKAGE}.")]:
            del sys.modules[name]


def op(name: str) -> Any:
    """`requests.requests_create` → the generated module for that operation."""
    return importlib.import_module(f"{PACKAGE}.api.{name}")


def model(name: str) -> Any:
    return getattr(importlib.import_module(f"{PACKAGE}.models"), name)


def ok(response: Any, status: int) -> Any:
    assert response.status_code == status, (response.status_code, response.content[:800])
    return response.parsed


def wait_for(fetch: Callable[[], Any], done: Callable[[Any], bool], worker: WorkerProcess) -> Any:
    deadline = time.monotonic() + 90
    while not done(value := fetch()):
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting; last {value!r}\n{worker.output()[-4000:]}")
        time.sleep(0.3)
    return value


def test_every_generated_module_imports(client_package: ModuleType) -> None:
    names = [m.name for m in pkgutil.walk_packages(client_package.__path__, f"{PACKAGE}.")]
    operations = [n for n in names if n.startswith(f"{PACKAGE}.api.") and n.count(".") == 3]
    for name in names:
        importlib.import_module(name)
    assert len(operations) >= 40, operations


def test_the_generated_client_drives_the_whole_lifecycle(
    client_package: ModuleType, live_server: Any, celery_worker_process: WorkerProcess
) -> None:
    mentee = factories.MenteeFactory.create()
    coordinator = factories.CoordinatorFactory.create()
    mentor = factories.MentorProfileFactory.create(expertise=["tupe", "pensions"]).user
    factories.MentorProfileFactory.create(expertise=["marketing"])

    def sign_in(user: Any) -> Any:
        anonymous = client_package.Client(base_url=live_server.url, raise_on_unexpected_status=True)
        code = (
            factories.totp_code()
            if user.is_coordinator
            else importlib.import_module(f"{PACKAGE}.types").UNSET
        )
        body = model("TokenRequestRequest")(
            email=user.email, password=factories.PASSWORD, code=code
        )
        token = ok(op("auth.auth_token_create").sync_detailed(client=anonymous, body=body), 200)
        return client_package.AuthenticatedClient(
            base_url=live_server.url,
            token=token.token,
            prefix="Token",  # `Authorization: Token <key>`, as the tokenAuth scheme says
            raise_on_unexpected_status=True,
        )

    as_mentee, as_mentor, as_coordinator = sign_in(mentee), sign_in(mentor), sign_in(coordinator)

    # The mentee files a request, safely retried with one Idempotency-Key.
    body = model("MentoringRequestRequest")(
        needs=[model("TopicSlugEnum")("tupe"), model("TopicSlugEnum")("pensions")],
        summary="Our library service spins out next year; staff transfer under TUPE.",
        goals="A TUPE timetable and a pensions plan.",
        preferred_format=model("PreferredFormatEnum")("remote"),
    )
    key = str(uuid.uuid4())
    create = op("requests.requests_create")
    filed = ok(create.sync_detailed(client=as_mentee, body=body, idempotency_key=key), 201)
    again = ok(create.sync_detailed(client=as_mentee, body=body, idempotency_key=key), 201)
    assert again.id == filed.id

    # A round scores every open request; the coordinator polls the run until it finishes.
    run_body = model("MatchRunCreateRequest")(kind=model("MatchRunCreateKindEnum")("round"))
    queued = ok(
        op("match_runs.match_runs_create").sync_detailed(client=as_coordinator, body=run_body), 202
    )
    retrieve_run = op("match_runs.match_runs_retrieve")
    run = wait_for(
        lambda: ok(retrieve_run.sync_detailed(queued.id, client=as_coordinator), 200),
        lambda r: r.status.value in ("succeeded", "failed"),
        celery_worker_process,
    )
    assert run.status.value == "succeeded", run
    retrieve_request = op("requests.requests_retrieve")
    scored = wait_for(
        lambda: ok(retrieve_request.sync_detailed(filed.id, client=as_mentee), 200),
        lambda r: r.scoring is not None and r.scoring.value in ("succeeded", "failed"),
        celery_worker_process,
    )
    assert scored.scoring.value == "succeeded"

    # The coordinator approves the proposal for the mentor who knows TUPE.
    listed = ok(
        op("proposals.proposals_list").sync_detailed(
            client=as_coordinator, request=filed.id, mentor=mentor.mentor_profile.pk
        ),
        200,
    )
    assert listed.count == 1, listed
    proposal = listed.results[0]
    assert all(item.contribution is not None for item in proposal.explanation)
    ok(
        op("proposals.proposals_approve_create").sync_detailed(proposal.id, client=as_coordinator),
        200,
    )
    accepted = ok(
        op("proposals.proposals_accept_create").sync_detailed(proposal.id, client=as_mentor), 200
    )
    assert accepted.status.value == "accepted"
    mentorship = ok(
        op("proposals.proposals_confirm_create").sync_detailed(proposal.id, client=as_mentee), 201
    )
    assert mentorship.status.value == "active"

    # Both sides keep the record: a meeting, a goal ticked done.
    meeting_body = model("MeetingRequest")(
        held_on=datetime.date.today(), minutes=45, topics=[model("TopicSlugEnum")("tupe")]
    )
    meeting = ok(
        op("mentorships.mentorships_meetings_create").sync_detailed(
            mentorship.id, client=as_mentor, body=meeting_body
        ),
        201,
    )
    assert meeting.minutes == 45
    goal_body = model("GoalRequest")(title="Draft the TUPE timetable", due_on=None)
    goal = ok(
        op("mentorships.mentorships_goals_create").sync_detailed(
            mentorship.id, client=as_mentee, body=goal_body
        ),
        201,
    )
    assert goal.done is False
    done = ok(
        op("mentorships.mentorships_goals_partial_update").sync_detailed(
            mentorship.id,
            goal.id,
            client=as_mentor,
            body=model("PatchedGoalChangeRequest")(done=True),
        ),
        200,
    )
    assert done.done is True

    # The mentorship completes, and each side leaves feedback.
    completed = ok(
        op("mentorships.mentorships_complete_create").sync_detailed(
            mentorship.id, client=as_mentee
        ),
        200,
    )
    assert completed.status.value == "completed"
    feedback = op("mentorships.mentorships_feedback_create")
    for client, rating in ((as_mentee, 5), (as_mentor, 4)):
        body = model("FeedbackRequest")(rating=rating, comment="Clear and practical.")
        assert (
            ok(feedback.sync_detailed(mentorship.id, client=client, body=body), 201).rating
            == rating
        )
    closed = ok(retrieve_request.sync_detailed(filed.id, client=as_mentee), 200)
    assert closed.status.value == "closed"
