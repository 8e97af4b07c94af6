"""An e-mail task runs in a real Celery worker and sees the rows the web process committed."""

import pytest

from matching.lifecycle_tasks import email_proposal_approved
from matching.models import Proposal
from tests.conftest import WorkerProcess
from tests.lifecycle.helpers import proposal_in


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_the_approval_email_is_sent_by_the_worker(celery_worker_process: WorkerProcess) -> None:
    proposal = proposal_in(Proposal.Status.APPROVED)
    organisation = proposal.request.organisation.name
    result = email_proposal_approved.apply_async(kwargs={"proposal_id": proposal.pk})
    assert celery_worker_process.wait_for(result, timeout=60) == 1
    # The worker's mail backend is the console, so the message lands in its log.
    output = celery_worker_process.output()
    assert f"To: {proposal.mentor.user.email}" in output
    assert f"The programme team thinks you could help {organisation} (at the stage" in output
