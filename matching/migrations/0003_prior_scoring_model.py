"""Version 1 of the scoring model: the prior weights, active until a learned model beats them."""

from django.db import migrations

# A frozen copy of matching.engine.features.PRIOR_WEIGHTS at the time of this migration.
PRIOR_WEIGHTS = {
    "topic": 0.35,
    "sector": 0.15,
    "stage": 0.2,
    "region": 0.1,
    "size": 0.05,
    "parent_body": 0.05,
    "text": 0.1,
}


def seed_prior(apps, schema_editor):
    ScoringModel = apps.get_model("matching", "ScoringModel")
    if not ScoringModel.objects.exists():
        ScoringModel.objects.create(
            version=1,
            weights=PRIOR_WEIGHTS,
            trained_on=0,
            metrics={"decision": "prior weights from the programme's coordinators"},
            active=True,
            format_version=1,
        )


def unseed_prior(apps, schema_editor):
    ScoringModel = apps.get_model("matching", "ScoringModel")
    ScoringModel.objects.filter(version=1, trained_on=0).delete()


class Migration(migrations.Migration):
    dependencies = [("matching", "0002_seed_topics")]

    operations = [migrations.RunPython(seed_prior, unseed_prior)]
