"""`make run`: demo data, then the web server and a real Celery worker (with beat), together.

Quiet by design: one line per e-mail (the message itself is kept under var/mail/), failed
requests only, and at the end of start-up the address and the demo logins.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
READY_TIMEOUT_SECONDS = 90


def _stop(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def browse_host(host: str) -> str:
    """The host to put in links: a wildcard bind address is reached as localhost."""
    if host in ("0.0.0.0", "", "*"):
        return "127.0.0.1"
    if host in ("::", "[::]"):
        return "[::1]"
    return host


def child_env(environ: Mapping[str, str]) -> dict[str, str]:
    """The environment of the web server and the worker: development defaults, and links in
    e-mails pointing at the port actually served unless SITE_URL is given explicitly."""
    host = environ.get("HOST", "127.0.0.1")
    port = environ.get("PORT", "8000")
    env = dict(environ)
    env.setdefault("DEBUG", "true")
    env.setdefault("SITE_URL", f"http://{browse_host(host)}:{port}")
    # Only failed requests: the pages poll the API, which would otherwise fill the terminal.
    env.setdefault("SERVER_LOG_LEVEL", "WARNING")
    return env


def wait_until_listening(host: str, port: int, web: subprocess.Popen[bytes]) -> bool:
    deadline = time.monotonic() + READY_TIMEOUT_SECONDS
    while time.monotonic() < deadline and web.poll() is None:
        try:
            with socket.create_connection((host.strip("[]"), port), timeout=1):
                return True
        except OSError:
            time.sleep(0.3)
    return False


def declare_queues() -> None:
    """Create the broker's queues before the worker and its beat both try to at once: on a new
    sqla+sqlite broker the two raced to insert the same queue row and the worker stopped."""
    from worker.celery_app import app

    with app.connection_for_write() as connection:
        channel = connection.default_channel
        for queue in app.conf.task_queues:
            queue.bind(channel).declare()


def banner(site_url: str, seed_output: str) -> str:
    rule = "  " + "-" * 72
    lines = [
        "",
        rule,
        f"  Mutual Mentors is running at {site_url}/",
        *(f"  {line.rstrip()}" for line in seed_output.splitlines() if line.strip()),
        # Coordinators must give a two-step code; the demo one's is printed on demand.
        "  The coordinator's sign-in code, in another terminal: "
        "make demo-code (or DEBUG=true .venv/bin/python manage.py demo_code)",
        f"  E-mails print one line each; read them in full at {site_url}/dev/mail/",
        "  Ctrl+C stops the web server and the worker.",
        rule,
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    # SIGTERM (e.g. from a process manager) stops both children, as Ctrl+C does. SIGINT is set
    # explicitly: a shell starting this in the background would otherwise leave it ignored.
    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    env = child_env(os.environ)
    # This process declares the queues, so it needs the same settings as its children.
    os.environ.update(env)
    host, port = env.get("HOST", "127.0.0.1"), env.get("PORT", "8000")
    seed = subprocess.run(
        [sys.executable, "manage.py", "seed_demo"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if seed.returncode != 0:
        print(seed.stdout + seed.stderr, file=sys.stderr)
        return seed.returncode
    declare_queues()
    schedule = ROOT / "var" / "celerybeat-schedule"
    worker = subprocess.Popen(
        [
            sys.executable, "-m", "celery", "-A", "worker.celery_app", "-q", "worker", "--beat",
            "--schedule", str(schedule), "-Q", "default,scoring", "-c", "2", "-l", "WARNING",
        ],
        cwd=ROOT,
        env=env,
    )  # fmt: skip
    web = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"{host}:{port}", "--noreload", "--skip-checks"],
        cwd=ROOT,
        env=env,
    )
    # Set only when the worker ends by itself; Ctrl+C reaches it too and is no failure.
    worker_died = False
    try:
        if wait_until_listening(browse_host(host), int(port), web):
            print(banner(env["SITE_URL"], seed.stdout), flush=True)
        while worker.poll() is None and web.poll() is None:
            try:
                web.wait(timeout=1)
            except subprocess.TimeoutExpired:
                continue
        worker_died = worker.poll() is not None
    except KeyboardInterrupt:
        pass
    finally:
        for proc in (web, worker):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in (web, worker):
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
    if worker_died and worker.returncode != 0:
        print("The Celery worker stopped unexpectedly; see its output above.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
