"""What each API operation is for, written for an integrator: a summary and a description.

Kept apart from the views so the words are read and reviewed together, and applied to the
schema by `describe_operations` (a drf-spectacular hook). A description says what the operation
does, who may call it, which states it needs and what it changes. An operation missing here is
caught by tests/api/test_contract_schema.py.
"""

from __future__ import annotations

from typing import Any

COORDINATORS = "Coordinators only (with two-step sign-in)."

OPERATIONS: dict[str, tuple[str, str]] = {
    # --- sign-in and the caller --------------------------------------------------------------
    "auth_token_create": (
        "Get an API token",
        "Exchanges an e-mail and password (plus `code`, the authenticator app's six digits, "
        "once two-step sign-in is on; coordinators must have it) for a new token. The e-mail "
        "must be verified. Each call issues a new key with an `expiry`; send it as "
        "`Authorization: Token <key>`. Failed attempts are limited per address and account "
        "(429 with `Retry-After`).",
    ),
    "auth_token_destroy": (
        "Revoke this token",
        "Signs out the token sent in the `Authorization` header; other tokens of the account "
        "keep working. Any signed-in caller. Answers 204 with no body.",
    ),
    "auth_tokens_destroy": (
        "Revoke every token of the caller",
        "Signs the caller out everywhere: every API token of the account stops working, this "
        "one included. Answers 204 with no body.",
    ),
    "me_retrieve": (
        "Who am I",
        "The signed-in person: `id`, `email`, `full_name`, `role` (`mentor`, `mentee` or "
        "`coordinator`) and `organisation` (null for coordinators). Any signed-in caller.",
    ),
    "me_destroy": (
        "Close your account",
        "UK GDPR erasure: send your `password`. Your name, e-mail and sign-in details are "
        "erased, every token and session revoked, open introductions withdrawn and live "
        "mentorships ended (the other side is told), and messages you sent the programme lose "
        "your name, address and words; the programme keeps anonymous records. Answers 204.",
    ),
    "me_export": (
        "Everything held about you",
        "UK GDPR access: a JSON document of every record the service holds about the caller.",
    ),
    "taxonomy_retrieve": (
        "The vocabularies",
        "Every slug and label the API uses: sectors, topics, stages (with their number), "
        "regions, parent bodies, legal forms, preferred formats, roles, enquiry kinds, the "
        "statuses of requests, proposals, mentorships, enquiries, match runs, resources and "
        "case studies, and the verbs of a mentorship's `latest_change`. Each list is in the "
        "models' order. Public, no credentials needed; read labels from here rather than "
        "copying them.",
    ),
    # --- organisations -------------------------------------------------------------------------
    "organisations_list": (
        "List organisations",
        "Mentees see their own organisation, coordinators every one. `sectors` come as slugs, "
        "`stage` as a number 1-6, `region` as a slug.",
    ),
    "organisations_create": (
        "Describe an organisation",
        "A mentor or mentee without an organisation describes theirs and becomes its member "
        "(403 if they already belong to one); a coordinator creates one for others. Answers "
        "201 with the organisation.",
    ),
    "organisations_retrieve": (
        "Read an organisation",
        "One organisation: its members and coordinators may read it; anyone else gets 404.",
    ),
    "organisations_partial_update": (
        "Change an organisation's details",
        "Its own members change the fields they send. A change of `stage` is recorded in the "
        "organisation's history (`organisations/{id}/history/`).",
    ),
    "organisations_history_list": (
        "An organisation's journey",
        "Every change of the organisation's stage, newest first: `stage`, `from_stage`, `at` "
        "and the `actor`. Visible to its members and to coordinators.",
    ),
    # --- mentors -------------------------------------------------------------------------------
    "mentors_list": (
        "List mentor profiles",
        "Coordinators see every mentor; a mentor sees their own profile; a mentee sees a "
        "mentor only once that mentor has accepted one of their proposals. `email` and "
        "`phone` are null until a mentorship with the reader exists.",
    ),
    "mentors_create": (
        "Create your mentor profile",
        "A mentor without a profile creates one: `expertise` and `sectors` as slugs, "
        "`capacity` (how many mentorships at once), `accepting`, `remote_ok`, `bio`. Answers "
        "201; 409 `profile_exists` if they already have one. Saving re-scores open requests.",
    ),
    "mentors_retrieve": (
        "Read a mentor profile",
        "One mentor profile, under the same visibility as the list; otherwise 404.",
    ),
    "mentors_partial_update": (
        "Change your mentor profile",
        "The mentor changes the fields they send. Capacity cannot go below the mentorships "
        "and accepted introductions already under way (409 `capacity_below_load`).",
    ),
    "mentors_suggest_expertise": (
        "Suggest expertise from a bio",
        "Reads a bio and answers the topics it points to, best first, for a mentor filling in "
        "their profile. Stores nothing.",
    ),
    # --- requests ------------------------------------------------------------------------------
    "requests_list": (
        "List mentoring requests",
        "Mentees see their organisation's requests, coordinators every one. Filter by "
        "`status`, `stage`, `sector`, `region` and `q` (organisation name); sort with "
        "`ordering` (`waiting` puts the longest-waiting first). `scoring` shows where "
        "matching stands for each.",
    ),
    "requests_create": (
        "File a mentoring request",
        "A mentee whose organisation is described asks for mentoring: `needs` (topic slugs, "
        "at least one), `summary`, `goals`, `preferred_format`. Answers 201 with the request, "
        "`open`, and queues scoring (`scoring` becomes `queued`). 403 for any other role; 409 "
        "if the organisation is not described yet.",
    ),
    "requests_retrieve": (
        "Read a mentoring request",
        "One request, for its organisation's mentees and coordinators. Poll `scoring` "
        "(`queued`, `running`, `succeeded`, `failed`) to follow its matching.",
    ),
    "requests_partial_update": (
        "Change a request",
        "Its organisation's mentees change the fields they send while it is `open` (409 "
        "`invalid_state` after). Saving re-queues scoring.",
    ),
    "requests_withdraw_create": (
        "Withdraw a request",
        "Its organisation's mentees withdraw an `open` request, with an optional `reason`. "
        "Its open introductions are withdrawn and the mentors told. 409 if it is not open.",
    ),
    "requests_suggest_needs": (
        "Suggest needs from a description",
        "Reads a request's summary and goals and answers the topics they point to, best "
        "first, for a mentee filling in the form. Stores nothing.",
    ),
    "requests_resources_list": (
        "Resources for a request",
        "Published resources ranked for the organisation's stage and the request's needs, "
        "each with `why` it fits. The request's mentees and coordinators.",
    ),
    # --- proposals -----------------------------------------------------------------------------
    "proposals_list": (
        "List proposals (introductions)",
        "Coordinators see every scored pair; a mentor sees their own from `approved` on; a "
        "mentee sees their request's from `accepted` on. Filter by `request`, `mentor`, "
        "`status`, `recommended` and the requesting organisation's `sector`, `stage`, "
        "`region`. A suggestion with `stale: true` is being re-scored by a newer run.",
    ),
    "proposals_retrieve": (
        "Read a proposal",
        "One proposal with its `score`, `rank` and `explanation` (each factor's value, weight "
        "and contribution, summing to the score), under the same visibility as the list.",
    ),
    "proposals_approve_create": (
        "Approve a suggestion",
        f"{COORDINATORS} Moves a `suggested` proposal to `approved`, which introduces it to "
        "the mentor. 409 `introduction_in_progress` while another proposal of the same request "
        "is approved or accepted; 409 `invalid_state` from any other status.",
    ),
    "proposals_reject_create": (
        "Reject a suggestion",
        f"{COORDINATORS} Moves a `suggested` proposal to `rejected`; `reason` is required and "
        "teaches the scoring model.",
    ),
    "proposals_accept_create": (
        "Accept an introduction (mentor)",
        "The proposed mentor accepts an `approved` proposal; it becomes `accepted` and the "
        "mentee is told. 409 `mentor_at_capacity` if it would take them past capacity.",
    ),
    "proposals_decline_create": (
        "Decline an introduction",
        "The proposed mentor declines while `approved`, or the request's mentee while "
        "`accepted`; `reason` is required. The proposal becomes `declined`.",
    ),
    "proposals_confirm_create": (
        "Confirm a mentor (mentee)",
        "A mentee of the request confirms an `accepted` proposal: answers 201 with the new "
        "mentorship (`active`); the request becomes `matched` and its other open proposals "
        "are withdrawn. Contact details are shared from now on.",
    ),
    # --- mentorships ---------------------------------------------------------------------------
    "mentorships_list": (
        "List mentorships",
        "Participants see theirs, coordinators all. Each carries both sides' contact details, "
        "meeting and goal counts and `attention` flags. Filter by `status`, `attention`, `q`.",
    ),
    "mentorships_retrieve": (
        "Read a mentorship",
        "One mentorship, for its participants and coordinators.",
    ),
    "mentorships_pause_create": (
        "Pause a mentorship",
        "A participant or coordinator pauses an `active` mentorship; the other side is told.",
    ),
    "mentorships_resume_create": (
        "Resume a mentorship",
        "A participant or coordinator resumes a `paused` mentorship; the other side is told.",
    ),
    "mentorships_complete_create": (
        "Complete a mentorship",
        "A participant or coordinator completes an `active` or `paused` mentorship: it becomes "
        "`completed`, the request `closed`, and both sides are asked for feedback.",
    ),
    "mentorships_end_create": (
        "End a mentorship early",
        "A participant or coordinator ends an `active` or `paused` mentorship with a `reason`: "
        "it becomes `ended` and the request re-opens and is re-scored.",
    ),
    "mentorships_reopen_create": (
        "Re-open a completed mentorship",
        f"{COORDINATORS} Undoes a completion made by mistake, within 14 days of it, with a "
        "`reason` (409 `reopen_window_passed` after).",
    ),
    "mentorships_meetings_list": (
        "List a mentorship's meetings",
        "Newest first, for the participants and coordinators.",
    ),
    "mentorships_meetings_create": (
        "Log a meeting",
        "A participant logs a meeting (`held_on`, `minutes`, `topics`, `notes`) while the "
        "mentorship is `active` or `paused`. Answers 201 with the meeting.",
    ),
    "mentorships_meetings_partial_update": (
        "Change a meeting",
        "Its author changes the fields they send, while the mentorship is live.",
    ),
    "mentorships_meetings_destroy": (
        "Remove a meeting",
        "Its author removes it while the mentorship is live. Answers 204.",
    ),
    "mentorships_goals_list": (
        "List a mentorship's goals",
        "For the participants and coordinators, open goals first; `done` says whether each "
        "is ticked.",
    ),
    "mentorships_goals_create": (
        "Set a goal",
        "A participant adds a goal (`title`, optional `due_on`) while the mentorship is "
        "`active` or `paused`. Answers 201 with the goal.",
    ),
    "mentorships_goals_partial_update": (
        "Tick or change a goal",
        "Either participant ticks a goal (`done`); its author may also change `title` or "
        "`due_on`. Send only the fields to change.",
    ),
    "mentorships_goals_destroy": (
        "Remove a goal",
        "Its author removes it while the mentorship is live. Answers 204.",
    ),
    "mentorships_feedback_list": (
        "Read feedback",
        "Feedback is private: each participant reads their own side's; coordinators read both.",
    ),
    "mentorships_feedback_create": (
        "Leave feedback",
        "Each participant leaves one `rating` (1-5) and an optional `comment` once the "
        "mentorship is `completed` or `ended`. Answers 201; 409 `feedback_given` the second "
        "time.",
    ),
    "mentorships_concern_create": (
        "Raise a concern",
        "A participant tells the programme team about a problem with their mentorship; only "
        "coordinators see it. Answers 201.",
    ),
    "mentorships_resources_list": (
        "Resources for a mentorship",
        "Published resources for the request's needs and the topics of its meetings, for the "
        "participants and coordinators.",
    ),
    # --- matching ------------------------------------------------------------------------------
    "match_runs_list": (
        "List match runs",
        f"{COORDINATORS} Newest first. Besides rounds and request runs, `kind: mentor` runs "
        "(with `mentor`) re-score what one mentor's saved profile change touches.",
    ),
    "match_runs_create": (
        "Start a match run",
        f"{COORDINATORS} `kind: round` scores every open request; `kind: request` with "
        "`request` scores one. Answers 202 with `{id, status}`; poll `match-runs/{id}/`. "
        "A mentor run is queued only by the mentor's own edit, so `kind: mentor` is refused.",
    ),
    "match_runs_retrieve": (
        "Follow a match run",
        f"{COORDINATORS} `status` (`queued`, `running`, `succeeded`, `failed`), `progress` "
        "0-100, `counts` and any `error`. Poll every second or two until it finishes.",
    ),
    "scoring_model_retrieve": (
        "The active scoring model",
        f"{COORDINATORS} Its `version`, factor `weights`, how many decisions it was "
        "`trained_on`, and its `metrics`.",
    ),
    "scoring_model_retrain_create": (
        "Retrain the scoring model",
        f"{COORDINATORS} Queues retraining on the decisions so far. Answers 202 with "
        "`{id, status}`.",
    ),
    # --- programme -----------------------------------------------------------------------------
    "programme_pipeline_retrieve": (
        "The programme pipeline",
        f"{COORDINATORS} Emerging mutuals (stages 1-5 with a mentee) by stage, sector and "
        "region, and each organisation's row. Filters `sector`, `region`, `parent_body`, "
        "`priority`. `format=csv` (or `Accept: text/csv`) answers CSV.",
    ),
    "programme_reports_retrieve": (
        "Programme reports",
        f"{COORDINATORS} Figures for `from`..`to` (default the last 12 months): requests, "
        "matches, days to match, completion, meeting hours, ratings, utilisation, breakdowns "
        "and a monthly series. `format=csv` answers CSV.",
    ),
    # --- guide, resources, case studies --------------------------------------------------------
    "guide_list": (
        "The journey guide",
        "The five stages of becoming a mutual, each with its checklist and resources. Public.",
    ),
    "guide_progress_retrieve": (
        "Your organisation's checklist",
        "A mentee's organisation: which checklist items are done, and the needs they suggest.",
    ),
    "guide_progress_update": (
        "Save your organisation's checklist",
        "A mentee replaces the ticked items of their organisation's checklist.",
    ),
    "resources_list": (
        "The resource library",
        "Published resources for everyone (coordinators also see drafts and archived ones). "
        "Filters `stage`, `topic`, `kind`, `q`.",
    ),
    "resources_create": (
        "Add a resource",
        f"{COORDINATORS} Creates a resource as a draft. Answers 201.",
    ),
    "resources_retrieve": ("Read a resource", "One resource, under the list's visibility."),
    "resources_partial_update": (
        "Change or publish a resource",
        f"{COORDINATORS} Changes the fields sent; `status` publishes, archives or returns it "
        "to draft (409 `resource_incomplete` if it cannot be published yet).",
    ),
    "resources_file_update": (
        "Upload a resource's file",
        f"{COORDINATORS} The one multipart body of the API: `file` replaces the resource's "
        "download.",
    ),
    "resources_useful_create": (
        "Say whether a resource helped",
        'A signed-in person answers "Was this useful?" (`useful`); a second answer replaces '
        "the first.",
    ),
    "case_studies_list": (
        "List case studies",
        "Published case studies for everyone; coordinators and the mentorship's participants "
        "also see drafts about them.",
    ),
    "case_studies_create": ("Draft a case study", f"{COORDINATORS} Answers 201 with the draft."),
    "case_studies_retrieve": ("Read a case study", "One case study, under the list's visibility."),
    "case_studies_partial_update": (
        "Change or publish a case study",
        f"{COORDINATORS} Publishing needs both participants' consent (409 `consent_missing`).",
    ),
    "case_studies_consent_create": (
        "Consent to a case study",
        "A participant of the mentorship it describes gives or withdraws consent (`consent`).",
    ),
    # --- enquiries -----------------------------------------------------------------------------
    "enquiries_list": (
        "The programme's inbox",
        f"{COORDINATORS} Enquiries, newest first; filters `status`, `kind`, `assignee`, `q`.",
    ),
    "enquiries_create": (
        "Send an enquiry",
        "Anyone, signed in or not, writes to the programme team. Answers 201 with `{id, "
        "reference}` and e-mails an acknowledgement quoting the reference. A filled `website` "
        "is refused (400 `spam_suspected`); more than 5 an hour from one address is a 429.",
    ),
    "enquiries_retrieve": ("Read an enquiry", f"{COORDINATORS}"),
    "enquiries_partial_update": (
        "Triage an enquiry",
        f"{COORDINATORS} Changes `status` or `assignee`.",
    ),
    "enquiries_messages_list": (
        "An enquiry's replies and notes",
        f"{COORDINATORS} Replies sent to the enquirer and internal notes, oldest first.",
    ),
    "enquiries_messages_create": (
        "Reply to an enquiry, or add a note",
        f"{COORDINATORS} `body`; `internal: true` keeps it as a note, otherwise it is e-mailed "
        "to the enquirer. Answers 201.",
    ),
    "enquiries_invite_create": (
        "Invite an enquirer to sign up",
        f"{COORDINATORS} Sends the enquirer an invitation to join as a mentor or mentee.",
    ),
}


def describe_operations(
    result: dict[str, Any], generator: Any, request: Any, public: bool
) -> dict[str, Any]:
    """drf-spectacular hook: put each operation's summary and description in the schema."""
    for item in result.get("paths", {}).values():
        for operation in item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            words = OPERATIONS.get(operation["operationId"])
            if words is not None:
                operation["summary"], operation["description"] = words
    return result
