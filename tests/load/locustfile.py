"""`make load`: the main lists and pages for each role, as people and integrators use them.

Reads tokens and session cookies from var/load/credentials.json (written by tests.load.prepare).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from locust import FastHttpUser, constant, task

CREDENTIALS = json.loads(
    Path(os.environ.get("LOAD_CREDENTIALS", "var/load/credentials.json")).read_text()
)


class Role(FastHttpUser):
    """One person or integration: each user sends its next request as soon as the last one is
    answered (no think time), like the threads of the probe in issue 13. FastHttpUser keeps
    the load generator's own CPU small, since it shares the two cores with the server."""

    abstract = True
    role = ""
    wait_time = constant(0)

    def on_start(self) -> None:
        found = CREDENTIALS[self.role]
        self.api_headers = {"Authorization": f"Token {found['token']}"}
        self.page_headers = {"Cookie": f"sessionid={found['session']}"}

    def api(self, path: str, name: str | None = None) -> None:
        self.client.get(f"/api/v1/{path}", headers=self.api_headers, name=name or f"/api/v1/{path}")

    def page(self, path: str) -> None:
        self.client.get(path, headers=self.page_headers, name=path)


class Coordinator(Role):
    role = "coordinator"
    weight = 2

    @task(3)
    def suggested(self) -> None:
        self.api("proposals/?status=suggested")

    @task(2)
    def requests(self) -> None:
        self.api("requests/?ordering=waiting")

    @task
    def mentorships(self) -> None:
        self.api("mentorships/")

    @task
    def mentors(self) -> None:
        self.api("mentors/")

    @task
    def queue_page(self) -> None:
        self.page("/coordinator/queue/")

    @task
    def dashboard(self) -> None:
        self.page("/dashboard/")


class Mentee(Role):
    role = "mentee"

    @task(2)
    def requests(self) -> None:
        self.api("requests/")

    @task
    def proposals(self) -> None:
        self.api("proposals/")

    @task
    def me(self) -> None:
        self.api("me/")

    @task
    def dashboard(self) -> None:
        self.page("/dashboard/")


class Mentor(Role):
    role = "mentor"

    @task(2)
    def proposals(self) -> None:
        self.api("proposals/")

    @task
    def mentorships(self) -> None:
        self.api("mentorships/")

    @task
    def dashboard(self) -> None:
        self.page("/dashboard/")
