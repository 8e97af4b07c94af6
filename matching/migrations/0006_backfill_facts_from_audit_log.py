"""Fill the new fact fields from the audit log, once; from now on the services set them."""

from django.db import migrations
from django.db.models import Max, Min, OuterRef, Subquery

FINAL = ("rejected", "declined", "confirmed", "withdrawn", "expired")


def backfill(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    AuditEvent = apps.get_model("core", "AuditEvent")
    Proposal = apps.get_model("matching", "Proposal")
    Mentorship = apps.get_model("matching", "Mentorship")
    db = schema_editor.connection.alias

    def first_or_last(model, aggregate, **filters):
        content_type = ContentType.objects.using(db).filter(
            app_label="matching", model=model
        ).first()
        events = AuditEvent.objects.using(db).filter(
            content_type=content_type, object_id=OuterRef("pk"), **filters
        )
        return Subquery(
            events.order_by().values("object_id").annotate(at_=aggregate("at")).values("at_")[:1]
        )

    proposals = Proposal.objects.using(db)
    proposals.filter(approved_at=None).update(
        approved_at=first_or_last("proposal", Min, to_status="approved")
    )
    proposals.filter(accepted_at=None).update(
        accepted_at=first_or_last("proposal", Min, to_status="accepted")
    )
    proposals.filter(decided_at=None, status__in=FINAL).update(
        decided_at=first_or_last("proposal", Max, to_status__in=FINAL)
    )
    # A reminder counts for the status it was sent in, so only one sent since the last change.
    proposals.filter(nudged_at=None).update(
        nudged_at=first_or_last("proposal", Max, verb="nudged", to_status=OuterRef("status"))
    )
    Mentorship.objects.using(db).filter(status="paused", paused_at=None).update(
        paused_at=first_or_last("mentorship", Max, to_status="paused")
    )


class Migration(migrations.Migration):
    dependencies = [
        ("matching", "0005_proposal_and_mentorship_facts_text_limits"),
        ("core", "0001_initial"),
    ]

    operations = [migrations.RunPython(backfill, migrations.RunPython.noop)]
