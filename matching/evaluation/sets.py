"""Graded sets as JSON files, so that a set that is not ours runs through the same round.

`evaluate_matching --set FILE` reads one; `--export FILE` writes ours in the same form, which
is the example to copy. The file is one object with two lists:

    {"mentors": [{"key": "fire-pensions", "organisation": "...", "sectors": ["fire-rescue"],
                  "stage": 6, "spun_out_year": 2014, "region": "north-west", "employees": 310,
                  "parent_body": "local_authority", "expertise": ["pensions", "tupe"],
                  "capacity": 1, "bio": "...", "accepting": true, "remote_ok": true}, ...],
     "requests": [{"key": "...", "organisation": "...", "sectors": ["libraries-culture"],
                   "stage": 3, "region": "south-west", "employees": 120,
                   "parent_body": "local_authority", "needs": ["business-planning"],
                   "summary": "...", "goals": "...", "ideal": ["lib-tupe"],
                   "acceptable": ["leis-tupe"], "pattern": "words", "part": "tuning",
                   "preferred_format": "either"}, ...]}

Mentors' `spun_out_year`, `employees`, `accepting` (true) and `remote_ok` (true), and
requests' `employees`, `acceptable` ([]), `pattern` (""), `part` ("set") and
`preferred_format` ("either") may be left out; `region` may be "". Rows that name the same
organisation describe one organisation: they must agree on its stage, sectors, region, size
and parent body, and the round never pairs them. Each graded mentor must be one the round may
show for that request: ahead of it, accepting, with room, from another organisation. Every
error names the row and the field, and nothing is loaded until the whole file is valid.
Sector and topic slugs are checked against the database the set is loaded into
(`check_vocabulary`), since coordinators can add to both.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeGuard, TypeVar

from accounts.models import Organisation, ParentBody, Region, Stage, User
from matching.evaluation.mentors import MentorRow
from matching.evaluation.requests import RequestRow
from matching.models import MentoringRequest, MentorProfile, PreferredFormat

STAGES = tuple(Stage.values)
REGIONS = frozenset(Region.values)
PARENT_BODIES = frozenset(ParentBody.values)
FORMATS = frozenset(PreferredFormat.values)
DEFAULT_PART = "set"
# The results' own keys (runner.evaluate), which a part may not be called.
RESERVED_PARTS = frozenset(
    {"all", "parts", "patterns", "assignment", "second_opinions", "run_status", "mentors"}
)
# The rows' own limits: a key is a user's name, the rest are the models' fields.
KEY_LENGTH = User._meta.get_field("full_name").max_length or 150
ORGANISATION_LENGTH = Organisation._meta.get_field("name").max_length or 200
BIO_LENGTH = MentorProfile._meta.get_field("bio").max_length or 5000
SUMMARY_LENGTH = MentoringRequest._meta.get_field("summary").max_length or 2000
GOALS_LENGTH = MentoringRequest._meta.get_field("goals").max_length or 5000

T = TypeVar("T")


class SetError(ValueError):
    """A graded set that cannot be run; the message names the row and the field."""


@dataclass(frozen=True)
class GradedSet:
    mentors: tuple[MentorRow, ...]
    requests: tuple[RequestRow, ...]

    @property
    def parts(self) -> tuple[str, ...]:
        """The requests' parts, in the order they first appear."""
        return tuple(dict.fromkeys(r.part for r in self.requests))

    @property
    def patterns(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.pattern for r in self.requests if r.pattern))


def eligible(request: RequestRow, mentor: MentorRow) -> bool:
    """Whether a round may show this mentor for this request (what a grade may name)."""
    return (
        mentor.stage > request.stage
        and mentor.accepting
        and mentor.capacity > 0
        and mentor.organisation != request.organisation
    )


class _Row:
    """Reads one JSON object's fields, naming `where` (e.g. "requests[3]") in every error."""

    def __init__(self, where: str, data: object, fields: Collection[str]) -> None:
        if not isinstance(data, dict):
            raise SetError(f"{where}: must be an object")
        unknown = sorted(set(data) - set(fields))
        if unknown:
            raise SetError(f"{where}.{unknown[0]}: unknown field")
        self.where = where
        self.data: dict[str, Any] = data

    def get(self, name: str, kind: Callable[[object], bool], what: str, default: Any = ...) -> Any:
        if name not in self.data:
            if default is ...:
                raise SetError(f"{self.where}.{name}: this field is required")
            return default
        value = self.data[name]
        if not kind(value):
            shown = json.dumps(value)
            shown = shown if len(shown) <= 40 else shown[:37] + "..."
            raise SetError(f"{self.where}.{name}: must be {what}, not {shown}")
        return value

    def text(self, name: str, *, most: int, blank: bool = False, default: Any = ...) -> str:
        value: str = self.get(name, lambda v: isinstance(v, str), "a string", default)
        if not blank and not value.strip():
            raise SetError(f"{self.where}.{name}: may not be blank")
        if len(value) > most:
            raise SetError(f"{self.where}.{name}: may be at most {most} characters")
        return value

    def choice(self, name: str, choices: Iterable[T], default: Any = ...) -> T:
        options = list(choices)
        return self.get(
            name, lambda v: any(type(v) is type(o) and v == o for o in options),
            "one of " + ", ".join(map(json.dumps, options)), default,
        )  # fmt: skip

    def number(self, name: str, *, least: int, default: Any = ...) -> int:
        return self.get(
            name, lambda v: _is_int(v) and v >= least, f"a whole number of at least {least}",
            default,
        )  # fmt: skip

    def optional_number(self, name: str, *, least: int) -> int | None:
        return self.get(
            name, lambda v: v is None or (_is_int(v) and v >= least),
            f"null or a whole number of at least {least}", None,
        )  # fmt: skip

    def flag(self, name: str, default: bool) -> bool:
        return self.get(name, lambda v: isinstance(v, bool), "true or false", default)

    def slugs(self, name: str, *, least: int, default: Any = ...) -> tuple[str, ...]:
        values: list[str] = self.get(
            name, lambda v: isinstance(v, list) and all(isinstance(s, str) for s in v),
            "a list of strings", default,
        )  # fmt: skip
        if len(values) < least:
            raise SetError(f"{self.where}.{name}: needs at least {least}")
        if len(set(values)) != len(values):
            raise SetError(f"{self.where}.{name}: lists the same value twice")
        return tuple(values)


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _organisation(row: _Row) -> dict[str, Any]:
    """The fields every row has: its key, and the organisation it is about (PROFILE)."""
    return {
        "key": row.text("key", most=KEY_LENGTH),
        "organisation": row.text("organisation", most=ORGANISATION_LENGTH),
        "sectors": row.slugs("sectors", least=1),
        "stage": row.choice("stage", STAGES),
        "region": row.choice("region", sorted(REGIONS | {""})),
        "employees": row.optional_number("employees", least=1),
        "parent_body": row.choice("parent_body", sorted(PARENT_BODIES)),
    }


def _mentor(where: str, data: object) -> MentorRow:
    row = _Row(where, data, MentorRow._fields)
    return MentorRow(
        **_organisation(row),
        spun_out_year=row.optional_number("spun_out_year", least=1900),
        expertise=row.slugs("expertise", least=0),
        capacity=row.number("capacity", least=0),
        bio=row.text("bio", most=BIO_LENGTH, blank=True),
        accepting=row.flag("accepting", True),
        remote_ok=row.flag("remote_ok", True),
    )


def _request(where: str, data: object) -> RequestRow:
    row = _Row(where, data, RequestRow._fields)
    return RequestRow(
        **_organisation(row),
        needs=row.slugs("needs", least=0),
        summary=row.text("summary", most=SUMMARY_LENGTH),
        goals=row.text("goals", most=GOALS_LENGTH, blank=True),
        ideal=row.slugs("ideal", least=1),
        acceptable=row.slugs("acceptable", least=0, default=[]),
        pattern=row.text("pattern", most=KEY_LENGTH, blank=True, default=""),
        part=_part(row),
        preferred_format=row.choice("preferred_format", sorted(FORMATS), "either"),
    )


def _part(row: _Row) -> str:
    part = row.text("part", most=KEY_LENGTH, default=DEFAULT_PART)
    if part in RESERVED_PARTS:
        raise SetError(f"{row.where}.part: {json.dumps(part)} is a name the results use")
    return part


def _rows(data: Mapping[str, Any], name: str, read: Callable[[str, object], T]) -> list[T]:
    if name not in data:
        raise SetError(f"{name}: this field is required")
    if not isinstance(data[name], list) or not data[name]:
        raise SetError(f"{name}: must be a list of at least one object")
    return [read(f"{name}[{i}]", item) for i, item in enumerate(data[name])]


def _unique_keys(rows: Iterable[MentorRow | RequestRow], name: str) -> None:
    seen: set[str] = set()
    for i, row in enumerate(rows):
        if row.key in seen:
            raise SetError(f"{name}[{i}].key: {json.dumps(row.key)} is used twice")
        seen.add(row.key)


PROFILE = ("stage", "sectors", "region", "employees", "parent_body")


def _one_profile_per_organisation(
    lists: Iterable[tuple[str, Sequence[MentorRow | RequestRow]]],
) -> None:
    """Rows naming one organisation describe one organisation: they agree on its profile."""
    first: dict[str, tuple[str, MentorRow | RequestRow]] = {}
    for name, rows in lists:
        for i, row in enumerate(rows):
            where, seen = first.setdefault(row.organisation, (f"{name}[{i}]", row))
            for field in PROFILE:
                mine, theirs = getattr(row, field), getattr(seen, field)
                if (set(mine) != set(theirs)) if field == "sectors" else (mine != theirs):
                    raise SetError(
                        f"{name}[{i}].{field}: differs from {where}, which names the same "
                        "organisation"
                    )


def parse_set(data: object) -> GradedSet:
    """A graded set from decoded JSON, or SetError naming the first bad field."""
    if not isinstance(data, dict):
        raise SetError("the file must hold one object with 'mentors' and 'requests'")
    unknown = sorted(set(data) - {"mentors", "requests"})
    if unknown:
        raise SetError(f"{unknown[0]}: unknown field")
    mentors = _rows(data, "mentors", _mentor)
    requests = _rows(data, "requests", _request)
    _unique_keys(mentors, "mentors")
    _unique_keys(requests, "requests")
    _one_profile_per_organisation([("mentors", mentors), ("requests", requests)])
    by_key = {m.key: m for m in mentors}
    for i, request in enumerate(requests):
        for field in ("ideal", "acceptable"):
            for key in getattr(request, field):
                where = f"requests[{i}].{field}"
                if key not in by_key:
                    raise SetError(f"{where}: {json.dumps(key)} is not a mentor in this set")
                if not eligible(request, by_key[key]):
                    raise SetError(
                        f"{where}: {json.dumps(key)} cannot be shown for this request (a "
                        "mentor must be ahead of it, accepting, with room, and from another "
                        "organisation)"
                    )
        both = set(request.ideal) & set(request.acceptable)
        if both:
            raise SetError(
                f"requests[{i}].acceptable: {json.dumps(min(both))} is already graded ideal"
            )
    return GradedSet(mentors=tuple(mentors), requests=tuple(requests))


def read_set(path: str | Path) -> GradedSet:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise SetError(f"cannot read {path}: {error.strerror}") from error
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise SetError(f"{path} is not JSON: {error}") from error
    return parse_set(data)


def check_vocabulary(graded: GradedSet, sectors: Collection[str], topics: Collection[str]) -> None:
    """SetError for the first sector or topic slug the database does not know."""
    for name, rows, fields in (
        ("mentors", graded.mentors, ("sectors", "expertise")),
        ("requests", graded.requests, ("sectors", "needs")),
    ):
        for i, row in enumerate(rows):
            for field in fields:
                known = sectors if field == "sectors" else topics
                for slug in getattr(row, field):
                    if slug not in known:
                        raise SetError(
                            f"{name}[{i}].{field}: {json.dumps(slug)} is not a known "
                            f"{'sector' if field == 'sectors' else 'topic'}"
                        )


def dump_set(graded: GradedSet) -> dict[str, list[dict[str, Any]]]:
    """The set as parse_set reads it (tuples become lists)."""
    return {
        "mentors": [_plain(m._asdict()) for m in graded.mentors],
        "requests": [_plain(r._asdict()) for r in graded.requests],
    }


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    return {k: list(v) if isinstance(v, tuple) else v for k, v in row.items()}
