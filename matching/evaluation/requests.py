"""The evaluation's requests, with the mentors a coordinator who knows the sector would pick.

`ideal`: the mentors a coordinator would be glad to see at the top; `acceptable`: useful
mentors they would still sign. Every unlisted mentor counts as not relevant. `held_out` rows
were kept out of tuning, but were looked at on 30 November 2026 while diagnosing misses; the
`fresh` rows were written that day, after the last weight change, with their judgements made
from the mentors' profiles before the engine ever ranked them, and are never tuned on. The
`blind` rows (20, four per pattern) were written on 30 November 2026 by a coordinator who had
read only the mentors' profiles and the earlier requests, not the engine's code or any of its
rankings: each judgement was made from the mentors' profiles alone and committed before the
engine first ranked these requests, and they are never tuned on. The `round7` rows (20, four
per pattern) were written the same way in round 7, after the round's changes to how words are
read, and committed before the engine first ranked them. The `round8` rows (20, four per
pattern) were written the same way in round 8 (30 November 2026), from the mentors' profiles
alone by a coordinator who never saw the engine or its rankings, and committed before the engine
first ranked them; the `round9` rows (20, four per pattern) likewise in round 9, in a round that
changed nothing in the engine; the `round10` rows (20, four per pattern) likewise in round 10;
the `round11` rows (20, four per pattern) likewise in round 11; the `round12` rows (20, four
per pattern) likewise in round 12; the `round13` rows (20, four per pattern) likewise in round
13; the `round14` rows (20, four per pattern) likewise in round 14, and the `round15` rows (20,
four per pattern) likewise in round 15. Each request's `part` is "tuning", "held_out", "fresh",
"blind", "round7", "round8", "round9", "round10", "round11", "round12", "round13", "round14"
or "round15".
Each request carries the pattern of the issue it mainly tests:
words (needs said only in words), family (related service areas), terms (specific vocabulary),
experience (needs a long-established mutual), capacity (several requests want the same
capacity-1 mentor).
"""

from __future__ import annotations

from typing import NamedTuple


class RequestRow(NamedTuple):
    key: str
    organisation: str
    sectors: tuple[str, ...]
    stage: int
    region: str
    employees: int | None
    parent_body: str
    needs: tuple[str, ...]
    summary: str
    goals: str
    ideal: tuple[str, ...]
    acceptable: tuple[str, ...]
    pattern: str
    # The part of the evaluation this request is measured in (one of runner.PARTS).
    part: str = "tuning"
    preferred_format: str = "either"


LA, NHS, CG, OTHER = "local_authority", "nhs", "central_government", "other"

REQUESTS: tuple[RequestRow, ...] = (
    # --- Needs said only in words ------------------------------------------------------------
    RequestRow(
        "words-library-pensions",
        "Marshfield Library Service",
        ("libraries-culture",),
        3,
        "south-west",
        120,
        LA,
        ("business-planning",),
        "Our library staff are worried about their pensions and terms and conditions when "
        "they move across to the new organisation.",
        "Understand what happens to the local government pension, whether we need a bond, "
        "and how to reassure staff before the consultation.",
        ("lib-tupe",),
        ("leis-tupe", "gen-pensions", "asc-tupe", "hous-tupe"),
        "words",
    ),
    RequestRow(
        "words-cabinet",
        "Ashdown Leisure Services",
        ("leisure-sport",),
        2,
        "east-midlands",
        210,
        LA,
        ("leadership",),
        "The council's cabinet must sign off our business case before we can go any "
        "further, and members are nervous about the risk.",
        "Write a business case that councillors will approve, with the savings and the "
        "risks set out honestly.",
        ("leis-assets",),
        ("leis-contracts", "fire-finance", "gen-finance", "museum-assets"),
        "words",
    ),
    RequestRow(
        "words-care-fees",
        "Lakeside Home Care",
        ("adult-social-care",),
        3,
        "north-west",
        180,
        LA,
        ("business-planning",),
        "We will have to agree an hourly rate with the council for home care and we do "
        "not know how the commissioners will tender it after year one.",
        "Learn how to price home care, negotiate the contract and prepare for the first "
        "procurement.",
        ("asc-care",),
        ("asc-reable", "ph-lifestyle", "ch-contracts"),
        "words",
    ),
    RequestRow(
        "words-health-staff",
        "Coastal Community Nursing",
        ("community-health",),
        2,
        "south-east",
        650,
        NHS,
        ("leadership",),
        "District nurses and therapists are anxious about leaving the trust: their NHS "
        "pension, Agenda for Change pay and what transferring really means.",
        "Plan the staff side of the move and answer people's questions about the NHS "
        "pension early.",
        ("ch-nhs-pension",),
        ("mh-pension", "gen-pensions", "gen-hr"),
        "words",
    ),
    RequestRow(
        "words-it",
        "Greystone Adult Learning",
        ("employment-skills",),
        3,
        "north-west",
        90,
        LA,
        ("business-planning",),
        "Everything runs on the council's network: email, learner records and the "
        "enrolment system. We have no idea what leaving it will cost.",
        "Plan and cost the move off the council's IT and keep learner data safe.",
        ("es-finance", "gen-digital"),
        ("lib-digital", "ch-digital", "cs-send"),
        "words",
        part="held_out",
    ),
    RequestRow(
        "words-buildings",
        "Northgate Museums",
        ("libraries-culture",),
        3,
        "north-west",
        140,
        LA,
        ("business-planning",),
        "The council wants to hand over the museum buildings, and we worry about repairs, "
        "the roof and who insures the collection.",
        "Decide whether to take a long lease or a transfer, and what repairing "
        "obligations we can afford.",
        ("museum-assets", "lib-assets"),
        ("leis-assets", "hous-assets", "ed-outdoor"),
        "words",
    ),
    RequestRow(
        "words-members",
        "Willowbrook Day Services",
        ("adult-social-care",),
        2,
        "wales",
        70,
        LA,
        ("business-planning",),
        "Staff want a real say: who will own the organisation, who sits on the board and "
        "how carers and families can be members.",
        "Choose a legal form and write rules that give staff and families a voice.",
        ("asc-gov",),
        ("gen-lawyer", "prob-gov", "fire-board", "ch-engage"),
        "words",
        part="held_out",
    ),
    RequestRow(
        "words-tender-health",
        "Moorland Sexual Health",
        ("public-health",),
        4,
        "yorkshire-humber",
        60,
        LA,
        ("marketing",),
        "Our contract with public health ends in eighteen months and the council will put "
        "it out to competitive tender.",
        "Prepare a winning bid and learn what commissioners score.",
        ("ph-lifestyle",),
        ("ch-contracts", "mh-contracts", "leis-contracts", "ph-sv"),
        "words",
    ),
    RequestRow(
        "words-culture",
        "Riverside Theatre and Arts",
        ("libraries-culture",),
        2,
        "wales",
        30,
        LA,
        ("finance-investment",),
        "We need to prove our worth to funders: what difference do our community arts "
        "projects make to people's health and wellbeing?",
        "Measure and report the social value of our work.",
        ("arts-sv",),
        ("ph-sv", "youth-sv", "sport-mkt"),
        "words",
        part="held_out",
    ),
    # --- Related service areas ---------------------------------------------------------------
    RequestRow(
        "family-fire-prevention",
        "Southmoor Fire Prevention",
        ("fire-rescue",),
        3,
        "west-midlands",
        60,
        LA,
        ("commissioning",),
        "Community safety team of a fire and rescue service becoming a mutual that sells "
        "prevention work back to the fire authority.",
        "Agree how the fire authority will commission and pay for home safety visits.",
        ("fire-safety",),
        ("fire-finance", "fire-board", "ph-lifestyle", "asc-reable"),
        "family",
    ),
    RequestRow(
        "family-fire-board",
        "Hillcrest Fire Training",
        ("fire-rescue",),
        2,
        "yorkshire-humber",
        35,
        LA,
        ("legal-governance",),
        "Firefighter training unit exploring a spin-out from the combined fire authority.",
        "Set up a board and the agreement with the fire authority.",
        ("fire-board",),
        ("fire-finance", "fire-safety", "prob-gov", "gen-lawyer"),
        "family",
    ),
    RequestRow(
        "family-fire-money",
        "Eastwick Fire Support",
        ("fire-rescue",),
        3,
        "east",
        90,
        LA,
        ("finance-investment",),
        "Fleet and equipment workshop of a fire service planning to spin out.",
        "Build the financial model and understand the fire authority's approval.",
        ("fire-finance",),
        ("fire-safety", "fire-board", "leis-assets", "gen-finance"),
        "family",
        part="held_out",
    ),
    RequestRow(
        "family-probation-bid",
        "Northern Resettlement Mutual",
        ("probation-justice",),
        3,
        "north-east",
        80,
        CG,
        ("bidding-contracts",),
        "Probation resettlement team leaving the Probation Service to bid for "
        "rehabilitation contracts.",
        "Learn how Ministry of Justice frameworks work and write our first bid.",
        ("prob-commission",),
        ("prob-gov", "ph-substance", "prob-lead", "mh-contracts"),
        "family",
    ),
    RequestRow(
        "family-probation-lead",
        "Women's Justice Centre",
        ("probation-justice",),
        2,
        "south-west",
        25,
        CG,
        ("leadership",),
        "Women's centre working with women on probation, considering a staff-led mutual.",
        "Lead a small team through the decision to spin out.",
        ("prob-lead",),
        ("prob-commission", "mh-lead", "ch-engage"),
        "family",
    ),
    RequestRow(
        "family-probation-gov",
        "Midlands Probation Services",
        ("probation-justice",),
        3,
        "west-midlands",
        300,
        CG,
        ("legal-governance",),
        "Probation delivery unit planning employee ownership.",
        "Design the ownership model and the data sharing with HMPPS.",
        ("prob-gov",),
        ("prob-tupe", "prob-commission", "gen-lawyer", "gen-cg"),
        "family",
        part="held_out",
    ),
    RequestRow(
        "family-youth-contract",
        "Eastfield Youth Service",
        ("youth-services",),
        3,
        "london",
        40,
        LA,
        ("bidding-contracts",),
        "Youth service moving out of the council, which will then buy youth provision from us.",
        "Win the youth contract and diversify into grants.",
        ("youth-bids",),
        ("youth-sv", "cs-contracts", "es-careers", "youth-founder"),
        "family",
    ),
    RequestRow(
        "family-children-ofsted",
        "Harbourside Children's Homes",
        ("childrens-services",),
        3,
        "east-midlands",
        300,
        LA,
        ("legal-governance",),
        "Council children's homes and fostering team looking at a mutual.",
        "Understand registration and inspection as a new provider.",
        ("cs-ofsted",),
        ("cs-contracts", "cs-social-work", "cs-send", "youth-lead"),
        "family",
    ),
    RequestRow(
        "family-community-health",
        "Brookside Therapies",
        ("community-health",),
        4,
        "east-midlands",
        200,
        NHS,
        ("digital-it",),
        "Community therapies service leaving the NHS trust in six months.",
        "Move clinical records and information governance to our own systems.",
        ("ch-digital",),
        ("cs-send", "gen-digital", "ch-rtp", "asc-digital"),
        "family",
    ),
    RequestRow(
        "family-asc-health",
        "Fenland Reablement",
        ("adult-social-care",),
        3,
        "east",
        150,
        LA,
        ("commissioning",),
        "Reablement team working across the council and the local NHS.",
        "Understand joint commissioning between the council and the ICB.",
        ("asc-reable",),
        ("asc-care", "ch-contracts", "ch-rtp", "ph-lifestyle"),
        "family",
        part="held_out",
    ),
    RequestRow(
        "family-youth-lead",
        "Valleys Youth Project",
        ("youth-services",),
        2,
        "wales",
        20,
        LA,
        ("leadership",),
        "Youth workers in a council youth service talking about a mutual.",
        "Lead the team through the decision and keep young people involved.",
        ("youth-lead",),
        ("youth-staff", "youth-founder", "cs-social-work", "es-lead"),
        "family",
    ),
    RequestRow(
        "family-children-early",
        "Northside Family Hubs",
        ("childrens-services",),
        3,
        "north-east",
        160,
        LA,
        ("finance-investment",),
        "Children's centres and family hubs spinning out of the council.",
        "A financial model for family hubs with fees and grants.",
        ("cs-early-years",),
        ("youth-founder", "cs-contracts", "ed-music"),
        "family",
    ),
    RequestRow(
        "family-mental-health",
        "Riverside Talking Therapies",
        ("mental-health",),
        4,
        "north-east",
        70,
        NHS,
        ("bidding-contracts",),
        "Talking therapies team whose contract will be re-procured by the ICB.",
        "Prepare for the re-procurement.",
        ("mh-contracts",),
        ("ch-contracts", "hous-homeless", "ph-lifestyle"),
        "family",
        part="held_out",
    ),
    # --- Specific terms ----------------------------------------------------------------------
    RequestRow(
        "terms-lgps",
        "Westbridge Leisure",
        ("leisure-sport",),
        3,
        "north-east",
        260,
        LA,
        ("pensions",),
        "We need admitted body status in the LGPS and the fund wants a bond.",
        "Negotiate the admission agreement, the bond and the council's guarantee.",
        ("leis-tupe",),
        ("lib-tupe", "gen-pensions", "asc-tupe", "hous-tupe"),
        "terms",
    ),
    RequestRow(
        "terms-firefighters",
        "Westshire Fire Control",
        ("fire-rescue",),
        3,
        "north-west",
        120,
        LA,
        ("pensions",),
        "Firefighters and control room staff are asking what happens to the "
        "Firefighters' Pension Scheme if we spin out.",
        "Keep firefighters in their scheme and talk to the unions early.",
        ("fire-pensions",),
        ("gen-pensions", "ch-nhs-pension", "prob-tupe"),
        "terms",
    ),
    RequestRow(
        "terms-civil-service",
        "Justice Data Services",
        ("probation-justice",),
        3,
        "london",
        150,
        CG,
        ("pensions",),
        "Our staff are civil servants in the Civil Service pension scheme.",
        "Understand New Fair Deal and how to keep access to the Civil Service pension.",
        ("prob-tupe",),
        ("gen-cg", "gen-pensions", "prob-gov"),
        "terms",
    ),
    RequestRow(
        "terms-ofsted",
        "Oakfield Fostering",
        ("childrens-services",),
        3,
        "west-midlands",
        80,
        LA,
        ("legal-governance",),
        "We must register with Ofsted as a new independent fostering provider.",
        "Prepare for Ofsted registration and the first inspection.",
        ("cs-ofsted",),
        ("cs-contracts", "cs-social-work", "cs-send"),
        "terms",
        part="held_out",
    ),
    RequestRow(
        "terms-cqc",
        "Sunnyside Supported Living",
        ("adult-social-care",),
        2,
        "north-west",
        110,
        LA,
        ("legal-governance",),
        "Supported living service that will need CQC registration in its own name.",
        "Register with CQC and set up the governance around it.",
        ("asc-care",),
        ("asc-gov", "asc-reable", "ch-digital", "gen-lawyer"),
        "terms",
    ),
    RequestRow(
        "terms-nhs-pension",
        "Parkside Podiatry",
        ("community-health",),
        3,
        "south-east",
        90,
        NHS,
        ("pensions",),
        "We want to keep the NHS Pension Scheme for clinicians after we leave the trust.",
        "Become an NHS employer for pension purposes.",
        ("ch-nhs-pension",),
        ("mh-pension", "gen-pensions"),
        "terms",
    ),
    RequestRow(
        "terms-rtp",
        "Broadway Community Nursing",
        ("community-health",),
        1,
        "east",
        400,
        NHS,
        ("right-to-provide",),
        "We want to use the Right to Provide to take our community nursing service out of "
        "the trust.",
        "Understand the Right to Provide process and the board's approval.",
        ("ch-rtp",),
        ("gen-cg", "gen-lawyer", "ch-finance"),
        "terms",
        part="held_out",
    ),
    RequestRow(
        "terms-teachers",
        "Schools Support Services",
        ("education",),
        3,
        "london",
        60,
        LA,
        ("pensions",),
        "Our advisers are in the Teachers' Pension Scheme and support staff in the LGPS.",
        "Keep both pension schemes open to staff after the spin-out.",
        ("ed-pensions",),
        ("lib-tupe", "gen-pensions", "leis-tupe"),
        "terms",
    ),
    RequestRow(
        "terms-section75",
        "Eastbrook Integrated Care",
        ("adult-social-care",),
        3,
        "london",
        240,
        LA,
        ("finance-investment",),
        "Our funding comes through a section 75 pooled budget and the Better Care Fund.",
        "Keep the pooled funding when we become a mutual.",
        ("asc-reable",),
        ("asc-care", "ch-finance", "ch-contracts"),
        "terms",
        part="held_out",
    ),
    RequestRow(
        "terms-telecare",
        "Northshire Careline",
        ("adult-social-care",),
        3,
        "scotland",
        50,
        LA,
        ("digital-it",),
        "Community alarm service facing the switch from analogue to digital telecare.",
        "Plan and finance the digital switchover.",
        ("asc-digital",),
        ("gen-digital", "ch-digital", "lib-digital"),
        "terms",
        part="held_out",
    ),
    # --- Needs only a long-established mutual can answer ----------------------------------------
    RequestRow(
        "exp-rebid",
        "Harbour Leisure Trust",
        ("leisure-sport",),
        5,
        "south-east",
        380,
        LA,
        ("bidding-contracts",),
        "Our first ten-year contract ends soon and the council will re-tender it against "
        "national operators.",
        "Win the contract renewal after our first term.",
        ("leis-contracts",),
        ("ch-contracts", "mh-contracts", "leis-assets"),
        "experience",
    ),
    RequestRow(
        "exp-harmonise",
        "Cityreach Libraries",
        ("libraries-culture",),
        5,
        "london",
        200,
        LA,
        ("hr-change",),
        "Years after transfer we still have staff on council terms and newer staff on ours, "
        "and the pension scheme is closed to new starters.",
        "Harmonise terms and conditions fairly.",
        ("lib-tupe", "leis-tupe"),
        ("hous-tupe", "gen-hr", "asc-tupe"),
        "experience",
        part="held_out",
    ),
    RequestRow(
        "exp-pension-valuation",
        "Fairway Care Services",
        ("adult-social-care",),
        5,
        "east",
        500,
        LA,
        ("pensions",),
        "The LGPS valuation has raised our employer contribution rate and we are worried "
        "about a cessation debt if the contract ends.",
        "Manage pension risk over the long term.",
        ("asc-tupe",),
        ("gen-pensions", "leis-tupe", "lib-tupe"),
        "experience",
    ),
    RequestRow(
        "exp-grow",
        "Meridian Community Health",
        ("community-health",),
        5,
        "south-west",
        420,
        NHS,
        ("business-planning",),
        "We have survived our first contract and want to grow into new areas and "
        "diversify income beyond the ICB.",
        "A growth strategy that a mature mutual would recognise.",
        ("ch-finance", "ch-engage"),
        ("ch-contracts", "ch-rtp", "mh-lead"),
        "experience",
        part="held_out",
    ),
    RequestRow(
        "exp-culture",
        "Solent Youth Mutual",
        ("youth-services",),
        5,
        "south-east",
        60,
        LA,
        ("employee-engagement",),
        "Ten years on, the ownership culture has faded: new staff do not know what being a "
        "mutual means.",
        "Renew employee ownership and member engagement.",
        ("youth-staff",),
        ("ch-engage", "mh-lead", "youth-founder", "hous-tupe"),
        "experience",
    ),
    RequestRow(
        "exp-succession",
        "Dales Health Mutual",
        ("community-health",),
        5,
        "yorkshire-humber",
        300,
        NHS,
        ("leadership",),
        "Our founding chief executive retires next year after twelve years.",
        "Plan leadership succession in a mature mutual.",
        ("ch-engage",),
        ("mh-lead", "youth-founder", "ch-finance"),
        "experience",
    ),
    # --- Several requests wanting the same capacity-1 mentor -----------------------------------
    RequestRow(
        "cap-fire-a",
        "Westhaven Fire Prevention",
        ("fire-rescue",),
        2,
        "north-west",
        70,
        LA,
        ("tupe",),
        "Fire prevention staff transferring from the fire authority under TUPE.",
        "Plan the transfer of firefighters and support staff.",
        ("fire-pensions",),
        ("fire-board", "fire-finance", "fire-safety", "gen-hr"),
        "capacity",
    ),
    RequestRow(
        "cap-fire-b",
        "Upland Fire Safety",
        ("fire-rescue",),
        3,
        "north-west",
        50,
        LA,
        ("tupe",),
        "Community safety officers moving to a mutual; their pensions worry them.",
        "Staff transfer and the firefighters' pensions.",
        ("fire-pensions",),
        ("fire-board", "fire-finance", "fire-safety", "gen-pensions"),
        "capacity",
        part="held_out",
    ),
    RequestRow(
        "cap-lib-a",
        "Greenvale Libraries",
        ("libraries-culture",),
        2,
        "south-west",
        90,
        LA,
        ("tupe", "pensions"),
        "Library staff transferring out of the council.",
        "The transfer and the local government pension.",
        ("lib-tupe",),
        ("lib-assets", "lib-digital", "leis-tupe", "gen-pensions"),
        "capacity",
    ),
    RequestRow(
        "cap-lib-b",
        "Seaton Library Trust",
        ("libraries-culture",),
        3,
        "south-west",
        60,
        LA,
        ("tupe", "pensions"),
        "Our library team moves to the trust next spring.",
        "TUPE and the LGPS admission for library staff.",
        ("lib-tupe",),
        ("lib-assets", "lib-bids", "leis-tupe", "gen-pensions"),
        "capacity",
    ),
    RequestRow(
        "cap-youth-a",
        "Northwick Youth Service",
        ("youth-services",),
        2,
        "north-west",
        40,
        LA,
        ("business-planning",),
        "Youth clubs and detached youth work spinning out.",
        "A business plan for a youth mutual.",
        ("youth-founder",),
        ("youth-staff", "youth-sv", "youth-bids", "es-careers"),
        "capacity",
    ),
    RequestRow(
        "cap-youth-b",
        "Bankside Youth Mutual",
        ("youth-services",),
        3,
        "north-west",
        35,
        LA,
        ("business-planning",),
        "Youth service planning its first year outside the council.",
        "Income plan mixing council funding, grants and trading.",
        ("youth-founder",),
        ("youth-bids", "youth-staff", "youth-sv", "es-careers"),
        "capacity",
        part="held_out",
    ),
    RequestRow(
        "cap-probation",
        "Coastline Probation Mutual",
        ("probation-justice",),
        3,
        "london",
        120,
        CG,
        ("tupe",),
        "Probation staff leaving the civil service for a new mutual.",
        "The staff transfer and their pensions.",
        ("prob-tupe",),
        ("prob-gov", "prob-commission", "prob-lead", "gen-cg"),
        "capacity",
    ),
    # --- Fresh held-out part (written 30 November 2026, after the last weight change) -------
    # Judged from the mentors' profiles only, before the engine ranked these requests.
    # Never tune weights, tables or the lexicon on these rows.
    RequestRow(
        "fresh-words-cash",
        "Trentside Adult Learning",
        ("employment-skills",),
        3,
        "east-midlands",
        70,
        LA,
        ("leadership",),
        "The money for our courses arrives months after we have run them, and the council "
        "pays us quarterly in arrears. Inside the council nobody worried about that, but on "
        "our own we could struggle to pay wages in the first winter.",
        "Work out how much money we need in the bank on day one, what the funding body will "
        "check when it audits us, and whether we should borrow.",
        ("es-finance",),
        ("ch-finance", "mh-finance", "gen-finance", "gen-young"),
        "words",
        part="fresh",
    ),
    RequestRow(
        "fresh-words-families",
        "Tynevale Day Opportunities",
        ("adult-social-care",),
        2,
        "north-east",
        95,
        LA,
        ("business-planning",),
        "At the moment the council simply sends people to our day centres. Once we are "
        "independent, people with learning disabilities and their families will choose where "
        "to spend their own money, and none of us has ever had to sell anything.",
        "Understand how families who hold their own budgets choose a service, set fair "
        "prices, and tell people what we offer without it sounding like a sales pitch.",
        ("asc-day",),
        ("gen-marketing", "ed-music", "sport-mkt", "ph-sv"),
        "words",
        part="fresh",
    ),
    RequestRow(
        "fresh-words-notice",
        "Calderbrook Family Support",
        ("childrens-services",),
        3,
        "yorkshire-humber",
        110,
        LA,
        ("employee-engagement",),
        "The council is offering us three years of work, but staff keep asking what happens "
        "if the council changes its mind, or a new leader wants the service back in-house. "
        "Could they end it early, and where would that leave us?",
        "Get an agreement with the council that gives us fair notice, protects us if it ends "
        "early and gives us a real chance of carrying on after three years.",
        ("cs-contracts",),
        ("leis-contracts", "youth-lead", "gen-lawyer", "gen-finance"),
        "words",
        part="fresh",
    ),
    RequestRow(
        "fresh-family-home-safety",
        "Kernow Home Safety",
        ("public-health",),
        2,
        "south-west",
        30,
        LA,
        ("commissioning",),
        "We are the council's falls prevention and home safety team: we visit older people, "
        "fit smoke alarms and grab rails, and refer them on to stop smoking and warm homes "
        "schemes. We think the fire and rescue service could buy home visits from us too.",
        "Find out how fire services and public health buy prevention work, and what to charge.",
        ("fire-safety",),
        ("ph-lifestyle", "ph-sv", "asc-reable", "fire-finance"),
        "family",
        part="fresh",
    ),
    RequestRow(
        "fresh-family-courts",
        "Mersey Court Mental Health Team",
        ("mental-health",),
        2,
        "north-west",
        40,
        NHS,
        ("commissioning",),
        "Our nurses assess people in police custody and at court, and run mental health "
        "treatment requirements for people on community sentences. We want to leave the trust "
        "and work directly with probation and the courts.",
        "Understand how probation buys this kind of work and set up a service that people on "
        "probation trust.",
        ("prob-commission", "ph-substance"),
        ("prob-lead", "mh-contracts", "hous-homeless"),
        "family",
        part="fresh",
    ),
    RequestRow(
        "fresh-family-holiday",
        "Eastmere Children's Activities",
        ("childrens-services",),
        1,
        "east",
        25,
        LA,
        ("finance-investment",),
        "We run the council's holiday activities and food programme and a few youth clubs "
        "from inside children's services. If we left the council we would depend on grants "
        "and contracts we have never had to win.",
        "Learn which funders pay for young people's activities, how to win youth contracts "
        "and how to tell our story.",
        ("youth-bids",),
        ("youth-founder", "youth-sv", "cs-early-years", "es-careers"),
        "family",
        part="fresh",
    ),
    RequestRow(
        "fresh-terms-vat",
        "Broadland Leisure",
        ("leisure-sport",),
        3,
        "east",
        300,
        LA,
        ("finance-investment",),
        "Our advisers say we should become a charitable trust for the 80% business rates "
        "relief, but we don't understand the VAT: swimming lessons, memberships and the cafe "
        "all seem to be treated differently.",
        "Decide on charitable status with a clear view of VAT and rates relief before the "
        "business case goes to the council.",
        ("ch-finance", "gen-finance"),
        ("leis-assets", "museum-assets", "gen-lawyer"),
        "terms",
        part="fresh",
    ),
    RequestRow(
        "fresh-terms-procurement-act",
        "Solent Street Outreach",
        ("housing",),
        4,
        "south-east",
        55,
        LA,
        ("bidding-contracts",),
        "Our rough sleeper outreach contract will be re-let next year under the Procurement "
        "Act. The council mentions a competitive flexible procedure and a tender notice on "
        "the central platform, and none of us knows what that means in practice.",
        "Understand the new procurement rules and put in a bid that scores well on quality "
        "and social value.",
        ("hous-homeless",),
        ("leis-contracts", "ph-lifestyle", "prob-commission", "mh-contracts"),
        "terms",
        part="fresh",
    ),
    RequestRow(
        "fresh-terms-asset-transfer",
        "Clydeside Youth Work",
        ("youth-services",),
        3,
        "scotland",
        35,
        LA,
        ("assets",),
        "We want to make an asset transfer request under the Community Empowerment Act for "
        "the two youth centres we run. The council would hand over the buildings, but one has "
        "a leaking roof and both cost a fortune to heat.",
        "Decide between owning the buildings and a long lease, and make an asset transfer "
        "request with a plan we can afford.",
        ("ed-outdoor", "lib-assets"),
        ("youth-founder", "leis-assets", "museum-assets", "hous-assets"),
        "terms",
        part="fresh",
    ),
    RequestRow(
        "fresh-exp-probation-rebid",
        "Capital Unpaid Work Mutual",
        ("probation-justice",),
        5,
        "london",
        180,
        CG,
        ("bidding-contracts",),
        "We have delivered unpaid work for the Probation Service for six years. The contract "
        "is being re-let and this time large national firms are bidding. Our staff are "
        "unsettled and some are already looking for other jobs.",
        "Win the contract a second time and keep the team together through the rebid.",
        ("prob-commission",),
        ("leis-contracts", "mh-contracts", "ch-contracts", "ph-lifestyle"),
        "experience",
        part="fresh",
    ),
    RequestRow(
        "fresh-exp-valuation",
        "Northumbria Skills Mutual",
        ("employment-skills",),
        5,
        "north-east",
        140,
        LA,
        ("pensions",),
        "Eight years after we spun out, the latest pension fund valuation has nearly doubled "
        "our employer rate. The council's guarantee runs out with our contract, and the "
        "actuary talks about a deficit we would have to pay if we ever left the fund.",
        "Understand our options: closing the scheme to new starters, a new deal on the "
        "guarantee, or paying the deficit off over time.",
        ("gen-pensions", "leis-tupe"),
        ("asc-tupe", "lib-tupe", "hous-tupe", "ed-pensions"),
        "experience",
        part="fresh",
    ),
    RequestRow(
        "fresh-exp-founder",
        "Cymru Care Co-operative",
        ("adult-social-care",),
        5,
        "wales",
        260,
        LA,
        ("leadership",),
        "Our founder led us out of the council nine years ago and retires next spring. The "
        "board has never recruited a chief executive, and staff fear the co-operative will "
        "lose its way without her.",
        "Run a fair recruitment, hand over well and keep staff ownership alive under a new leader.",
        ("asc-gov", "ch-engage"),
        ("mh-lead", "youth-founder", "youth-lead", "gen-hr"),
        "experience",
        part="fresh",
    ),
    RequestRow(
        "fresh-cap-school-improvement",
        "Pennine School Improvement",
        ("education",),
        2,
        "north-west",
        45,
        LA,
        ("business-planning",),
        "School improvement advisers who will sell our support to schools once we leave the "
        "council. More and more schools have joined academy trusts that do this themselves.",
        "A traded business plan that keeps schools buying from us.",
        ("ed-school",),
        ("ed-music", "ed-pensions", "es-careers", "gen-finance"),
        "capacity",
        part="fresh",
    ),
    RequestRow(
        "fresh-cap-governors",
        "Exmoor Governor Services",
        ("education",),
        3,
        "south-west",
        18,
        LA,
        ("marketing",),
        "We clerk and train school governing boards on yearly service agreements. Several "
        "academies have stopped buying from us, and soon we will be selling without the "
        "council's name behind us.",
        "Price our packages for schools and win academies back.",
        ("ed-school",),
        ("ed-music", "ed-pensions", "gen-marketing"),
        "capacity",
        part="fresh",
    ),
    RequestRow(
        "fresh-cap-ed-psych",
        "Wharfedale Educational Psychology",
        ("education", "childrens-services"),
        4,
        "yorkshire-humber",
        35,
        LA,
        ("commissioning",),
        "Educational psychologists setting up as a mutual: the council will pay us for the "
        "statutory assessments of children with special educational needs, and schools will "
        "buy the rest of our time.",
        "Agree the council contract for assessments and a traded offer schools will pay for.",
        ("ed-school", "cs-send"),
        ("cs-contracts", "ed-music", "gen-finance"),
        "capacity",
        part="fresh",
    ),
    # --- Blind part (written 30 November 2026, judged before the engine ranked them) ------------
    # Judged from the mentors' profiles alone; nobody had read the engine's code or its rankings.
    # Never tune weights, tables or the lexicon on these rows, nor change a judgement after a run.
    RequestRow(
        "blind-words-dental-rooms",
        "Lowther Community Dental Service",
        ("community-health",),
        3,
        "north-east",
        60,
        NHS,
        ("business-planning",),
        "We see patients in clinic rooms in health centres that belong to the trust or to NHS "
        "Property Services. Nobody has told us whether we can stay once we leave, what they "
        "will charge us, or who pays when the dental chairs need replacing.",
        "Know where we will be working on day one and what it will cost us.",
        ("ch-finance",),
        ("ch-rtp", "leis-assets", "lib-assets", "museum-assets"),
        "words",
        part="blind",
    ),
    RequestRow(
        "blind-words-case-notes",
        "Ashworth Children's Social Work Team",
        ("childrens-services",),
        3,
        "yorkshire-humber",
        70,
        LA,
        ("hr-change",),
        "All our case notes live in the council's children's social care system. The council "
        "says it will keep the records and give us read-only access after we go, and the social "
        "workers say they cannot work safely like that. We don't know who would own the "
        "records, or what a system of our own would cost.",
        "Agree who holds the children's records and plan a system we can run ourselves.",
        ("cs-send", "gen-digital"),
        ("ch-digital", "cs-social-work", "prob-gov"),
        "words",
        part="blind",
    ),
    RequestRow(
        "blind-words-third-of-income",
        "Greenhill Tenancy Support",
        ("housing",),
        2,
        "east-midlands",
        25,
        LA,
        ("leadership",),
        "The council's budget is being cut again, and the only offer on the table is that we "
        "leave and find a third of our income somewhere else. None of us has ever written a "
        "grant application, let alone a tender, and we don't know who else pays for helping "
        "people keep their homes.",
        "Find out who pays for tenancy support apart from the council, and how to win it.",
        ("hous-homeless",),
        ("youth-bids", "lib-bids", "mh-contracts", "prob-commission"),
        "words",
        part="blind",
    ),
    RequestRow(
        "blind-words-doubters",
        "Sedgemoor Therapy Services",
        ("community-health",),
        1,
        "south-west",
        85,
        NHS,
        ("business-planning",),
        "Some of our therapists are against the whole idea and call it privatisation by the "
        "back door. The union has called a meeting next week.",
        "Talk honestly with staff and the union, and bring the doubters with us or at least "
        "hear them out properly.",
        ("ch-engage", "gen-hr"),
        ("ch-nhs-pension", "prob-tupe", "fire-pensions", "mh-lead"),
        "words",
        part="blind",
    ),
    RequestRow(
        "blind-family-exercise-referral",
        "Oldcastle Active Lifestyles",
        ("leisure-sport",),
        3,
        "north-west",
        45,
        LA,
        ("bidding-contracts",),
        "We run exercise on referral, falls prevention classes and the adult weight management "
        "programme from the council's leisure centres. Public health pays for most of it "
        "through a contract that ends next year, and they will want to see results.",
        "Bid for the public health contract in our own name after we spin out.",
        ("ph-lifestyle",),
        ("leis-contracts", "ph-sv", "sport-mkt", "ch-contracts"),
        "family",
        part="blind",
    ),
    RequestRow(
        "blind-family-schools-library",
        "Westmoor Schools Library Service",
        ("libraries-culture",),
        3,
        "east-midlands",
        22,
        LA,
        ("marketing",),
        "We lend books, artefact boxes and reading programmes to schools, which buy a "
        "subscription from us every year. Since the academy trusts took over, fewer schools "
        "renew, and once we leave the council we will be selling to them on our own.",
        "Keep schools subscribing and design packages that academy trusts want to buy.",
        ("ed-school", "ed-music"),
        ("lib-digital", "es-careers", "gen-marketing"),
        "family",
        part="blind",
    ),
    RequestRow(
        "blind-family-victims",
        "Wessex Victim and Witness Service",
        ("other",),
        2,
        "south-west",
        40,
        OTHER,
        ("business-planning",),
        "We are the police and crime commissioner's victims' team: we support victims and "
        "witnesses through court and run the restorative justice service. The commissioner "
        "wants us to become independent and bid for the work when the current arrangement "
        "ends.",
        "Understand how criminal justice services are commissioned and bid for, and what a "
        "small independent organisation needs in place to do it.",
        ("prob-commission",),
        ("prob-lead", "prob-gov", "mh-contracts", "gen-finance"),
        "family",
        part="blind",
    ),
    RequestRow(
        "blind-family-ot-records",
        "Severnside Community Equipment and OT",
        ("adult-social-care",),
        3,
        "west-midlands",
        65,
        LA,
        ("digital-it",),
        "We are the council's occupational therapy and community equipment team. After we "
        "leave we will still need to see GP and hospital records and send our notes back, and "
        "the NHS says we must meet its data security standards and sign its data sharing "
        "agreements before it will connect us.",
        "Get connected to NHS records as an independent provider, with our information "
        "governance right from day one.",
        ("ch-digital",),
        ("gen-digital", "asc-digital", "cs-send", "prob-gov"),
        "family",
        part="blind",
    ),
    RequestRow(
        "blind-terms-teckal",
        "Bramley Arts and Libraries",
        ("libraries-culture",),
        2,
        "south-east",
        110,
        LA,
        ("legal-governance", "commissioning"),
        "The council's lawyers say they could give us the contract without a tender if we "
        "were a Teckal company, but then the council would have to control us, and staff want "
        "to own it. Someone mentioned reserved contracts for mutuals under the procurement "
        "rules as another route, but only for a few years.",
        "Choose a legal form and a route to the first contract that gives staff real "
        "ownership without a full tender in year one.",
        ("gen-lawyer", "gen-finance"),
        ("prob-gov", "lib-assets", "cs-contracts", "asc-gov"),
        "terms",
        part="blind",
    ),
    RequestRow(
        "blind-terms-apprenticeships",
        "Hollinsbrook Apprenticeship Centre",
        ("employment-skills",),
        3,
        "yorkshire-humber",
        30,
        LA,
        ("legal-governance",),
        "We train the council's apprentices and some for local employers. To carry on outside "
        "the council we need to be on the apprenticeship provider register in our own name: "
        "a DfE application, ILR returns, funding rules audits and an Ofsted new provider "
        "monitoring visit.",
        "Get registered and funded in our own name with no gap in apprentices' training.",
        ("es-finance",),
        ("es-adult", "es-careers", "es-lead"),
        "terms",
        part="blind",
    ),
    RequestRow(
        "blind-terms-psr",
        "Fylde Wheelchair Service",
        ("community-health",),
        4,
        "north-west",
        50,
        NHS,
        ("commissioning",),
        "The ICB says it intends to use direct award process C under the Provider Selection "
        "Regime for our wheelchair contract. Another provider could still make representations "
        "in the standstill period, and we have never been through a PSR decision.",
        "Be ready for the ICB's assessment against the key criteria, and for a challenge.",
        ("ch-contracts",),
        ("mh-contracts", "asc-reable", "ph-lifestyle", "ch-rtp"),
        "terms",
        part="blind",
    ),
    RequestRow(
        "blind-terms-toms",
        "Ridgeway Youth and Play",
        ("youth-services",),
        4,
        "south-east",
        38,
        LA,
        ("bidding-contracts",),
        "The council's tender for youth provision gives social value 20% of the marks. It "
        "wants our commitments under the National TOMs with proxy values in pounds, and says "
        "this all comes from the Social Value Act.",
        "Write social value commitments we can deliver and evidence, and report them every "
        "quarter.",
        ("youth-sv",),
        ("ph-sv", "arts-sv", "sport-mkt", "gen-marketing", "youth-bids"),
        "terms",
        part="blind",
    ),
    RequestRow(
        "blind-exp-lost-contract",
        "Pennine Lifestyle Services",
        ("public-health",),
        5,
        "north-west",
        150,
        LA,
        ("bidding-contracts", "hr-change", "tupe", "finance-investment", "business-planning"),
        "After nine years we have lost our main contract, stop smoking and weight management, "
        "to a national provider from April. About 90 staff will transfer to them under TUPE, "
        "and we keep two small contracts and some work with schools. The board is asking "
        "whether we can survive at all.",
        "Decide whether and how to carry on as a smaller organisation, look after the staff "
        "who are leaving, and be ready to bid again next time.",
        ("ph-lifestyle", "gen-finance"),
        ("ch-contracts", "leis-contracts", "gen-hr", "ph-substance"),
        "experience",
        part="blind",
    ),
    RequestRow(
        "blind-exp-family-hubs-rebid",
        "Wearside Children's Centres",
        ("childrens-services",),
        5,
        "north-east",
        190,
        LA,
        ("bidding-contracts",),
        "Seven years ago we left the council to run its children's centres. The contract ends "
        "in 2027; the council now wants family hubs and will tender them in lots. We have "
        "never bid against anyone.",
        "Rebid for our own service as family hubs and keep the staff with us through it.",
        ("cs-early-years",),
        ("leis-contracts", "ch-contracts", "mh-contracts", "cs-ofsted"),
        "experience",
        part="blind",
    ),
    RequestRow(
        "blind-exp-lease-end",
        "Saltmarsh Leisure Trust",
        ("leisure-sport",),
        5,
        "east",
        280,
        LA,
        ("commissioning",),
        "Our lease on the three leisure centres ends in 2028. The council now says the "
        "boilers, the pool plant and the roof at the main centre are our problem, and our "
        "energy bills have doubled since we took the buildings on.",
        "Negotiate new lease terms and a fair split of the big repairs, and plan the capital "
        "investment the centres need.",
        ("leis-assets",),
        ("museum-assets", "lib-assets", "hous-assets", "leis-contracts"),
        "experience",
        part="blind",
    ),
    RequestRow(
        "blind-exp-staff-shares",
        "Brookfield Housing Co-operative",
        ("housing",),
        5,
        "yorkshire-humber",
        230,
        LA,
        ("employee-engagement", "legal-governance"),
        "Every member of staff got a share when we spun out eleven years ago. Now leavers want "
        "their shares paid out, new starters don't see the point of joining, and eleven people "
        "came to the last members' meeting.",
        "Fix our share rules and make membership mean something again.",
        ("ch-engage", "gen-lawyer"),
        ("youth-staff", "hous-tupe", "prob-gov", "asc-gov"),
        "experience",
        part="blind",
    ),
    RequestRow(
        "blind-cap-physio",
        "Elmfield Community Physiotherapy",
        ("community-health",),
        2,
        "london",
        140,
        NHS,
        ("tupe",),
        "Our physiotherapists and therapy assistants are moving out of the community trust "
        "next year. Their first questions are always the same: do we keep Agenda for Change "
        "and the NHS pension?",
        "A staff transfer plan with clear answers on pay and pensions.",
        ("ch-nhs-pension",),
        ("mh-pension", "gen-pensions", "gen-hr", "gen-young"),
        "capacity",
        part="blind",
    ),
    RequestRow(
        "blind-cap-health-visiting",
        "Meadowlands Health Visiting",
        ("community-health",),
        3,
        "east",
        75,
        NHS,
        ("pensions", "hr-change"),
        "Health visitors and school nurses leaving the trust. NHS pension?",
        "Keep the NHS Pension Scheme and Agenda for Change for everyone who transfers.",
        ("ch-nhs-pension",),
        ("mh-pension", "gen-pensions", "gen-young"),
        "capacity",
        part="blind",
    ),
    RequestRow(
        "blind-cap-supported-lodgings",
        "Southgate Supported Lodgings",
        ("youth-services",),
        2,
        "west-midlands",
        30,
        LA,
        ("legal-governance",),
        "Our team finds supported lodgings and runs two small houses for 16 and 17 year olds "
        "leaving care. Ofsted now registers and inspects supported accommodation, so we would "
        "have to register as a new provider.",
        "Register with Ofsted in our own name and pass the first inspection.",
        ("cs-ofsted",),
        ("cs-social-work", "cs-contracts", "youth-lead", "hous-homeless"),
        "capacity",
        part="blind",
    ),
    RequestRow(
        "blind-cap-short-breaks",
        "Ravensworth Short Breaks",
        ("childrens-services",),
        4,
        "north-west",
        55,
        LA,
        ("leadership", "legal-governance", "hr-change", "business-planning"),
        "We run the council's short breaks home for disabled children and an outreach team. "
        "The home is registered with Ofsted under the council; after the spin-out it must be "
        "registered again in our name with a registered manager, and the first inspection "
        "could come within months.",
        "Plan the Ofsted registration, keep the home open through the change and be ready for "
        "inspection.",
        ("cs-ofsted",),
        ("cs-send", "cs-social-work", "cs-contracts", "asc-care"),
        "capacity",
        part="blind",
    ),
    # --- Round 7: written and judged from the mentors' profiles alone on 30 November 2026 by a
    # coordinator who never saw the engine's code or rankings, committed before the first run,
    # never tuned on --------------------------------------------------------------------------
    # --- words: the real need is said only in plain words ---------------------------------
    RequestRow(
        "r7-words-archive-grants",
        "Strathallan Archives and Local Studies",
        ("libraries-culture",),
        3,
        "scotland",
        28,
        LA,
        ("business-planning",),
        "The council has always paid for the record office, and it is cutting that money by a "
        "third. People keep telling us there is lottery money for heritage, and that family "
        "historians and solicitors would pay us for searches and copies, but none of us has "
        "ever filled in a grant form or charged anybody for anything.",
        "Find out which heritage funders would back us and what they expect, and start paid "
        "research and copying services without putting the public off.",
        ("lib-bids",),
        ("museum-assets", "youth-bids", "ed-music", "gen-finance"),
        "words",
        part="round7",
    ),
    RequestRow(
        "r7-words-outside-customers",
        "Charnwood Homes Repairs Service",
        ("housing",),
        4,
        "east-midlands",
        75,
        LA,
        ("marketing",),
        "Our plumbers, joiners and electricians have only ever fixed council houses. The "
        "council says it can't promise us all of its repairs work after the first two years, "
        "so we need other customers such as housing associations, schools and landlords, but "
        "we have never priced a job for anyone else or chased an unpaid bill.",
        "Work out who else would pay us to do repairs, how to quote for it, and how far we can "
        "grow without putting the council work at risk.",
        ("hous-repairs",),
        ("ed-school", "es-careers", "gen-finance"),
        "words",
        part="round7",
    ),
    RequestRow(
        "r7-words-ministers",
        "Pennant Work and Health Advisers",
        ("employment-skills",),
        1,
        "yorkshire-humber",
        65,
        CG,
        ("leadership",),
        "We are civil servants in a government department. Our director likes the idea of us "
        "leaving, but says ministers and the Treasury would both have to agree and that the "
        "department has its own sign-off process that could take a year. None of us knows what "
        "they will want to see, or who actually decides.",
        "Understand the department's approval steps and what our case has to show to get "
        "through them, before we put months of work into it.",
        ("gen-cg",),
        ("es-lead", "prob-tupe", "prob-gov", "gen-finance"),
        "words",
        part="round7",
    ),
    RequestRow(
        "r7-words-social-lenders",
        "Lantern Peer Support",
        ("mental-health",),
        3,
        "north-west",
        30,
        NHS,
        ("business-planning",),
        "Our bank won't lend to us because we have no trading history, and we will need money "
        "up front to open a second peer support hub. Someone mentioned lenders who back social "
        "enterprises, but we don't know if we'd qualify, and we have no idea how much money we "
        "should keep aside in case a contract suddenly ends.",
        "Find out who would lend to a small staff-owned mental health service and on what "
        "terms, and agree a sensible amount to hold back for a rainy day.",
        ("mh-finance",),
        ("gen-finance", "ch-finance", "gen-young"),
        "words",
        part="round7",
    ),
    # --- family: few mentors of its own; the ideal comes from a related service area ------
    RequestRow(
        "r7-family-refuges",
        "Weald Domestic Abuse Service",
        ("other",),
        2,
        "south-east",
        45,
        LA,
        ("commissioning",),
        "We run the council's two women's refuges and a team of outreach workers for people "
        "experiencing domestic abuse. The refuges are paid for as supported accommodation out "
        "of the council's housing money, and once we are independent the council says it will "
        "have to commission us like any other provider.",
        "Understand how councils commission refuges and housing-related support, what they "
        "will look for in a bid, and how to keep the service safe through the change.",
        ("hous-homeless",),
        ("prob-commission", "mh-contracts", "gen-finance"),
        "family",
        part="round7",
    ),
    RequestRow(
        "r7-family-prison-education",
        "Fenland Prison Learning Co-operative",
        ("education",),
        2,
        "east",
        85,
        OTHER,
        ("bidding-contracts",),
        "We teach English, maths and vocational courses in four prisons, employed by a further "
        "education college that is giving up the prison education contract. We want to bid for "
        "it ourselves as a staff-owned mutual, but the Ministry of Justice lets the contract, "
        "and we would need our own security clearances, key training and access to learners' "
        "records on the prison systems.",
        "Understand how HMPPS and the Ministry of Justice let prison education contracts and "
        "what they require of a new provider on security and data sharing.",
        ("prob-gov", "prob-commission"),
        ("es-adult", "prob-lead", "ph-substance"),
        "family",
        part="round7",
    ),
    RequestRow(
        "r7-family-mh-social-work",
        "Teesdale Mental Health Social Work Practice",
        ("mental-health",),
        3,
        "north-east",
        55,
        LA,
        ("hr-change",),
        "We are the council's mental health social workers and approved mental health "
        "professionals, seconded into the NHS mental health trust under a partnership "
        "agreement. We want to become a social work practice owned by its social workers, "
        "with the council contracting us for its duties, but we cannot let the out-of-hours "
        "assessment rota or anyone's caseload slip while we move.",
        "Move the team across safely, keep supervision and practice standards up, and agree "
        "with the council and the trust how we will work together afterwards.",
        ("cs-social-work",),
        ("asc-reable", "mh-lead", "gen-hr", "asc-tupe"),
        "family",
        part="round7",
    ),
    RequestRow(
        "r7-family-wardens",
        "Tipton and Oldbury Neighbourhood Wardens",
        ("other",),
        1,
        "west-midlands",
        32,
        LA,
        ("commissioning",),
        "We are the council's neighbourhood wardens and anti-social behaviour officers: we "
        "patrol estates and town centres, deal with fly-tipping and nuisance fires, and do "
        "joint home visits with the fire service and the police. The council wants us to go "
        "independent and sell patrols and prevention work back to it, the police and crime "
        "commissioner, housing associations and the fire authority.",
        "Find out how these bodies buy community safety and prevention work and what to charge, "
        "before we decide whether to go.",
        ("fire-safety",),
        ("prob-commission", "ph-lifestyle", "hous-homeless"),
        "family",
        part="round7",
    ),
    # --- terms: specific sector vocabulary ------------------------------------------------
    RequestRow(
        "r7-terms-registered-provider",
        "Tamar Tenant and Staff Homes",
        ("housing",),
        3,
        "south-west",
        380,
        LA,
        ("legal-governance", "finance-investment"),
        "The council plans a stock transfer of 4,000 homes to a new tenant and employee owned "
        "mutual. We must register with the Regulator of Social Housing as a registered "
        "provider and meet the Governance and Financial Viability Standard, and the lenders "
        "funding the stock investment want loan covenants on interest cover and gearing.",
        "Get registered, agree covenants we can live with, and set up a board the regulator "
        "will trust.",
        ("hous-assets",),
        ("hous-tupe", "gen-lawyer", "gen-finance"),
        "terms",
        part="round7",
    ),
    RequestRow(
        "r7-terms-gatsby",
        "Thameside Careers and Participation Service",
        ("employment-skills", "youth-services"),
        4,
        "london",
        48,
        LA,
        ("business-planning",),
        "Our careers advisers do the council's statutory NEET tracking and CCIS returns, and "
        "sell careers guidance to schools. Schools now buy against the Gatsby Benchmarks "
        "through the Careers Hub and employers fund some encounters; after the spin-out the "
        "council will only pay for tracking and the September Guarantee.",
        "Build a traded careers offer mapped to the Gatsby Benchmarks that schools and "
        "employers will pay for, alongside the council contract.",
        ("es-careers",),
        ("ed-school", "youth-bids", "es-adult", "youth-sv"),
        "terms",
        part="round7",
    ),
    RequestRow(
        "r7-terms-music-hub",
        "Soar Valley Music Service",
        ("education",),
        2,
        "east-midlands",
        95,
        LA,
        ("finance-investment",),
        "The council is the lead organisation for our Music Hub, funded by the Arts Council "
        "England grant under the National Plan for Music Education. If we spin out we would "
        "have to become the hub lead ourselves, and set fees for whole-class ensemble teaching "
        "and small-group tuition with remissions for pupil premium children.",
        "Understand how hub funding moves to a new lead organisation, and price lessons that "
        "parents and schools will pay for.",
        ("ed-music",),
        ("ed-school", "lib-bids", "arts-sv"),
        "terms",
        part="round7",
    ),
    RequestRow(
        "r7-terms-arrs",
        "Colne Valley Social Prescribing",
        ("public-health",),
        2,
        "east",
        40,
        NHS,
        ("commissioning",),
        "Our social prescribing link workers are employed by the community trust and funded by "
        "the primary care networks through the Additional Roles Reimbursement Scheme (ARRS). "
        "To go independent each PCN would have to subcontract us, and the ICB wants outcomes "
        "measured with ONS4 wellbeing scores and fewer GP appointments.",
        "Agree subcontracts with the PCNs and an outcomes report that commissioners believe.",
        ("ph-sv",),
        ("arts-sv", "sport-mkt", "ch-contracts", "mh-contracts"),
        "terms",
        part="round7",
    ),
    # --- experience: only a long-established mutual has lived through it -------------------
    RequestRow(
        "r7-experience-living-wage",
        "Holderness Care at Home",
        ("adult-social-care",),
        5,
        "yorkshire-humber",
        340,
        LA,
        ("commissioning",),
        "We left the council ten years ago to run home care and reablement. Almost every April "
        "since, the council's fee uplift has been smaller than the rise in the National Living "
        "Wage; this year our hourly rate no longer covers carers' pay, travel time and "
        "on-costs, and we are losing staff to the supermarkets.",
        "Make an evidenced case to the council for a fair rate, and decide whether to hand "
        "back the rounds we cannot staff at the price.",
        ("asc-care",),
        ("asc-reable", "gen-finance", "ch-finance", "asc-tupe"),
        "experience",
        part="round7",
    ),
    RequestRow(
        "r7-experience-inspection",
        "Wrekin Children's Care Mutual",
        ("childrens-services",),
        5,
        "west-midlands",
        260,
        LA,
        ("leadership",),
        "Nine years after we left the council, two of our children's homes have been judged "
        "requires improvement by Ofsted, after good grades at every inspection since we "
        "registered. Staff are demoralised, the council has paused new placements, and our "
        "board has never had to handle an inspection going wrong.",
        "Turn the homes around before the next inspection, win back the council's confidence "
        "and support our registered managers.",
        ("cs-ofsted",),
        ("cs-social-work", "mh-lead", "ch-engage", "gen-hr"),
        "experience",
        part="round7",
    ),
    RequestRow(
        "r7-experience-fair-deal",
        "Medway Probation Partnership",
        ("probation-justice",),
        5,
        "south-east",
        210,
        CG,
        ("pensions",),
        "Eleven years ago our probation staff transferred from the civil service with access "
        "to the Civil Service pension under New Fair Deal. Our contract with the Probation "
        "Service is being re-let and the department says the pension admission must be renewed "
        "if we win; everyone we have hired since has only our own scheme, and we are paying "
        "for both.",
        "Keep Fair Deal access for the original staff through the new contract and find a "
        "fair, affordable pension offer for everyone hired since.",
        ("prob-tupe",),
        ("gen-pensions", "leis-tupe", "gen-cg", "prob-commission"),
        "experience",
        part="round7",
    ),
    RequestRow(
        "r7-experience-young-trustees",
        "Gwent Youth Voice Mutual",
        ("youth-services",),
        5,
        "wales",
        50,
        LA,
        ("legal-governance",),
        "When we spun out ten years ago, young people took four seats on our board. Those "
        "trustees are now in their late twenties, the young people who followed them left "
        "within a year, and the council's contract renewal asks how young people still shape "
        "the service.",
        "Refresh the board so young people keep real power, with terms, training and support "
        "that make them stay, in time for the renewal.",
        ("youth-lead",),
        ("youth-staff", "asc-gov", "youth-sv", "youth-founder"),
        "experience",
        part="round7",
    ),
    # --- capacity: several requests want the same capacity-1 mentor -----------------------
    # es-adult (capacity 1) is wanted by the two employment-and-skills requests;
    # ch-finance (capacity 1) by the two community health requests.
    RequestRow(
        "r7-capacity-skills-fund",
        "Irwell Adult Community Learning",
        ("employment-skills",),
        3,
        "north-west",
        110,
        LA,
        ("bidding-contracts",),
        "Our adult learning service has always received its adult skills money through the "
        "council. The combined authority now holds the devolved Adult Skills Fund and says "
        "that, once we are independent, we will have to bid for a grant allocation or a "
        "contract alongside colleges and private providers.",
        "Win our first Adult Skills Fund allocation from the combined authority and meet its "
        "funding rules from day one.",
        ("es-adult", "es-finance"),
        ("es-careers", "gen-finance"),
        "capacity",
        part="round7",
    ),
    RequestRow(
        "r7-capacity-employment-support",
        "Tame Valley Employment Support",
        ("employment-skills",),
        2,
        "west-midlands",
        40,
        LA,
        ("bidding-contracts", "leadership"),
        "We are the council's employment support team, helping disabled people and people with "
        "health conditions into work through a combined authority programme. The programme is "
        "being re-let next year and the combined authority will only contract with an "
        "independent provider, so we must spin out and bid.",
        "Put together a bid the combined authority will score well, and lead a small team "
        "through leaving the council.",
        ("es-adult", "es-lead"),
        ("es-careers", "es-finance", "prob-commission", "gen-finance"),
        "capacity",
        part="round7",
    ),
    RequestRow(
        "r7-capacity-finance-model",
        "Wansbeck Children's Community Nursing",
        ("community-health",),
        2,
        "north-east",
        120,
        NHS,
        ("business-planning", "finance-investment"),
        "Children's community nurses and specialist nurses planning to leave the trust. The "
        "trust's finance committee wants a five-year financial model before the board will "
        "agree, and we do not know what payroll, HR, estates and IT will cost once the trust "
        "stops providing them.",
        "Build a business case and financial model that the trust board and the ICB will approve.",
        ("ch-finance", "ch-rtp"),
        ("gen-finance", "mh-finance", "ch-contracts"),
        "capacity",
        part="round7",
    ),
    RequestRow(
        "r7-capacity-icb-contract",
        "Quantock Community Therapies",
        ("community-health",),
        4,
        "south-west",
        180,
        NHS,
        ("finance-investment", "commissioning"),
        "We leave the trust in five months and will hold an NHS standard contract with the ICB "
        "directly. We need to agree the contract price and payment schedule, cover the first "
        "months' wages before the ICB's first payment arrives, and find out whether we can "
        "recover VAT.",
        "Sign a contract we can afford to deliver and keep enough cash to pay staff through "
        "the first quarter.",
        ("ch-finance", "ch-contracts"),
        ("gen-finance", "mh-finance", "ch-rtp", "mh-contracts"),
        "capacity",
        part="round7",
    ),
    # --- Round 8: written and judged from the mentors' profiles alone on 30 November 2026 by a
    # coordinator who never saw the engine's code or rankings, committed before the first run,
    # never tuned on --------------------------------------------------------------------------
    # --- words: the real need is said only in plain words ---------------------------------
    RequestRow(
        "r8-words-first-chief-executive",
        "Kennet Recovery and Wellbeing Service",
        ("mental-health",),
        3,
        "south-east",
        48,
        NHS,
        ("business-planning",),
        "I have managed this team as its clinical lead for six years. When we leave the trust "
        "in April I become the chief executive, answerable to a board for the money, the "
        "payroll and every complaint, and I will still carry a small caseload because we "
        "cannot afford not to. Some days I wonder whether I have said yes to something I "
        "cannot do.",
        "Talk regularly with someone who has made the same jump from clinician to running the "
        "whole organisation: what to let go of, how to use the board, and how to keep going "
        "when there is nobody above you to ask.",
        ("mh-lead", "ch-engage"),
        ("prob-lead", "es-lead", "gen-hr"),
        "words",
        part="round8",
    ),
    RequestRow(
        "r8-words-ransomware",
        "Brentside Housing Advice",
        ("housing",),
        3,
        "london",
        35,
        LA,
        ("legal-governance",),
        "We keep copies of people's passports, tenancy agreements, bank statements and "
        "sometimes letters from their doctor, all on the council's servers. A neighbouring "
        "council was hit by ransomware last year and its homelessness service was back on "
        "paper for weeks. Once we leave, keeping all of that safe is our job, and none of us "
        "would know where to start if our laptops were locked one morning.",
        "Set up email, case files and backups that keep people's documents safe, know what we "
        "would do on the day something goes wrong, and understand what it will cost us each "
        "year.",
        ("gen-digital", "ch-digital"),
        ("lib-digital", "cs-send", "prob-gov"),
        "words",
        part="round8",
    ),
    RequestRow(
        "r8-words-two-sets-of-terms",
        "Derwentside Drug and Alcohol Service",
        ("public-health",),
        2,
        "north-east",
        70,
        LA,
        ("commissioning",),
        "Our recovery workers and admin staff are employed by the council. Our nurses and the "
        "prescribing doctor are seconded from the mental health trust on NHS pay, with NHS "
        "pensions and NHS sick pay. As one organisation we would be bringing two sets of pay "
        "scales, pensions and policies under one roof, and the nurses have already asked "
        "whether they would lose their NHS pension.",
        "Work out who actually moves across and on what terms, what we can promise the nurses "
        "about their pension, and how to run one team fairly when people on the same rota are "
        "paid differently.",
        ("ph-substance", "mh-pension"),
        ("ch-nhs-pension", "gen-pensions", "gen-hr"),
        "words",
        part="round8",
    ),
    RequestRow(
        "r8-words-swimmers-say",
        "Teifi Valley Community Pool",
        ("leisure-sport",),
        2,
        "wales",
        18,
        LA,
        ("marketing",),
        "The council wants to hand the pool to the people who run it, but the swimming club, "
        "the aqua-fit regulars and the parents at the Saturday lessons all say it is their "
        "pool too. Some want seats on the board and a vote on prices. The staff are happy to "
        "share, but not to be outvoted by two hundred swimmers on their own pay and rotas.",
        "Settle who can join, what say each group gets and who sits on the board, and write "
        "it down in rules that will still work when people fall out.",
        ("leis-small", "asc-gov"),
        ("gen-lawyer", "ed-outdoor", "ch-engage"),
        "words",
        part="round8",
    ),
    # --- family: the ideal comes from a related or partner service area --------------------
    RequestRow(
        "r8-family-school-nursing",
        "Wyre Forest Health Visiting and School Nursing",
        ("community-health",),
        2,
        "west-midlands",
        140,
        NHS,
        ("bidding-contracts",),
        "We are the health visitors and school nurses employed by the community trust, but it "
        "is the county council's public health team that pays for us, under the healthy child "
        "programme. Their contract with the trust ends in 2028; they will go out to tender and "
        "have said they would welcome a bid from us as a staff-owned organisation.",
        "Learn how council public health commissioners run a tender, what they score and how "
        "they judge outcomes, and get our bid ready in time.",
        ("ph-lifestyle",),
        ("ch-contracts", "mh-contracts", "ph-sv"),
        "family",
        part="round8",
    ),
    RequestRow(
        "r8-family-fire-cadets",
        "Exmoor and Quantock Fire Cadets",
        ("fire-rescue",),
        1,
        "south-west",
        22,
        LA,
        ("business-planning",),
        "We run the fire service's cadet units, a twelve-week course for teenagers at risk of "
        "exclusion and a firesetter intervention scheme for children. The fire authority will "
        "only guarantee half our budget if we leave, so the rest would have to come from youth "
        "funding, schools and grants that fire services never usually apply for.",
        "Find out who funds work with young people, how to win youth contracts and grants, and "
        "how to show funders what changes for the young people we work with.",
        ("youth-bids", "youth-founder"),
        ("youth-sv", "fire-safety", "es-careers"),
        "family",
        part="round8",
    ),
    RequestRow(
        "r8-family-home-adaptations",
        "Ouse Valley Home Improvement Agency",
        ("housing",),
        3,
        "south-east",
        40,
        OTHER,
        ("commissioning",),
        "We are the home improvement agency a housing association hosts for the district "
        "council: we manage disabled facilities grants, fit stairlifts and level-access showers, "
        "and run a handyperson service that gets people home from hospital quickly. The "
        "association is giving up the work, and most of our money now comes through the Better "
        "Care Fund, so both the council and the ICB would have to agree to keep paying us.",
        "Understand how the council and the NHS jointly commission this kind of work, and make "
        "the case for our hospital discharge service in terms both of them care about.",
        ("asc-reable",),
        ("asc-care", "ch-contracts", "hous-repairs", "hous-homeless"),
        "family",
        part="round8",
    ),
    RequestRow(
        "r8-family-ips-employment",
        "Don Valley IPS Employment Team",
        ("mental-health",),
        3,
        "yorkshire-humber",
        26,
        NHS,
        ("commissioning",),
        "We are employment specialists working inside the trust's community mental health "
        "teams, helping people with serious mental illness find and keep paid jobs using "
        "Individual Placement and Support. The money comes partly from the ICB and partly from "
        "the combined authority's employment programme, and the combined authority wants to "
        "contract directly with an independent provider from 2027.",
        "Understand how the combined authority buys employment support, what it expects on job "
        "outcomes and evidence, and how to bid without losing our place in the clinical teams.",
        ("es-adult",),
        ("es-lead", "es-careers", "mh-contracts"),
        "family",
        part="round8",
    ),
    # --- terms: specific sector vocabulary ------------------------------------------------
    RequestRow(
        "r8-terms-pass-through",
        "Pendle Parks and Countryside Rangers",
        ("other",),
        3,
        "north-west",
        42,
        LA,
        ("pensions",),
        "The pension fund has offered two routes into the LGPS: a pass-through arrangement, "
        "where the council keeps the funding risk and we pay a fixed contribution rate, or a "
        "full admission with our own notional assets, a triennial valuation and a bond. The "
        "fund's letter also mentions a cessation valuation when the contract ends, and our "
        "treasurer cannot tell us which route is safer.",
        "Choose between pass-through and a full admission with our eyes open, and get the "
        "admission agreement and the council's side letter right.",
        ("gen-pensions",),
        ("lib-tupe", "leis-tupe", "asc-tupe", "hous-tupe"),
        "terms",
        part="round8",
    ),
    RequestRow(
        "r8-terms-dspt-caldicott",
        "Erewash Crisis Cafe and Helpline",
        ("mental-health",),
        4,
        "east-midlands",
        34,
        NHS,
        ("legal-governance",),
        "Before the ICB will let us see the trust's records we must publish a Data Security and "
        "Protection Toolkit assessment at 'standards met', get our own ODS code and an HSCN "
        "connection, and name a Caldicott Guardian and a SIRO. We are a crisis cafe and a "
        "night-time helpline with no IT staff, and we go live in four months.",
        "Meet the DSPT standards, put the right people in the Caldicott Guardian and SIRO roles, "
        "and get connected to the clinical records without a gap in the service.",
        ("ch-digital",),
        ("gen-digital", "prob-gov", "cs-send"),
        "terms",
        part="round8",
    ),
    RequestRow(
        "r8-terms-eot",
        "Tyne Shared Payroll Services",
        ("other",),
        1,
        "north-east",
        230,
        CG,
        ("legal-governance",),
        "The department proposes a joint venture: it keeps a 35% stake, a private partner takes "
        "40%, and 25% is held for staff through an employee ownership trust. Our union wants to "
        "know who the EOT trustees answer to, whether staff would get the tax-free bonus, and "
        "whether an indirect stake through a trust means anything compared with holding shares "
        "directly.",
        "Understand how an employee ownership trust works alongside a departmental and a private "
        "stake, and negotiate articles and a shareholders' agreement that give staff a real "
        "voice.",
        ("prob-gov", "gen-lawyer"),
        ("gen-cg", "ch-engage", "gen-finance"),
        "terms",
        part="round8",
    ),
    RequestRow(
        "r8-terms-cas3",
        "Breckland Move-On Housing",
        ("housing",),
        3,
        "east",
        30,
        LA,
        ("bidding-contracts",),
        "We run the council's move-on flats for people leaving prison. HMPPS is re-letting "
        "Community Accommodation Service Tier 3 (CAS3) and the resettlement support that goes "
        "with it as Commissioned Rehabilitative Services, called off the Probation Service's "
        "dynamic framework. The council will not bid again, so we would have to get onto the "
        "framework ourselves.",
        "Get onto the dynamic framework, understand the call-off, and bid for the CAS3 and "
        "resettlement lots without the council behind us.",
        ("prob-commission",),
        ("hous-homeless", "prob-gov", "ph-substance"),
        "terms",
        part="round8",
    ),
    # --- experience: only a long-established mutual has lived through it -------------------
    RequestRow(
        "r8-experience-three-authorities",
        "Mersey Home Safety Services",
        ("fire-rescue",),
        4,
        "north-west",
        55,
        LA,
        ("business-planning",),
        "Three years after leaving the fire authority, two neighbouring fire services have asked "
        "us to quote for their home fire safety visits. Each has its own referral criteria, its "
        "own data system and its own idea of what a safe and well visit includes, and our own "
        "authority is nervous that its residents will get less of us if we grow.",
        "Decide whether to take the extra work and, if we do, run one service for three "
        "commissioners with different specifications without losing quality or our own "
        "authority's trust.",
        ("fire-safety",),
        ("ph-lifestyle", "ch-contracts", "fire-finance"),
        "experience",
        part="round8",
    ),
    RequestRow(
        "r8-experience-volunteer-branches",
        "Stour Valley Libraries",
        ("libraries-culture",),
        4,
        "east",
        95,
        LA,
        ("finance-investment",),
        "Four years into a ten-year agreement the council has cut our grant for the third year "
        "running, and now wants six of our smallest branches handed to community groups, run by "
        "volunteers with us supplying the books and computers. Staff see it as closing libraries "
        "by another name, and the community groups have no idea what taking on a building "
        "involves.",
        "Learn how an established library mutual has set up community-managed branches that "
        "last, including who holds the lease and the repairs, and keep our staff with us "
        "through it.",
        ("lib-assets",),
        ("museum-assets", "leis-assets", "ed-outdoor"),
        "experience",
        part="round8",
    ),
    RequestRow(
        "r8-experience-lead-provider",
        "Bassetlaw Community Health Services",
        ("community-health",),
        4,
        "east-midlands",
        520,
        NHS,
        ("commissioning",),
        "The ICB wants one lead provider for all community services in the county from 2028, "
        "and the acute trust has offered to hold the contract and subcontract our services back "
        "to us. Five years after leaving the NHS we would be a subcontractor to the trust we "
        "left, and some of our staff think it is the beginning of the end.",
        "Weigh the subcontract against bidding for the lead contract ourselves or with partners, "
        "and talk to someone who has kept a community health mutual going through more than one "
        "round of NHS reorganisation.",
        ("ch-contracts",),
        ("ch-engage", "ch-rtp", "ch-finance", "asc-reable"),
        "experience",
        part="round8",
    ),
    RequestRow(
        "r8-experience-shrinking-grant",
        "Wandle Youth and Community Mutual",
        ("youth-services",),
        4,
        "london",
        38,
        LA,
        ("bidding-contracts",),
        "When we spun out four years ago the council paid for four-fifths of what we do. This "
        "year it is half, next year it will be less, and the Youth Investment Fund money that "
        "built our new centre ends in March. We keep winning small grants, but each one pays "
        "for a project rather than the youth workers and the buildings we need to keep open.",
        "Hear from a youth mutual that has lived through years of shrinking council money how "
        "it rebuilt its income, what it stopped doing and what trading really brings in.",
        ("youth-founder",),
        ("youth-bids", "es-careers", "youth-sv", "museum-assets"),
        "experience",
        part="round8",
    ),
    # --- capacity: several requests want the same capacity-1 mentor -----------------------
    # ed-pensions (capacity 1) is wanted by the two education requests;
    # mh-contracts (capacity 1) by the two mental health requests.
    RequestRow(
        "r8-capacity-sensory-teachers",
        "Lea Valley Sensory Support Service",
        ("education",),
        2,
        "london",
        46,
        LA,
        ("pensions", "tupe"),
        "We are qualified teachers of the deaf and of children with vision impairment, with "
        "specialist teaching assistants, working across the borough's schools. The teachers are "
        "in the Teachers' Pension Scheme and the assistants in the LGPS, and nobody at the "
        "council can tell us whether a staff-owned mutual can keep the teachers in their scheme.",
        "Find out whether and how we can offer the Teachers' Pension Scheme after the transfer, "
        "sort out the LGPS admission for the assistants, and answer staff before consultation.",
        ("ed-pensions",),
        ("gen-pensions", "lib-tupe", "leis-tupe", "gen-young"),
        "capacity",
        part="round8",
    ),
    RequestRow(
        "r8-capacity-home-tuition",
        "Medina Hospital and Home Education Service",
        ("education", "childrens-services"),
        3,
        "south-east",
        30,
        LA,
        ("tupe", "business-planning"),
        "We teach children who are too ill to go to school, on the hospital ward and at home. "
        "Most of our teachers have been in the Teachers' Pension Scheme all their careers and "
        "two are a few years off retiring. The council wants us to become a mutual that it and "
        "the schools buy from, but staff say they will not move if it costs them their pension.",
        "Keep the teachers in their pension scheme after we leave, and plan a move the staff "
        "will agree to.",
        ("ed-pensions",),
        ("gen-pensions", "asc-tupe", "hous-tupe", "ed-school"),
        "capacity",
        part="round8",
    ),
    RequestRow(
        "r8-capacity-talking-therapies",
        "Holme Valley Talking Therapies",
        ("mental-health",),
        4,
        "yorkshire-humber",
        85,
        NHS,
        ("commissioning",),
        "We have delivered NHS Talking Therapies since leaving the trust three years ago. The ICB "
        "says the contract will go to competitive tender when it ends in 2028, and it wants "
        "better recovery rates, shorter waits and more people from minority communities. Two "
        "national providers have already asked whether we would subcontract to them.",
        "Rebid for the contract in our own name, show how we will meet the recovery and waiting "
        "time targets, and decide how to answer the national providers.",
        ("mh-contracts",),
        ("ch-contracts", "ph-lifestyle", "leis-contracts"),
        "capacity",
        part="round8",
    ),
    RequestRow(
        "r8-capacity-community-mh",
        "Exe Valley Community Mental Health Support",
        ("mental-health", "adult-social-care"),
        3,
        "south-west",
        40,
        LA,
        ("bidding-contracts",),
        "We are the council's mental health support workers: we help people settle back home "
        "after a stay in hospital, and run drop-ins and a recovery group. The council and the "
        "ICB will commission community mental health support jointly from next year, and we "
        "will be bidding against charities that have done this work for decades.",
        "Write our first bid to a joint council and NHS commissioner and price the service "
        "honestly.",
        ("mh-contracts",),
        ("asc-reable", "ch-contracts", "hous-homeless"),
        "capacity",
        part="round8",
    ),
    # --- Round 9, written blind (30 November 2026) ---------------------------------------------
    RequestRow(
        "r9-words-patient-notes",
        "Brookvale District Nursing",
        ("community-health",),
        3,
        "north-east",
        140,
        NHS,
        ("business-planning",),
        "Everything we use sits on the hospital trust's computers: patient notes, email, the "
        "rota, even the phones. When we leave, the trust will switch us off, and nobody on the "
        "team knows how to move people's records across safely or keep them from being lost "
        "or hacked.",
        "Know what has to be working on the first morning so nurses can still see patient "
        "notes, and that people's personal details are kept safe.",
        ("ch-digital", "gen-digital"),
        ("cs-send", "prob-gov", "lib-digital"),
        "words",
        part="round9",
    ),
    RequestRow(
        "r9-words-one-paymaster",
        "Kingsmere Youth Project",
        ("youth-services",),
        3,
        "east-midlands",
        28,
        LA,
        ("business-planning",),
        "Nearly every pound we get comes from the one council, and it shrinks every year. We "
        "would like schools, the towns next door and charitable trusts to pay for what we do, "
        "but nobody on the team has ever asked anyone for money or written an application.",
        "Learn how to win grants and sell sessions to schools so the youth clubs do not stand "
        "or fall on one council's budget.",
        ("youth-bids", "es-careers", "youth-founder"),
        ("ed-school", "ed-music", "lib-bids", "hous-repairs"),
        "words",
        part="round9",
    ),
    RequestRow(
        "r9-words-real-say",
        "Cedar Lane Wellbeing Team",
        ("mental-health",),
        2,
        "london",
        65,
        NHS,
        ("leadership",),
        "Staff keep asking whether this will really be theirs or just the same bosses with a "
        "new name over the door. Support workers and therapists on the front line want an "
        "actual say in how things are run, not a poster in the staff room.",
        "Set things up so every member of staff has a voice and a stake from the start, and "
        "keep them believing in it through the move.",
        ("ch-engage", "mh-lead"),
        ("prob-lead", "youth-staff", "gen-hr", "asc-gov"),
        "words",
        part="round9",
    ),
    RequestRow(
        "r9-words-leaking-roof",
        "Fernley Healthy Living Team",
        ("public-health",),
        3,
        "north-east",
        22,
        LA,
        ("business-planning",),
        "Our stop smoking and healthy living team works out of an old council clinic with a "
        "leaking roof and a boiler on its last legs. The council says we can have the building "
        "if we take it on ourselves, but we do not know who pays when things break, how long "
        "we should ask to have it for, or whether it would sink us.",
        "Decide whether to take the building on and on what terms, without being left with "
        "repair bills we cannot pay.",
        ("lib-assets", "leis-assets"),
        ("ed-outdoor", "museum-assets", "ch-finance", "fire-finance"),
        "words",
        part="round9",
    ),
    # --- Related service areas -----------------------------------------------------------------
    RequestRow(
        "r9-family-school-nursing",
        "Wealdshire 0-19 Health Service",
        ("public-health",),
        3,
        "south-east",
        230,
        NHS,
        ("pensions", "tupe"),
        "We are the health visiting and school nursing team for the county, employed by the "
        "community NHS trust but paid for from the council's public health grant. Our nurses are "
        "on Agenda for Change and want to know they can stay in the NHS pension when we leave "
        "the trust.",
        "Keep our nurses' NHS terms and pension through the move, and understand what the "
        "council's tender will mean for them.",
        ("ch-nhs-pension", "mh-pension"),
        ("gen-pensions", "ch-contracts", "ph-substance"),
        "family",
        part="round9",
    ),
    RequestRow(
        "r9-family-early-help",
        "Thornbury Early Help and Youth Support",
        ("youth-services",),
        3,
        "yorkshire-humber",
        48,
        LA,
        ("commissioning",),
        "Our targeted youth support and early help workers spend most of their time with "
        "families on the edge of care, alongside the council's children's social workers. Once "
        "we leave, children's services will commission us, and we are worried about a contract "
        "they could walk away from after the first year.",
        "Negotiate a fair contract with children's services commissioners, with sensible break "
        "clauses and outcomes we can actually show.",
        ("cs-contracts", "youth-sv"),
        ("cs-early-years", "youth-lead", "cs-ofsted", "youth-bids"),
        "family",
        part="round9",
    ),
    RequestRow(
        "r9-family-wardens",
        "Northgate Neighbourhood Safety Team",
        ("housing",),
        3,
        "west-midlands",
        35,
        LA,
        ("commissioning", "bidding-contracts"),
        "We are the council's neighbourhood wardens and antisocial behaviour caseworkers. We "
        "already do joint home safety visits with the fire and rescue service for older and "
        "vulnerable tenants, and would like the fire authority and local housing associations "
        "to pay us for prevention work once we are independent.",
        "Learn how fire authorities buy prevention and safety visits, and how to price them.",
        ("fire-safety",),
        ("hous-homeless", "prob-commission", "hous-repairs"),
        "family",
        part="round9",
    ),
    RequestRow(
        "r9-family-liaison-diversion",
        "Severn Liaison and Diversion Service",
        ("mental-health",),
        2,
        "south-west",
        42,
        NHS,
        ("bidding-contracts",),
        "Our mental health nurses work in police custody suites and the magistrates' court, "
        "assessing people and referring them on to probation and to drug and alcohol services. "
        "If we spin out of the trust we will have to bid for the service ourselves and work "
        "closely with the Probation Service and the courts.",
        "Understand how justice services are bought and how to write our first bid with "
        "probation as a partner.",
        ("prob-commission", "mh-contracts"),
        ("ph-substance", "prob-lead", "hous-homeless"),
        "family",
        part="round9",
    ),
    # --- Specific vocabulary -------------------------------------------------------------------
    RequestRow(
        "r9-terms-section-75",
        "Ridgeway Intermediate Care",
        ("community-health",),
        3,
        "east",
        160,
        NHS,
        ("commissioning",),
        "Our rapid response and intermediate care team is paid for through the Better Care Fund "
        "under a section 75 agreement between the council and the ICB, with discharge to assess "
        "beds in the pooled budget. We do not know how the pooled money follows us once we are "
        "a separate provider.",
        "Understand how the section 75 pooled budget and the Better Care Fund plan can fund us "
        "after spin-out, and who signs it off.",
        ("asc-reable",),
        ("ch-contracts", "ch-rtp", "asc-care", "gen-finance"),
        "terms",
        part="round9",
    ),
    RequestRow(
        "r9-terms-cessation-debt",
        "Tamebridge Adult Learning",
        ("employment-skills",),
        4,
        "north-west",
        95,
        LA,
        ("pensions",),
        "The actuary's valuation puts a large cessation debt on us if the contract ever ends. "
        "The council will give a pension guarantee but the fund still wants a bond, and we are "
        "deciding whether our LGPS admission agreement should be closed to new starters.",
        "Agree admitted body terms we can afford, and understand the bond, the guarantee and "
        "the cessation risk before we sign.",
        ("gen-pensions", "lib-tupe", "leis-tupe"),
        ("asc-tupe", "hous-tupe", "ed-pensions", "gen-finance"),
        "terms",
        part="round9",
    ),
    RequestRow(
        "r9-terms-dspt",
        "Larkfield Talking Therapies",
        ("mental-health",),
        3,
        "yorkshire-humber",
        75,
        NHS,
        ("digital-it",),
        "As a new provider we must submit the Data Security and Protection Toolkit, appoint a "
        "Caldicott Guardian and a SIRO, and move our electronic patient records off the trust's "
        "system with an HSCN connection of our own.",
        "Meet the information governance standards the ICB will expect on day one and migrate "
        "the clinical records safely.",
        ("ch-digital",),
        ("gen-digital", "cs-send", "prob-gov"),
        "terms",
        part="round9",
    ),
    RequestRow(
        "r9-terms-new-fair-deal",
        "Health Protection Training Partnership",
        ("public-health",),
        2,
        "london",
        38,
        CG,
        ("pensions", "tupe"),
        "We are civil servants in a national public health agency. Staff want to know whether "
        "they keep the Civil Service pension (alpha) under New Fair Deal, and how the Cabinet "
        "Office Statement of Practice on staff transfers applies to a move out of the "
        "department.",
        "Give staff straight answers on Civil Service pension access and the transfer before "
        "the department's consultation.",
        ("prob-tupe",),
        ("gen-cg", "gen-pensions", "gen-hr"),
        "terms",
        part="round9",
    ),
    # --- Needs a long-established mutual -------------------------------------------------------
    RequestRow(
        "r9-experience-first-rebid",
        "Harrowgate Day and Living Services",
        ("adult-social-care",),
        5,
        "south-west",
        190,
        LA,
        ("bidding-contracts", "commissioning"),
        "We spun out in 2019 and our first five-year contract for day services and supported "
        "living ends in eighteen months. The council has said it will go to open tender this "
        "time, and national providers are already circling.",
        "Prepare to win the retender, and hear from someone who has kept a service through a "
        "recommissioning.",
        ("ch-contracts", "asc-care", "leis-contracts"),
        ("mh-contracts", "ph-lifestyle", "prob-commission", "asc-reable"),
        "experience",
        part="round9",
    ),
    RequestRow(
        "r9-experience-after-grant",
        "Wrenfield Libraries and Heritage",
        ("libraries-culture",),
        5,
        "yorkshire-humber",
        130,
        LA,
        ("finance-investment", "business-planning"),
        "The council's transition funding ends next March and our management fee drops every "
        "year after that. We have coasted on the start-up money since spinning out and now need "
        "income of our own.",
        "Plan the years after the grant runs out: trading, fundraising and what to stop doing.",
        ("museum-assets", "ed-music"),
        ("youth-founder", "es-careers", "leis-contracts", "lib-digital", "gen-finance"),
        "experience",
        part="round9",
    ),
    RequestRow(
        "r9-experience-second-share-offer",
        "Moorside Community Health",
        ("community-health",),
        5,
        "north-west",
        420,
        NHS,
        ("employee-engagement",),
        "Our first share offer in 2018 signed up most of the staff, but turnover means half the "
        "people who joined since are not members, and turnout at the AGM has fallen. We are "
        "planning a second share offer and a refresh of the staff council.",
        "Re-energise staff ownership years after spin-out and get new starters to join.",
        ("ch-engage", "mh-lead"),
        ("hous-tupe", "youth-staff", "gen-hr", "asc-gov"),
        "experience",
        part="round9",
    ),
    RequestRow(
        "r9-experience-founder-retiring",
        "Cwm Taf Youth Mutual",
        ("youth-services",),
        5,
        "wales",
        40,
        LA,
        ("leadership",),
        "Our founding chief executive retires next year after eight years, and the board has "
        "never recruited a chief executive. Staff worry the ethos will go with her, and the "
        "council contract comes up for renewal at the same time.",
        "Plan the handover to a new chief executive and keep the board and staff steady through "
        "a contract renewal.",
        ("youth-lead", "youth-founder"),
        ("ch-engage", "mh-lead", "asc-gov", "gen-hr"),
        "experience",
        part="round9",
    ),
    # --- Several requests want the same capacity-1 mentor -------------------------------------
    RequestRow(
        "r9-capacity-approved-premises",
        "Northway Resettlement Services",
        ("probation-justice",),
        2,
        "north-west",
        60,
        CG,
        ("business-planning", "legal-governance"),
        "We are a team of civil servants running resettlement support and approved premises "
        "liaison inside HMPPS. The Ministry of Justice has said it will consider a spin-out, "
        "but we do not know how the department's approval process works or what it wants "
        "in the business case.",
        "Get through the department's approval and put together a business case ministers "
        "will accept.",
        ("gen-cg", "prob-gov"),
        ("prob-tupe", "prob-commission", "gen-finance"),
        "capacity",
        part="round9",
    ),
    RequestRow(
        "r9-capacity-work-and-health",
        "Work and Health Coaching Team",
        ("employment-skills",),
        2,
        "scotland",
        34,
        CG,
        ("business-planning", "commissioning"),
        "We are a small team of work and health coaches employed by a government department "
        "alongside Jobcentres. The department is open to us spinning out and contracting with it, "
        "but we need its sign-off and a business case first.",
        "Understand the department's approval process and how it would contract with us after "
        "spin-out.",
        ("gen-cg", "es-lead"),
        ("es-adult", "gen-finance", "prob-tupe"),
        "capacity",
        part="round9",
    ),
    RequestRow(
        "r9-capacity-records-archive",
        "Kew Road Records and Archive Service",
        ("libraries-culture",),
        2,
        "london",
        26,
        CG,
        ("business-planning", "finance-investment"),
        "Our records and archive team sits in a government agency that wants to stop running "
        "the service in-house. We think we could spin out and earn from archive searches, "
        "heritage grants and digitisation work, but we need the department's approval first.",
        "Win the department's approval and build a business case that mixes a service contract "
        "with grants and trading.",
        ("gen-cg", "lib-bids"),
        ("museum-assets", "gen-finance", "prob-tupe"),
        "capacity",
        part="round9",
    ),
    RequestRow(
        "r9-capacity-governor-training",
        "Governance Support for Schools",
        ("education",),
        3,
        "west-midlands",
        45,
        CG,
        ("business-planning", "bidding-contracts"),
        "We train and advise school governors and academy trustees from inside a government "
        "agency. The department is ending its direct funding and has said we can spin out and "
        "sell our support to schools and academy trusts if the business case stands up.",
        "Get the department's approval and a business case built on selling to schools and trusts.",
        ("gen-cg", "ed-school"),
        ("gen-finance", "es-careers", "ed-music"),
        "capacity",
        part="round9",
    ),
    # --- Round 10, written blind (30 November 2026) --------------------------------------------
    RequestRow(
        "r10-words-monthly-members",
        "Hartcliffe Active Lives",
        ("leisure-sport",),
        3,
        "london",
        28,
        LA,
        ("business-planning",),
        "We run walking football, buggy fitness and chair-based exercise in community halls, and "
        "people pay a couple of pounds on the day if they turn up. Once we leave the council we "
        "need steady money coming in every month, which means getting people to sign up, keep "
        "paying and bring their friends, and none of us has ever sold anything.",
        "Turn our regulars into paying members who stay, and get our name known beyond the people "
        "who already come.",
        ("sport-mkt",),
        ("gen-marketing", "leis-small", "ph-sv", "asc-day"),
        "words",
        part="round10",
        preferred_format="remote",
    ),
    RequestRow(
        "r10-words-lose-our-houses",
        "Lindum Interpreting and Translation Services",
        ("other",),
        2,
        "north-east",
        34,
        CG,
        ("leadership",),
        "The plan is that four of us from the agency's interpreting team become the directors of "
        "the new company. Our families keep asking what happens if the money runs out: could we "
        "be made to pay the debts, could we lose our houses? We also don't know who would "
        "actually own the company, or who could remove us as directors if things went wrong.",
        "Understand what being a director really means, and choose a set-up that keeps us "
        "personally safe and gives the rest of the staff a proper say.",
        ("gen-lawyer", "fire-board"),
        ("asc-gov", "prob-gov", "ed-outdoor", "gen-cg"),
        "words",
        part="round10",
    ),
    RequestRow(
        "r10-words-ask-formally",
        "Wolds Community Rehabilitation Team",
        ("community-health",),
        1,
        "east",
        95,
        NHS,
        ("leadership",),
        "For two years our managers at the trust have told us it is never the right time to talk "
        "about running the service ourselves. A colleague says NHS staff can put forward a formal "
        "proposal, and that the trust then has to consider it properly and give reasons if it "
        "says no. We have no idea how to start, or what the trust's board would want to see.",
        "Find out how to put our proposal to the trust formally, and what would make its board "
        "take it seriously.",
        ("ch-rtp",),
        ("gen-lawyer", "prob-gov", "gen-cg", "ch-engage"),
        "words",
        part="round10",
    ),
    RequestRow(
        "r10-words-six-months-in-work",
        "Aire Valley Jobs and Skills",
        ("employment-skills",),
        4,
        "yorkshire-humber",
        52,
        LA,
        ("finance-investment",),
        "The combined authority will pay us a small fee when someone starts with us, and most of "
        "the money only when they are still in a job six months later. Inside the council nobody "
        "minded waiting, but on our own we would be paying advisers for months before that money "
        "arrives, and we have never kept in touch with people once they start work.",
        "Work out whether we can afford to be paid this way, and how to stay in touch with people "
        "so we can prove they kept their jobs.",
        ("es-adult", "es-finance"),
        ("prob-commission", "es-lead", "gen-finance", "mh-finance"),
        "words",
        part="round10",
    ),
    # --- Related service areas -----------------------------------------------------------------
    RequestRow(
        "r10-family-youth-justice",
        "Saltcote Youth Justice Interventions",
        ("youth-services",),
        2,
        "north-west",
        44,
        LA,
        ("legal-governance",),
        "We run reparation projects, restorative justice conferences between victims and young "
        "people, and the appropriate adult service at police stations for the council's youth "
        "justice service. Outside the council we would need our own secure access to the youth "
        "justice case system, information-sharing agreements with the police and the courts, and "
        "vetting that our justice partners will accept.",
        "Put in place the data sharing, security and governance that justice partners require, so "
        "that no young person's case is held up on the day we leave.",
        ("prob-gov",),
        ("prob-commission", "cs-social-work", "cs-send", "gen-digital"),
        "family",
        part="round10",
    ),
    RequestRow(
        "r10-family-preparing-for-adulthood",
        "Tamarside Short Breaks and Transitions",
        ("childrens-services",),
        3,
        "south-west",
        38,
        LA,
        ("marketing",),
        "We run after-school and holiday clubs for disabled children and a transitions project for "
        "young people aged 16 to 25. At the moment the council block-books our places, but from "
        "next year most families will get a direct payment and choose for themselves, and the "
        "young adults will move onto personal budgets from adult social care.",
        "Set prices and tell families what we offer so they choose us with their own budgets, and "
        "keep young people with us as they move into adult services.",
        ("asc-day",),
        ("cs-send", "gen-marketing", "cs-early-years", "ed-music"),
        "family",
        part="round10",
        preferred_format="in_person",
    ),
    RequestRow(
        "r10-family-sheltered-alarms",
        "Clyde Valley Sheltered Housing Support",
        ("housing",),
        4,
        "scotland",
        60,
        LA,
        ("digital-it",),
        "Our wardens support tenants in 22 sheltered housing schemes, and every flat has a "
        "hard-wired pull-cord alarm that calls our control centre over the phone line. The phone "
        "companies are switching the old lines off, the alarm units will not work on the new "
        "digital lines, and the council expects us to replace them all once we are independent.",
        "Plan the move to digital alarms without leaving any tenant unprotected, and find a way to "
        "pay for the new equipment.",
        ("asc-digital",),
        ("gen-digital", "gen-finance"),
        "family",
        part="round10",
    ),
    RequestRow(
        "r10-family-police-fleet",
        "Charnock Blue Light Fleet Services",
        ("other",),
        2,
        "east-midlands",
        75,
        OTHER,
        ("finance-investment",),
        "We are the police force's vehicle workshop and driver training school: we maintain 600 "
        "police vehicles and train response and pursuit drivers. The police and crime commissioner "
        "wants us to become a staff-owned company that would also service fire engines and "
        "ambulances for neighbouring services, leasing the workshop and the skid pan from the "
        "force.",
        "Build a business case the commissioner and the police and crime panel will approve, with "
        "fair terms for leasing the site and the equipment.",
        ("fire-finance",),
        ("fire-board", "gen-finance", "leis-assets", "hous-repairs"),
        "family",
        part="round10",
    ),
    # --- Specific vocabulary -------------------------------------------------------------------
    RequestRow(
        "r10-terms-community-shares",
        "Fenwick Lido and Gardens",
        ("leisure-sport",),
        4,
        "south-east",
        20,
        LA,
        ("legal-governance",),
        "We are registering as a community benefit society with the FCA and will raise money for "
        "the lido's repairs through a community share offer of withdrawable shares, with a "
        "statutory asset lock and one member, one vote. Staff want to be a separate class of "
        "member with reserved board seats, and the Community Shares Standard Mark assessor has "
        "asked how we will handle withdrawals.",
        "Write society rules that give staff a guaranteed voice alongside community shareholders, "
        "and launch a share offer that meets the Standard Mark.",
        ("gen-lawyer", "leis-small"),
        ("asc-gov", "ed-outdoor", "prob-gov"),
        "terms",
        part="round10",
    ),
    RequestRow(
        "r10-terms-dofe-yif",
        "Tarnside Youth and Outdoor Service",
        ("youth-services",),
        3,
        "north-west",
        41,
        LA,
        ("bidding-contracts",),
        "Our Duke of Edinburgh's Award groups run under the council's DofE licence, so after the "
        "spin-out we need Licensed Organisation status of our own. We also want to bid to the "
        "Youth Investment Fund for a new youth centre, and the council's youth tender now asks "
        "for the National Youth Agency's quality mark.",
        "Secure our own DofE licence and a Youth Investment Fund bid without a gap in young "
        "people's awards.",
        ("youth-founder", "youth-bids"),
        ("youth-sv", "youth-staff", "youth-lead"),
        "terms",
        part="round10",
        preferred_format="in_person",
    ),
    RequestRow(
        "r10-terms-museum-accreditation",
        "Ryburn Museums and Galleries",
        ("libraries-culture",),
        2,
        "yorkshire-humber",
        65,
        LA,
        ("assets",),
        "The council would keep ownership of the collections and lend them to us under a loan "
        "agreement, while we take over the museums' Accreditation from Arts Council England. We "
        "are also part of a National Portfolio Organisation through the council, and one of our "
        "collections is Designated, so the Arts Council wants assurance on long-term stewardship.",
        "Transfer Accreditation and NPO funding to the new trust, and agree terms for the "
        "collections and buildings that the Arts Council will accept.",
        ("museum-assets",),
        ("ed-music", "lib-bids", "lib-assets", "arts-sv"),
        "terms",
        part="round10",
    ),
    RequestRow(
        "r10-terms-mccloud",
        "Wyvern Fire Protection and Control",
        ("fire-rescue",),
        3,
        "wales",
        130,
        LA,
        ("pensions",),
        "Our fire protection officers are on Grey Book terms in the Firefighters' Pension Scheme, "
        "and our control room staff are on Green Book terms in the LGPS. Several officers still "
        "have McCloud remedy choices to make between the 1992 and 2015 schemes, and the fire "
        "authority's pensions manager says a new employer would need a direction order before "
        "anyone could stay in the FPS.",
        "Keep every firefighter in the FPS and the control staff in the LGPS through the "
        "transfer, without disturbing anyone's McCloud remedy.",
        ("fire-pensions",),
        ("gen-pensions", "leis-tupe", "lib-tupe", "asc-tupe"),
        "terms",
        part="round10",
        preferred_format="remote",
    ),
    # --- Needs a long-established mutual -------------------------------------------------------
    RequestRow(
        "r10-experience-pay-award",
        "Blackdown Community Health",
        ("community-health",),
        5,
        "south-west",
        610,
        NHS,
        ("finance-investment",),
        "Since we left the NHS in 2014 we have matched every Agenda for Change pay award, but the "
        "ICB's contract uplift has never fully covered it, and this year's award would wipe out "
        "our surplus. Staff expect NHS pay alongside their NHS pension, and the union says that "
        "was the promise we made at transfer.",
        "Decide whether and how to keep matching Agenda for Change, and make the case to the ICB "
        "for funding it, without breaking faith with staff.",
        ("ch-nhs-pension", "ch-finance"),
        ("ch-engage", "mh-pension", "ch-contracts"),
        "experience",
        part="round10",
    ),
    RequestRow(
        "r10-experience-surplus-share",
        "Weaver Valley Wellbeing CIC",
        ("mental-health",),
        5,
        "north-east",
        210,
        NHS,
        ("employee-engagement",),
        "We have been a staff-owned community interest company for ten years, and steady small "
        "surpluses have built up healthy reserves. Staff members now ask why they never see any "
        "of it; the asset lock and the dividend cap limit what we can pay out, and our accountant "
        "has suggested moving to an employee ownership trust so staff could get tax-free bonuses.",
        "Find a fair way to share success with staff that the asset lock allows, and understand "
        "what changing our ownership model would really mean.",
        ("prob-gov", "gen-lawyer"),
        ("ch-engage", "mh-lead", "gen-finance"),
        "experience",
        part="round10",
    ),
    RequestRow(
        "r10-experience-inbound-tupe",
        "Nene Valley Libraries",
        ("libraries-culture",),
        5,
        "east-midlands",
        180,
        LA,
        ("tupe",),
        "Seven years after we left the council, the county next door has chosen us to run its "
        "library service from April. Eighty-five staff will transfer to us from that council, in "
        "a different LGPS fund and with better sick pay than our own people, and staff on both "
        "sides are asking whose terms will win.",
        "Bring the new staff in under TUPE, sort out a second pension fund admission, and plan "
        "how and when to bring terms together fairly.",
        ("lib-tupe", "leis-tupe"),
        ("gen-pensions", "hous-tupe", "asc-tupe", "gen-hr"),
        "experience",
        part="round10",
    ),
    RequestRow(
        "r10-experience-golden-share",
        "Hatherley Family Services",
        ("childrens-services",),
        5,
        "london",
        240,
        LA,
        ("legal-governance",),
        "When we spun out in 2015 the council kept a golden share and two seats on our board, with "
        "a veto over changes to our articles and over new contracts. Eleven years on, we win most "
        "of our work from other councils and the NHS, commissioners see the council's veto as a "
        "conflict of interest, and the council now says it would like to step back too.",
        "Rewrite our articles and the make-up of the board so the council steps back cleanly, "
        "with members' approval and without upsetting our main contract.",
        ("gen-lawyer", "prob-gov"),
        ("asc-gov", "hous-assets", "youth-lead"),
        "experience",
        part="round10",
    ),
    # --- Several requests want the same capacity-1 mentor -------------------------------------
    # asc-care (capacity 1) is wanted by the two adult social care requests;
    # hous-homeless (capacity 1) by the two housing requests.
    RequestRow(
        "r10-capacity-extra-care",
        "Bollin Extra Care Services",
        ("adult-social-care",),
        2,
        "north-west",
        85,
        LA,
        ("legal-governance",),
        "We provide the care and support in the council's four extra care housing schemes. Once "
        "we leave the council we must register with the CQC as a domiciliary care agency, with "
        "our own registered manager and nominated individual, and the council will pay us an "
        "hourly rate under a contract instead of funding our budget.",
        "Get CQC registration in place before we go live, and agree an hourly rate that covers "
        "what the care really costs.",
        ("asc-care",),
        ("asc-reable", "asc-gov", "gen-lawyer"),
        "capacity",
        part="round10",
        preferred_format="in_person",
    ),
    RequestRow(
        "r10-capacity-home-care-framework",
        "Trent Vale Home Support",
        ("adult-social-care",),
        3,
        "east-midlands",
        140,
        LA,
        ("bidding-contracts",),
        "Our carers do the council's night visits and the two-hour rapid response calls that keep "
        "people out of hospital. After we spin out, the council will buy home care through a new "
        "framework split into zones at a fixed hourly rate, and our managers think that rate will "
        "not cover the travel time between rural calls.",
        "Get onto the framework, price the rural and night work honestly, and negotiate the rate "
        "with the council's commissioners.",
        ("asc-care",),
        ("asc-reable", "ch-contracts", "gen-finance", "ph-lifestyle"),
        "capacity",
        part="round10",
        preferred_format="remote",
    ),
    RequestRow(
        "r10-capacity-young-homeless",
        "Rother Foyer and Young People's Housing",
        ("housing", "youth-services"),
        3,
        "south-east",
        36,
        LA,
        ("commissioning",),
        "We run the council's foyer and a network of shared flats for homeless 16 to 25 year olds, "
        "with key workers who help them into training and work. The council pays for the support "
        "out of its housing budget and wants to commission it from us as an independent provider, "
        "probably in competition with larger housing charities.",
        "Understand how councils commission housing-related support for young people and what "
        "they will score, and win the contract in our own name.",
        ("hous-homeless",),
        ("youth-bids", "prob-commission", "mh-contracts", "youth-sv"),
        "capacity",
        part="round10",
    ),
    RequestRow(
        "r10-capacity-housing-first",
        "Blackbrook Housing First Team",
        ("housing",),
        2,
        "west-midlands",
        18,
        LA,
        ("business-planning",),
        "Our small Housing First team supports thirty people with long histories of rough "
        "sleeping, most of them with mental health and drug or alcohol problems. The money comes "
        "from a government rough sleeping grant that ends in 2028, and the council and the ICB "
        "have talked about paying for us together, but only once we are an independent provider.",
        "Find out how homelessness and support services are commissioned, and build a business "
        "plan that does not depend on a single grant.",
        ("hous-homeless",),
        ("mh-contracts", "asc-reable", "prob-commission"),
        "capacity",
        part="round10",
    ),
    # --- Round 11, written blind (30 November 2026) --------------------------------------------
    RequestRow(
        "r11-words-free-hours-shortfall",
        "Bramcote Community Nurseries",
        ("childrens-services",),
        3,
        "east-midlands",
        85,
        LA,
        ("business-planning",),
        "We run four council nurseries in the poorest parts of the district. Most of our children "
        "come on the free hours the government pays for, and the rate the council passes on to us "
        "is less than a place really costs once you count staff, food and rent. Inside the council "
        "the gap just vanished into the wider budget; once we are on our own, every funded child "
        "loses us money.",
        "Set fees and a mix of places that pay their way without pricing out the families who need "
        "us most.",
        ("cs-early-years",),
        ("asc-day", "ed-music", "youth-founder", "gen-finance"),
        "words",
        part="round11",
    ),
    RequestRow(
        "r11-words-lessons-drop-off",
        "Wyndham Schools Music Service",
        ("education",),
        4,
        "south-west",
        58,
        LA,
        ("business-planning",),
        "Since we put the price of lessons up, fewer families sign their children up each "
        "September, and several schools have stopped booking our teachers for whole classes. We "
        "have never had to advertise: schools and parents came to us because we were the council's "
        "service. Next year we will be on our own, and our teachers are already losing pupils to "
        "private tutors.",
        "Win families and schools back, and set prices that keep lessons affordable without losing "
        "money.",
        ("ed-music",),
        ("gen-marketing", "sport-mkt", "ed-school", "asc-day"),
        "words",
        part="round11",
        preferred_format="remote",
    ),
    RequestRow(
        "r11-words-find-a-chair",
        "Calder Adult Skills and Learning",
        ("employment-skills",),
        3,
        "yorkshire-humber",
        38,
        LA,
        ("leadership",),
        "We have been told the new organisation needs a board, with a chair and people from "
        "outside who are not on the staff. We have no idea where to find them, whether we should "
        "pay them, or how much say they would have over how we run things day to day. A couple of "
        "our learners have offered to help, and staff want a seat too.",
        "Find the right people for the board, agree what they decide and what staff decide, and "
        "make sure learners and staff both have a voice.",
        ("fire-board", "asc-gov"),
        ("gen-lawyer", "ed-outdoor", "prob-gov", "youth-lead"),
        "words",
        part="round11",
        preferred_format="in_person",
    ),
    RequestRow(
        "r11-words-retire-at-sixty",
        "Ashbourne Bereavement Services",
        ("other",),
        1,
        "north-west",
        64,
        LA,
        ("leadership",),
        "We are the council's cemetery, crematorium and bereavement team. Several of our "
        "longest-serving people are in their late fifties and have planned for years around "
        "retiring at sixty on their council pension. Before anyone backs the idea, they want to "
        "know whether leaving the council would change what they get, whether a small new "
        "organisation could afford to let anyone go early, and what would happen to their pension "
        "if we ever lost the contract.",
        "Give staff straight answers about their pensions and early retirement before anyone is "
        "asked to decide, and understand what the pension could cost us.",
        ("gen-pensions", "lib-tupe"),
        ("asc-tupe", "leis-tupe", "hous-tupe", "gen-finance"),
        "words",
        part="round11",
    ),
    # --- Related service areas -----------------------------------------------------------------
    RequestRow(
        "r11-family-prison-in-reach",
        "Ravenhill Justice Mental Health Team",
        ("mental-health",),
        2,
        "east-midlands",
        52,
        NHS,
        ("leadership",),
        "Our nurses, psychologists and support workers run the mental health in-reach service in "
        "two prisons and see people through the first weeks after release, employed by the local "
        "mental health trust. NHS England's health and justice team pays for us and has said it "
        "would consider a staff-owned provider when the contract ends. Half the team are keen; the "
        "other half have watched prison contracts change hands before and fear for their jobs.",
        "Lead a divided team through the decision, and keep the prison governors and probation "
        "with us while we make it.",
        ("prob-lead",),
        ("prob-commission", "mh-lead", "ph-substance", "ch-engage"),
        "family",
        part="round11",
    ),
    RequestRow(
        "r11-family-supported-employment",
        "Lowmoor Supported Employment Service",
        ("adult-social-care",),
        3,
        "west-midlands",
        24,
        LA,
        ("bidding-contracts",),
        "Our job coaches help adults with learning disabilities and autistic people find paid work "
        "and keep it, and we run a cafe that gives people their first work experience. Adult "
        "social care pays for the team now, but from next year the money will come through the "
        "combined authority's supported employment programme, which it will let by tender to "
        "independent providers and pay partly on job outcomes.",
        "Bid for the combined authority's programme in our own name, and keep the cafe and the "
        "people who rely on it going.",
        ("es-adult",),
        ("asc-day", "es-lead", "es-careers", "gen-finance"),
        "family",
        part="round11",
    ),
    RequestRow(
        "r11-family-falls-response",
        "Blackmoor Fire Falls Response",
        ("fire-rescue",),
        3,
        "south-east",
        30,
        LA,
        ("commissioning",),
        "Our firefighters and community safety staff pick up older people who have fallen at home "
        "but are not hurt, so they do not wait hours for an ambulance, and we do a home safety "
        "check while we are there. The ICB and the council's adult social care team pay for most "
        "of it from a pot of money they share, and the fire authority says it cannot keep hosting "
        "us unless the health side commits to a proper contract.",
        "Get the ICB and the council to commission us jointly for the long term, and show them "
        "what we save the ambulance service and A&E.",
        ("asc-reable", "ch-contracts"),
        ("fire-safety", "ph-lifestyle", "fire-finance"),
        "family",
        part="round11",
    ),
    RequestRow(
        "r11-family-foster-carers-members",
        "Harrowden Family Placement Service",
        ("childrens-services",),
        2,
        "south-west",
        40,
        LA,
        ("legal-governance",),
        "We are the council's fostering team: social workers who recruit, train and support about "
        "ninety foster households. Our foster carers are not employees, but they are the heart of "
        "the service and say they will only back a mutual if they can be members alongside staff, "
        "with seats on the board. Nobody can tell us how an organisation can be owned by both its "
        "staff and self-employed carers.",
        "Write membership rules and a board structure that give foster carers and staff a real, "
        "balanced say, and that Ofsted will be comfortable with.",
        ("asc-gov",),
        ("gen-lawyer", "cs-ofsted", "cs-social-work", "hous-tupe"),
        "family",
        part="round11",
        preferred_format="remote",
    ),
    # --- Specific vocabulary -------------------------------------------------------------------
    RequestRow(
        "r11-terms-fri-lease",
        "Stonebridge Adult Education",
        ("employment-skills",),
        4,
        "east",
        46,
        LA,
        ("assets",),
        "The council's surveyor has offered us a 25-year full repairing and insuring lease of the "
        "adult education centre, contracted out of the security of tenure provisions of the "
        "Landlord and Tenant Act 1954, with a dilapidations claim at the end. The building has "
        "asbestos in the ceilings and a flat roof past its life, and the heads of terms tie a "
        "landlord's break clause to our funding contract.",
        "Negotiate heads of terms we can afford: a schedule of condition that protects us, a fair "
        "split of the capital repairs and break rights that match our funding.",
        ("lib-assets", "leis-assets"),
        ("museum-assets", "hous-assets", "ed-outdoor", "fire-finance"),
        "terms",
        part="round11",
    ),
    RequestRow(
        "r11-terms-blended-finance",
        "Cheviot Respite and Short Breaks",
        ("adult-social-care",),
        3,
        "north-east",
        70,
        LA,
        ("finance-investment",),
        "To open a second respite house we need about 400,000 pounds. A social investment fund has "
        "offered blended finance: a Reach Fund grant through Access for investment readiness, then "
        "a secured loan with a grant element, a debenture over the property and covenants on debt "
        "service cover. We are a company limited by guarantee with no trading history, and the "
        "council is our only customer.",
        "Understand the offer, decide how much debt we can carry on a single council contract, and "
        "negotiate covenants we can keep.",
        ("mh-finance", "gen-finance"),
        ("hous-assets", "ch-finance", "asc-digital"),
        "terms",
        part="round11",
    ),
    RequestRow(
        "r11-terms-ciw-risca",
        "Dyffryn Support at Home",
        ("adult-social-care",),
        2,
        "wales",
        120,
        LA,
        ("legal-governance",),
        "Under the Regulation and Inspection of Social Care (Wales) Act we must register with Care "
        "Inspectorate Wales as a service provider for domiciliary support, with a responsible "
        "individual at board level and a registered manager for each area, and our support workers "
        "must stay registered with Social Care Wales. The council points to section 16 of the "
        "Social Services and Well-being (Wales) Act, on promoting social enterprises and "
        "co-operatives, as its reason for backing us.",
        "Have CIW registration in place for day one, with a responsible individual and governance "
        "the inspectorate will accept, and use section 16 in our talks with the council.",
        ("asc-gov", "asc-care"),
        ("gen-lawyer", "cs-ofsted", "asc-day"),
        "terms",
        part="round11",
        preferred_format="in_person",
    ),
    RequestRow(
        "r11-terms-measures-letter",
        "Marlpit Youth and Play Service",
        ("youth-services",),
        3,
        "yorkshire-humber",
        52,
        LA,
        ("tupe",),
        "The council has sent us the employee liability information for the 48 youth workers who "
        "will transfer, and its HR team wants our measures letter within four weeks so that "
        "collective consultation can start. We want to move sessional workers onto annualised "
        "hours, and the union asks whether that needs an economic, technical or organisational "
        "reason and how long protected terms last after the transfer.",
        "Send a measures letter that is accurate and lawful, and run the consultation with the "
        "union without a dispute.",
        ("youth-staff", "gen-lawyer"),
        ("gen-hr", "leis-tupe", "lib-tupe", "cs-social-work"),
        "terms",
        part="round11",
    ),
    # --- Needs a long-established mutual -------------------------------------------------------
    RequestRow(
        "r11-experience-back-in-house",
        "Wreake Valley Leisure Trust",
        ("leisure-sport",),
        5,
        "north-west",
        310,
        LA,
        ("commissioning",),
        "We have run the borough's five leisure centres since 2015, and the contract ends in 2028. "
        "After May's elections the new council leadership says it wants to bring leisure back "
        "in-house, partly to save on VAT and partly because councillors feel they lost control. "
        "Staff are unsure whether they would be better off going back, and the council has asked "
        "us for the information it would need to run the service itself.",
        "Make the case for staying independent on evidence rather than politics, and plan for "
        "either outcome without losing staff along the way.",
        ("leis-contracts",),
        ("leis-assets", "leis-tupe", "ch-contracts", "gen-finance"),
        "experience",
        part="round11",
    ),
    RequestRow(
        "r11-experience-members-said-no",
        "Thornaby Healthy Communities",
        ("public-health",),
        5,
        "east",
        140,
        LA,
        ("employee-engagement",),
        "Nine years after we spun out, the board put a new pay structure to the members' meeting "
        "and staff voted it down, the first time members have ever overruled the board. The chair "
        "of the staff council has resigned, managers feel undermined and the board does not know "
        "whether it can bring the proposal back. We had always treated the members' vote as a "
        "formality.",
        "Rebuild trust between the board and staff members, and find a way of consulting members "
        "that settles disagreements before they reach a vote.",
        ("ch-engage", "asc-gov"),
        ("youth-staff", "hous-tupe", "mh-lead", "gen-hr"),
        "experience",
        part="round11",
    ),
    RequestRow(
        "r11-experience-reserves-questioned",
        "Lynher Community Mental Health",
        ("mental-health",),
        5,
        "south-west",
        230,
        NHS,
        ("finance-investment",),
        "After ten years of small surpluses we hold about four months of running costs in reserve, "
        "which our board regards as the bare minimum. The ICB's finance team has read our accounts "
        "and now argues that our community mental health contract is overpriced and should get a "
        "lower uplift at renewal, while staff ask why the reserves cannot pay for a pay rise.",
        "Set a reserves policy we can defend to commissioners and staff, and agree a contract "
        "price that keeps us sustainable.",
        ("ch-finance", "gen-finance"),
        ("ch-contracts", "mh-contracts", "asc-care"),
        "experience",
        part="round11",
    ),
    RequestRow(
        "r11-experience-trading-arm",
        "Castlegate Heritage Trust",
        ("libraries-culture",),
        5,
        "west-midlands",
        160,
        LA,
        ("legal-governance",),
        "When we became a charitable trust eight years ago, the cafe, the shop and room hire were "
        "a sideline. With weddings and evening events they now bring in over a third of our "
        "income, and our auditor warns that the trading puts our charitable status and our rates "
        "relief at risk unless we move it into a trading subsidiary. The council's funding "
        "agreement also has a say in what we do with profits.",
        "Set up a trading company that gives its profits to the trust, with the right staffing, "
        "VAT and governance, and keep the council's goodwill.",
        ("museum-assets",),
        ("gen-lawyer", "gen-finance", "ch-finance", "leis-assets"),
        "experience",
        part="round11",
    ),
    # --- Several requests want the same capacity-1 mentor -------------------------------------
    RequestRow(
        "r11-capacity-ld-social-work",
        "Greywell Learning Disability Social Work",
        ("adult-social-care",),
        2,
        "london",
        34,
        LA,
        ("hr-change", "tupe"),
        "We are the council's learning disability social workers and want to become a social work "
        "practice owned by the social workers, with the council contracting us for its Care Act "
        "assessments and reviews. The council is nervous about handing over statutory work, and "
        "our principal social worker wants to know who would supervise us and sign off decisions "
        "once we are outside.",
        "Agree with the council which duties we can carry out, move the team across without "
        "leaving any case unallocated, and keep supervision and practice standards strong.",
        ("cs-social-work",),
        ("asc-tupe", "gen-hr", "asc-gov", "asc-reable"),
        "capacity",
        part="round11",
        preferred_format="in_person",
    ),
    RequestRow(
        "r11-capacity-leaving-care",
        "Ferrybridge Leaving Care Practice",
        ("childrens-services",),
        3,
        "south-east",
        28,
        LA,
        ("employee-engagement", "hr-change"),
        "We are personal advisers and social workers supporting care leavers up to the age of 25. "
        "The council wants to try a staff-owned social work practice running the leaving care "
        "service under contract. Our young people have had too many changes of worker already, so "
        "the move cannot mean anyone losing their adviser, and staff want to know how ownership "
        "would change their day-to-day work.",
        "Move across with every young person keeping their worker, and build a practice that the "
        "staff genuinely run.",
        ("cs-social-work",),
        ("cs-contracts", "youth-staff", "ch-engage", "gen-hr"),
        "capacity",
        part="round11",
    ),
    RequestRow(
        "r11-capacity-library-systems",
        "Pennwick Libraries and Information",
        ("libraries-culture",),
        4,
        "east",
        130,
        LA,
        ("digital-it",),
        "We leave the council in six months. Our library management system, the catalogue website, "
        "the public computers and the self-service kiosks all run on the council's network and "
        "under its contracts, and the supplier says the licence cannot simply be moved to us. We "
        "also run the council's digital help sessions for people applying for benefits online, "
        "which it wants us to keep doing.",
        "Move our systems and public computers off the council's network without closing any "
        "branch, and keep the digital help going.",
        ("lib-digital",),
        ("gen-digital", "cs-send", "ch-digital"),
        "capacity",
        part="round11",
        preferred_format="remote",
    ),
    RequestRow(
        "r11-capacity-digital-inclusion",
        "Tolworth Digital Inclusion Hub",
        ("other",),
        2,
        "north-east",
        14,
        OTHER,
        ("marketing", "digital-it"),
        "We are the digital inclusion team a housing association runs for the council: we lend "
        "laptops and data SIMs, train volunteer digital champions and run drop-in help in "
        "libraries and community centres. The association wants us to become independent and raise "
        "money from the NHS, other landlords and telecoms firms, but our name, our website and "
        "even the booking system belong to the association.",
        "Build our own name and website, keep the drop-ins going in libraries, and convince new "
        "funders that digital help is worth paying for.",
        ("lib-digital",),
        ("gen-marketing", "gen-digital", "ph-sv"),
        "capacity",
        part="round11",
    ),
    # --- Round 12, written blind (30 November 2026) --------------------------------------------
    RequestRow(
        "r12-words-tenants-on-board",
        "Brackenfield Estates Housing Management",
        ("housing",),
        2,
        "east-midlands",
        85,
        LA,
        ("leadership",),
        "We are the council's housing officers, caretakers and estate office staff for about "
        "3,000 homes. Our people keep asking whether they stay in the council's pension when they "
        "move across to the new organisation, and whether their years of service and sick pay come "
        "with them. The tenants' panel, meanwhile, says it will only support the plan if tenants "
        "sit on the board next to staff, and nobody has worked out how that would work.",
        "Give staff straight answers about their pensions and terms before the consultation, and "
        "design a board where tenants and staff sit side by side.",
        ("hous-tupe",),
        ("asc-tupe", "lib-tupe", "hous-assets", "asc-gov", "gen-pensions"),
        "words",
        part="round12",
    ),
    RequestRow(
        "r12-words-worn-out-therapists",
        "Ouseburn Recovery and Talking Therapies",
        ("mental-health",),
        3,
        "north-east",
        64,
        NHS,
        ("business-planning",),
        "Half our therapists have been off sick with stress at some point this year, the waiting "
        "list keeps growing and two of our best people have just left for agency work. Those who "
        "stay say they will only back leaving the trust if it genuinely feels different to work "
        "here: less top-down, more say over caseloads, and somebody noticing when a colleague is "
        "struggling.",
        "Build a place where staff look after each other and feel it belongs to them, and keep our "
        "therapists through the move.",
        ("mh-lead", "ch-engage"),
        ("prob-lead", "gen-hr", "youth-staff"),
        "words",
        part="round12",
        preferred_format="remote",
    ),
    RequestRow(
        "r12-words-council-crest",
        "Haverhill Pest and Hygiene Services",
        ("other",),
        3,
        "east",
        22,
        LA,
        ("leadership",),
        "Everything we have carries the council's crest: the vans, the uniforms, the letters and "
        "the web page where people book us. Once we leave, the householders, restaurants and "
        "landlords we want as customers will not know who we are, and the private firms we are up "
        "against spend money on adverts and online reviews. None of us has ever had to sell "
        "anything.",
        "Choose a name and a look that people trust, and win paying customers among local "
        "businesses and landlords in our first year.",
        ("gen-marketing", "ph-sv"),
        ("sport-mkt", "lib-digital", "es-careers", "ed-music", "asc-day"),
        "words",
        part="round12",
    ),
    RequestRow(
        "r12-words-depot-loan",
        "Wensum Grounds and Street Care",
        ("other",),
        3,
        "yorkshire-humber",
        140,
        LA,
        ("business-planning",),
        "Our gardeners, street cleaners and mechanics work out of the council's old depot, along "
        "with the mowers, sweepers and vans. The council has offered to sell us the depot rather "
        "than rent it to us, and a bank will lend most of the price with the building as security, "
        "but it wants us to promise to keep a minimum amount of cash and profit every year. If we "
        "miss those targets in a bad year, could the bank take the depot? And is buying it wise "
        "when the vans are getting old too?",
        "Decide whether to buy or rent the depot and the vehicles, and if we borrow, agree terms "
        "we can live with in a bad year.",
        ("hous-assets", "fire-finance"),
        ("leis-assets", "gen-finance", "ch-finance", "lib-assets"),
        "words",
        part="round12",
    ),
    # --- Related service areas -----------------------------------------------------------------
    RequestRow(
        "r12-family-send-youth-clubs",
        "Calder Vale Inclusive Youth Service",
        ("youth-services",),
        3,
        "north-west",
        40,
        LA,
        ("social-value", "digital-it"),
        "We run inclusive youth clubs, a Saturday club and a youth forum for young people with "
        "special educational needs and disabilities. Our sessions are written into many young "
        "people's education, health and care plans, and the council's SEND team wants us to report "
        "progress for each young person at their annual review. Our records are on paper and in a "
        "shared spreadsheet on the council's network, which we lose access to when we leave.",
        "Set up a case recording system that SEND colleagues can trust, and show families and "
        "commissioners what changes for each young person.",
        ("cs-send",),
        ("youth-sv", "asc-day", "gen-digital", "ch-digital"),
        "family",
        part="round12",
    ),
    RequestRow(
        "r12-family-safe-and-well-health-checks",
        "Tarnbrook Safe and Well Service",
        ("fire-rescue",),
        2,
        "north-east",
        48,
        LA,
        ("commissioning",),
        "Our community safety advocates visit about 9,000 homes a year for the fire service. The "
        "council's public health team wants to pay us to do more on each visit: NHS Health Checks "
        "and blood pressure checks for people who never see a GP, stop smoking advice and "
        "referrals, and alcohol screening. Public health tenders its contracts every few years "
        "against health providers, and the fire authority will not keep employing us once we are "
        "independent unless that money is secure.",
        "Win public health contracts for health checks and stop smoking work, and price them so "
        "they pay their way alongside the fire service's own visits.",
        ("ph-lifestyle",),
        ("fire-safety", "ph-sv", "ch-contracts", "fire-finance"),
        "family",
        part="round12",
    ),
    RequestRow(
        "r12-family-district-nurses-personal-care",
        "Axholme Community Nursing Team",
        ("community-health",),
        3,
        "east-midlands",
        120,
        NHS,
        ("bidding-contracts",),
        "We are district nurses and healthcare assistants, and the council has asked us to take on "
        "personal care for people coming home from hospital as well: washing, dressing and "
        "medication calls that no home care agency will cover in our villages. The council would "
        "pay an hourly rate set by its adult social care commissioners, and the CQC says personal "
        "care is a separate regulated activity we would have to add to our registration before we "
        "start.",
        "Agree an hourly rate with the council that covers what the care really costs, and get "
        "registered to provide personal care alongside nursing.",
        ("asc-care", "asc-reable"),
        ("ch-contracts", "ch-rtp", "gen-finance"),
        "family",
        part="round12",
        preferred_format="in_person",
    ),
    RequestRow(
        "r12-family-library-tender",
        "Hollowell Libraries and Information Trust",
        ("libraries-culture",),
        4,
        "london",
        150,
        LA,
        ("bidding-contracts",),
        "We have run the borough's eleven libraries for four years under a contract the council "
        "awarded us directly when we spun out. It must now go to open tender, and a national "
        "leisure operator that already runs libraries alongside its gyms and pools in neighbouring "
        "boroughs has told councillors it can do the job for less. We have never written a "
        "competitive bid, and the tender will be scored on price, quality and social value.",
        "Write a bid that beats a national operator on quality without pricing the service below "
        "what it costs, and keep staff steady through the tender.",
        ("leis-contracts",),
        ("ch-contracts", "ph-lifestyle", "lib-bids", "gen-finance"),
        "family",
        part="round12",
    ),
    # --- Specific vocabulary -------------------------------------------------------------------
    RequestRow(
        "r12-terms-section-41-vat",
        "Lune Valley Community Health Services",
        ("community-health",),
        3,
        "north-west",
        420,
        NHS,
        ("finance-investment", "assets"),
        "Inside the trust we recovered VAT on contracted-out services under section 41 of the VAT "
        "Act, and our finance team has only now realised that a community interest company cannot. "
        "NHS Property Services wants us to sign occupancy agreements for fourteen health centres, "
        "with service charges we have never seen itemised, and we need working capital to pay the "
        "first month's salaries before the ICB's first payment under the NHS standard contract.",
        "Build the VAT cost and the property charges into the business plan, agree occupancy terms "
        "with NHS Property Services, and have enough working capital for day one.",
        ("ch-finance",),
        ("gen-finance", "ch-contracts", "ch-rtp", "mh-finance"),
        "terms",
        part="round12",
    ),
    RequestRow(
        "r12-terms-ndelius-vetting",
        "Wharfedale Accredited Programmes Team",
        ("probation-justice",),
        3,
        "yorkshire-humber",
        46,
        CG,
        ("legal-governance", "digital-it"),
        "We are probation staff who deliver accredited programmes, and we want to run them as an "
        "employee-owned company under contract to HMPPS. To keep working with people on licence we "
        "need access to nDelius and OASys, which means a connection that meets HMPPS security "
        "requirements, a data sharing agreement and every member of staff keeping their security "
        "vetting. HMPPS has also asked how the company's articles would stop any one group of "
        "owners taking control.",
        "Agree the data sharing, IT security and vetting arrangements HMPPS will sign off, and an "
        "ownership structure and articles that satisfy the department.",
        ("prob-gov",),
        ("gen-digital", "ch-digital", "gen-lawyer", "prob-commission", "gen-cg"),
        "terms",
        part="round12",
    ),
    RequestRow(
        "r12-terms-closed-admission",
        "Fosse Schools Catering and Cleaning",
        ("education",),
        3,
        "west-midlands",
        260,
        LA,
        ("pensions",),
        "Our cooks and cleaners are Green Book staff in the LGPS and will transfer under TUPE to "
        "the new company that sells school meals and cleaning to 140 schools. The pension fund "
        "offers a closed admission agreement, so only transferring staff stay in the LGPS and new "
        "starters go into a defined contribution scheme for auto-enrolment, with a bond or a "
        "council guarantee behind the admission. The unions warn of a two-tier workforce, and the "
        "academies among our customers have their own LGPS arrangements that confuse the picture.",
        "Choose between a closed and an open admission agreement with our eyes open, settle the "
        "bond or guarantee, and agree a pension offer for new starters the unions can accept.",
        ("leis-tupe", "gen-pensions"),
        ("ed-pensions", "lib-tupe", "asc-tupe", "hous-tupe"),
        "terms",
        part="round12",
        preferred_format="remote",
    ),
    RequestRow(
        "r12-terms-decarbonisation-lifecycle",
        "Medlock Leisure and Wellbeing Trust",
        ("leisure-sport",),
        4,
        "north-west",
        290,
        LA,
        ("assets", "finance-investment"),
        "Our three pools run on gas boilers from the 1990s, and energy is now our biggest cost "
        "after staff. The council can bid to the Public Sector Decarbonisation Scheme for heat "
        "pumps and solar panels, but as a leisure trust we cannot apply ourselves, and the council "
        "wants the match funding from our lifecycle fund plus a prudential borrowing loan repaid "
        "through our management fee. Our lease says nothing about who owns new plant or who "
        "replaces it when it wears out.",
        "Agree with the council who applies, who owns and maintains the new plant and how the "
        "energy savings are shared, and amend the lease and lifecycle schedule before the bid.",
        ("leis-assets",),
        ("gen-finance", "museum-assets", "lib-assets", "hous-assets"),
        "terms",
        part="round12",
    ),
    # --- Needs a long-established mutual -------------------------------------------------------
    RequestRow(
        "r12-experience-lost-district",
        "Wolverdale Support and Living Services",
        ("adult-social-care",),
        5,
        "east",
        520,
        LA,
        ("hr-change",),
        "We left the council in 2014 and have run its supported living and day services ever "
        "since. This spring the council re-tendered the southern district on its own and a "
        "national provider won it, so seventy of our staff transfer to them in September. The "
        "pension fund says their leaving may trigger a partial cessation payment under our "
        "admission agreement, our back office was sized for the whole county, and the staff who "
        "stay with us are shaken.",
        "Transfer the staff out properly, settle the pension position with the fund and the "
        "council's guarantee, cut our central costs to fit, and keep the rest of the team with us.",
        ("asc-tupe", "gen-pensions"),
        ("lib-tupe", "leis-tupe", "gen-hr", "asc-care"),
        "experience",
        part="round12",
    ),
    RequestRow(
        "r12-experience-commissioner-reopens-deal",
        "Severnvale Fire Training and Engineering",
        ("fire-rescue",),
        5,
        "west-midlands",
        95,
        LA,
        ("business-planning",),
        "We spun out of the county fire authority eleven years ago to run its training centre and "
        "fire engine workshop, on a fifteen-year service agreement and a lease of the site. "
        "Governance of the fire service has since passed to the police, fire and crime "
        "commissioner, whose team wants to reopen the agreement four years early: merge our "
        "workshop into the police fleet contract, cut the fee and shorten the lease. The officers "
        "who negotiated our original deal have all retired.",
        "Renegotiate the agreement and the lease from a position of strength, using eleven years "
        "of performance, without losing the fire service as our main customer.",
        ("fire-finance",),
        ("fire-safety", "leis-contracts", "leis-assets", "gen-finance"),
        "experience",
        part="round12",
    ),
    RequestRow(
        "r12-experience-loan-falls-due",
        "Dovecote Community Mental Health CIC",
        ("mental-health",),
        5,
        "east-midlands",
        260,
        NHS,
        ("finance-investment",),
        "When we left the trust in 2015 it lent us 1.2 million pounds of working capital on "
        "interest-only terms, with the whole sum due back next year. We always assumed it would be "
        "rolled over, but the trust's new finance director wants it repaid, our reserves cover "
        "barely a third of it, and the social lender we have approached wants security and "
        "covenants from a business whose main contract has two years left to run.",
        "Agree a realistic repayment or refinancing with the trust and a lender, without putting "
        "our main contract or our services at risk.",
        ("ch-finance", "gen-finance"),
        ("hous-assets", "leis-assets", "museum-assets", "mh-contracts"),
        "experience",
        part="round12",
    ),
    RequestRow(
        "r12-experience-merger-approach",
        "Brindley Skills and Employment",
        ("employment-skills",),
        5,
        "west-midlands",
        130,
        LA,
        ("leadership",),
        "We have been employee-owned for eleven years since leaving the council. A national "
        "employability charity four times our size, which already partners us on two contracts, "
        "has proposed that we join its group as a subsidiary: we would keep our name and our board "
        "for now, but it would appoint most of the directors. Staff members would have to vote to "
        "change our articles, our asset lock limits where our assets can go, and some staff see a "
        "conflict because our chief executive would stay on.",
        "Decide whether joining the group serves our staff and the people we help, understand what "
        "members would give up, and run a fair process whatever we decide.",
        ("gen-lawyer", "ch-engage"),
        ("prob-gov", "asc-gov", "gen-finance", "mh-lead"),
        "experience",
        part="round12",
    ),
    # --- Several requests want the same capacity-1 mentor -------------------------------------
    # museum-assets (capacity 1) is wanted by the two museum and heritage requests;
    # youth-sv (capacity 1) by the two youth requests.
    RequestRow(
        "r12-capacity-gallery-wing",
        "Brockhurst Art Gallery and Museum",
        ("libraries-culture",),
        3,
        "north-west",
        58,
        LA,
        ("assets", "finance-investment"),
        "The council will keep ownership of the gallery building and its collection, and offers "
        "us a thirty-year lease when we become a charitable trust next year. It has promised two "
        "million pounds towards a new learning wing, on condition that we raise another million "
        "ourselves and carry the running costs of the extension. We have never managed a building "
        "project or raised money on that scale.",
        "Agree a lease that fits a capital project, and build a fundraising and business plan for "
        "the new wing that we can actually carry.",
        ("museum-assets",),
        ("lib-assets", "lib-bids", "leis-assets", "gen-finance"),
        "capacity",
        part="round12",
    ),
    RequestRow(
        "r12-capacity-historic-house",
        "Hatherton Hall and Country Park",
        ("libraries-culture",),
        2,
        "east-midlands",
        35,
        LA,
        ("assets", "business-planning"),
        "Our small team runs a listed Georgian house, its collection of furniture and paintings, "
        "and the country park around it for the council. The council wants to hand the whole "
        "estate to a staff-led trust on a long lease, but the roof and the stable block need major "
        "repairs, nobody can say who would insure the collection, and the weddings and cafe that "
        "could pay for it all would have to grow a lot.",
        "Agree who is responsible for repairs and the collection before we sign, and build a "
        "business plan with enough trading income to keep the estate open.",
        ("museum-assets", "lib-assets"),
        ("lib-bids", "leis-assets", "gen-finance", "ed-outdoor"),
        "capacity",
        part="round12",
        preferred_format="in_person",
    ),
    RequestRow(
        "r12-capacity-detached-outcomes",
        "Kingswood Detached Youth Work",
        ("youth-services",),
        3,
        "south-east",
        26,
        LA,
        ("social-value", "commissioning"),
        "Our detached youth workers meet young people on the streets, in parks and at the bus "
        "station, often those no other service reaches. Once we leave, the council will commission "
        "us against an outcomes framework, and its commissioners want numbers on antisocial "
        "behaviour and school exclusions that miss the trust we build over months. The tender will "
        "also give social value a large share of the marks.",
        "Agree outcome measures with the commissioners that reflect real youth work, and evidence "
        "our social value well enough to win the contract.",
        ("youth-sv",),
        ("youth-bids", "youth-founder", "ph-sv", "arts-sv"),
        "capacity",
        part="round12",
    ),
    RequestRow(
        "r12-capacity-late-night-sport",
        "Millbrook Street Sport and Youth Diversion",
        ("youth-services", "leisure-sport"),
        2,
        "west-midlands",
        18,
        LA,
        ("social-value", "bidding-contracts"),
        "We run late-night football, boxing and basketball sessions for young people at risk of "
        "being drawn into crime, paid for by the council's youth budget, the police and crime "
        "commissioner and Sport England. Every funder asks for different evidence, and once we are "
        "independent we will have to show what changes for young people, and what that is worth, "
        "to the council and in bids to the violence reduction unit.",
        "Measure what our sessions change for young people in one way that satisfies all our "
        "funders, and use it to win contracts and grants.",
        ("youth-sv",),
        ("sport-mkt", "youth-bids", "ph-sv", "youth-founder"),
        "capacity",
        part="round12",
    ),
    RequestRow(
        "r13-words-camera-footage",
        "Melton and Rutland CCTV and Alarm Monitoring Centre",
        ("other",),
        3,
        "east-midlands",
        34,
        LA,
        ("assets",),
        "Our operators watch about 450 street cameras around the clock and answer the alarm calls "
        "from council buildings and from staff who work alone. The screens, the recorders, the "
        "radios and the lines out to every camera belong to the council or run over its network, "
        "and the police come in most days to take copies of recordings for their cases. Once we "
        "are our own company, who decides who may watch and keep the recordings, how do we stop "
        "them leaking or being broken into, and what will it cost to replace kit that is already "
        "ten years old?",
        "Plan and cost the move off the council's equipment and network, and set rules for "
        "keeping and handing over recordings that the police and the public can trust.",
        ("gen-digital", "asc-digital"),
        ("ch-digital", "prob-gov", "lib-digital", "cs-send"),
        "words",
        part="round13",
    ),
    RequestRow(
        "r13-words-nobody-can-sell-us",
        "Culm Valley Dial-a-Ride and Community Transport",
        ("other",),
        2,
        "south-west",
        60,
        LA,
        ("employee-engagement",),
        "We drive the council's dial-a-ride buses and the minibuses that take disabled adults to "
        "day centres and children to special schools. The drivers want the new organisation to "
        "belong to them, the passengers' group wants a say too, and the council insists that the "
        "buses it hands over, and any money we make, must never end up in private pockets. Some "
        "drivers ask whether they could cash in their stake when they retire, and a councillor "
        "has warned that a bus company could simply buy us out in a few years.",
        "Choose how to set ourselves up so that drivers and passengers own and steer it, nobody "
        "can ever sell it off, and the council is willing to hand over its buses.",
        ("gen-lawyer", "asc-gov", "prob-gov"),
        ("fire-board", "leis-small", "hous-assets", "ed-outdoor"),
        "words",
        part="round13",
    ),
    RequestRow(
        "r13-words-own-payroll",
        "Longbenton Learning and Development Services",
        ("employment-skills",),
        4,
        "north-east",
        70,
        CG,
        ("leadership",),
        "We are the agency's training team and we leave the civil service in April. Until now a "
        "shared service centre in another city has done everything for us: pay slips, contracts, "
        "sick notes, disciplinaries, checking references and criminal record checks for new "
        "starters. From day one we employ seventy people ourselves, and not one of our managers "
        "has ever run a pay run, written a contract of employment or handled a grievance. We "
        "also cannot decide whether to buy all this back from the department, from a firm, or "
        "do it ourselves.",
        "Have pay, contracts, staff policies and someone who can handle people problems ready "
        "for the first day, at a cost we can afford.",
        ("ed-pensions", "prob-tupe"),
        ("gen-hr", "es-lead", "leis-tupe", "fire-pensions", "asc-tupe"),
        "words",
        part="round13",
    ),
    RequestRow(
        "r13-words-price-per-meeting",
        "Arden Family Group Conferencing Service",
        ("childrens-services",),
        3,
        "west-midlands",
        22,
        LA,
        ("commissioning",),
        "We arrange family meetings where relatives, friends and the social worker agree a plan "
        "to keep a child safely at home. Inside the council our budget only ever showed salaries "
        "and a little for travel; the office, the computers, insurance, the payroll and the "
        "accountants were all paid for from somewhere else. Now the council wants a price per "
        "family from us for next year, two neighbouring councils have asked what we would charge "
        "them, and we have no idea what one meeting really costs or how many we must sell to "
        "stay afloat.",
        "Work out what the service really costs, set prices that cover it with something put "
        "by, and draw up a plan for our first three years that the council will back.",
        ("cs-early-years", "gen-finance"),
        ("cs-contracts", "youth-founder", "fire-finance", "ch-finance"),
        "words",
        part="round13",
    ),
    RequestRow(
        "r13-family-care-experienced-board",
        "Llanelli Children's Rights and Advocacy Service",
        ("childrens-services",),
        2,
        "wales",
        18,
        LA,
        ("legal-governance",),
        "We provide independent advocacy and independent visitors for children in care and care "
        "leavers, and run the council's children in care council. If we become a mutual, the "
        "young people want seats on the board, not just a consultation group, and several of "
        "them are sixteen or seventeen. Children's services would buy our work under a contract, "
        "but the director worries about conflicts when an advocate challenges the council and a "
        "young trustee is also one of our own clients.",
        "Design a board where care-experienced young people hold real power safely, and agree a "
        "contract with children's services that protects our independence.",
        ("youth-lead", "asc-gov"),
        ("cs-contracts", "youth-staff", "gen-lawyer", "cs-social-work"),
        "family",
        part="round13",
        preferred_format="in_person",
    ),
    RequestRow(
        "r13-family-perpetrator-programme",
        "Calderdale Domestic Abuse Perpetrator Programme",
        ("other",),
        3,
        "yorkshire-humber",
        28,
        OTHER,
        ("bidding-contracts",),
        "The police and crime commissioner employs us to run group work with men who have been "
        "abusive to their partners, with support workers for the partners and ex-partners "
        "alongside. Courts and the Probation Service increasingly want to send men to us as part "
        "of a sentence, and the commissioner plans to stop employing us and buy the work through "
        "a framework instead. Sharing information safely with the police, probation officers "
        "and children's social workers is what keeps partners safe, and we have never bid for "
        "anything.",
        "Win contracts from the commissioner and the Probation Service, and set up information "
        "sharing with the police, probation and social care that keeps victims safe.",
        ("prob-commission", "prob-gov"),
        ("ph-substance", "prob-lead", "mh-contracts", "gen-digital"),
        "family",
        part="round13",
    ),
    RequestRow(
        "r13-family-young-peoples-drugs",
        "Somerset Young People's Drug, Alcohol and Sexual Health Team",
        ("public-health",),
        3,
        "south-west",
        21,
        LA,
        ("bidding-contracts",),
        "Our youth workers and nurses help under-25s with drugs, alcohol and sexual health, in "
        "schools, youth clubs and on outreach. Public health pays for us now, but it plans to "
        "fold us into one all-age drug and alcohol contract from 2027, and the large national "
        "charities that run adult treatment services will bid for it. We could bid for a separate "
        "young people's lot, go in as a partner to one of the big bidders, or lose the work "
        "altogether.",
        "Decide whether to bid alone or with a partner, and write a bid that keeps young people's "
        "work distinct inside an all-age drug and alcohol service.",
        ("ph-substance", "youth-bids"),
        ("youth-sv", "mh-contracts", "ch-contracts", "youth-founder"),
        "family",
        part="round13",
    ),
    RequestRow(
        "r13-family-personal-health-budgets",
        "Sefton and Knowsley Personal Health Budgets Support Team",
        ("community-health",),
        2,
        "north-west",
        30,
        NHS,
        ("business-planning",),
        "We are the ICB's personal health budget team: we help people with long-term conditions "
        "and people on NHS continuing healthcare plan how to spend their budgets, recruit their "
        "own personal assistants and run their payroll. The ICB wants a support organisation to "
        "do this instead of employing us, and it is joining up health budgets with the council's "
        "direct payments for people who have both. Over time, more of our income would come from "
        "people choosing to buy our help from their own budgets rather than from a block payment.",
        "Move from one block payment to selling support to people and families with budgets, and "
        "agree how the ICB and the council will jointly pay us.",
        ("asc-day", "asc-reable"),
        ("ch-rtp", "asc-care", "gen-marketing", "ch-contracts"),
        "family",
        part="round13",
    ),
    RequestRow(
        "r13-terms-acv-disposal",
        "Holt and Aylsham Library and Community Hub",
        ("libraries-culture",),
        3,
        "east",
        40,
        LA,
        ("assets", "legal-governance"),
        "The council proposed selling our library building last year, and the Friends group had "
        "it listed as an asset of community value under the Localism Act, so any disposal now "
        "triggers the six-week interim moratorium and, if a community group asks to bid, the "
        "six-month full moratorium. The council would rather grant our new mutual a 125-year "
        "lease at a peppercorn rent under the General Disposal Consent, at less than best "
        "consideration, but the Friends want to bid for the freehold themselves and a developer "
        "has shown interest.",
        "Understand what the community right to bid does and does not give anyone, choose "
        "between a long lease and the freehold, and work with the Friends rather than against "
        "them.",
        ("lib-assets", "ed-outdoor"),
        ("museum-assets", "leis-assets", "gen-lawyer", "hous-assets"),
        "terms",
        part="round13",
    ),
    RequestRow(
        "r13-terms-shared-lives",
        "Wirral Shared Lives Scheme",
        ("adult-social-care",),
        3,
        "north-west",
        16,
        LA,
        ("legal-governance",),
        "We are the council's Shared Lives scheme: 120 self-employed Shared Lives carers who "
        "share their homes with adults with learning disabilities, supported by our small staff "
        "team. As a new organisation the scheme must register with the CQC in its own right, "
        "with a registered manager and our own carer approval panel, and we want Shared Lives "
        "Plus membership and its insurance for carers. Carers outnumber staff seven to one and "
        "say they will only support the move if they are members with a vote.",
        "Register the scheme with the CQC, set up the approval panel, and write rules that give "
        "self-employed carers and staff a fair share of control.",
        ("asc-gov",),
        ("asc-care", "gen-lawyer", "cs-ofsted", "asc-day"),
        "terms",
        part="round13",
    ),
    RequestRow(
        "r13-terms-section-117-housing",
        "Rea Valley Mental Health Supported Housing",
        ("mental-health", "housing"),
        3,
        "west-midlands",
        55,
        NHS,
        ("commissioning",),
        "Most of the people in our supported flats were detained under section 3 or section 37 "
        "of the Mental Health Act, so their aftercare is free under section 117 and split "
        "between the ICB and the council under a local funding policy nobody has revisited in "
        "years. Their rent is paid through housing benefit as exempt accommodation with enhanced "
        "rates for intensive housing management, the council expects licensing under the "
        "Supported Housing (Regulatory Oversight) Act, and the personal care some tenants need "
        "means CQC registration.",
        "Agree who pays for what between the ICB, the council and housing benefit once we leave "
        "the trust, and be ready for licensing and CQC registration.",
        ("hous-homeless", "asc-reable"),
        ("mh-contracts", "asc-care", "ch-contracts", "gen-finance"),
        "terms",
        part="round13",
    ),
    RequestRow(
        "r13-terms-cic-or-cio",
        "Gateshead Youth Arts and Activities",
        ("youth-services",),
        4,
        "north-east",
        32,
        LA,
        ("legal-governance", "finance-investment"),
        "We registered as a CIC limited by guarantee, with an asset lock, and our Youth "
        "Investment Fund and National Lottery grants are fine with that. A social investor "
        "offering a loan for our new youth centre now asks whether we would become a CIC limited "
        "by shares so it can take quasi-equity under the dividend cap, while our trustees-to-be "
        "argue for a charitable incorporated organisation for Gift Aid and rates relief. We did "
        "not realise a CIC cannot be a charity, or that moving to a CIO may mean setting up a new "
        "body and transferring everything across.",
        "Settle on a legal form that works for grants, social investment and staff ownership, "
        "before we sign the loan and the lease on the new centre.",
        ("gen-lawyer", "mh-finance"),
        ("gen-finance", "youth-bids", "youth-founder", "prob-gov"),
        "terms",
        part="round13",
    ),
    RequestRow(
        "r13-experience-icb-merger",
        "Arun and Adur Community Health CIC",
        ("community-health",),
        5,
        "south-east",
        540,
        NHS,
        ("commissioning",),
        "We left the NHS in 2016 and our community nursing and therapies contract has passed "
        "from the CCG to the ICB. Now our ICB is merging with its neighbour and cutting half its "
        "running costs: the commissioners who knew us have taken voluntary redundancy, our "
        "contract has to move to the new body, and it says it will review every community "
        "contract to line them up with the neighbouring trust's. We have never had to win over "
        "a commissioner from scratch, and a contract review could easily turn into a "
        "procurement.",
        "Come through the merger with our contract intact, build relationships with the new "
        "commissioners, and be ready if the review turns into a procurement.",
        ("ch-contracts", "ch-rtp"),
        ("ch-finance", "mh-contracts", "asc-reable", "ch-engage"),
        "experience",
        part="round13",
    ),
    RequestRow(
        "r13-experience-lost-hub-lead",
        "Derwent and Amber Music Service",
        ("education", "libraries-culture"),
        5,
        "east-midlands",
        95,
        LA,
        ("hr-change",),
        "We left the county council in 2014 and for ten years were the lead organisation for the "
        "county's music hub. When Arts Council England redrew the hub areas, the lead role for "
        "the new, larger area went to a neighbouring county's music trust, and we are now one of "
        "its delivery partners on a third less money. For the first time since we spun out we "
        "are proposing compulsory redundancies among instrumental teachers who are also members "
        "of the co-operative, some in the Teachers' Pension Scheme.",
        "Rebuild our income around schools and families as a delivery partner, and handle the "
        "first redundancies fairly without breaking the co-operative.",
        ("ed-music",),
        ("ed-school", "ed-pensions", "gen-hr", "es-careers"),
        "experience",
        part="round13",
    ),
    RequestRow(
        "r13-experience-board-renewal",
        "Tees Valley Supported Living Co-operative",
        ("adult-social-care",),
        5,
        "north-east",
        340,
        LA,
        ("legal-governance",),
        "We spun out of the council in 2014, and our founding chair and three of the original "
        "staff directors are still on the board twelve years later. Our rules set no term limits. "
        "The ICB's due diligence for a large new contract flagged board renewal as a risk, a "
        "group of staff members has asked for contested elections, and the founders feel the "
        "organisation is theirs. We need fresh people and skills without losing the history and "
        "the values that got us through the early years.",
        "Bring in term limits, a fair election process and new skills to the board, and help "
        "the founders step back with dignity.",
        ("asc-gov", "gen-lawyer"),
        ("ch-engage", "prob-gov", "hous-assets", "mh-lead"),
        "experience",
        part="round13",
    ),
    RequestRow(
        "r13-experience-rent-covenants",
        "Black Country Tenant and Staff Homes",
        ("housing",),
        5,
        "west-midlands",
        260,
        LA,
        ("finance-investment",),
        "We took over the council's 6,000 homes in a stock transfer nine years ago as a tenant "
        "and employee owned mutual. Our business plan assumed rents would rise every year. "
        "Instead we have had a rent cap, the damp and mould work under Awaab's Law and the new "
        "Decent Homes Standard have doubled our repairs budget, and our lenders' interest cover "
        "covenant will be breached next year on current forecasts. Tenants on the board do not "
        "want rents pushed to the maximum, and some staff fear selling homes is next.",
        "Renegotiate with our lenders before a breach, rebuild the thirty-year plan, and keep "
        "tenants and staff behind the hard choices.",
        ("hous-assets", "gen-finance"),
        ("hous-tupe", "leis-assets", "ch-finance", "museum-assets"),
        "experience",
        part="round13",
    ),
    # --- Several requests want the same capacity-1 mentor -------------------------------------
    # ph-lifestyle (capacity 1) is wanted by the two public health requests; arts-sv
    # (capacity 1) by the two creative health requests; ph-sv (capacity 1) is second choice
    # for all four.
    RequestRow(
        "r13-capacity-stop-smoking-tender",
        "Westcombe Stop Smoking and Healthy Weight Service",
        ("public-health",),
        3,
        "south-west",
        45,
        LA,
        ("bidding-contracts", "commissioning"),
        "Our advisers run the council's stop smoking service, including the swap to stop vape "
        "scheme, and its adult weight management groups. When we leave, public health will give "
        "us a two-year contract and then tender both services, probably paying a fee for each "
        "person who quits at four weeks and each who loses five per cent of their weight. We "
        "have never priced a service by results or written a tender.",
        "Price stop smoking and weight management by results without losing money, and be ready "
        "to win the tender in two years' time.",
        ("ph-lifestyle",),
        ("ph-sv", "ch-contracts", "mh-contracts", "leis-contracts"),
        "capacity",
        part="round13",
    ),
    RequestRow(
        "r13-capacity-health-checks-outreach",
        "Brixton and Peckham Heart Health Outreach",
        ("public-health", "community-health"),
        2,
        "london",
        26,
        NHS,
        ("commissioning",),
        "Our nurses and health trainers do NHS Health Checks and blood pressure checks in "
        "mosques, barbers, markets and food banks for people who never see their GP. We are "
        "employed by the community trust, but the council's public health team pays for the "
        "Health Checks and the ICB pays for the blood pressure work, each under a different "
        "arrangement that ends in 2027. Both say they would rather commission an independent "
        "organisation than keep the trust in the middle.",
        "Understand how public health and the ICB would each commission us, and build a service "
        "both are happy to pay for.",
        ("ph-lifestyle",),
        ("ph-sv", "ch-contracts", "asc-reable", "sport-mkt"),
        "capacity",
        part="round13",
    ),
    RequestRow(
        "r13-capacity-arts-on-prescription",
        "Ribble Creative Health",
        ("libraries-culture", "public-health"),
        3,
        "north-west",
        14,
        LA,
        ("social-value", "marketing"),
        "Link workers and GPs refer people with anxiety, loneliness or long-term pain to our "
        "ten-week courses in painting, singing and creative writing, run by the council's arts "
        "team. Once we are independent we will depend on the primary care networks, the ICB and "
        "Arts Council England, and each asks for different evidence that people are better off. "
        "Few people outside the GP surgeries even know we exist.",
        "Measure what our courses change for people in a way health funders and the Arts "
        "Council both accept, and make ourselves known to referrers and the public.",
        ("arts-sv",),
        ("ph-sv", "sport-mkt", "ed-music", "gen-marketing"),
        "capacity",
        part="round13",
    ),
    RequestRow(
        "r13-capacity-library-wellbeing",
        "Fife Libraries Reading and Wellbeing Service",
        ("libraries-culture",),
        4,
        "scotland",
        120,
        LA,
        ("social-value",),
        "Alongside lending, our libraries run books on prescription, reading groups for people "
        "with depression, singing for people with dementia and creative writing for carers, "
        "partly paid for by the health and social care partnership. Our new trust starts in "
        "August, the partnership will only keep funding the wellbeing work if we can show what "
        "it does for people's health, and we want GPs and community link workers to refer to us "
        "as readily as they do to the arts centres.",
        "Show the health and social value of library wellbeing work to the partnership and "
        "funders, and promote it to referrers and the public.",
        ("arts-sv", "ph-sv"),
        ("lib-digital", "gen-marketing", "sport-mkt", "lib-bids"),
        "capacity",
        part="round13",
    ),
    # --- Round 14, written blind (1 December 2026) ------------------------------------------------
    RequestRow(
        "r14-words-trade-waste-bills",
        "Batley and Birstall Commercial Waste and Recycling",
        ("other",),
        3,
        "yorkshire-humber",
        62,
        LA,
        ("marketing",),
        "Our crews collect rubbish and recycling from about 2,400 shops, pubs, churches and small "
        "businesses who pay the council for it. The council has never added tax to those bills, "
        "but the accountant helping with our business plan says that once we are a company we will "
        "have to add a fifth to every invoice, and the corner shops and charities that cannot "
        "claim it back will simply switch to the private firm down the road. She also thinks we "
        "might get back the tax on new lorries and bins, which nobody here understands.",
        "Find out what tax we must charge and what we can reclaim, price our collections so that "
        "we keep our customers, and build the answer into a business plan the council will accept.",
        ("gen-finance", "ch-finance"),
        ("fire-finance", "hous-repairs", "gen-marketing", "museum-assets"),
        "words",
        part="round14",
    ),
    RequestRow(
        "r14-words-hot-lunches",
        "Halesowen Community Meals and Lunch Clubs",
        ("adult-social-care",),
        3,
        "west-midlands",
        38,
        LA,
        ("marketing",),
        "Our drivers take a hot lunch to about 600 older people every weekday, and we run six "
        "lunch clubs in church halls. For many people the driver is the only visitor they see all "
        "day, and drivers often notice that someone has had a fall, stopped eating or become "
        "confused, and ring the family or the surgery. The council's commissioners say that after "
        "we leave they will pay for the difference we make to people's health and independence "
        "rather than for the number of meals, and the hospital discharge team is interested too, "
        "but none of what drivers see has ever been written down.",
        "Decide what drivers and club staff should record, turn it into evidence that "
        "commissioners and the NHS will believe, and use it to agree a contract that pays for more "
        "than food.",
        ("asc-reable", "ph-sv"),
        ("youth-sv", "arts-sv", "sport-mkt", "gen-marketing"),
        "words",
        part="round14",
    ),
    RequestRow(
        "r14-words-three-pay-scales",
        "Rossendale Highways and Winter Service",
        ("other",),
        3,
        "north-west",
        115,
        LA,
        ("business-planning",),
        "Our gritter drivers, road gangs and street lighting electricians came together when two "
        "councils merged their highways teams, so we still have three pay scales, two sets of "
        "overtime rules and standby payments that differ from depot to depot. The union branch has "
        "told its members to vote against the spin-out unless nobody is ever worse off, and the "
        "managers who would run the new company have never negotiated with a full-time union "
        "official. Rumours about losing overtime are already going round the mess rooms.",
        "Run a consultation that staff and the union trust, and agree how to bring everyone onto "
        "one fair set of pay and conditions without a dispute before the gritting season.",
        ("leis-tupe", "gen-hr", "prob-tupe"),
        ("fire-pensions", "youth-staff", "asc-tupe", "hous-tupe"),
        "words",
        part="round14",
    ),
    RequestRow(
        "r14-words-list-of-providers",
        "Dearne Valley Edge of Care and Family Support Team",
        ("childrens-services",),
        3,
        "yorkshire-humber",
        44,
        LA,
        ("leadership",),
        "Our family support workers work with teenagers at risk of coming into care and with their "
        "parents, often in the evenings when things boil over. The council does not intend to give "
        "the new mutual a contract of its own: it will put us on a list of approved providers "
        "alongside a dozen charities and private firms, and social workers will choose who each "
        "family is sent to. We would be paid only for the families referred to us, at a weekly "
        "rate the council sets, and we cannot see how to get picked or how to keep paying staff in "
        "a quiet month.",
        "Understand how the council will buy family support through its list, get onto it with a "
        "strong application, and agree rates and terms that let us plan staffing more than a month "
        "ahead.",
        ("cs-contracts",),
        ("prob-commission", "asc-care", "mh-contracts", "youth-bids", "cs-early-years"),
        "words",
        part="round14",
    ),
    # --- Related service areas --------------------------------------------------------------------
    RequestRow(
        "r14-family-arson-on-licence",
        "Thanet and Swale Firesetter Intervention Team",
        ("fire-rescue",),
        4,
        "south-east",
        24,
        LA,
        ("bidding-contracts",),
        "We are fire service staff who work one to one with people who deliberately set fires. The "
        "work began with children referred by schools, but most of our cases are now adults sent "
        "by probation officers as part of a community order or while on licence after an arson "
        "conviction. The Probation Service wants to buy this from us through its dynamic framework "
        "once we are independent, and its questions are about risk assessment, safeguarding, "
        "reoffending measures and sharing information on people we both supervise, none of which a "
        "fire authority has ever asked us to put on paper.",
        "Get onto the Probation Service's framework and win our first call-off, and set up safe "
        "information sharing with probation practitioners about the people we work with.",
        ("prob-commission", "prob-gov"),
        ("ph-substance", "fire-safety", "prob-lead", "mh-contracts"),
        "family",
        part="round14",
    ),
    RequestRow(
        "r14-family-suicide-prevention",
        "Hexham and Tynedale Suicide Prevention and Bereavement Support",
        ("public-health",),
        2,
        "north-east",
        19,
        LA,
        ("commissioning",),
        "Our small team sits in the council's public health department: we train people in suicide "
        "awareness, support families bereaved by suicide and run two evening crisis cafes staffed "
        "by peer workers. The public health grant pays for half of it, and the ICB's community "
        "mental health money pays for the cafes through an alliance of voluntary groups that we "
        "would have to join as an independent organisation. Our staff carry a great deal of "
        "trauma, and we worry about losing the council's occupational health service and clinical "
        "supervision when we leave.",
        "Understand how the ICB's mental health alliance and public health would each fund us, and "
        "build proper support for staff who deal with suicide every week into the new "
        "organisation.",
        ("mh-contracts", "mh-lead"),
        ("prob-lead", "hous-homeless", "ph-sv", "asc-reable"),
        "family",
        part="round14",
        preferred_format="remote",
    ),
    RequestRow(
        "r14-family-alternative-provision",
        "Blyth Valley Youth Alternative Provision",
        ("youth-services",),
        3,
        "north-east",
        27,
        LA,
        ("business-planning",),
        "Our youth workers run a small centre for fourteen to sixteen year olds who have been "
        "excluded or have stopped going to school, with English and maths in the mornings and "
        "motor vehicle and catering workshops in the afternoons. Schools, academy trusts and the "
        "council's inclusion team pay for places term by term, and a third of our young people "
        "have an education, health and care plan. If we take more of them full time we may have to "
        "register as an independent school, and after the spin-out it is head teachers who will "
        "decide whether to keep buying places from us.",
        "Build a plan around selling places to schools and academy trusts, decide whether to "
        "register as a school, and report each young person's progress in a form SEND caseworkers "
        "accept.",
        ("ed-school", "cs-send"),
        ("es-careers", "ed-outdoor", "cs-ofsted", "youth-founder"),
        "family",
        part="round14",
    ),
    RequestRow(
        "r14-family-sexual-health-clinics",
        "Waveney Integrated Sexual Health Service",
        ("community-health",),
        3,
        "east",
        85,
        NHS,
        ("bidding-contracts",),
        "Our nurses and doctors run the sexual health clinics, contraception and HIV prevention "
        "for the county, employed by the community trust. The service is paid for by the council's "
        "public health team rather than the NHS, and it re-commissions it every five years; this "
        "time it will not simply renew with the trust, and two national sexual health providers "
        "have already met the commissioners. Public health cares about things our NHS managers "
        "never measured, such as how quickly young people get an appointment and how many people "
        "test for HIV without coming into a clinic.",
        "Learn how council public health teams choose and score sexual health providers, and bid "
        "as a staff-owned provider that beats the national firms on access and outcomes.",
        ("ph-lifestyle", "ch-contracts"),
        ("ph-substance", "mh-contracts", "ph-sv"),
        "family",
        part="round14",
    ),
    # --- Specific vocabulary ----------------------------------------------------------------------
    RequestRow(
        "r14-terms-subsidy-control",
        "Lockwood Safety Education Centre",
        ("fire-rescue",),
        2,
        "east-midlands",
        16,
        LA,
        ("assets", "legal-governance"),
        "Children from every primary school in the county visit our safety village, a mock street "
        "inside a fire station where fire, police and road safety staff teach them what to do in "
        "an emergency. The fire authority will give our new charity a 25-year lease at a "
        "peppercorn rent, a start-up grant and two years of free maintenance, and its monitoring "
        "officer says the package is a subsidy under the Subsidy Control Act 2022. Unless it fits "
        "within the minimal financial assistance threshold or counts as a service of public "
        "economic interest, the authority must assess it against the subsidy control principles "
        "and publish it on the transparency database.",
        "Structure the lease and the grant so that the fire authority can lawfully give them, and "
        "make sure nothing in the package could later be clawed back from us.",
        ("gen-lawyer", "fire-finance"),
        ("gen-finance", "leis-assets", "lib-assets", "ed-outdoor"),
        "terms",
        part="round14",
    ),
    RequestRow(
        "r14-terms-de-delegation",
        "Tameside Traveller and Ethnic Minority Achievement Service",
        ("education",),
        3,
        "north-west",
        33,
        LA,
        ("commissioning",),
        "We support Gypsy, Roma and Traveller pupils and children new to English in 90 schools. "
        "For maintained schools our budget is de-delegated: every January the Schools Forum votes "
        "on whether to keep top-slicing their Dedicated Schools Grant to pay for us, and last year "
        "it came within one vote of stopping. Academies buy us back through service level "
        "agreements, and some casework is paid from the high needs block. Once we leave the "
        "council we do not know whether de-delegated money can still reach an external provider, "
        "or how to price an SLA that academy trusts will sign.",
        "Understand how de-delegation, the high needs block and academy SLAs can fund an "
        "independent provider, and build a traded offer that does not hang on a single Schools "
        "Forum vote.",
        ("ed-school",),
        ("cs-send", "es-careers", "ed-music", "ed-pensions"),
        "terms",
        part="round14",
    ),
    RequestRow(
        "r14-terms-tenant-management",
        "Ladywood Tenant and Staff Management Co-operative",
        ("housing",),
        3,
        "west-midlands",
        48,
        LA,
        ("legal-governance",),
        "Tenants on three estates have served notice under the Right to Manage Regulations, and "
        "the council's estate officers and caretakers want to transfer into the tenant management "
        "organisation with them rather than be redeployed. Before we can take over, tenants must "
        "vote in a ballot, we need a management agreement based on the Modular Management "
        "Agreement, and the council needs the Secretary of State's consent under section 27 of the "
        "Housing Act 1985. The council stays the landlord, so the repairs budget and the "
        "management allowances it pays us all have to be negotiated, and staff want to know "
        "whether they keep the LGPS.",
        "Get the ballot, the management agreement and the section 27 consent right first time, and "
        "design a co-operative in which tenants and staff share control.",
        ("hous-tupe", "hous-assets"),
        ("gen-lawyer", "asc-gov", "hous-repairs", "lib-tupe"),
        "terms",
        part="round14",
    ),
    RequestRow(
        "r14-terms-cultural-exemption",
        "Ludlow and Clun Museums Service",
        ("libraries-culture",),
        4,
        "west-midlands",
        42,
        LA,
        ("finance-investment",),
        "While we are part of the council it recovers all the VAT on our costs under section 33 of "
        "the VAT Act, which our new charitable trust will not be able to do. Our advisers say "
        "admission charges could fall under the cultural exemption, which would reduce the VAT we "
        "can reclaim on building works, and that we could claim Museums and Galleries Exhibition "
        "Tax Relief on our touring exhibitions. We also want 80 per cent mandatory rate relief on "
        "the three museums and Gift Aid on admissions through an annual pass, while the shop and "
        "cafe would have to sit in a trading subsidiary.",
        "Model the VAT and each relief properly before we settle our structure, and set up the "
        "charity and its trading company so that neither HMRC nor the council springs a surprise "
        "on us in year one.",
        ("museum-assets", "gen-finance"),
        ("ch-finance", "gen-lawyer", "lib-bids", "ed-music"),
        "terms",
        part="round14",
    ),
    # --- Needs a long-established mutual ----------------------------------------------------------
    RequestRow(
        "r14-experience-county-split",
        "Wealdmoor Day and Supported Living Services",
        ("adult-social-care",),
        5,
        "east",
        430,
        LA,
        ("commissioning",),
        "We left the county council in 2013 and run day services, supported living and respite "
        "across the whole county. Under local government reorganisation the county will be "
        "abolished in 2028 and replaced by two unitary councils, each with its own adult social "
        "care commissioners and budget. Our contract will pass to whichever successor the "
        "government's order names, or be split between them, our pension admission agreement will "
        "need a new guarantor, and families in the south fear losing the day centre in the north "
        "that their relatives have always gone to.",
        "Keep one service for people across both new councils, get the contract and the pension "
        "guarantee transferred cleanly, and win the trust of two new sets of commissioners.",
        ("ch-rtp", "asc-reable"),
        ("ch-contracts", "asc-tupe", "asc-care", "gen-lawyer"),
        "experience",
        part="round14",
    ),
    RequestRow(
        "r14-experience-extension-option",
        "Dudley Youth and Play Mutual",
        ("youth-services",),
        5,
        "west-midlands",
        75,
        LA,
        ("bidding-contracts",),
        "We spun out of the council in 2017 on a ten-year contract for youth clubs, detached work "
        "and the youth council, with an option to extend for five more years. The council will "
        "only offer the extension if we accept a twelve per cent cut in the fee and take on young "
        "carers' and care leavers' services that it runs itself today. Its lawyers warn that "
        "changing the contract that much could be challenged as a new award, and our board is "
        "split between accepting a thinner deal and asking for an open tender we might lose.",
        "Negotiate an extension we can deliver without hollowing out the service, and understand "
        "how far the contract can change before it has to go out to tender.",
        ("youth-lead", "youth-sv"),
        ("ch-contracts", "mh-contracts", "youth-founder", "gen-lawyer"),
        "experience",
        part="round14",
    ),
    RequestRow(
        "r14-experience-back-office-ends",
        "Ainsty School Improvement and Governor Services",
        ("education",),
        5,
        "yorkshire-humber",
        110,
        LA,
        ("business-planning",),
        "For eleven years since leaving the council we have bought our payroll, HR advice, finance "
        "system, IT and email back from it under service level agreements renewed every April. The "
        "council has now given all its former services a year's notice that it will stop selling "
        "back-office support, as it moves its own to a national outsourcer. Our pay runs, pension "
        "returns to the LGPS and the Teachers' Pension Scheme, eleven years of school files and "
        "every login sit on council systems, and the people who set up the original agreements "
        "left long ago.",
        "Move to our own payroll, finance and IT within the year, carry our records and pension "
        "returns across without errors, and cost it all into next year's budget.",
        ("ed-pensions", "gen-digital"),
        ("lib-digital", "es-finance", "cs-send", "gen-hr"),
        "experience",
        part="round14",
    ),
    RequestRow(
        "r14-experience-nhs-pension-private-work",
        "Nidderdale Psychological Therapies CIC",
        ("mental-health",),
        5,
        "yorkshire-humber",
        230,
        NHS,
        ("pensions",),
        "We left the mental health trust in 2013, and our therapists stayed in the NHS Pension "
        "Scheme because we deliver NHS-funded services. With ICB budgets falling we now sell "
        "therapy to universities, employers and insurers, and more and more staff split their "
        "weeks between NHS and private work. Our adviser says the private part of their jobs may "
        "not be pensionable in the NHS scheme, we were not funded when the employer rate last "
        "jumped although the trusts were, and a large contract with an insurer could call our NHS "
        "pension access into question altogether.",
        "Keep NHS pension access secure as the private work grows, offer a fair pension for the "
        "non-NHS part of people's jobs, and explain the changes to staff without causing panic.",
        ("mh-pension", "ch-nhs-pension"),
        ("gen-pensions", "ch-finance", "mh-lead", "ch-engage"),
        "experience",
        part="round14",
    ),
    # --- Several requests want the same capacity-1 mentor -----------------------------------------
    # leis-contracts (capacity 1) is wanted by all four leisure and physical activity requests;
    # leis-assets and ph-lifestyle are wanted by three of them each.
    RequestRow(
        "r14-capacity-four-centres-tender",
        "Stort Valley Leisure Trust",
        ("leisure-sport",),
        4,
        "east",
        240,
        LA,
        ("bidding-contracts",),
        "The council gave us a five-year contract for its four leisure centres when we spun out, "
        "and that contract must now be tendered. Two national operators and a trust from the next "
        "county came to the market engagement day, and the council's consultant has hinted that "
        "bidders may offer to pay the council by year five instead of receiving a fee. We cannot "
        "see how anyone gets there without cutting staff pay, junior swimming or the cheap "
        "sessions for older people.",
        "Write a bid that wins on quality and social value, set a management fee we can live with "
        "for ten years, and stop our best staff drifting away while the result is uncertain.",
        ("leis-contracts",),
        ("leis-assets", "ph-lifestyle", "ch-contracts", "gen-finance"),
        "capacity",
        part="round14",
    ),
    RequestRow(
        "r14-capacity-golf-and-pitches",
        "Halewood Parks, Golf and Playing Fields",
        ("leisure-sport",),
        2,
        "north-west",
        55,
        LA,
        ("commissioning", "assets"),
        "We look after the council's two golf courses, its football and cricket pitches and the "
        "cafes in three parks. Once we are a mutual the council wants to let them all as one "
        "concession: we would collect the green fees and pitch bookings, keep any surplus, pay the "
        "council an annual fee and take over the upkeep of the clubhouses and changing rooms. "
        "Rival operators are already asking for our usage figures, and we have no idea how a "
        "concession like this is specified, priced or scored.",
        "Understand how the council will write and score the concession, price it so we can pay "
        "the fee and still repair the buildings, and put in a bid we can win.",
        ("leis-contracts", "leis-assets"),
        ("sport-mkt", "ed-outdoor", "gen-finance", "lib-assets"),
        "capacity",
        part="round14",
    ),
    RequestRow(
        "r14-capacity-small-pools-lots",
        "Preseli Pools and Fitness",
        ("leisure-sport",),
        3,
        "wales",
        40,
        LA,
        ("bidding-contracts", "business-planning"),
        "We run two small pools and a fitness suite in market towns for the county council. It "
        "plans to offer all its leisure sites as a single contract, so our only way to keep the "
        "pools is to bid for everything with a partner, or for a lot of our own if the council "
        "agrees to divide the contract. None of us has ever bid for anything, and officers say a "
        "small bidder will have to show it can survive without the council standing behind it.",
        "Persuade the council to split the contract into lots, decide whether to bid alone or with "
        "a partner, and prepare a bid and business plan that prove we can stand on our own feet.",
        ("leis-contracts",),
        ("leis-small", "leis-assets", "ph-lifestyle", "gen-finance"),
        "capacity",
        part="round14",
        preferred_format="in_person",
    ),
    RequestRow(
        "r14-capacity-active-lives-contract",
        "Stockton Active Lives Team",
        ("leisure-sport", "public-health"),
        3,
        "north-east",
        22,
        LA,
        ("bidding-contracts", "social-value"),
        "Our community sport officers run walking football, buggy walks, chair-based exercise and "
        "holiday activities for children on free school meals. From 2027 public health and the "
        "council's leisure client team want a single physical activity contract, and they expect "
        "the national leisure operators to bid, with community activity tucked in beside running "
        "the leisure centres. We would be by far the smallest bidder and cannot decide whether to "
        "go alone, as a subcontractor or in a consortium.",
        "Choose how to bid against the big leisure operators, and show what our sessions do for "
        "people's health convincingly enough to score well on quality and social value.",
        ("leis-contracts", "ph-lifestyle"),
        ("sport-mkt", "ph-sv", "youth-sv", "youth-bids"),
        "capacity",
        part="round14",
    ),
    # --- Round 15, written blind (1 December 2026) ------------------------------------------------
    RequestRow(
        "r15-words-peers-to-boss",
        "Fenland Resettlement Services",
        ("probation-justice",),
        2,
        "east",
        24,
        CG,
        ("business-planning",),
        "I have managed our resettlement team in the prison for five years as a senior "
        "probation officer, following the Probation Service's policies and ringing my own "
        "manager whenever something went wrong. If we spin out next year I become the chief "
        "executive, answerable to a board, and the people I will be managing were my colleagues "
        "on the wings last month, some of them close friends. I have never set a budget, "
        "challenged a friend about their work, or made a big decision without a policy to point "
        "to.",
        "Learn how to lead people who used to be my peers, understand what a chief executive "
        "actually does from day to day, and build a team that speaks up and takes decisions "
        "rather than waiting to be told.",
        ("prob-lead", "es-lead"),
        ("mh-lead", "ch-engage", "gen-hr"),
        "words",
        part="round15",
    ),
    RequestRow(
        "r15-words-hourly-tutors",
        "Medway Adult and Community Learning",
        ("employment-skills",),
        3,
        "south-east",
        140,
        LA,
        ("finance-investment",),
        "Most of our 140 tutors teach a few evening or daytime classes a week on hourly "
        "contracts, some rolled over every term for fifteen years, and several also teach for "
        "the college down the road. The council's HR team says only people who mainly work for "
        "our service will move across with us, but nobody can tell us whether that includes the "
        "tutor who runs two pottery courses a year. The tutors' union also says their holiday "
        "pay has been worked out wrongly for years, and hardly any of them are in the pension "
        "scheme. What frightens us is what all of this could cost the new organisation.",
        "Work out which tutors come with us and on what terms, settle holiday pay and pensions "
        "for hourly staff before we take on the bill, and keep our tutors teaching and on our "
        "side through the move.",
        ("leis-tupe", "youth-staff"),
        ("gen-hr", "gen-lawyer", "lib-tupe", "asc-tupe"),
        "words",
        part="round15",
    ),
    RequestRow(
        "r15-words-four-watches",
        "Trent Vale Fire Control",
        ("fire-rescue",),
        3,
        "east-midlands",
        48,
        LA,
        ("marketing",),
        "Our control room takes every 999 call for two fire and rescue services. Operators work "
        "two days and two nights on four watches, so one watch hardly ever sees another. Every "
        "meeting about the mutual has been held on a weekday afternoon, so half the staff hear "
        "about it second-hand from whoever was on days, and the story on nights is that "
        "managers are lining themselves up for big salaries. We are about to ask people to "
        "become members of something they have had no part in shaping.",
        "Give every watch a real voice in how the mutual is set up and run, including who "
        "speaks for staff on the board, and win the trust of the night watches before the staff "
        "vote.",
        ("ch-engage", "fire-board"),
        ("youth-staff", "mh-lead", "gen-hr", "prob-lead"),
        "words",
        part="round15",
    ),
    RequestRow(
        "r15-words-farm-and-plots",
        "Sandwell City Farm and Growing Spaces",
        ("other",),
        2,
        "west-midlands",
        14,
        LA,
        ("business-planning",),
        "We run the council's city farm, with its goats, pigs and a classroom barn that about "
        "150 school groups visit each year, and we look after 38 allotment sites. The council "
        "wants the new mutual to take the farm and the allotment land off its hands, but nobody "
        "has said whether we would own the land or just look after it, who pays when a barn "
        "roof or a boundary wall gives way, or what happens to the land if we fold. Plot "
        "holders have heard that the sites will be sold for housing, and the farm's volunteers "
        "are asking who will be responsible if a child is hurt.",
        "Understand the different ways the council could hand over the farm and the sites and "
        "what we would be taking on with each, and agree terms that keep the land in community "
        "use and that we can afford to keep up.",
        ("ed-outdoor", "lib-assets"),
        ("leis-assets", "museum-assets", "gen-lawyer"),
        "words",
        part="round15",
    ),
    # --- Related service areas --------------------------------------------------------------------
    RequestRow(
        "r15-family-prison-to-jobs",
        "Usk Gate Resettlement Team",
        ("probation-justice",),
        3,
        "wales",
        30,
        CG,
        ("bidding-contracts",),
        "We are probation staff in the resettlement team for three prisons in south Wales, "
        "helping people on release find somewhere to live, a bank account and above all a job. "
        "Employers keep telling us they would take people on if someone supported them through "
        "the first months, and the Welsh Government and DWP both fund employment support that "
        "nobody in probation has ever bid for. We want to spin out with employment support for "
        "people with convictions at the heart of what we do, alongside our resettlement work "
        "for HMPPS.",
        "Learn how employment programmes are commissioned and paid for, especially when the "
        "money depends on people staying in work, find a way into those contracts on our own or "
        "in a partnership, and design a service that employers will trust.",
        ("es-adult", "es-lead"),
        ("prob-commission", "es-careers", "prob-lead"),
        "family",
        part="round15",
    ),
    RequestRow(
        "r15-family-leisure-day-opportunities",
        "Calder Active Leisure Trust",
        ("leisure-sport",),
        4,
        "yorkshire-humber",
        180,
        LA,
        ("business-planning", "commissioning"),
        "We spun out of the council three years ago to run its five leisure centres, and every "
        "weekday we host groups of adults with learning disabilities from the council's day "
        "centres for swimming, trampolining and sensory sessions. The council is closing two of "
        "those day centres and has asked whether we could offer day opportunities ourselves: "
        "whole days of activity, lunch and personal support in our buildings. From 2027 it will "
        "stop paying for places in bulk, and people will pay us from their personal budgets and "
        "direct payments, so families will decide where the money goes.",
        "Decide whether a leisure trust can run day opportunities safely and affordably, price "
        "a day and what goes into it, and win the confidence of families and social workers.",
        ("asc-day",),
        ("asc-care", "sport-mkt", "gen-marketing"),
        "family",
        part="round15",
    ),
    RequestRow(
        "r15-family-schools-mental-health",
        "Weald Mental Health Support Teams",
        ("mental-health",),
        2,
        "south-east",
        60,
        NHS,
        ("commissioning",),
        "We are education mental health practitioners and senior therapists in the mental "
        "health trust's support teams for schools, working with anxious and low pupils in 70 "
        "schools and colleges. NHS money covers only the schools we are assigned to, and dozens "
        "of others, mostly academies, ask to buy the same support, but the trust will not sell "
        "to them. If we spin out we want to keep the NHS work and sell an offer to schools as "
        "well, but we have no idea how schools set their budgets, how academy trusts decide "
        "what to buy, or how to show heads that pupils are doing better.",
        "Build an offer that schools and academy trusts will buy year after year, set prices "
        "and service agreements, and measure what changes for pupils in a way that heads, "
        "SENCOs and the ICB all accept.",
        ("ed-school", "cs-send"),
        ("mh-contracts", "es-careers", "youth-sv"),
        "family",
        part="round15",
    ),
    RequestRow(
        "r15-family-early-years-to-hubs",
        "Purbeck and Poole Early Years Team",
        ("education",),
        3,
        "south-west",
        32,
        LA,
        ("business-planning",),
        "We are the council's early years advisers and inclusion officers. We support about 300 "
        "nurseries, pre-schools and childminders with the early years foundation stage, help "
        "settings include children with SEND, and run their training, partly paid for by the "
        "settings themselves. The council now wants the new mutual to take on its six family "
        "hubs and children's centres as well, with the stay and play groups, parenting courses, "
        "outreach workers and midwife clinics that go with them. We know early education, but "
        "not running buildings open to families, family support work or a contract that size.",
        "Plan a business that combines our traded support for settings with running family "
        "hubs, understand how family hubs are funded and judged, and decide whether we can take "
        "them on safely.",
        ("cs-early-years",),
        ("cs-contracts", "ed-school", "cs-send"),
        "family",
        part="round15",
    ),
    # --- Specific vocabulary ----------------------------------------------------------------------
    RequestRow(
        "r15-terms-dynamic-framework",
        "Humber Women's Pathways",
        ("probation-justice",),
        4,
        "yorkshire-humber",
        35,
        CG,
        ("bidding-contracts",),
        "Since we spun out two years ago we have run women's services for the Probation Service "
        "under a grant that ends in March. After that the work will be bought as Commissioned "
        "Rehabilitative Services through the Probation Services Dynamic Framework: we must "
        "first qualify for the framework, then compete in call-off competitions for each "
        "region's lot, and take referrals and report outcomes through the Refer and Monitor "
        "system. We cover two probation delivery units now, but the lot covers the whole "
        "region.",
        "Qualify for the dynamic framework, understand how call-off competitions are scored and "
        "priced, and decide whether to bid for the whole regional lot or as part of a "
        "consortium.",
        ("prob-commission",),
        ("prob-gov", "gen-cg", "ph-substance"),
        "terms",
        part="round15",
    ),
    RequestRow(
        "r15-terms-related-party",
        "Charnwood Schools Support Partnership",
        ("education",),
        4,
        "east-midlands",
        85,
        LA,
        ("legal-governance", "bidding-contracts"),
        "We sell school improvement, governor clerking and HR advice to about 120 schools, over "
        "half of them academies. Until our staff share scheme starts, our four founding "
        "directors are the only members, each with a quarter of the votes, and two of them are "
        "trustees of local academy trusts. Both trusts have paused their orders because every "
        "contract with us is now a related party transaction under the Academy Trust Handbook: "
        "it must be declared to the Department for Education in advance, anything over 40,000 "
        "pounds in a year needs its approval, and the trust must pay no more than cost. Their "
        "finance directors say it is simpler to buy from someone else.",
        "Understand exactly what the related party rules ask of the trusts and of us, decide "
        "whether to change our membership, our board or our pricing, and win back the trusts' "
        "orders without putting them in breach.",
        ("ed-school",),
        ("gen-lawyer", "es-finance", "ed-pensions"),
        "terms",
        part="round15",
    ),
    RequestRow(
        "r15-terms-eot-bonus",
        "Mersey Healthy Lives CIC",
        ("public-health",),
        5,
        "north-west",
        95,
        LA,
        ("legal-governance", "finance-investment"),
        "We left the council's public health team in 2019 as a community interest company "
        "limited by guarantee, with every member of staff a member. Our accountant suggests "
        "moving control into an employee ownership trust, so that we could pay everyone bonuses "
        "of up to 3,600 pounds a year free of income tax. But we have no share capital for a "
        "trust to hold, we are asset-locked, the trust would need a controlling interest and "
        "would have to treat all staff on the same terms, and the rules on who may be a trustee "
        "changed in the last Budget.",
        "Find out whether an employee ownership trust can work for a company limited by "
        "guarantee with an asset lock, what changing would mean for our CIC status and our "
        "contracts, and whether there is a simpler way to share success with staff.",
        ("prob-gov", "gen-lawyer"),
        ("gen-finance", "ch-engage"),
        "terms",
        part="round15",
    ),
    RequestRow(
        "r15-terms-caehrs",
        "Lewisham Works",
        ("employment-skills",),
        3,
        "london",
        45,
        LA,
        ("bidding-contracts",),
        "Our employment advisers help disabled people and people with long-term health "
        "conditions into work for the council. From next year the sub-regional partnership will "
        "buy Connect to Work support, and its officers say they may call it off DWP's "
        "Commercial Agreement for Employment and Health Related Services rather than run an "
        "open tender, which would shut out anyone not already on CAEHRS. Two primes on the "
        "framework want us in their supply chains under the Merlin Standard, and one has "
        "offered a subcontract paid mostly on job outcomes.",
        "Understand CAEHRS and whether we could ever get onto it, compare subcontracting under "
        "Merlin with bidding in a consortium, and protect our staff and our cash flow if we "
        "sign up with a prime.",
        ("es-adult",),
        ("es-lead", "prob-commission", "gen-cg", "es-finance"),
        "terms",
        part="round15",
    ),
    # --- Needs a long-established mutual ----------------------------------------------------------
    RequestRow(
        "r15-experience-last-active-member",
        "Afon Youth Mutual",
        ("youth-services",),
        5,
        "wales",
        70,
        LA,
        ("pensions",),
        "When we left the council in 2013 our youth workers kept the local government pension "
        "through our admission agreement, which was closed to new starters, with the council "
        "guaranteeing us. Everyone who joined since is in a workplace pension, only seven of "
        "the original members are still with us, and the oldest retires in the spring. Our "
        "adviser warns that when the last one leaves, the fund will close our account and run a "
        "final valuation. The fund is now in surplus, so we might be owed an exit credit, but "
        "the council's guarantee may mean the council takes it, and we have also been told "
        "about a deferred debt agreement that would put off the reckoning.",
        "Understand what happens when our last active member leaves, what we could gain or owe, "
        "how the guarantee affects who gets any surplus, and how to plan for it with the fund "
        "and the council.",
        ("gen-pensions", "leis-tupe"),
        ("lib-tupe", "asc-tupe", "hous-tupe"),
        "experience",
        part="round15",
    ),
    RequestRow(
        "r15-experience-equal-pay-claim",
        "Wakefield Facilities Co-operative",
        ("other",),
        5,
        "yorkshire-humber",
        320,
        LA,
        ("hr-change",),
        "We spun out in 2014 with the council's school cleaners, caretakers, catering staff and "
        "grounds crews, and in 2019 moved everyone onto a pay structure of our own. We never "
        "ran a formal job evaluation because the union agreed the grades. Now forty cleaners "
        "and kitchen assistants, almost all women, have lodged equal pay claims against our "
        "caretakers and grounds staff, who kept bonus and standby payments the council gave "
        "them before we left. The claims go back six years, and the council says anything from "
        "before the transfer came across to us as well.",
        "Respond to the claims without losing the trust of either group, work out what we could "
        "really owe, and put in place a pay and grading system we can defend for the next ten "
        "years.",
        ("leis-tupe", "gen-hr"),
        ("lib-tupe", "asc-tupe", "gen-lawyer"),
        "experience",
        part="round15",
    ),
    RequestRow(
        "r15-experience-fire-authority-abolished",
        "Severn Fire and Home Safety Services",
        ("fire-rescue",),
        5,
        "west-midlands",
        90,
        LA,
        ("commissioning",),
        "We left the county fire authority in 2014 to run its home fire safety visits, smoke "
        "alarm fitting and business fire safety training, and we renewed our service agreement "
        "once, in 2024. From next year the mayor's combined authority takes over fire and "
        "rescue, and the fire authority, which holds a special share and two seats on our "
        "board, will be abolished. The mayor's office says our agreement will transfer, but "
        "every inherited contract will be reviewed, and officers have mentioned testing the "
        "market at our next renewal.",
        "Carry our agreement and our articles through the change of governance intact, make our "
        "case to the mayor's team before the review, and get ready for a possible open tender "
        "at the next renewal.",
        ("fire-safety", "fire-finance"),
        ("gen-lawyer", "prob-gov", "ch-contracts"),
        "experience",
        part="round15",
    ),
    RequestRow(
        "r15-experience-second-records-move",
        "Breckland SEND Advice and Portage",
        ("childrens-services", "education"),
        5,
        "east",
        55,
        LA,
        ("digital-it",),
        "We left the council in 2015 to run the SEND information and advice service and portage "
        "home visiting. At spin-out we bought a case management system and moved ten years of "
        "family records into it, and its supplier has now told us it will be switched off in "
        "eighteen months. Everyone who did that first move has since left. When our contract "
        "was renewed last year the council added a duty to hand every record back to it in a "
        "usable form when the contract ends, and it now asks all its providers for Cyber "
        "Essentials Plus.",
        "Choose a new system and move to it without losing records or the trust of families, "
        "meet the council's data and security conditions, and write an exit plan we could "
        "actually carry out.",
        ("cs-send", "gen-digital"),
        ("lib-digital", "es-finance"),
        "experience",
        part="round15",
    ),
    # --- Several requests want the same capacity-1 mentor -----------------------------------------
    # hous-assets (capacity 1) is wanted by all four housing requests; gen-finance is
    # acceptable for all four.
    RequestRow(
        "r15-capacity-negative-value-transfer",
        "Cynon Valley Homes Project",
        ("housing",),
        2,
        "wales",
        140,
        LA,
        ("assets", "finance-investment"),
        "The council owns 3,400 homes in the valley, many of them terraces with damp walls and "
        "old heating, and it cannot afford the work to keep them up to the Welsh Housing "
        "Quality Standard. Councillors want to transfer the homes to a new mutual owned by "
        "tenants and staff, but the stock condition survey makes them worth less than nothing "
        "to a new landlord, so the deal depends on the council's housing debt being written "
        "off, a dowry from the Welsh Government and bank loans with conditions on rents and "
        "interest cover. Tenants must vote in a ballot before any of it can happen.",
        "Understand how a transfer valuation and its funding package are put together, what "
        "lenders will demand of a new landlord, and what tenants need to know before they vote.",
        ("hous-assets",),
        ("gen-finance", "hous-tupe", "gen-lawyer"),
        "capacity",
        part="round15",
    ),
    RequestRow(
        "r15-capacity-buy-temporary-homes",
        "Tottenham Family Housing Team",
        ("housing",),
        3,
        "london",
        30,
        LA,
        ("finance-investment",),
        "We place homeless families in temporary accommodation for the council, and half of "
        "them are in bed and breakfast or nightly-paid flats that cost the council over thirty "
        "million pounds a year. Our plan is for the new mutual to buy 150 former council flats "
        "on the open market with a social investment loan, a council loan and grant from the "
        "Greater London Authority, and let them to families at housing benefit rates. The "
        "lenders want rent to cover interest by a set margin every year, the grant means "
        "registering with the Regulator of Social Housing, and none of us has ever owned so "
        "much as a garage.",
        "Build a purchase and finance model that lenders will accept, understand the loan "
        "conditions and registration, and set up repairs and management so that the flats stay "
        "in good condition.",
        ("hous-assets",),
        ("hous-homeless", "gen-finance", "mh-finance"),
        "capacity",
        part="round15",
    ),
    RequestRow(
        "r15-capacity-sheltered-schemes",
        "Wansbeck Sheltered Housing Services",
        ("housing",),
        4,
        "north-east",
        75,
        LA,
        ("assets",),
        "We spun out two years ago to provide support for older tenants in the council's "
        "fourteen sheltered housing schemes, and the council now proposes to transfer the "
        "buildings themselves to us on 125-year leases. Several lifts are near the end of their "
        "lives, two schemes need new fire doors and compartment walls after their fire risk "
        "assessments, and the service charges the council sets have never covered the costs. We "
        "would take on the repairs, the tenancies and the borrowing, and no one on our board "
        "has ever managed housing.",
        "Decide whether to take the buildings and on what terms, build a thirty-year plan for "
        "maintenance and finance, and set service charges that are fair to tenants and cover "
        "the costs.",
        ("hous-assets",),
        ("lib-assets", "leis-assets", "gen-finance"),
        "capacity",
        part="round15",
    ),
    RequestRow(
        "r15-capacity-garage-sites",
        "Test Valley Community Homes",
        ("housing",),
        1,
        "south-east",
        6,
        LA,
        ("business-planning",),
        "We are the council's small housing development team: four of us have spent ten years "
        "turning old garage sites into a handful of affordable homes at a time. The council can "
        "no longer afford to borrow for the programme, and a councillor has suggested we spin "
        "out as a community-led housing mutual that would take the remaining sites on long "
        "leases, borrow privately, and own and let the homes itself. We have never thought "
        "about how a landlord that owns homes is financed, regulated or run, and we do not know "
        "whether the idea is realistic.",
        "Find out whether a small mutual can own and finance homes, what registration and "
        "lenders' conditions would apply, and what would need to be in place before the council "
        "is asked to agree.",
        ("hous-assets",),
        ("gen-finance", "gen-lawyer", "hous-repairs"),
        "capacity",
        part="round15",
    ),
)
