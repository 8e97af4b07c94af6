"""Tasks that belong to no app: the health check, and relaying the outbox."""

import os
import socket

from worker.celery_app import app


@app.task(name="worker.health", queue="default")
def health(echo: str = "ok") -> dict[str, str | int]:
    return {"echo": echo, "host": socket.gethostname(), "pid": os.getpid()}


@app.task(name="worker.relay_outbox", queue="default")
def relay_outbox() -> int:
    """Send what the outbox still holds (the broker was down when it was written)."""
    from worker.outbox import outbox_purge, outbox_relay

    sent = outbox_relay()
    outbox_purge()
    return sent
