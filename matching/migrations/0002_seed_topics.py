"""Seed the mentoring topics the programme works with; coordinators edit them in admin afterwards."""

from django.db import migrations

TOPICS = [
    ("business-planning", "Business planning"),
    ("tupe", "TUPE and staff transfer"),
    ("pensions", "Pensions"),
    ("legal-governance", "Legal form and governance"),
    ("finance-investment", "Finance and investment"),
    ("assets", "Assets and property"),
    ("bidding-contracts", "Bidding and contracts"),
    ("commissioning", "Working with commissioners"),
    ("hr-change", "HR and managing change"),
    ("leadership", "Leadership"),
    ("employee-engagement", "Employee engagement and ownership"),
    ("marketing", "Marketing and communications"),
    ("social-value", "Social value and impact"),
    ("digital-it", "Digital and IT"),
    ("right-to-provide", "Right to Provide"),
]


def seed(apps, schema_editor):
    Topic = apps.get_model("matching", "Topic")
    for slug, name in TOPICS:
        Topic.objects.get_or_create(slug=slug, defaults={"name": name})


def unseed(apps, schema_editor):
    apps.get_model("matching", "Topic").objects.filter(slug__in=[s for s, _ in TOPICS]).delete()


class Migration(migrations.Migration):
    dependencies = [("matching", "0001_initial")]
    operations = [migrations.RunPython(seed, unseed)]
