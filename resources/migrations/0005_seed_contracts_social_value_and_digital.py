"""Three more documents for the later stages, summarised in our own words: the library had none on
bidding for contracts, social value or IT, which are what a mutual that has moved asks about.

Links go to a GOV.UK search for the document's title, as in 0002.
"""

from django.db import migrations

SEARCH = "https://www.gov.uk/search/all?keywords="

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
    Resource = apps.get_model("resources", "Resource")
    ResourceStage = apps.get_model("resources", "ResourceStage")
    Topic = apps.get_model("matching", "Topic")
    topics = {t.slug: t for t in Topic.objects.all()}
    for title, summary, kind, publisher, stages, topic_slugs, words in RESOURCES:
        if Resource.objects.filter(title=title).exists():
            continue
        resource = Resource.objects.create(
            title=title,
            summary=summary,
            kind=kind,
            publisher=publisher,
            url=SEARCH + words,
            status="published",
        )
        ResourceStage.objects.bulk_create(ResourceStage(resource=resource, stage=s) for s in stages)
        resource.topics.set([topics[s] for s in topic_slugs if s in topics])


def unseed(apps, schema_editor):
    Resource = apps.get_model("resources", "Resource")
    Resource.objects.filter(title__in=[r[0] for r in RESOURCES]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0004_right_to_provide_sectors"),
        ("matching", "0002_seed_topics"),
    ]

    operations = [migrations.RunPython(seed, unseed)]
