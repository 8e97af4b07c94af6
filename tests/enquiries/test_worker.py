"""The inbox's e-mails really go through a Celery worker: queued on commit, sent by the task."""

from __future__ import annotations

import time

import pytest

from enquiries.models import Enquiry, EnquiryMessage
from tests import factories
from tests.conftest import WorkerProcess, client_for

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_an_enquiry_and_its_reply_are_emailed_by_the_worker(
    celery_worker_process: WorkerProcess,
) -> None:
    created = client_for(None).post(
        "/api/v1/enquiries/",
        {"kind": "other", "name": "Sam", "email": "sam@example.org", "message": "Hello there"},
        format="json",
    )
    assert created.status_code == 201
    reference = created.json()["reference"]
    coordinator = factories.CoordinatorFactory.create()
    reply = client_for(coordinator).post(
        f"/api/v1/enquiries/{created.json()['id']}/messages/",
        {"body": "Thank you for writing to us."},
        format="json",
    )
    assert reply.status_code == 201
    deadline = time.monotonic() + 60
    message = EnquiryMessage.objects.get(pk=reply.json()["id"])
    while message.sent_at is None and time.monotonic() < deadline:
        time.sleep(0.5)
        message.refresh_from_db()
    log = celery_worker_process.output()
    assert message.sent_at is not None, log[-3000:]
    # The worker's console mail backend printed both messages, each quoting the reference.
    assert log.count(f"({reference})") >= 2, log[-3000:]
    assert Enquiry.objects.get(reference=reference).status == "waiting"
