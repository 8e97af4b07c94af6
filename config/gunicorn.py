"""gunicorn's settings, for the Dockerfile, docker-compose.yml and `make load` alike.

Sync workers, each answering one request at a time, 2 x cores + 1 of them (`WEB_CONCURRENCY`
overrides). Every page and list here is CPU-bound Python of a few milliseconds to twenty, so
threads inside a worker only queue behind one another's GIL: under `make load` on two cores,
3 workers x 4 threads answered 162 requests/s with p95 470 ms on the slowest list, 5 sync
workers 153 to 171 requests/s with p95 190 ms (docs/operations.md). A sync worker is tied up by
a slow client, so production puts a buffering reverse proxy (nginx, or the platform's load
balancer) in front, as gunicorn's own deployment notes advise.
"""

from __future__ import annotations

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
worker_class = "sync"
workers = int(os.environ.get("WEB_CONCURRENCY") or 2 * multiprocessing.cpu_count() + 1)
# A worker silent this long is killed and replaced; the longest page (a funder's CSV) takes
# a second or two.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# "-" is standard output; an empty value turns the access log off (`make load` does).
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
