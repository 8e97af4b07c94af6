"""A mentee withdraws an open request, and its open proposals go with it."""

import pytest
from django.core.exceptions import PermissionDenied

from core.errors import Conflict
from core.models import AuditEvent
from matching.models import MentoringRequest, Proposal
from matching.services.requests import request_withdraw
from tests import factories
from tests.factories import request_creator
from tests.lifecycle.helpers import events, outsider, proposal_in

pytestmark = pytest.mark.django_db


def test_it_withdraws_the_request_and_its_open_proposals():
    request = factories.MentoringRequestFactory.create()
    proposals = {
        status: proposal_in(status, request=request)
        # One live introduction per request: the accepted one stands for approved as well.
        for status in (
            Proposal.Status.SUGGESTED,
            Proposal.Status.ACCEPTED,
            Proposal.Status.REJECTED,
            Proposal.Status.EXPIRED,
        )
    }
    request_withdraw(
        request=request, actor=request_creator(request), reason="Council changed plans"
    )
    request.refresh_from_db()
    assert request.status == MentoringRequest.Status.WITHDRAWN
    assert events(request) == [("withdrawn", "open", "withdrawn")]
    assert AuditEvent.objects.get(
        content_type__model="mentoringrequest", object_id=request.pk
    ).reason == ("Council changed plans")
    for status, proposal in proposals.items():
        proposal.refresh_from_db()
        if status in Proposal.OPEN_STATUSES:
            assert proposal.status == Proposal.Status.WITHDRAWN
            assert proposal.decided_by == request_creator(request)
            assert events(proposal) == [("withdrawn", status, "withdrawn")]
        else:
            assert proposal.status == status


def test_it_rejects_people_outside_the_organisation(coordinator, mentor):
    request = factories.MentoringRequestFactory.create()
    for actor in (outsider(), coordinator, mentor):
        with pytest.raises(PermissionDenied):
            request_withdraw(request=request, actor=actor)
    assert MentoringRequest.objects.get().status == MentoringRequest.Status.OPEN


@pytest.mark.parametrize("status", ["matched", "closed", "withdrawn"])
def test_it_refuses_a_request_that_is_not_open(status):
    request = factories.MentoringRequestFactory.create(status=status)
    proposal = proposal_in(Proposal.Status.SUGGESTED, request=request)
    with pytest.raises(Conflict, match="only an open request can be withdrawn"):
        request_withdraw(request=request, actor=request_creator(request))
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.SUGGESTED
    assert AuditEvent.objects.count() == 0
