"""schemathesis from outside the process, against a live server, as each role with real ids.

The `schemathesis` command line runs every phase (examples, coverage, fuzzing, stateful links)
with every check, over HTTP, so nothing is shared with the server but the database. Each role
gets its own token and a config file that points path ids at rows that role can really see.
The run must end with no failure; the checks and operations left out are listed below with
the reason for each.
"""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from matching.models import Goal, MatchRun, Meeting, Proposal
from tests.api.conftest import World
from tests.conftest import ROOT, client_for

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

EXAMPLES = 2
# The coverage phase (every boundary of every field) alone took minutes on a shared machine;
# examples, fuzzing and stateful links keep this run near half a minute per role.
PHASES = "examples,fuzzing,stateful"
# Checks left out, each with its reason. Every other check of schemathesis runs.
EXCLUDED_CHECKS: dict[str, str] = {}
# Operations left out (by operation id), each with its reason.
EXCLUDED_OPERATIONS = {
    "auth_token_destroy": "revokes the token the run itself is using",
    "auth_tokens_destroy": "revokes every token of the account the run is using",
    "me_destroy": "erases the account the run is using",
    "auth_token_create": "failed sign-ins lock the role's account out (brute-force guard)",
    "resources_file_update": "the upload's type is checked by its content (PDF, Word, Excel, "
    "OpenDocument), which a schema cannot express, so valid-looking bytes are refused; "
    "tests/resources covers it",
}


# Operations that refuse some schema-valid input by a rule no schema can state: a 400 naming the
# field is the right answer there, so the positive-data check also expects a 400 from them, and
# from nothing else. Each with its rule (tests/api covers every one of them).
BUSINESS_RULES = {
    "case_studies_create": "the mentorship must exist and be completed",
    "case_studies_partial_update": "the mentorship must exist and be completed",
    "match_runs_create": "a round takes no request id; a request's run needs one",
    "organisations_partial_update": "stage 6 (established) only with no request in progress",
    "mentorships_meetings_create": "a meeting is dated between the start and today",
    "mentorships_meetings_partial_update": "a meeting is dated between the start and today",
    "mentorships_goals_create": "a goal is not due before the mentorship started",
    "mentorships_goals_partial_update": "a goal is not due before the mentorship started",
    "programme_reports_retrieve": "a report's last day cannot come before its first",
}
POSITIVE_STATUSES = ["2xx", "3xx", "400", "401", "403", "404", "409", "429", "5xx"]


def _world_ids(world: World) -> dict[str, int]:
    mentorship = world.mentorship()
    meeting = Meeting.objects.create(mentorship=mentorship, held_on="2026-01-05", minutes=30)
    goal = Goal.objects.create(mentorship=mentorship, title="Pick a legal form")
    proposal = world.proposal(Proposal.Status.APPROVED, request=world.other_request)
    run = MatchRun.objects.create(kind=MatchRun.Kind.ROUND, counts={"requests": 1})
    return {
        "requests": world.request.pk,
        "proposals": proposal.pk,
        "mentorships": mentorship.pk,
        "meetings": meeting.pk,
        "goals": goal.pk,
        "organisations": world.request.organisation_id,
        "mentors": world.mentor_profile.pk,
        "match-runs": run.pk,
    }


def _config(ids: dict[str, int], token: str) -> str:
    # Credentials through the schema's own security scheme, so the ignored-auth check can
    # take them away and expect a 401.
    blocks = [f'[auth.openapi.tokenAuth]\napi_key = "Token {token}"\n']
    for collection, pk in ids.items():
        if collection in {"meetings", "goals"}:
            continue
        blocks.append(
            f'[[operations]]\ninclude-path-regex = "^/api/v1/{collection}/\\\\{{id\\\\}}/"\n'
            f'parameters = {{ "path.id" = {pk} }}\n'
        )
    blocks.append(
        '[[operations]]\ninclude-path-regex = "/meetings/\\\\{meeting_id\\\\}/"\n'
        f'parameters = {{ "path.meeting_id" = {ids["meetings"]} }}\n'
    )
    blocks.append(
        '[[operations]]\ninclude-path-regex = "/goals/\\\\{goal_id\\\\}/"\n'
        f'parameters = {{ "path.goal_id" = {ids["goals"]} }}\n'
    )
    statuses = ", ".join(f'"{status}"' for status in POSITIVE_STATUSES)
    for operation in BUSINESS_RULES:
        blocks.append(
            f'[[operations]]\ninclude-operation-id = "{operation}"\n'
            f"checks.positive_data_acceptance.expected-statuses = [{statuses}]\n"
        )
    return "\n".join(blocks)


def _run(live_server: Any, config: Path, schema: Path) -> subprocess.CompletedProcess[str]:
    exclude = [f"--exclude-operation-id={operation}" for operation in EXCLUDED_OPERATIONS]
    command = [
        str(Path(sys.executable).with_name("schemathesis")), "--config-file", str(config),
        "run", str(schema), "--url", live_server.url,
        "--checks", "all", "--phases", PHASES,
        "--max-examples", str(EXAMPLES), "--seed", "7", "--workers", "1",
        "--generation-database", "none", "--suppress-health-check", "all",
        # A shared, loaded machine: a slow answer is not what this test is about.
        "--request-timeout", "120", "--max-response-time", "120", "--no-color",
        *exclude,
    ]  # fmt: skip
    if EXCLUDED_CHECKS:
        command += ["--exclude-checks", ",".join(EXCLUDED_CHECKS)]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)


@pytest.mark.parametrize("role", ["coordinator", "mentee", "mentor"])
def test_schemathesis_finds_nothing_from_outside(
    live_server: Any, world: World, role: str, tmp_path: Path
) -> None:
    client: Any = client_for(world.user(role))
    token = client._credentials["HTTP_AUTHORIZATION"].removeprefix("Token ")
    config = tmp_path / "schemathesis.toml"
    config.write_text(_config(_world_ids(world), token))
    # The schema is fetched once here: generating it can take longer than schemathesis waits.
    schema = tmp_path / "schema.json"
    with urllib.request.urlopen(f"{live_server.url}/api/schema/?format=json", timeout=120) as r:
        schema.write_bytes(r.read())
    operation_ids = {
        operation.get("operationId")
        for item in json.loads(schema.read_text())["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict)
    }
    assert set(BUSINESS_RULES) <= operation_ids, set(BUSINESS_RULES) - operation_ids
    result = _run(live_server, config, schema)
    output = result.stdout + result.stderr
    (ROOT / "var" / f"schemathesis-{role}.txt").write_text(output)
    summary = output[output.rfind("Test cases:") :][:300]
    print(f"\nschemathesis as {role}: {summary}")
    failures = output[output.find("FAILURES") : output.find("SUMMARY")]
    assert result.returncode == 0, failures[:12000] or output[-6000:]
    assert "failures" not in summary, summary
