"""Seeds the programme's own list of guidance, each summarised in our own words.

Links go to a GOV.UK search for the document's title, which keeps working when a page moves;
coordinators can point a resource at the exact page or upload a copy.
"""

from django.db import migrations

SEARCH = "https://www.gov.uk/search/all?keywords="

# (title, summary, kind, publisher, stages, topics, search words)
RESOURCES = [
    (
        "Business plan guidance and template",
        "How to write the business plan your parent body and commissioners will judge you on, "
        "with a template to fill in: the service, the market, the money for three years, risks "
        "and how the mutual will be owned and run.",
        "template",
        "Cabinet Office",
        [3],
        ["business-planning", "finance-investment"],
        "mutuals+business+plan+guidance",
    ),
    (
        "Deciding whether to lease or buy assets",
        "What to weigh up before taking on buildings, vehicles or equipment: the costs over "
        "time, who carries the risk of repairs, and what lenders and commissioners will expect.",
        "guide",
        "Cabinet Office",
        [3, 4],
        ["assets", "finance-investment"],
        "mutuals+lease+or+buy+assets",
    ),
    (
        "Employment rights on a transfer of undertaking (TUPE)",
        "A plain guide to what happens to staff when a service moves to a new employer: which "
        "terms carry over, what you must tell staff and when, and how consultation works.",
        "guide",
        "Department for Business and Trade",
        [2, 3, 4],
        ["tupe", "hr-change"],
        "employment+rights+on+the+transfer+of+an+undertaking",
    ),
    (
        "Fair Deal for staff pensions",
        "How staff who move out of the public sector keep access to a public service pension "
        "scheme, and what the new employer has to do to offer it.",
        "guide",
        "HM Treasury",
        [3, 4],
        ["pensions"],
        "fair+deal+staff+pensions+guidance",
    ),
    (
        "Becoming an employee-owned mutual: an action checklist",
        "A step-by-step list of the tasks on the way to a mutual owned by its staff, from the "
        "first conversation to the day the service moves, to check nothing is missed.",
        "checklist",
        "Cabinet Office",
        [1, 2],
        ["employee-engagement", "legal-governance", "leadership"],
        "employee+owned+mutual+action+checklist",
    ),
    (
        "A guided journey to a public service co-operative",
        "Walks a team through setting up a co-operative to run a public service: choosing a "
        "model of membership, drafting the rules, and involving the people who use it.",
        "guide",
        "Co-operatives UK",
        [1, 2, 3],
        ["legal-governance", "employee-engagement"],
        "public+service+co-operative+guide",
    ),
    (
        "Right to Provide guidance",
        "Explains the right of NHS and social care staff to propose running their service as a "
        "social enterprise, how to make the request, and how it will be considered.",
        "guide",
        "Department of Health and Social Care",
        [1, 2],
        ["right-to-provide", "commissioning"],
        "right+to+provide+guidance",
    ),
]


def seed_rows(apps, rows):
    """Creates each (title, summary, kind, publisher, stages, topics, search words) row, once;
    0005 seeds its own rows with it too."""
    Resource = apps.get_model("resources", "Resource")
    ResourceStage = apps.get_model("resources", "ResourceStage")
    Topic = apps.get_model("matching", "Topic")
    topics = {t.slug: t for t in Topic.objects.all()}
    for title, summary, kind, publisher, stages, topic_slugs, words in rows:
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


def unseed_rows(apps, rows):
    Resource = apps.get_model("resources", "Resource")
    Resource.objects.filter(title__in=[r[0] for r in rows]).delete()


def seed(apps, schema_editor):
    seed_rows(apps, RESOURCES)


def unseed(apps, schema_editor):
    unseed_rows(apps, RESOURCES)


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0001_initial"),
        ("matching", "0002_seed_topics"),
    ]

    operations = [migrations.RunPython(seed, unseed)]
