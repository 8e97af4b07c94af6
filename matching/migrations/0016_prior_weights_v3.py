"""Version 3 of the prior scoring model: the text feature weighs more (0.10 -> 0.25 of the
total, the others scaled down in proportion), with service areas now scored as the share of a
request's areas a mentor knows or knows a related one of. Chosen on the evaluation's tuning
part (docs/matching.md). It replaces the active model only while that is an untrained prior;
a learned model stays active."""

from django.db import migrations

# A frozen copy of matching.engine.features.PRIOR_WEIGHTS at the time of this migration.
PRIOR_WEIGHTS = {
    "topic": 0.184,
    "inferred": 0.184,
    "sector": 0.221,
    "stage": 0.052,
    "experience": 0.044,
    "region": 0.033,
    "size": 0.015,
    "parent_body": 0.015,
    "text": 0.252,
}


def seed_prior(apps, schema_editor):
    ScoringModel = apps.get_model("matching", "ScoringModel")
    if ScoringModel.objects.filter(weights=PRIOR_WEIGHTS, trained_on=0).exists():
        return
    active = ScoringModel.objects.filter(active=True).first()
    last = ScoringModel.objects.order_by("-version").values_list("version", flat=True).first()
    replace = active is None or active.trained_on == 0
    if replace and active is not None:
        ScoringModel.objects.filter(pk=active.pk).update(active=False)
    ScoringModel.objects.create(
        version=(last or 0) + 1,
        weights=PRIOR_WEIGHTS,
        trained_on=0,
        metrics={"decision": "prior weights v3: the bio and request text weigh more"},
        active=replace,
        format_version=2,
    )


def unseed_prior(apps, schema_editor):
    ScoringModel = apps.get_model("matching", "ScoringModel")
    removed = ScoringModel.objects.filter(weights=PRIOR_WEIGHTS, trained_on=0)
    was_active = removed.filter(active=True).exists()
    removed.delete()
    if was_active and not ScoringModel.objects.filter(active=True).exists():
        latest = ScoringModel.objects.filter(trained_on=0).order_by("-version").first()
        if latest is not None:
            ScoringModel.objects.filter(pk=latest.pk).update(active=True)


class Migration(migrations.Migration):
    dependencies = [("matching", "0015_mentorship_started_index")]

    operations = [migrations.RunPython(seed_prior, unseed_prior)]
