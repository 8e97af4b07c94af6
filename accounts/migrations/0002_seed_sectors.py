"""Seed the service areas the programme works with; coordinators edit them in admin afterwards."""

from django.db import migrations

SECTORS = [
    ("community-health", "Community health"),
    ("mental-health", "Mental health"),
    ("adult-social-care", "Adult social care"),
    ("childrens-services", "Children's services"),
    ("youth-services", "Youth services"),
    ("education", "Education"),
    ("employment-skills", "Employment and skills"),
    ("libraries-culture", "Libraries and culture"),
    ("leisure-sport", "Leisure and sport"),
    ("housing", "Housing"),
    ("fire-rescue", "Fire and rescue"),
    ("probation-justice", "Probation and justice"),
    ("public-health", "Public health"),
    ("other", "Other"),
]


def seed(apps, schema_editor):
    Sector = apps.get_model("accounts", "Sector")
    for slug, name in SECTORS:
        Sector.objects.get_or_create(slug=slug, defaults={"name": name})


def unseed(apps, schema_editor):
    apps.get_model("accounts", "Sector").objects.filter(slug__in=[s for s, _ in SECTORS]).delete()


class Migration(migrations.Migration):
    dependencies = [("accounts", "0001_initial")]
    operations = [migrations.RunPython(seed, unseed)]
