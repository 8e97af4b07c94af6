"""Fictional material for `seed_demo`: invented places, people and situations that ring true.

Every organisation and person here is made up. The situations are the ones public service mutuals
commonly describe: TUPE transfers, pension access, first contracts, governance and finance.
"""

from __future__ import annotations

from dataclasses import dataclass

# Invented towns, so no organisation name belongs to a real body.
PLACES = [
    "Ashcombe", "Brackenfield", "Carrowmere", "Dunholt", "Eastwick Vale", "Fernleigh",
    "Glenhaven", "Hartsbridge", "Ivydale", "Kestlemoor", "Larkhill Cross", "Millhaven",
    "Northolme", "Oakridge Fen", "Pendlebrook", "Quarrymoor", "Ravensford", "Saltmarsh Bay",
    "Thornvale", "Upperwick", "Westerleigh", "Wyndham Cross", "Yarrowby", "Hollinsfield",
    "Brightwater", "Coldharbour Vale", "Elmstead Ridge", "Foxhollow", "Greystone", "Harrowden",
    "Kingsmere", "Lowther Green",
]  # fmt: skip

FIRST_NAMES = [
    "Olivia", "Amir", "Bethan", "Callum", "Deborah", "Eilidh", "Farah", "Gareth", "Hannah",
    "Imran", "Joanne", "Kwame", "Lorna", "Marcus", "Niamh", "Owen", "Priya", "Rhys", "Siobhan",
    "Tomasz", "Una", "Vikram", "Wendy", "Yusuf", "Zoe", "Aled", "Bronwen", "Ciaran", "Delyth",
    "Esther", "Fergus", "Grace", "Hamza", "Isla", "Jonah", "Kerry", "Leon", "Maryam", "Nathan",
    "Orla", "Patrick", "Rosa", "Sunil", "Tariq", "Victoria", "Adaeze", "Declan", "Fiona",
]  # fmt: skip
SURNAMES = [
    "Hughes", "Okafor", "Pritchard", "MacLeod", "Ashworth", "Campbell", "Hussain", "Llewellyn",
    "Brennan", "Choudhury", "Fairclough", "Mensah", "Drummond", "Whitfield", "Gallagher",
    "Rees", "Patel", "Morgan", "Doherty", "Kowalski", "Quinn", "Sharma", "Bramley", "Yilmaz",
    "Lindqvist", "Thackeray", "Adeyemi", "Barraclough", "Nwosu", "Kerr", "Abbott", "Ferreira",
]  # fmt: skip

# Which public body a service in each sector usually comes from. Every sector is listed, so no
# organisation gets a parent that makes no sense for it (a libraries trust from a health board).
PARENT_BY_SECTOR = {
    "libraries-culture": "local_authority",
    "community-health": "nhs",
    "mental-health": "nhs",
    "adult-social-care": "local_authority",
    "childrens-services": "local_authority",
    "youth-services": "local_authority",
    "education": "local_authority",
    "employment-skills": "central_government",
    "leisure-sport": "local_authority",
    "housing": "local_authority",
    "fire-rescue": "local_authority",
    "probation-justice": "central_government",
    "public-health": "local_authority",
    "other": "local_authority",
}

PARENT_NAMES = {
    "nhs": "{place} Community Health NHS Trust",
    "local_authority": "{place} Borough Council",
    "central_government": "a central government department",
    "other": "a public body in {place}",
}


@dataclass(frozen=True)
class SectorStory:
    """How organisations in one sector are named, what their mentors offer, what fledglings ask."""

    slug: str
    established_names: tuple[str, ...]
    fledgling_names: tuple[str, ...]
    mentor_roles: tuple[str, ...]
    expertise: tuple[str, ...]
    # (summary, goals, needs, the stages at which an organisation would write it)
    requests: tuple[tuple[str, str, tuple[str, ...], tuple[int, ...]], ...]


STORIES: tuple[SectorStory, ...] = (
    SectorStory(
        slug="libraries-culture",
        established_names=("{place} Libraries and Culture Trust", "{place} Heritage Mutual"),
        fledgling_names=("{place} Library Service", "{place} Museums and Archives Team"),
        mentor_roles=("chief executive", "director of finance", "head of people"),
        expertise=("tupe", "pensions", "business-planning", "social-value", "assets"),
        requests=(
            (
                "Our library service ({employees} staff, {parent}) is planning a spin-out. "
                "Staff are worried about TUPE and pensions: most are in the Local Government "
                "Pension Scheme and want to know their terms survive the transfer. The council "
                "wants a business case by the spring.",
                "Understand what admitted-body status in the LGPS would cost us; agree a TUPE "
                "consultation timetable with the unions; draft a business case cabinet can back.",
                ("tupe", "pensions", "business-planning"),
                (2, 3),
            ),
            (
                "We run {place}'s museums and archive and the council has asked us to test "
                "whether a trust could run them. Nobody here has written a business plan or "
                "thought about what happens to the buildings and collections.",
                "Decide whether to take the buildings on a lease or leave them with the "
                "council; build a three-year plan with earned income from events and "
                "venue hire; find out which grants open up to us as a charity.",
                ("assets", "business-planning", "finance-investment"),
                (1, 2),
            ),
        ),
    ),
    SectorStory(
        slug="community-health",
        established_names=("{place} Community Health CIC", "{place} Health Partnership"),
        fledgling_names=("{place} Community Nursing Team", "{place} Therapies Service"),
        mentor_roles=("managing director", "clinical director", "company secretary"),
        expertise=(
            "pensions",
            "legal-governance",
            "commissioning",
            "right-to-provide",
            "hr-change",
        ),
        requests=(
            (
                "We are a community nursing and therapy team of {employees} staff inside "
                "{parent}, exploring a staff-owned social enterprise under the Right to "
                "Provide. Staff are unsure whether they keep access to the NHS Pension "
                "Scheme after leaving the trust, and several say they will not move without it.",
                "Get a clear answer on NHS Pension Scheme access for a new employer; choose "
                "between a CIC and a community benefit society; prepare for the commissioner's "
                "procurement conversation.",
                ("pensions", "right-to-provide", "legal-governance"),
                (1, 2, 3),
            ),
            (
                "Our integrated care board wants to commission community services differently "
                "and our team has been invited to propose a staff-led model. We have clinical "
                "leaders but no one who has negotiated a contract or run payroll.",
                "Understand how commissioners will judge us; plan back-office services (HR, "
                "payroll, IT) for day one; set up a board with the right clinical governance.",
                ("commissioning", "hr-change", "digital-it", "legal-governance"),
                (3, 4),
            ),
        ),
    ),
    SectorStory(
        slug="mental-health",
        established_names=("{place} Wellbeing CIC", "{place} Mind and Body Co-operative"),
        fledgling_names=("{place} Recovery College", "{place} Talking Therapies Team"),
        mentor_roles=("chief executive", "head of service development"),
        expertise=("commissioning", "social-value", "employee-engagement", "leadership"),
        requests=(
            (
                "We are a recovery college of {employees} staff run by {parent}. Students "
                "and staff want a say in how it is run, and we think a multi-stakeholder "
                "co-operative could give them one, but we do not know where to start.",
                "Design a membership model that gives students and staff a real voice; "
                "understand what it means for our NHS contract; plan how to consult everyone.",
                ("legal-governance", "employee-engagement", "commissioning"),
                (1, 2),
            ),
            (
                "Our talking therapies team of {employees} clinicians is hosted by {parent}. "
                "Waiting lists are long and we think a staff-owned social enterprise could "
                "offer evening and weekend sessions the trust cannot, but we need the "
                "commissioners to agree.",
                "Show commissioners what a staff-owned service would do better; understand "
                "clinical governance and indemnity outside the trust; plan how to keep our "
                "therapists through the change.",
                ("commissioning", "right-to-provide", "hr-change"),
                (2, 3),
            ),
        ),
    ),
    SectorStory(
        slug="adult-social-care",
        established_names=("{place} Care Partnership", "{place} Independent Living Co-operative"),
        fledgling_names=(
            "{place} Day Opportunities Team",
            "{place} Reablement Service",
            "{place} Home Support Mutual",
        ),
        mentor_roles=("director of operations", "chief executive", "finance lead"),
        expertise=("tupe", "finance-investment", "commissioning", "business-planning"),
        requests=(
            (
                "Our council's day opportunities service ({employees} staff) faces closure "
                "unless we can run it more cheaply outside the council. We think a mutual "
                "could keep it open, but we need to show the numbers add up.",
                "Model income from personal budgets as well as the block contract; understand "
                "start-up costs and working capital; learn how other care mutuals found loans.",
                ("finance-investment", "business-planning", "commissioning"),
                (2, 3),
            ),
            (
                "The reablement team has agreed in principle to spin out of {parent} next "
                "year. We now have to transfer {employees} staff under TUPE and set up our "
                "own HR, and the unions have asked for a meeting.",
                "Run a TUPE consultation we can be proud of; keep people through the change; "
                "set up HR policies that still feel like ours.",
                ("tupe", "hr-change", "employee-engagement"),
                (4,),
            ),
            (
                "We spun out of {parent} two years ago. Our first contract comes up for "
                "renewal next year and the council is the buyer for nearly all our work, so "
                "losing it would end us. We need other customers and a stronger balance sheet.",
                "Win the renewal; build income from self-funders and neighbouring councils; "
                "set up reserves and a board that challenges us on risk.",
                ("bidding-contracts", "finance-investment", "marketing"),
                (5,),
            ),
        ),
    ),
    SectorStory(
        slug="childrens-services",
        established_names=("{place} Children and Families Mutual", "{place} Early Help CIC"),
        fledgling_names=("{place} Family Support Team", "{place} Children's Centres"),
        mentor_roles=("chief executive", "director of practice"),
        expertise=("legal-governance", "commissioning", "social-value", "leadership"),
        requests=(
            (
                "Our family support team is testing whether a staff-led mutual could deliver "
                "early help for {parent}. Safeguarding has to stay watertight through any "
                "change, and the lead member wants reassurance before anything goes to cabinet.",
                "Understand how other children's services mutuals handled safeguarding "
                "governance; map the approvals we need; win the lead member's support.",
                ("legal-governance", "leadership", "commissioning"),
                (2,),
            ),
            (
                "The council's children's centres in {place} ({employees} staff) are to be "
                "run by an outside provider from next year. Staff want to bid as their own "
                "mutual rather than be transferred to a national charity.",
                "Understand TUPE for a transfer to a new mutual; put together a bid with "
                "health visiting partners; keep the parents' forum at the heart of it.",
                ("tupe", "bidding-contracts", "employee-engagement"),
                (2, 3),
            ),
        ),
    ),
    SectorStory(
        slug="youth-services",
        established_names=("{place} Youth Mutual", "{place} Young People's Co-operative"),
        fledgling_names=("{place} Youth Service", "{place} Youth and Play Team"),
        mentor_roles=("chief executive", "bids and partnerships manager"),
        expertise=("bidding-contracts", "social-value", "marketing", "finance-investment"),
        requests=(
            (
                "We spun our youth service out of {parent} last year and are now bidding for "
                "our first contract on the open market: a three-year detached youth work "
                "tender. We have never written a bid or priced one.",
                "Write a bid that scores well on quality and social value; price it without "
                "undercutting ourselves; understand the TUPE implications if we win.",
                ("bidding-contracts", "social-value", "tupe"),
                (5,),
            ),
            (
                "We are a youth and play team of {employees} people thinking about becoming "
                "a mutual because funding keeps being cut. Young people are keen to help run it.",
                "Decide whether a mutual is right for us; involve young people in governance "
                "from the start; find funders who back youth-led organisations.",
                ("business-planning", "legal-governance", "finance-investment"),
                (1,),
            ),
        ),
    ),
    SectorStory(
        slug="education",
        established_names=("{place} Learning Partnership", "{place} Education Services Mutual"),
        fledgling_names=("{place} School Improvement Team", "{place} Adult Learning Service"),
        mentor_roles=("managing director", "commercial director"),
        expertise=("business-planning", "marketing", "bidding-contracts", "digital-it"),
        requests=(
            (
                "Our school improvement team ({employees} advisers) is being pushed to trade "
                "with academies instead of relying on {parent}. We need to become a business "
                "schools choose to buy from.",
                "Turn our offer into services schools can buy; set prices; market ourselves "
                "to multi-academy trusts.",
                ("marketing", "business-planning", "digital-it"),
                (3, 4),
            ),
            (
                "Our adult learning service runs community courses for {parent}: English "
                "for speakers of other languages, digital skills and family learning, with "
                "{employees} tutors. Most of our money is a grant that passes through the "
                "council, and we want to know whether we could hold it ourselves.",
                "Find out whether a mutual can hold the adult skills grant directly; plan "
                "fee income from evening classes; keep our venues in libraries and schools.",
                ("finance-investment", "business-planning", "assets"),
                (1, 2),
            ),
        ),
    ),
    SectorStory(
        slug="employment-skills",
        established_names=("{place} Works Mutual", "{place} Skills Co-operative"),
        fledgling_names=("{place} Employment Support Team", "{place} Skills Hub"),
        mentor_roles=("chief executive", "head of contracts"),
        expertise=("bidding-contracts", "commissioning", "finance-investment", "social-value"),
        requests=(
            (
                "Our employment support team is being spun out of {parent} and will depend "
                "on payment-by-results contracts. We are worried about cash flow in the first "
                "year, when we are paid only after people find work.",
                "Plan working capital for payment-by-results; find social investors who "
                "understand it; negotiate fair terms.",
                ("finance-investment", "bidding-contracts", "commissioning"),
                (4,),
            ),
            (
                "We left {parent} eighteen months ago with {employees} staff. The first year "
                "went well, but our leadership team is stretched and we have not yet built "
                "a culture that feels employee-owned rather than a council team with a new logo.",
                "Strengthen our senior team; make employee ownership real through a staff "
                "council; plan leadership succession.",
                ("leadership", "employee-engagement", "hr-change"),
                (5,),
            ),
        ),
    ),
    SectorStory(
        slug="leisure-sport",
        established_names=("{place} Leisure Trust", "{place} Active Communities Mutual"),
        fledgling_names=("{place} Leisure Centres", "{place} Sports Development Team"),
        mentor_roles=("chief executive", "facilities director", "finance director"),
        expertise=("assets", "finance-investment", "business-planning", "marketing"),
        requests=(
            (
                "The council plans to move its three leisure centres and {employees} staff "
                "into a charitable trust. The buildings need repairs, and we are unsure "
                "whether to take them on a full repairing lease.",
                "Negotiate a lease and a management fee that do not sink us; understand "
                "business rates relief as a charity; plan investment in the pools.",
                ("assets", "finance-investment", "legal-governance"),
                (3, 4),
            ),
            (
                "We are the sports development team in {parent}, {employees} coaches and "
                "organisers working with clubs and schools. The council is cutting our "
                "budget and we want to keep the work going as a social enterprise.",
                "Work out which of our programmes others would pay for; find funders for "
                "the rest; choose a legal form that lets us take grants and contracts.",
                ("business-planning", "finance-investment", "legal-governance"),
                (1, 2),
            ),
        ),
    ),
    SectorStory(
        slug="housing",
        established_names=("{place} Homes Mutual", "{place} Tenant Services Co-operative"),
        fledgling_names=("{place} Tenancy Support Service", "{place} Housing Options Team"),
        mentor_roles=("chief executive", "director of resources"),
        expertise=("legal-governance", "finance-investment", "employee-engagement", "leadership"),
        requests=(
            (
                "We provide tenancy support for {parent} and are considering a mutual jointly "
                "owned by staff and tenants. We want tenants to be real members, not a token "
                "seat on the board.",
                "Design a governance model shared by staff and tenants; understand regulation; "
                "plan consultation with tenants' associations.",
                ("legal-governance", "employee-engagement", "leadership"),
                (1, 2),
            ),
            (
                "Our housing options team ({employees} staff) handles homelessness advice "
                "for {parent}. The council has agreed in principle that we can spin out, and "
                "we now have to agree a contract that keeps its legal duties with the council.",
                "Agree which duties stay with the council and which we deliver; set up our "
                "own case management system; agree a contract price that covers winter peaks.",
                ("commissioning", "digital-it", "legal-governance"),
                (3, 4),
            ),
        ),
    ),
    SectorStory(
        slug="fire-rescue",
        established_names=("{place} Community Safety Mutual",),
        fledgling_names=("{place} Community Safety Team",),
        mentor_roles=("chief executive",),
        expertise=("commissioning", "social-value", "leadership"),
        requests=(
            (
                "Our community safety team sits in {parent}'s fire and rescue service. We "
                "think prevention work (home safety visits, falls prevention) could be "
                "commissioned by health as well, if we were independent.",
                "Test the idea with health commissioners; understand what can leave the fire "
                "service and what cannot; pick a legal form.",
                ("commissioning", "legal-governance", "right-to-provide"),
                (1, 2),
            ),
        ),
    ),
    SectorStory(
        slug="probation-justice",
        established_names=("{place} Justice Partnership CIC", "{place} Rehabilitation Mutual"),
        fledgling_names=("{place} Restorative Justice Team", "{place} Resettlement Service"),
        mentor_roles=("chief executive", "director of partnerships"),
        expertise=("bidding-contracts", "commissioning", "hr-change", "social-value"),
        requests=(
            (
                "We are a restorative justice team of {employees} staff within {parent}. "
                "A regional framework is opening and we think we could bid as a staff "
                "mutual, but we are not sure we can be ready in time.",
                "Decide quickly whether to bid this round; line up partners; understand civil "
                "service pension access after leaving.",
                ("bidding-contracts", "pensions", "business-planning"),
                (3, 4),
            ),
            (
                "We help people leaving prison in {place} find housing and work. Our "
                "{employees} staff transferred from {parent} to a new mutual last year, and "
                "the first contract ends in eighteen months.",
                "Show the outcomes we achieve in a way commissioners trust; build income "
                "beyond the one contract; keep our peer mentors, many with lived experience.",
                ("social-value", "bidding-contracts", "finance-investment"),
                (5,),
            ),
        ),
    ),
    SectorStory(
        slug="public-health",
        established_names=("{place} Healthy Lives CIC",),
        fledgling_names=("{place} Health Improvement Team", "{place} Stop Smoking Service"),
        mentor_roles=("managing director", "head of quality"),
        expertise=("commissioning", "digital-it", "social-value", "marketing"),
        requests=(
            (
                "Our health improvement service ({employees} staff) has been told it will be "
                "recommissioned. We could bid as a mutual spun out of {parent}, but we have "
                "no data systems of our own and rely on the council's.",
                "Plan the IT and data we need on day one; understand data protection for "
                "health data; show outcomes convincingly in a bid.",
                ("digital-it", "bidding-contracts", "commissioning"),
                (3, 4),
            ),
            (
                "Our stop smoking service has {employees} advisers working from GP surgeries "
                "and pharmacies for {parent}. We have been asked whether we would run it "
                "ourselves, and we would like to, but nobody here has run a business.",
                "Understand what running it ourselves would involve; decide whether to join "
                "with the health improvement team; learn how other public health mutuals began.",
                ("business-planning", "leadership", "legal-governance"),
                (1, 2),
            ),
        ),
    ),
    SectorStory(
        slug="other",
        established_names=("{place} Public Services Mutual",),
        fledgling_names=("{place} Environmental Services", "{place} Bereavement Services"),
        mentor_roles=("chief executive", "company secretary"),
        expertise=("leadership", "employee-engagement", "business-planning", "legal-governance"),
        requests=(
            (
                "We are {employees} staff in {parent}'s environmental services, deciding "
                "whether to become a mutual. Morale is low after years of cuts, and we want to "
                "know whether employee ownership could change how people feel about work.",
                "Hear from a mutual about what really changed for staff; run a staff "
                "engagement exercise; decide whether to go further.",
                ("employee-engagement", "leadership", "business-planning"),
                (1,),
            ),
            (
                "We run the crematorium and cemeteries for {parent}, {employees} staff in "
                "all. The council wants to reduce its costs, and we think a mutual could "
                "invest in the buildings and offer families more.",
                "Decide whether to lease the crematorium or leave it with the council; "
                "plan investment in a new chapel; keep the service dignified and affordable.",
                ("assets", "finance-investment", "business-planning"),
                (2, 3),
            ),
        ),
    ),
)

MENTOR_OFFERS = (
    "Happy to share the mistakes we made as well as what worked.",
    "I can talk through board papers, business plans and difficult conversations.",
    "I enjoy helping teams think through the first two years after spin-out.",
    "I would rather meet in person where I can, but video calls are fine.",
    "I have sat on both sides of the commissioning table.",
    "Glad to look at draft documents and point you to people who know more than me.",
)

# What organisations in each sector do, in a phrase that fits both an established mutual and a
# team still inside its parent body.
SERVICES = {
    "libraries-culture": "libraries, archives and community arts venues",
    "community-health": "community nursing, therapy and health visiting",
    "mental-health": "recovery, wellbeing and talking therapy services",
    "adult-social-care": "day opportunities, reablement and support at home for adults",
    "childrens-services": "early help and family support",
    "youth-services": "youth clubs, detached youth work and holiday activities",
    "education": "school improvement and adult learning",
    "employment-skills": "employment support and training for people out of work",
    "leisure-sport": "leisure centres, pools and sports development",
    "housing": "tenancy support and housing advice",
    "fire-rescue": "home fire safety visits and falls prevention",
    "probation-justice": "restorative justice and resettlement after prison",
    "public-health": "health improvement and stop smoking services",
    "other": "environmental and bereavement services",
}

LEGAL_FORM_PHRASES = {
    "cic": "a community interest company",
    "cbs": "a community benefit society",
    "clg": "a company limited by guarantee",
    "cooperative": "a co-operative",
    "charity": "a charity",
    "other": "an employee-owned business",
}


def established_description(
    *, name: str, sector: str, parent_name: str, year: int, employees: int, legal_form: str
) -> str:
    """An established mutual in its own words: what it runs, where it came from, who owns it."""
    form = LEGAL_FORM_PHRASES.get(legal_form, "an employee-owned business")
    return (
        f"{name} runs {SERVICES[sector]}. It spun out of {parent_name} in {year} as {form} "
        f"and today its {employees:,} staff own and run it together."
    )


def fledgling_description(
    *, name: str, sector: str, parent_name: str, employees: int, spun_out_year: int | None
) -> str:
    """A team inside its parent body, or just out of it, in its own words."""
    if spun_out_year:
        return (
            f"{name} spun out of {parent_name} in {spun_out_year}: {employees:,} people "
            f"providing {SERVICES[sector]}, in their first years as a public service mutual."
        )
    return (
        f"{name} is a team of {employees:,} people providing {SERVICES[sector]} for "
        f"{parent_name}, looking at whether to become a public service mutual."
    )
