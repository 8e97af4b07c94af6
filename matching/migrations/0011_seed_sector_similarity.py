"""Seed the related service areas: families whose mentors know each other's commissioners,
regulators and workforce, and advisers ("other") who know every area a little."""

from django.db import migrations

# A frozen copy of matching.engine.lexicon's families at the time of this migration.
FAMILIES = [
    ("community-health", "adult-social-care"),
    ("community-health", "mental-health"),
    ("community-health", "public-health"),
    ("youth-services", "childrens-services"),
    ("fire-rescue", "public-health"),
    ("probation-justice", "mental-health"),
    ("libraries-culture", "leisure-sport"),
    ("education", "employment-skills"),
    ("education", "childrens-services"),
]
FAMILY_SIMILARITY = 0.5
SERVICE_AREAS = [
    "community-health", "mental-health", "adult-social-care", "childrens-services",
    "youth-services", "education", "employment-skills", "libraries-culture", "leisure-sport",
    "housing", "fire-rescue", "probation-justice", "public-health",
]  # fmt: skip
GENERALIST_SIMILARITY = 0.25


def seed(apps, schema_editor):
    Sector = apps.get_model("accounts", "Sector")
    SectorSimilarity = apps.get_model("matching", "SectorSimilarity")
    ids = dict(Sector.objects.values_list("slug", "id"))
    pairs = [(a, b, FAMILY_SIMILARITY) for a, b in FAMILIES]
    pairs += [("other", area, GENERALIST_SIMILARITY) for area in SERVICE_AREAS]
    for a, b, value in pairs:
        if a in ids and b in ids:
            SectorSimilarity.objects.get_or_create(
                sector_id=ids[a], related_id=ids[b], defaults={"similarity": value}
            )


def unseed(apps, schema_editor):
    apps.get_model("matching", "SectorSimilarity").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("matching", "0010_sector_similarity")]

    operations = [migrations.RunPython(seed, unseed)]
