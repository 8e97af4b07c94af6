"""`make load`: the main lists and pages for each role, as people and integrators use them.

Reads tokens and session cookies from var/load/credentials.json (written by tests.load.prepare).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from locust import HttpUser, between, task

CREDENTIALS = json.loads(
    Path(os.environ.get("LOAD_CREDENTIALS", "var/load/credentials.json")).read_text()
)


class Role(HttpUser):
    abstract = True
    role = ""
    wait_time = between(0.05, 0.2)

    def on_start(self) -> None:
        found = CREDENTIALS[self.role]
        self.client.headers["Authorization"] = f"Token {found['token']}"
        self.page_cookies = {"sessionid": found["session"]}

    def api(self, path: str, name: str | None = None) -> None:
        self.client.get(f"/api/v1/{path}", name=name or f"/api/v1/{path}")

    def page(self, path: str) -> None:
        self.client.get(path, cookies=self.page_cookies, headers={"Authorization": ""}, name=path)


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
