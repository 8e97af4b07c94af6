"""`manage.py run_matching [--sync]`: a matching round over every open request."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction

from matching.models import MatchRun
from matching.services import match_runs


class Command(BaseCommand):
    help = "Run a matching round: queued for the scoring workers, or here with --sync."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--sync", action="store_true", help="Run in this process instead of on the workers."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not options["sync"]:
            with transaction.atomic():
                run = match_runs.match_run_create(kind=MatchRun.Kind.ROUND)
            self.stdout.write(f"Queued round run #{run.pk}.")
            return
        run = match_runs.match_run_create(kind=MatchRun.Kind.ROUND, enqueue=False)
        run = match_runs.round_run(run=run)
        self.stdout.write(f"Round run #{run.pk} {run.status}: {json.dumps(run.counts)}")
