"""What the words of public service mutuals mean: topic descriptions, a phrase lexicon, cues
for questions that take a long-established mutual, and the families of related service areas.

Written by the programme from its own experience of spin-outs; a test ties every slug here to
the seeded `Topic` and `Sector` vocabularies.
"""

from __future__ import annotations

# One short paragraph per topic, in the words mentees and mentors use. The topic suggester is
# trained on these sentences, on the lexicon and on labelled requests and bios.
TOPIC_DESCRIPTIONS: dict[str, str] = {
    "business-planning": (
        "Writing the business plan and the business case for the spin-out. Options appraisal, "
        "financial forecasts, savings for the council, risks, and a plan that the cabinet, "
        "councillors or the trust board will approve. Growth strategy and new markets."
    ),
    "tupe": (
        "Transferring staff to the new organisation under TUPE. Staff consultation, measures "
        "letters, terms and conditions protected on transfer, employee liability information, "
        "trade unions and what moving across means for people."
    ),
    "pensions": (
        "Staff pensions after the spin-out: the local government pension scheme and admitted "
        "body status, bonds and guarantees, the NHS pension, the Civil Service pension and New "
        "Fair Deal, employer contribution rates, actuarial valuations and cessation debts."
    ),
    "legal-governance": (
        "Choosing a legal form and governance: community interest company, community benefit "
        "society, co-operative or charity; articles and rules, the board and its directors, "
        "member voice, registration with regulators such as CQC and Ofsted."
    ),
    "finance-investment": (
        "Money: working capital, cash flow, social investment and loans, reserves, VAT and "
        "business rates, pricing and fee rates, budgets and the financial model."
    ),
    "assets": (
        "Buildings, land and equipment: leases and freeholds, community asset transfer, repairs "
        "and maintenance obligations, insurance, vehicles and fleet, property from the council "
        "or the NHS."
    ),
    "bidding-contracts": (
        "Winning contracts: tenders, bids, procurement and frameworks, re-tendering and contract "
        "renewal, grant applications, pricing a bid and competing with national providers."
    ),
    "commissioning": (
        "Working with commissioners: how the council, the ICB or a department commissions and "
        "pays for services, service specifications, outcomes, contract management, joint "
        "commissioning and pooled budgets."
    ),
    "hr-change": (
        "People and change: HR policies, restructures, harmonising terms and conditions, pay, "
        "payroll, recruitment and the culture change of leaving the public sector."
    ),
    "leadership": (
        "Leading the mutual: the chief executive and senior team, leading staff through the "
        "decision to spin out, resilience, succession and coaching leaders."
    ),
    "employee-engagement": (
        "Employee ownership and engagement: staff owning and running the mutual, member "
        "meetings, staff councils and shares, giving staff a real voice and keeping the "
        "ownership culture alive."
    ),
    "marketing": (
        "Marketing and communications: the brand, the website, telling the story to customers, "
        "funders and the public, selling services to new customers."
    ),
    "social-value": (
        "Social value and impact: measuring the difference services make, outcomes and evidence "
        "for commissioners and funders, the Social Value Act in tenders."
    ),
    "digital-it": (
        "Digital and IT: leaving the council's or trust's network, email, case and records "
        "systems, data protection and information governance, cyber security, telecare."
    ),
    "right-to-provide": (
        "The Right to Provide and Right to Request: staff proposing to take their service out of "
        "the NHS or council, and the approval process of the board or the department."
    ),
}

# Phrases (lower case, matched on word boundaries) and the topics they signal. Domain terms a
# generic text model would not connect: "LGPS" and "admitted body" are about pensions.
LEXICON: dict[str, tuple[str, ...]] = {
    # pensions
    "lgps": ("pensions",),
    "local government pension": ("pensions",),
    "admitted body": ("pensions",),
    "admission agreement": ("pensions",),
    "pension": ("pensions",),
    "pensions": ("pensions",),
    "nhs pension": ("pensions",),
    "civil service pension": ("pensions",),
    "fair deal": ("pensions",),
    "new fair deal": ("pensions",),
    "firefighters' pension": ("pensions",),
    "firefighters pension": ("pensions",),
    "teachers' pension": ("pensions",),
    "teachers pension": ("pensions",),
    "pension guarantee": ("pensions",),
    "bond": ("pensions",),
    "actuary": ("pensions",),
    "actuarial": ("pensions",),
    "valuation": ("pensions",),
    "contribution rate": ("pensions",),
    "cessation": ("pensions",),
    "closed to new starters": ("pensions", "hr-change"),
    "direction order": ("pensions",),
    "nhs employer": ("pensions",),
    # TUPE and staff transfer
    "tupe": ("tupe",),
    "staff transfer": ("tupe",),
    "transfer of staff": ("tupe",),
    "transferring staff": ("tupe",),
    "move across": ("tupe",),
    "moving across": ("tupe",),
    "move out of": ("tupe",),
    "transferred": ("tupe",),
    "transferring": ("tupe",),
    "transfer": ("tupe",),
    "leave the trust": ("tupe",),
    "leaving the trust": ("tupe",),
    "leaving the civil service": ("tupe", "pensions"),
    "civil servants": ("tupe", "pensions"),
    "terms and conditions": ("tupe", "hr-change"),
    "agenda for change": ("tupe", "hr-change"),
    "staff consultation": ("tupe", "hr-change"),
    "measures letter": ("tupe",),
    "unions": ("tupe", "hr-change"),
    "fire brigades union": ("tupe", "hr-change"),
    # business case and planning
    "business case": ("business-planning",),
    "business plan": ("business-planning",),
    "cabinet": ("business-planning",),
    "councillors": ("business-planning",),
    "members are nervous": ("business-planning",),
    "sign off": ("business-planning",),
    "options appraisal": ("business-planning",),
    "savings": ("business-planning",),
    "growth strategy": ("business-planning",),
    "grow into": ("business-planning",),
    "diversify": ("business-planning", "finance-investment"),
    "income plan": ("business-planning", "finance-investment"),
    # governance and regulation
    "legal form": ("legal-governance",),
    "board": ("legal-governance",),
    "articles": ("legal-governance",),
    "rules": ("legal-governance",),
    "who will own": ("legal-governance", "employee-engagement"),
    "community interest company": ("legal-governance",),
    "community benefit society": ("legal-governance",),
    "charitable status": ("legal-governance",),
    "cqc": ("legal-governance",),
    "care quality commission": ("legal-governance",),
    "ofsted": ("legal-governance",),
    "registration": ("legal-governance",),
    "register with": ("legal-governance",),
    "inspection": ("legal-governance",),
    "employee ownership trust": ("legal-governance", "employee-engagement"),
    "ownership model": ("legal-governance", "employee-engagement"),
    "data sharing": ("legal-governance", "digital-it"),
    # money
    "cash flow": ("finance-investment",),
    "working capital": ("finance-investment",),
    "social investment": ("finance-investment",),
    "loan": ("finance-investment",),
    "loans": ("finance-investment",),
    "reserves": ("finance-investment",),
    "vat": ("finance-investment",),
    "business rates": ("finance-investment",),
    "hourly rate": ("finance-investment", "commissioning"),
    "fee rates": ("finance-investment", "commissioning"),
    "price": ("finance-investment", "bidding-contracts"),
    "pricing": ("finance-investment", "bidding-contracts"),
    "financial model": ("finance-investment", "business-planning"),
    "pooled budget": ("commissioning", "finance-investment"),
    "pooled funding": ("commissioning", "finance-investment"),
    "section 75": ("commissioning", "finance-investment"),
    "better care fund": ("commissioning", "finance-investment"),
    "finance": ("finance-investment",),
    # assets
    "buildings": ("assets",),
    "building": ("assets",),
    "lease": ("assets",),
    "long lease": ("assets",),
    "freehold": ("assets",),
    "asset transfer": ("assets",),
    "community asset transfer": ("assets",),
    "repairs": ("assets",),
    "repairing obligations": ("assets",),
    "roof": ("assets",),
    "insures": ("assets",),
    "insurance": ("assets",),
    "fleet": ("assets",),
    "workshop": ("assets",),
    "equipment": ("assets",),
    # contracts and bids
    "tender": ("bidding-contracts",),
    "tenders": ("bidding-contracts",),
    "competitive tender": ("bidding-contracts",),
    "re-tender": ("bidding-contracts",),
    "retender": ("bidding-contracts",),
    "bid": ("bidding-contracts",),
    "bids": ("bidding-contracts",),
    "winning bid": ("bidding-contracts",),
    "procurement": ("bidding-contracts",),
    "re-procured": ("bidding-contracts", "commissioning"),
    "re-procurement": ("bidding-contracts", "commissioning"),
    "framework": ("bidding-contracts",),
    "frameworks": ("bidding-contracts",),
    "contract renewal": ("bidding-contracts",),
    "contract ends": ("bidding-contracts",),
    "win the contract": ("bidding-contracts",),
    "grants": ("bidding-contracts", "finance-investment"),
    "national operators": ("bidding-contracts",),
    # commissioning
    "commissioners": ("commissioning",),
    "commissioner": ("commissioning",),
    "commission": ("commissioning",),
    "commissioned": ("commissioning",),
    "joint commissioning": ("commissioning",),
    "icb": ("commissioning",),
    "integrated care board": ("commissioning",),
    "service specification": ("commissioning",),
    "buy youth provision": ("commissioning", "bidding-contracts"),
    "sells prevention work": ("commissioning",),
    "pay for": ("commissioning",),
    # people and change
    "harmonise": ("hr-change",),
    "harmonising": ("hr-change",),
    "restructure": ("hr-change",),
    "hr": ("hr-change",),
    "payroll": ("hr-change",),
    "recruitment": ("hr-change",),
    "anxious": ("hr-change", "tupe"),
    "worried": ("hr-change",),
    "reassure staff": ("hr-change", "tupe"),
    # leadership
    "chief executive": ("leadership",),
    "succession": ("leadership",),
    "retires": ("leadership",),
    "lead the team": ("leadership",),
    "lead a small team": ("leadership",),
    "senior team": ("leadership",),
    # ownership
    "employee ownership": ("employee-engagement",),
    "ownership culture": ("employee-engagement",),
    "staff-owned": ("employee-engagement",),
    "staff owned": ("employee-engagement",),
    "staff-led": ("employee-engagement", "leadership"),
    "a real say": ("employee-engagement",),
    "staff council": ("employee-engagement",),
    "member engagement": ("employee-engagement",),
    "members": ("employee-engagement",),
    "voice": ("employee-engagement",),
    # marketing
    "brand": ("marketing",),
    "website": ("marketing",),
    "communications": ("marketing",),
    "tell our story": ("marketing",),
    # social value
    "social value": ("social-value",),
    "social value act": ("social-value",),
    "impact": ("social-value",),
    "prove our worth": ("social-value",),
    "what difference": ("social-value",),
    "outcomes": ("social-value", "commissioning"),
    "measure": ("social-value",),
    # digital
    "it systems": ("digital-it",),
    "council's it": ("digital-it",),
    "off the council's it": ("digital-it",),
    "network": ("digital-it",),
    "email": ("digital-it",),
    "records": ("digital-it",),
    "records system": ("digital-it",),
    "clinical records": ("digital-it",),
    "learner records": ("digital-it",),
    "case management system": ("digital-it",),
    "information governance": ("digital-it", "legal-governance"),
    "data protection": ("digital-it",),
    "cyber": ("digital-it",),
    "telecare": ("digital-it",),
    "digital switchover": ("digital-it",),
    "analogue to digital": ("digital-it",),
    "own systems": ("digital-it",),
    # right to provide
    "right to provide": ("right-to-provide",),
    "right to request": ("right-to-provide",),
    "right-to-provide": ("right-to-provide",),
    # The everyday words of each topic, as its description uses them (round 7): a need said in
    # plain words ("money in the bank", "who sits on the board") is read as well as one said in
    # the sector's terms.
    "business planning": ("business-planning",),
    "forecast": ("business-planning",),
    "forecasts": ("business-planning",),
    "strategic plan": ("business-planning",),
    "new markets": ("business-planning",),
    "viability": ("business-planning",),
    "viable": ("business-planning",),
    "governance": ("legal-governance",),
    "trustees": ("legal-governance",),
    "constitution": ("legal-governance",),
    "legal structure": ("legal-governance",),
    "charity commission": ("legal-governance",),
    "cic": ("legal-governance",),
    "money": ("finance-investment",),
    "cash": ("finance-investment",),
    "borrow": ("finance-investment",),
    "borrowing": ("finance-investment",),
    "overdraft": ("finance-investment",),
    "budget": ("finance-investment",),
    "financial": ("finance-investment",),
    "investment": ("finance-investment",),
    "investor": ("finance-investment",),
    "surplus": ("finance-investment",),
    "accounts": ("finance-investment",),
    "audit": ("finance-investment",),
    "rates relief": ("finance-investment",),
    "property": ("assets",),
    "premises": ("assets",),
    "land": ("assets",),
    "vehicles": ("assets",),
    "maintenance": ("assets",),
    "landlord": ("assets",),
    "dilapidations": ("assets",),
    "bidding": ("bidding-contracts",),
    "tendering": ("bidding-contracts",),
    "invitation to tender": ("bidding-contracts",),
    "bid writing": ("bidding-contracts",),
    "contract award": ("bidding-contracts",),
    "commissioning": ("commissioning",),
    "contract management": ("commissioning",),
    "specification": ("commissioning",),
    "block contract": ("commissioning",),
    "spot purchase": ("commissioning",),
    "payment by results": ("commissioning",),
    "job evaluation": ("hr-change",),
    "pay scales": ("hr-change",),
    "hr policies": ("hr-change",),
    "culture change": ("hr-change",),
    "redundancy": ("hr-change",),
    "redundancies": ("hr-change",),
    "staff morale": ("hr-change",),
    "leadership": ("leadership",),
    "leadership team": ("leadership",),
    "managing director": ("leadership",),
    "staff engagement": ("employee-engagement",),
    "employee engagement": ("employee-engagement",),
    "shareholders": ("employee-engagement",),
    "staff shares": ("employee-engagement",),
    "co-owners": ("employee-engagement",),
    "marketing": ("marketing",),
    "branding": ("marketing",),
    "rebrand": ("marketing",),
    "social media": ("marketing",),
    "publicity": ("marketing",),
    "customers": ("marketing",),
    "market research": ("marketing",),
    "social return on investment": ("social-value",),
    "sroi": ("social-value",),
    "theory of change": ("social-value",),
    "impact report": ("social-value",),
    "evaluation": ("social-value",),
}

# Phrases that mark a question only a mutual with years behind it has lived through.
LONG_RUN_CUES: tuple[str, ...] = (
    "renewal",
    "re-tender",
    "retender",
    "re-procure",
    "re-procured",
    "re-procurement",
    "first contract",
    "first term",
    "ten-year",
    "ten years",
    "twelve years",
    "years on",
    "years after",
    "after transfer",
    "valuation",
    "cessation",
    "contribution rate",
    "closed to new starters",
    "harmonise",
    "harmonising",
    "succession",
    "retires",
    "grow into",
    "growth strategy",
    "diversify income",
    "mature mutual",
    "has faded",
    "long term",
    "long-term",
    "survived",
)

# Families of related service areas: a mentor from a sibling area knows the same commissioners,
# regulators and workforce. SECTOR_FAMILY_SIMILARITY is the seeded similarity within a family.
SECTOR_FAMILIES: tuple[tuple[str, str], ...] = (
    ("community-health", "adult-social-care"),
    ("community-health", "mental-health"),
    ("community-health", "public-health"),
    ("youth-services", "childrens-services"),
    ("fire-rescue", "public-health"),
    ("probation-justice", "mental-health"),
    ("libraries-culture", "leisure-sport"),
    ("education", "employment-skills"),
    ("education", "childrens-services"),
)
SECTOR_FAMILY_SIMILARITY = 0.5
# Mentors whose organisation works across services ("other": advisers, support bodies) know
# every area a little.
SERVICE_AREAS: tuple[str, ...] = (
    "community-health",
    "mental-health",
    "adult-social-care",
    "childrens-services",
    "youth-services",
    "education",
    "employment-skills",
    "libraries-culture",
    "leisure-sport",
    "housing",
    "fire-rescue",
    "probation-justice",
    "public-health",
)
GENERALIST = "other"
GENERALIST_SIMILARITY = 0.25

# Phrases that name a service area. A request often names another area than its own: the
# service that buys from it, the one it works beside, the one it is leaving. The words count
# toward mentors from that area (see Encoder.encode_requests); the request's own areas are
# counted by the sector feature already.
SECTOR_LEXICON: dict[str, tuple[str, ...]] = {
    # community health
    "community health": ("community-health",),
    "district nurse": ("community-health",),
    "district nursing": ("community-health",),
    "community nursing": ("community-health",),
    "health visitor": ("community-health",),
    "health visiting": ("community-health",),
    "primary care": ("community-health",),
    "gp practice": ("community-health",),
    "gp surgery": ("community-health",),
    "integrated care board": ("community-health",),
    "physiotherapy": ("community-health",),
    "podiatry": ("community-health",),
    "occupational therapy": ("community-health", "adult-social-care"),
    "hospital discharge": ("community-health", "adult-social-care"),
    "urgent community response": ("community-health",),
    # mental health
    "mental health": ("mental-health",),
    "talking therapies": ("mental-health",),
    "iapt": ("mental-health",),
    "counselling": ("mental-health",),
    "psychological therapy": ("mental-health",),
    "crisis service": ("mental-health",),
    "wellbeing service": ("mental-health",),
    # adult social care
    "adult social care": ("adult-social-care",),
    "social care": ("adult-social-care",),
    "care home": ("adult-social-care",),
    "home care": ("adult-social-care",),
    "domiciliary care": ("adult-social-care",),
    "reablement": ("adult-social-care",),
    "day centre": ("adult-social-care",),
    "day service": ("adult-social-care",),
    "supported living": ("adult-social-care",),
    "learning disabilities": ("adult-social-care",),
    "learning disability": ("adult-social-care",),
    "unpaid carer": ("adult-social-care",),
    "shared lives": ("adult-social-care",),
    # children's services
    "children's services": ("childrens-services",),
    "childrens services": ("childrens-services",),
    "children's social care": ("childrens-services",),
    "children's social work": ("childrens-services",),
    "fostering": ("childrens-services",),
    "foster carer": ("childrens-services",),
    "adoption": ("childrens-services",),
    "looked after children": ("childrens-services",),
    "children in care": ("childrens-services",),
    "care leaver": ("childrens-services", "youth-services"),
    "children's centre": ("childrens-services",),
    "early years": ("childrens-services", "education"),
    "family support": ("childrens-services",),
    "early help": ("childrens-services", "youth-services"),
    "special educational needs": ("childrens-services", "education"),
    # youth services
    "youth service": ("youth-services",),
    "youth work": ("youth-services",),
    "youth worker": ("youth-services",),
    "youth club": ("youth-services",),
    "youth centre": ("youth-services",),
    "detached youth": ("youth-services",),
    "duke of edinburgh": ("youth-services",),
    "youth offending": ("youth-services", "probation-justice"),
    "youth justice": ("youth-services", "probation-justice"),
    # education
    "school": ("education",),
    "primary school": ("education",),
    "secondary school": ("education",),
    "academy trust": ("education",),
    "multi-academy trust": ("education",),
    "academies": ("education",),
    "headteacher": ("education",),
    "head teacher": ("education",),
    "pupil": ("education",),
    "teacher": ("education",),
    "school governor": ("education",),
    "further education": ("education", "employment-skills"),
    "music education": ("education",),
    "outdoor education": ("education",),
    "school improvement": ("education",),
    # employment and skills
    "employment support": ("employment-skills",),
    "jobcentre": ("employment-skills",),
    "job centre": ("employment-skills",),
    "department for work and pensions": ("employment-skills",),
    "dwp": ("employment-skills",),
    "apprenticeship": ("employment-skills",),
    "adult learning": ("employment-skills",),
    "adult education": ("employment-skills",),
    "careers advice": ("employment-skills",),
    "careers guidance": ("employment-skills",),
    "into work": ("employment-skills",),
    "back to work": ("employment-skills",),
    "jobseeker": ("employment-skills",),
    # libraries and culture
    "library": ("libraries-culture",),
    "libraries": ("libraries-culture",),
    "museum": ("libraries-culture",),
    "archive": ("libraries-culture",),
    "heritage": ("libraries-culture",),
    "gallery": ("libraries-culture",),
    "theatre": ("libraries-culture",),
    "arts centre": ("libraries-culture",),
    "arts council": ("libraries-culture",),
    # leisure and sport
    "leisure centre": ("leisure-sport",),
    "leisure trust": ("leisure-sport",),
    "swimming pool": ("leisure-sport",),
    "gym": ("leisure-sport",),
    "sports centre": ("leisure-sport",),
    "sport england": ("leisure-sport",),
    "physical activity": ("leisure-sport", "public-health"),
    "parks": ("leisure-sport",),
    # housing
    "housing": ("housing",),
    "social housing": ("housing",),
    "housing association": ("housing",),
    "tenant": ("housing",),
    "homelessness": ("housing",),
    "homeless": ("housing",),
    "temporary accommodation": ("housing",),
    "landlord": ("housing",),
    # fire and rescue
    "fire and rescue": ("fire-rescue",),
    "fire service": ("fire-rescue",),
    "fire authority": ("fire-rescue",),
    "firefighter": ("fire-rescue",),
    "fire station": ("fire-rescue",),
    "fire safety": ("fire-rescue",),
    "smoke alarm": ("fire-rescue",),
    "home fire safety": ("fire-rescue",),
    # probation and justice
    "probation": ("probation-justice",),
    "prison": ("probation-justice",),
    "court": ("probation-justice",),
    "ministry of justice": ("probation-justice",),
    "hmpps": ("probation-justice",),
    "offender": ("probation-justice",),
    "reoffending": ("probation-justice",),
    "criminal justice": ("probation-justice",),
    "community sentence": ("probation-justice",),
    "restorative justice": ("probation-justice",),
    "police and crime commissioner": ("probation-justice",),
    "victim": ("probation-justice",),
    "police custody": ("probation-justice",),
    "liaison and diversion": ("probation-justice", "mental-health"),
    # public health
    "public health": ("public-health",),
    "stop smoking": ("public-health",),
    "smoking cessation": ("public-health",),
    "health improvement": ("public-health",),
    "sexual health": ("public-health",),
    "substance misuse": ("public-health",),
    "drug and alcohol": ("public-health",),
    "healthy lifestyle": ("public-health",),
    "weight management": ("public-health",),
    "falls prevention": ("public-health",),
    "health check": ("public-health",),
}
