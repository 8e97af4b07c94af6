"""Version 2 of the scoring model: prior weights for the features added with needs read from
text, related service areas and experience. It replaces version 1 only while version 1 (the
untrained prior) is the active model; a learned model stays active."""

from django.db import migrations

# A frozen copy of matching.engine.features.PRIOR_WEIGHTS at the time of this migration.
PRIOR_WEIGHTS = {
    "topic": 0.221,
    "inferred": 0.221,
    "sector": 0.265,
    "stage": 0.062,
    "experience": 0.053,
    "region": 0.04,
    "size": 0.018,
    "parent_body": 0.018,
    "text": 0.102,
}


def seed_prior(apps, schema_editor):
    ScoringModel = apps.get_model("matching", "ScoringModel")
    active = ScoringModel.objects.filter(active=True).first()
    if ScoringModel.objects.filter(weights=PRIOR_WEIGHTS, trained_on=0).exists():
        return
    last = ScoringModel.objects.order_by("-version").values_list("version", flat=True).first()
    replace = active is None or active.trained_on == 0
    if replace and active is not None:
        ScoringModel.objects.filter(pk=active.pk).update(active=False)
    ScoringModel.objects.create(
        version=(last or 0) + 1,
        weights=PRIOR_WEIGHTS,
        trained_on=0,
        metrics={"decision": "prior weights with needs from text, related areas and experience"},
        active=replace,
        format_version=2,
    )


def unseed_prior(apps, schema_editor):
    ScoringModel = apps.get_model("matching", "ScoringModel")
    ScoringModel.objects.filter(weights=PRIOR_WEIGHTS, trained_on=0).delete()
    if not ScoringModel.objects.filter(active=True).exists():
        ScoringModel.objects.filter(version=1).update(active=True)


class Migration(migrations.Migration):
    dependencies = [("matching", "0007_plain_choice_labels")]

    operations = [migrations.RunPython(seed_prior, unseed_prior)]
