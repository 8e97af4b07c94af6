"""`make run`: the web server and a real Celery worker (with beat), started and stopped together."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _stop(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main() -> int:
    # SIGTERM (e.g. from a process manager) stops both children, as Ctrl+C does.
    signal.signal(signal.SIGTERM, _stop)
    host = os.environ.get("HOST", "127.0.0.1")
    port = os.environ.get("PORT", "8000")
    env = {**os.environ, "DEBUG": os.environ.get("DEBUG", "true")}
    schedule = ROOT / "var" / "celerybeat-schedule"
    worker = subprocess.Popen(
        [
            sys.executable, "-m", "celery", "-A", "worker.celery_app", "worker", "--beat",
            "--schedule", str(schedule), "-Q", "default,scoring", "-c", "2", "-l", "WARNING",
        ],
        cwd=ROOT,
        env=env,
    )  # fmt: skip
    print(
        f"\n  Mutual Mentors is starting at http://{host}:{port}/  (Ctrl+C stops it)\n", flush=True
    )
    web = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"{host}:{port}", "--noreload"],
        cwd=ROOT,
        env=env,
    )
    try:
        while worker.poll() is None and web.poll() is None:
            try:
                web.wait(timeout=1)
            except subprocess.TimeoutExpired:
                continue
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
    if worker.returncode not in (0, None, -signal.SIGTERM):
        print("The Celery worker stopped unexpectedly; see its output above.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
