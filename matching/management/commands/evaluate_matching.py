"""`manage.py evaluate_matching [--json] [--misses]`: match quality on our graded evaluation set.

It builds a throwaway database (created and dropped here), loads the evaluation's mentors and
requests into it as ordinary rows, runs a round through the services, and prints nDCG@5,
rank 1 ideal and "every ideal mentor in the top 5" for each part, for all requests and for each
pattern, then the same figures for two other coordinators' rankings of 60 of the requests
beside the engine's (how close a person comes: see matching/evaluation/second_opinions.py).
"""

from __future__ import annotations

import json
import os
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
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

    def handle(self, *args: Any, **options: Any) -> None:
        from matching.evaluation.runner import PARTS, PATTERNS, evaluate

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
            result = evaluate()
        finally:
            creation.destroy_test_db(original_name, verbosity=0)
        rows = {**{part: result[part] for part in (*PARTS, "all")}, **result["patterns"]}
        if not options["misses"]:
            for row in rows.values():
                row.pop("misses")
        if options["json"]:
            self.stdout.write(json.dumps(result))
            return
        self.stdout.write(f"{'part':<10} {'requests':>8} {'nDCG@5':>7} {'top-1 ideal':>12} "
                          f"{'all ideal in top 5':>19} {'ineligible':>10}")  # fmt: skip
        for part, r in rows.items():
            if part == PATTERNS[0]:
                self.stdout.write("by pattern, over all parts:")
            self.stdout.write(_figures(f"{part:<10} {r['requests']:>8}", r))
            for miss in r.get("misses", []):
                self.stdout.write(f"    {miss}")
        self.stdout.write("other coordinators, against the same grades, on the same requests:")
        for name, r in result["second_opinions"].items():
            self.stdout.write(_figures(f"{name:<14} {r['requests']:>4}", r))
        a = result["assignment"]
        self.stdout.write(
            f"assignment: {a['fallbacks']} requests got a later choice, "
            f"{a['fallbacks_in_sector']} of them in their own sector"
        )
