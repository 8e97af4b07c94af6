"""A fledgling mutual opening a coordinator page is refused by the server."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Browser, expect

from tests import factories
from tests.browser.scenario import signed_in_page

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def test_it_refuses_the_queue_to_a_mentee(browser: Browser, live_server: Any) -> None:
    mentee = factories.request_creator(factories.MentoringRequestFactory.create())
    context, page = signed_in_page(browser, live_server.url, mentee)
    # Their own dashboard first, so the browser holds a CSRF token for the API call below.
    page.goto(f"{live_server.url}/dashboard/")
    response = page.goto(f"{live_server.url}/coordinator/queue/")
    assert response is not None and response.status == 403
    expect(page.get_by_role("heading", level=1)).to_have_text("This page is not available to you")
    expect(page.locator("#queue")).to_have_count(0)
    # Even scripted, the API behind the page refuses to start matching for this person.
    refused = page.evaluate(
        """async () => {
            const token = document.cookie.split('; ').find(c => c.startsWith('csrftoken='));
            const r = await fetch('/api/v1/match-runs/', {method: 'POST', headers: {
                'Content-Type': 'application/json',
                'X-CSRFToken': token ? token.split('=')[1] : ''}, body: '{"kind": "round"}'});
            return [r.status, (await r.json()).detail];
        }"""
    )
    assert refused[0] == 403
    assert "CSRF" not in refused[1]
    context.close()
