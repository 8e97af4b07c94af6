"""The hourly limit holds when one address sends many messages at the same moment."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection, connections

from enquiries.models import Enquiry
from tests.conftest import client_for

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite serialises writers itself")
def test_seven_at_once_from_one_address_store_five() -> None:
    def send(n: int) -> int:
        try:
            return (
                client_for(None)
                .post(
                    "/api/v1/enquiries/",
                    {
                        "kind": "other",
                        "name": f"Bot {n}",
                        "email": "bot@example.org",
                        "message": "Hi",
                    },
                    format="json",
                    REMOTE_ADDR="203.0.113.50",
                )
                .status_code
            )
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=7) as pool:
        codes = sorted(pool.map(send, range(7)))
    assert codes == [201] * 5 + [429] * 2
    assert Enquiry.objects.count() == 5
