"""One live introduction per request: existing extras are withdrawn, then the index is added."""

from typing import Any

from django.conf import settings
from django.db import migrations, models

LIVE = ("approved", "accepted")


def withdraw_extra_live_introductions(apps: Any, schema_editor: Any) -> None:
    """Before the rule, a request could have several; keep the one furthest on (accepted, then
    the earliest), so the unique index can be built on any existing database."""
    Proposal = apps.get_model("matching", "Proposal")
    kept: set[int] = set()
    live = Proposal.objects.filter(status__in=LIVE).order_by(
        "request_id", "status", "status_changed_at", "pk"
    )
    for proposal in live:
        if proposal.request_id in kept:
            proposal.status = "withdrawn"
            proposal.reason = "Only one introduction runs for a request at a time."
            proposal.save(update_fields=["status", "reason"])
        else:
            kept.add(proposal.request_id)


class Migration(migrations.Migration):
    dependencies = [
        ("matching", "0008_prior_weights_with_new_features"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RunPython(withdraw_extra_live_introductions, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="proposal",
            constraint=models.UniqueConstraint(
                condition=models.Q(("status__in", ("approved", "accepted"))),
                fields=("request",),
                name="one_live_introduction_per_request",
            ),
        ),
    ]
