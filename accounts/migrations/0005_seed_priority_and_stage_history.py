"""Flag the programme's priority service areas, and record every organisation's current stage.

Organisations created before stage history existed get one row: their stage, reached on the
day they joined (the best date we have), with no previous stage and no known actor.
"""

from django.db import migrations

PRIORITY_SECTORS = ["adult-social-care", "childrens-services", "fire-rescue", "probation-justice"]


def forward(apps, schema_editor):
    Sector = apps.get_model("accounts", "Sector")
    Organisation = apps.get_model("accounts", "Organisation")
    OrganisationStageChange = apps.get_model("accounts", "OrganisationStageChange")
    Sector.objects.filter(slug__in=PRIORITY_SECTORS).update(priority=True)
    recorded = OrganisationStageChange.objects.values("organisation_id")
    OrganisationStageChange.objects.bulk_create(
        [
            OrganisationStageChange(
                organisation_id=org.pk, from_stage=None, stage=org.stage, at=org.created_at
            )
            for org in Organisation.objects.exclude(pk__in=recorded).only(
                "pk", "stage", "created_at"
            )
        ],
        batch_size=1000,
    )


def backward(apps, schema_editor):
    apps.get_model("accounts", "Sector").objects.update(priority=False)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0004_organisation_stage_history")]
    operations = [migrations.RunPython(forward, backward)]
