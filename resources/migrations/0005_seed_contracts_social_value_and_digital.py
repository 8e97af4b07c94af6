"""Three more documents for the later stages, summarised in our own words: the library had none on
bidding for contracts, social value or IT, which are what a mutual that has moved asks about.

Links go to a GOV.UK search for the document's title, as in 0002, whose seeding this uses.
"""

from importlib import import_module

from django.db import migrations

# 0002's row format and its seeding, shared rather than copied.
first_seed = import_module("resources.migrations.0002_seed_programme_resources")

# (title, summary, kind, publisher, stages, topics, search words)
RESOURCES = [
    (
        "Public Services (Social Value) Act 2012: an introductory guide",
        "What the Act asks of anyone commissioning public services: to consider, before they "
        "buy, how the contract could also improve the economic, social and environmental "
        "well-being of the area. Use it to show commissioners the value your mutual adds "
        "beyond the service itself.",
        "guide",
        "Cabinet Office",
        [4, 5],
        ["social-value", "commissioning"],
        "social+value+act+introductory+guide",
    ),
    (
        "Procurement Act 2023: guidance",
        "The rules public bodies follow when they buy services, in force since February 2025: "
        "how contracts are advertised, how bids are judged, and what suppliers must be told. "
        "For a mutual bidding to keep its contract or to win new ones.",
        "guide",
        "Cabinet Office",
        [4, 5],
        ["bidding-contracts", "commissioning"],
        "procurement+act+2023+guidance",
    ),
    (
        "Cyber Essentials scheme: overview",
        "The government-backed scheme that sets out basic technical controls against the most "
        "common online attacks, and how to be certified. Some public contracts ask for it, and "
        "a mutual that leaves its parent body's IT has to meet it on its own.",
        "guide",
        "Department for Science, Innovation and Technology",
        [4, 5],
        ["digital-it"],
        "cyber+essentials+scheme+overview",
    ),
]


def seed(apps, schema_editor):
    first_seed.seed_rows(apps, RESOURCES)


def unseed(apps, schema_editor):
    first_seed.unseed_rows(apps, RESOURCES)


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0004_right_to_provide_sectors"),
        ("matching", "0002_seed_topics"),
    ]

    operations = [migrations.RunPython(seed, unseed)]
