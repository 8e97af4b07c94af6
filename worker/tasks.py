"""Tasks that belong to no app: the health check proves a worker consumes from the broker."""

import os
import socket

from worker.celery_app import app


@app.task(name="worker.health", queue="default")
def health(echo: str = "ok") -> dict[str, str | int]:
    return {"echo": echo, "host": socket.gethostname(), "pid": os.getpid()}
