"""Right to Provide is for NHS and social care staff: say so, so it is signposted only to them."""

from django.db import migrations

TITLE = "Right to Provide guidance"
SECTORS = ["community-health", "mental-health", "adult-social-care"]


def scope(apps, schema_editor):
    Resource = apps.get_model("resources", "Resource")
    Sector = apps.get_model("accounts", "Sector")
    sectors = list(Sector.objects.filter(slug__in=SECTORS))
    for resource in Resource.objects.filter(title=TITLE):
        if not resource.sectors.exists():
            resource.sectors.set(sectors)


def unscope(apps, schema_editor):
    Resource = apps.get_model("resources", "Resource")
    for resource in Resource.objects.filter(title=TITLE):
        resource.sectors.clear()


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0003_resource_sectors"),
        ("accounts", "0002_seed_sectors"),
    ]

    operations = [migrations.RunPython(scope, unscope)]
