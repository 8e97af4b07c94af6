"""`manage.py evaluate_matching [--json] [--misses] [--set FILE | --export FILE]`: match quality
on our graded evaluation set, or on another one.

It builds a throwaway database (created and dropped here), loads the evaluation's mentors and
requests into it as ordinary rows, runs a round through the services, and prints nDCG@5,
rank 1 ideal and "every ideal mentor in the top 5" for each part, for all requests and for each
pattern, then the same figures for two other coordinators' rankings of 60 of the requests
beside the engine's (how close a person comes: see matching/evaluation/second_opinions.py).
`--set FILE` runs a graded set of someone else's, from a JSON file, the same way (its own parts
and patterns, no second opinions); `--export FILE` writes ours in that form, as its example
(the format: matching/evaluation/sets.py).
"""

from __future__ import annotations

import json
import os
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection


def _figures(label: str, r: dict[str, Any]) -> str:
    """One line of the table: its label (name and request count), then the figures."""
    return (
        f"{label} {r['ndcg_at_5']:>7.3f} {r['top1_ideal']:>12.1%} "
        f"{r['all_ideal_in_top5']:>19.1%} {r['ineligible_shown']:>10}"
    )


class Command(BaseCommand):
    help = "Score the graded evaluation set through the matching services and print its metrics."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--json", action="store_true", help="Print one JSON object.")
        parser.add_argument("--misses", action="store_true", help="List requests that miss.")
        files = parser.add_mutually_exclusive_group()
        files.add_argument("--set", metavar="FILE", help="Run this graded set (JSON) instead.")
        files.add_argument("--export", metavar="FILE", help="Write our graded set as JSON.")

    def handle(self, *args: Any, **options: Any) -> None:
        from matching.evaluation.runner import OURS, evaluate
        from matching.evaluation.sets import SetError, dump_set, read_set

        if options["export"]:
            with open(options["export"], "w", encoding="utf-8") as out:
                json.dump(dump_set(OURS), out, indent=1, ensure_ascii=False)
                out.write("\n")
            self.stdout.write(
                f"wrote {len(OURS.mentors)} mentors and {len(OURS.requests)} requests "
                f"to {options['export']}"
            )
            return
        try:
            graded = read_set(options["set"]) if options["set"] else OURS
        except SetError as error:
            raise CommandError(f"The graded set cannot be run: {error}") from error
        creation = connection.creation
        original_name = connection.settings_dict["NAME"]
        connection.settings_dict.setdefault("TEST", {})
        connection.settings_dict["TEST"]["NAME"] = (
            f"evaluate_matching_{os.getpid()}"
            if connection.vendor != "sqlite"
            else f"{original_name}.evaluate-{os.getpid()}"
        )
        creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
        try:
            result = evaluate(graded)
        except SetError as error:
            raise CommandError(f"The graded set cannot be run: {error}") from error
        finally:
            creation.destroy_test_db(original_name, verbosity=0)
        parts = [(part, result[part]) for part in (*result["parts"], "all")]
        patterns = list(result["patterns"].items())
        if not options["misses"]:
            for _, row in parts + patterns:
                row.pop("misses", None)
        if options["json"]:
            self.stdout.write(json.dumps(result))
            return
        self.stdout.write(f"{'part':<10} {'requests':>8} {'nDCG@5':>7} {'top-1 ideal':>12} "
                          f"{'all ideal in top 5':>19} {'ineligible':>10}")  # fmt: skip
        for i, (name, r) in enumerate(parts + patterns):
            if i == len(parts):
                self.stdout.write("by pattern, over all parts:")
            self.stdout.write(_figures(f"{name:<10} {r['requests']:>8}", r))
            for miss in r.get("misses", []):
                self.stdout.write(f"    {miss}")
        if result["second_opinions"]:
            self.stdout.write("other coordinators, against the same grades, on the same requests:")
        for name, r in result["second_opinions"].items():
            self.stdout.write(_figures(f"{name:<14} {r['requests']:>4}", r))
        a = result["assignment"]
        self.stdout.write(
            f"assignment: {a['fallbacks']} requests got a later choice, "
            f"{a['fallbacks_in_sector']} of them in their own sector"
        )
