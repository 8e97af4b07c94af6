"""Version 5 of the prior scoring model: the new inferred_sector feature (service areas the
request's words name, beyond its own) shares the sector budget, as inferred needs share the
topic budget. Version 4's weights plus inferred_sector 0.098, all scaled back to a sum of 1, so
a request that names no other area scores as before. Checked on the evaluation's parts
(docs/matching.md). It replaces the active model only while that is an untrained prior; a
learned model stays active."""

from django.db import migrations

# A frozen copy of matching.engine.features.PRIOR_WEIGHTS at the time of this migration.
PRIOR_WEIGHTS = {
    "topic": 0.074,
    "inferred": 0.074,
    "sector": 0.089,
    "inferred_sector": 0.089,
    "stage": 0.021,
    "experience": 0.017,
    "region": 0.014,
    "size": 0.006,
    "parent_body": 0.006,
    "text": 0.61,
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
        metrics={"decision": "prior weights v5: service areas named in the request's words"},
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
    dependencies = [("matching", "0020_match_run_newest_index")]

    operations = [migrations.RunPython(seed_prior, unseed_prior)]
