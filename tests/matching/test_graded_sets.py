"""Another graded set, from a JSON file, runs through the same round as ours (evaluate_matching
--set), and a file that cannot be run says which row and field is wrong before anything loads."""

from __future__ import annotations

import copy
import json
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from accounts.models import Organisation, ParentBody, Region, Sector, Stage
from matching.evaluation.runner import OURS, evaluate
from matching.evaluation.sets import (
    FORMATS,
    PARENT_BODIES,
    REGIONS,
    STAGES,
    SetError,
    check_vocabulary,
    dump_set,
    parse_set,
    read_set,
)
from matching.models import MentorProfile, PreferredFormat, Topic


def _mentor(key: str, organisation: str, sectors: list[str], stage: int, **extra: Any) -> dict:
    return {
        "key": key, "organisation": organisation, "sectors": sectors, "stage": stage,
        "region": "north-west", "parent_body": "local_authority", "expertise": [],
        "capacity": 1, "bio": "", **extra,
    }  # fmt: skip


SMALL: dict[str, list[dict[str, Any]]] = {
    "mentors": [
        _mentor(
            "fire-a", "Northfold Fire Mutual", ["fire-rescue"], 6, expertise=["pensions", "tupe"],
            spun_out_year=2012, bio="HR director. Kept 280 firefighters in the Firefighters' "
            "Pension Scheme when they moved across under TUPE.",
        ),
        _mentor(
            "fire-b", "Northfold Fire Mutual", ["fire-rescue"], 6, expertise=["commissioning"],
            spun_out_year=2012, bio="Prevention lead: how fire authorities commission home "
            "safety visits.",
        ),
        _mentor(
            "museum-m", "Harbour Museums Trust", ["libraries-culture"], 6,
            expertise=["marketing"], bio="Marketing for museums and libraries: visitors, "
            "members and a brand of our own.",
        ),
        # Not ahead of either request: never shown.
        _mentor(
            "youth-y", "Early Youth CIC", ["youth-services"], 2, expertise=["pensions"],
            bio="Youth service in its first year; firefighters' pensions and TUPE.",
        ),
    ],
    "requests": [
        {
            "key": "fire-pensions", "organisation": "Eastvale Fire Service",
            "sectors": ["fire-rescue"], "stage": 3, "region": "north-west",
            "parent_body": "local_authority", "needs": ["pensions"],
            "summary": "Our firefighters want to stay in the Firefighters' Pension Scheme "
            "when they move across.", "goals": "", "ideal": ["fire-a"],
            "acceptable": ["fire-b"], "part": "first", "pattern": "terms",
        },
        {
            "key": "library-visitors", "organisation": "Riverside Library Service",
            "sectors": ["libraries-culture"], "stage": 3, "region": "north-west",
            "parent_body": "local_authority", "needs": ["marketing"],
            "summary": "Nobody knows our libraries exist; we need more visitors and members.",
            "goals": "A brand of our own.", "ideal": ["museum-m"], "part": "second",
            "pattern": "words",
        },
    ],
}  # fmt: skip


def _broken(change: Any) -> dict[str, Any]:
    data = copy.deepcopy(SMALL)
    change(data)
    return data


def test_our_set_survives_its_own_file_format() -> None:
    data = json.loads(json.dumps(dump_set(OURS)))
    assert parse_set(data) == OURS


def test_the_choices_are_the_models() -> None:
    assert set(STAGES) == set(Stage.values)
    assert set(Region.values) == REGIONS
    assert set(ParentBody.values) == PARENT_BODIES
    assert set(PreferredFormat.values) == FORMATS


def test_left_out_fields_take_their_defaults() -> None:
    graded = parse_set(SMALL)
    assert graded.mentors[0].accepting and graded.mentors[0].remote_ok
    assert graded.mentors[2].spun_out_year is None and graded.mentors[2].employees is None
    library = graded.requests[1]
    assert library.acceptable == () and library.preferred_format == "either"
    assert graded.parts == ("first", "second") and graded.patterns == ("terms", "words")
    unparted = _broken(lambda d: [r.pop("part") for r in d["requests"]])
    assert parse_set(unparted).parts == ("set",)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("mentors"), "mentors: this field is required"),
        (lambda d: d.update(requests=[]), "requests: must be a list of at least one object"),
        (lambda d: d.update(extra=1), "extra: unknown field"),
        (lambda d: d["mentors"][1].update(hobby="x"), "mentors[1].hobby: unknown field"),
        (lambda d: d["mentors"][0].pop("bio"), "mentors[0].bio: this field is required"),
        (lambda d: d["mentors"][0].update(stage="six"), "mentors[0].stage: must be one of 1"),
        (lambda d: d["mentors"][0].update(stage=True), "mentors[0].stage: must be one of 1"),
        (lambda d: d["mentors"][0].update(stage=7), "mentors[0].stage: must be one of 1"),
        (lambda d: d["mentors"][2].update(capacity=-1), "mentors[2].capacity: must be a whole"),
        (lambda d: d["mentors"][2].update(capacity=1.5), "mentors[2].capacity: must be a whole"),
        (lambda d: d["mentors"][2].update(region="mars"), "mentors[2].region: must be one of"),
        (lambda d: d["mentors"][2].update(accepting="yes"), "mentors[2].accepting: must be true"),
        (lambda d: d["mentors"][2].update(expertise="pensions"), "mentors[2].expertise: must be"),
        (lambda d: d["mentors"][2].update(sectors=[]), "mentors[2].sectors: needs at least 1"),
        (lambda d: d["mentors"][3].update(key="fire-a"), 'mentors[3].key: "fire-a" is used twice'),
        (lambda d: d["mentors"][1].update(stage=5), "mentors[1].stage: differs from mentors[0]"),
        (lambda d: d["requests"][0].update(summary=" "), "requests[0].summary: may not be blank"),
        (lambda d: d["requests"][0].update(summary="x" * 2001), "requests[0].summary: may be at"),
        (lambda d: d["requests"][0].update(part="all"), 'requests[0].part: "all" is a name'),
        (lambda d: d["requests"][1].update(preferred_format="zoom"), "requests[1].preferred_f"),
        (lambda d: d["requests"][1].update(ideal=[]), "requests[1].ideal: needs at least 1"),
        (lambda d: d["requests"][1].update(ideal=["nobody"]), 'requests[1].ideal: "nobody" is not'),
        (lambda d: d["requests"][1].update(ideal=["youth-y"]), "requests[1].ideal: \"youth-y\" "
         "cannot be shown"),
        (lambda d: d["mentors"][2].update(capacity=0), 'requests[1].ideal: "museum-m" cannot'),
        (lambda d: d["mentors"][2].update(accepting=False), 'requests[1].ideal: "museum-m" can'),
        (lambda d: d["requests"][0].update(acceptable=["fire-a"]), "requests[0].acceptable: "
         '"fire-a" is already graded ideal'),
        (lambda d: d["requests"][1].update(organisation="Harbour Museums Trust"),
         "requests[1].stage: differs from mentors[2]"),
    ],
)  # fmt: skip
def test_a_bad_file_names_the_row_and_field(change: Any, message: str) -> None:
    with pytest.raises(SetError) as raised:
        parse_set(_broken(change))
    assert str(raised.value).startswith(message)


def test_a_file_that_is_not_json_or_not_there_says_so(tmp_path: Path) -> None:
    (tmp_path / "set.json").write_text("{", encoding="utf-8")
    with pytest.raises(SetError, match="is not JSON"):
        read_set(tmp_path / "set.json")
    with pytest.raises(SetError, match="cannot read"):
        read_set(tmp_path / "missing.json")
    with pytest.raises(SetError, match="one object with 'mentors' and 'requests'"):
        parse_set([])


@pytest.mark.django_db
def test_slugs_are_checked_against_the_database() -> None:
    sectors = set(Sector.objects.values_list("slug", flat=True))
    topics = set(Topic.objects.values_list("slug", flat=True))
    check_vocabulary(parse_set(SMALL), sectors, topics)
    bad_topic = parse_set(_broken(lambda d: d["requests"][1].update(needs=["astrology"])))
    with pytest.raises(SetError, match=r'^requests\[1\]\.needs: "astrology" is not a known topic'):
        check_vocabulary(bad_topic, sectors, topics)
    bad_sector = parse_set(_broken(lambda d: d["mentors"][3].update(sectors=["space"])))
    with pytest.raises(SetError, match=r'^mentors\[3\]\.sectors: "space" is not a known sector'):
        check_vocabulary(bad_sector, sectors, topics)
    # evaluate() checks before it loads anything.
    with pytest.raises(SetError):
        evaluate(bad_topic)
    assert not MentorProfile.objects.exists()


@pytest.mark.django_db
def test_another_set_runs_through_a_round_with_its_own_parts_and_patterns() -> None:
    result = evaluate(parse_set(SMALL))
    assert result["run_status"] == "succeeded"
    assert result["parts"] == ["first", "second"] and result["mentors"] == 4
    assert list(result["patterns"]) == ["terms", "words"]
    assert result["second_opinions"] == {}
    for name in ("first", "second", "all"):
        assert result[name]["ineligible_shown"] == 0
        assert result[name]["top1_ideal"] == 1.0
    assert result["all"]["requests"] == 2
    # The two mentors of one mutual share one organisation, as the file names it.
    assert Organisation.objects.filter(name="Northfold Fire Mutual").count() == 1
    # The mentor who is not ahead is never shown, so never a miss's reason either.
    shown = [m for r in (result["first"], result["second"]) for miss in r["misses"]
             for m in miss["shown"]]  # fmt: skip
    assert "youth-y" not in shown


@pytest.mark.django_db(transaction=True)  # the command creates and drops its own database
@pytest.mark.slow
def test_the_command_runs_a_set_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "set.json"
    path.write_text(json.dumps(SMALL), encoding="utf-8")
    table = StringIO()
    call_command("evaluate_matching", "--set", str(path), stdout=table)
    lines = table.getvalue().splitlines()
    assert [line.split()[:2] for line in lines[1:4]] == [["first", "1"], ["second", "1"],
                                                         ["all", "2"]]  # fmt: skip
    assert lines[4] == "by pattern, over all parts:"
    assert [line.split()[:2] for line in lines[5:7]] == [["terms", "1"], ["words", "1"]]
    assert lines[7].startswith("assignment: ") and len(lines) == 8  # no second opinions


def test_the_command_refuses_a_bad_file_before_it_builds_a_database(tmp_path: Path) -> None:
    path = tmp_path / "set.json"
    path.write_text(json.dumps(_broken(lambda d: d["mentors"][0].pop("key"))), encoding="utf-8")
    with pytest.raises(CommandError, match=r"cannot be run: mentors\[0\]\.key: this field is"):
        call_command("evaluate_matching", "--set", str(path))


def test_the_command_exports_our_set_as_the_example(tmp_path: Path) -> None:
    path = tmp_path / "ours.json"
    out = StringIO()
    call_command("evaluate_matching", "--export", str(path), stdout=out)
    assert out.getvalue().startswith(f"wrote {len(OURS.mentors)} mentors and ")
    assert read_set(path) == OURS
