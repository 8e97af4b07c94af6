"""The five-stage guide to becoming a mutual, in our own words: fixed text, versioned with the code.

Checklist item ids are stable slugs: organisations' ticks are stored against them, so an id is
never reused for a different task (retire it and add a new one instead).
"""

from __future__ import annotations

from dataclasses import dataclass

from accounts.models import Stage


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    text: str
    topics: tuple[str, ...]


@dataclass(frozen=True)
class GuideStage:
    stage: int
    slug: str
    title: str
    summary: str
    body: tuple[str, ...]
    checklist: tuple[ChecklistItem, ...]


def _item(item_id: str, text: str, *topics: str) -> ChecklistItem:
    return ChecklistItem(item_id, text, topics)


GUIDE: tuple[GuideStage, ...] = (
    GuideStage(
        stage=Stage.DECIDING,
        slug="deciding",
        title=Stage.DECIDING.label,
        summary="Work out whether running your service as a mutual is right for the people "
        "who use it, for your staff and for you.",
        body=(
            "A mutual is an organisation that has left the public sector but carries on "
            "delivering public services, with its staff having a real say in how it is run.",
            "At this stage you are asking: what could we do better on our own? Who would we "
            "need on our side? Is there a route open to us, such as a right to provide?",
        ),
        checklist=(
            _item(
                "deciding-case-for-change",
                "Write down why the service would be better run as a mutual",
                "business-planning",
                "social-value",
            ),
            _item(
                "deciding-routes",
                "Find out which routes out of the public sector are open to your service",
                "right-to-provide",
                "commissioning",
            ),
            _item(
                "deciding-staff-appetite",
                "Test the appetite among staff for owning and running the service",
                "employee-engagement",
            ),
            _item("deciding-leadership-team", "Name a small team to lead the work", "leadership"),
        ),
    ),
    GuideStage(
        stage=Stage.TESTING,
        slug="testing",
        title=Stage.TESTING.label,
        summary="Share the idea, listen, and win the support of staff, commissioners and "
        "your parent body before you commit time and money.",
        body=(
            "Nobody can spin a service out alone. Staff need to know what would change for "
            "them; commissioners need to see the service will stay safe and good value.",
            "Expect hard questions about jobs, pay and pensions. Answer them early and in writing.",
        ),
        checklist=(
            _item(
                "testing-staff-engagement",
                "Hold open sessions with staff and record their questions",
                "employee-engagement",
                "hr-change",
            ),
            _item(
                "testing-commissioner-talks",
                "Meet your commissioners to discuss a future contract",
                "commissioning",
                "bidding-contracts",
            ),
            _item(
                "testing-parent-body",
                "Get agreement in principle from your parent body",
                "leadership",
                "legal-governance",
            ),
            _item(
                "testing-transfer-basics", "Learn what a transfer means for staff contracts", "tupe"
            ),
        ),
    ),
    GuideStage(
        stage=Stage.PLANNING,
        slug="planning",
        title=Stage.PLANNING.label,
        summary="Turn the idea into a plan others can check: the business case, the legal "
        "form, the money, and what happens to staff and their pensions.",
        body=(
            "The plan is what your parent body and commissioners will judge you on. It shows "
            "how the mutual will pay its way and who will own and govern it.",
            "This is where specialist advice on pensions, staff transfers and assets matters most.",
        ),
        checklist=(
            _item(
                "planning-business-plan",
                "Write a business plan with income and costs for the first three years",
                "business-planning",
                "finance-investment",
            ),
            _item(
                "planning-legal-form",
                "Choose a legal form and how staff will own and govern it",
                "legal-governance",
            ),
            _item("planning-pensions", "Agree how staff pensions will be protected", "pensions"),
            _item(
                "planning-tupe", "Plan the transfer of staff and consult them", "tupe", "hr-change"
            ),
            _item(
                "planning-assets",
                "Decide whether to lease or buy buildings and equipment",
                "assets",
                "finance-investment",
            ),
        ),
    ),
    GuideStage(
        stage=Stage.SETTING_UP,
        slug="setting_up",
        title=Stage.SETTING_UP.label,
        summary="Register the new organisation, sign the contract, and move people, "
        "systems and money across.",
        body=(
            "Setting up is a project of its own: a board, a bank account, insurance, payroll, "
            "IT and a signed contract, all ready on the day the service moves.",
        ),
        checklist=(
            _item(
                "setting-up-register",
                "Register the organisation and appoint its board",
                "legal-governance",
            ),
            _item(
                "setting-up-contract",
                "Agree and sign the contract for the service",
                "commissioning",
                "bidding-contracts",
            ),
            _item(
                "setting-up-systems",
                "Set up payroll, finance and IT systems",
                "digital-it",
                "finance-investment",
            ),
            _item(
                "setting-up-transfer",
                "Transfer staff and complete the consultation",
                "tupe",
                "hr-change",
            ),
        ),
    ),
    GuideStage(
        stage=Stage.SECURING,
        slug="securing",
        title=Stage.SECURING.label,
        summary="Keep the mutual strong after launch: win new work, show your social value, "
        "and keep staff involved in decisions.",
        body=(
            "The first contract will end. Mutuals that last find new customers, measure the "
            "difference they make, and keep their staff owners engaged.",
        ),
        checklist=(
            _item(
                "securing-new-income",
                "Find new sources of income beyond the first contract",
                "bidding-contracts",
                "finance-investment",
            ),
            _item(
                "securing-social-value",
                "Measure and publish the social value you create",
                "social-value",
                "marketing",
            ),
            _item(
                "securing-staff-voice",
                "Keep staff involved in running the mutual",
                "employee-engagement",
                "leadership",
            ),
        ),
    ),
)

BY_STAGE: dict[int, GuideStage] = {g.stage: g for g in GUIDE}
BY_SLUG: dict[str, GuideStage] = {g.slug: g for g in GUIDE}
ITEMS: dict[str, ChecklistItem] = {i.id: i for g in GUIDE for i in g.checklist}
