"""`Idempotency-Key` on creates: one object per key and user, the first answer replayed for 24 h."""

from __future__ import annotations

import threading
import uuid
from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.utils import timezone

from api.models import IdempotencyKey
from matching.models import MentoringRequest
from tests import factories
from tests.api.conftest import World
from tests.conftest import client_for
from tests.errors import error_code, field_errors

BODY = {"needs": ["tupe"], "summary": "Help with TUPE transfers."}


def post(client: Any, key: str, body: dict[str, Any] = BODY) -> Any:
    return client.post("/api/v1/requests/", body, format="json", HTTP_IDEMPOTENCY_KEY=key)


def test_the_same_key_twice_creates_once_and_replays_the_answer(world: World) -> None:
    client, key = world.client("mentee"), str(uuid.uuid4())
    before = MentoringRequest.objects.count()
    first = post(client, key)
    second = post(client, key)
    assert first.status_code == second.status_code == 201
    assert second.json() == first.json()
    assert second["Idempotent-Replayed"] == "true"
    assert "Idempotent-Replayed" not in first
    assert MentoringRequest.objects.count() == before + 1


def test_the_same_key_with_another_body_is_a_409(world: World) -> None:
    client, key = world.client("mentee"), str(uuid.uuid4())
    assert post(client, key).status_code == 201
    before = MentoringRequest.objects.count()
    response = post(client, key, {**BODY, "summary": "Something else entirely."})
    assert response.status_code == 409
    assert error_code(response) == "idempotency_key_reused"
    assert MentoringRequest.objects.count() == before


def test_keys_belong_to_one_user(world: World) -> None:
    key = str(uuid.uuid4())
    other = factories.MenteeFactory.create(organisation=world.mentee.organisation)
    first, second = post(world.client("mentee"), key), post(client_for(other), key)
    assert first.status_code == second.status_code == 201
    assert first.json()["id"] != second.json()["id"]


def test_a_key_expires_after_24_hours(world: World) -> None:
    client, key = world.client("mentee"), str(uuid.uuid4())
    first = post(client, key)
    IdempotencyKey.objects.update(created_at=timezone.now() - timedelta(hours=24, minutes=1))
    second = post(client, key)
    assert second.status_code == 201 and second.json()["id"] != first.json()["id"]


def test_a_refused_request_does_not_use_up_its_key(world: World) -> None:
    client, key = world.client("mentee"), str(uuid.uuid4())
    refused = post(client, key, {"needs": []})
    assert refused.status_code == 400 and "needs" in field_errors(refused)
    assert post(client, key).status_code == 201
    assert IdempotencyKey.objects.filter(key=key).count() == 1


@pytest.mark.parametrize("key", ["x" * 256, ""])
def test_a_malformed_key_is_a_400(world: World, key: str) -> None:
    # An empty header was once ignored (the schema's pattern refuses it; schemathesis noticed).
    before = MentoringRequest.objects.count()
    response = post(world.client("mentee"), key)
    assert response.status_code == 400 and error_code(response) == "invalid_idempotency_key"
    assert MentoringRequest.objects.count() == before


@pytest.mark.django_db(transaction=True)
def test_concurrent_duplicates_create_one_object() -> None:
    mentee = factories.MenteeFactory.create()
    key, answers = str(uuid.uuid4()), []
    barrier = threading.Barrier(4)

    def send() -> None:
        try:
            barrier.wait()
            answers.append(post(client_for(mentee), key))
        finally:
            connection.close()

    threads = [threading.Thread(target=send) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert MentoringRequest.objects.filter(created_by=mentee).count() == 1
    created = {a.json()["id"] for a in answers if a.status_code == 201}
    assert len(created) == 1
    # A duplicate that arrives while the first is mid-flight waits for it, or hears 409.
    assert all(
        a.status_code == 201 or error_code(a) == "idempotency_key_in_progress" for a in answers
    )
