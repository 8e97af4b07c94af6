# Mutual Mentors: `make run` to try it, `make test` to check it.
SHELL := /bin/bash
PYTHON ?= python3.11
TOOLS := .tools
UV := $(shell command -v uv 2>/dev/null || echo $(TOOLS)/bin/uv)
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run demo-code test lint format bench bench-national schema migrate venv dev-venv worker clean load

$(TOOLS)/bin/uv:
	@command -v uv >/dev/null 2>&1 || { $(PYTHON) -m venv $(TOOLS) && $(TOOLS)/bin/pip install -q uv; }

# --compile-bytecode: write every package's .pyc once. Where PYTHONDONTWRITEBYTECODE is set (it is
# on our CI machines) Python would otherwise compile scikit-learn, SciPy and pandas again in every
# process it starts: about 5 s for each Celery worker, manage.py call and test process.
UV_SYNC := $(UV) sync --frozen --compile-bytecode --python $(PYTHON) -q

venv: $(TOOLS)/bin/uv  ## runtime dependencies from the lock file
	@$(UV_SYNC) --no-dev --inexact  # --inexact: keep test tools

dev-venv: $(TOOLS)/bin/uv  ## runtime + test dependencies from the lock file
	@$(UV_SYNC)

migrate: venv
	@DEBUG=$${DEBUG:-true} $(PY) manage.py migrate --no-input -v0

run: migrate  ## demo data, web server + Celery worker on the embedded defaults (or DATABASE_URL/REDIS_URL)
	@DEBUG=$${DEBUG:-true} HOST=$(HOST) PORT=$(PORT) $(PY) -m config.run

demo-code:  ## the demo coordinator's current two-step sign-in code (after make run seeded it)
	@DEBUG=$${DEBUG:-true} $(PY) manage.py demo_code

worker: venv
	@DEBUG=$${DEBUG:-true} $(PY) -m celery -A worker.celery_app worker -Q default,scoring -l INFO

lint: dev-venv  ## ruff, formatting, mypy, migrations
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy .
	DEBUG=true $(PY) manage.py makemigrations --check --dry-run

format: dev-venv
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

TEST_WORKERS ?= auto
test: lint  ## the whole suite (lint included), one process per core; TEST_WORKERS=0 for one
	$(VENV)/bin/pytest -n $(TEST_WORKERS) --dist loadfile

bench: dev-venv  ## matching engine at 1k and 10k; BENCH_ORM=1 adds a round through the ORM
	DEBUG=$${DEBUG:-true} $(PY) manage.py bench_matching --mentors 1000 --requests 1000 --json $(if $(BENCH_ORM),--orm)
	DEBUG=$${DEBUG:-true} $(PY) manage.py bench_matching --mentors 10000 --requests 10000 --json $(if $(BENCH_ORM),--orm)

bench-national: dev-venv  ## matching engine at 100k x 100k (minutes; run rarely on a shared machine)
	DEBUG=$${DEBUG:-true} $(PY) manage.py bench_matching --mentors 100000 --requests 100000 --json --no-gap

schema: dev-venv
	$(PY) manage.py spectacular --validate --fail-on-warn --file var/schema.yml

clean:
	rm -rf $(VENV) $(TOOLS) var/*.sqlite3*

LOAD_DB ?= mm_load
LOAD_URL ?= postgres://postgres@127.0.0.1:5432/$(LOAD_DB)
LOAD_PORT ?= 8055
load: dev-venv  ## locust, 60 s headless, against gunicorn on PostgreSQL with a big programme; CSV in var/load/
	@mkdir -p var/load
	@createdb -h 127.0.0.1 -U postgres $(LOAD_DB) 2>/dev/null || true
	@export DATABASE_URL=$(LOAD_URL) SECRET_KEY=load-test DEBUG=false SECURE_SSL_REDIRECT=false \
	  CELERY_BROKER_URL=memory:// CELERY_RESULT_BACKEND=cache+memory:// ; \
	$(PY) manage.py migrate --no-input -v0 && \
	$(PY) manage.py collectstatic --no-input -v0 && \
	$(PY) -m tests.load.prepare $${LOAD_MENTORS:-4000} $${LOAD_REQUESTS:-8000} var/load/credentials.json && \
	{ GUNICORN_BIND=127.0.0.1:$(LOAD_PORT) GUNICORN_ACCESS_LOG= $(VENV)/bin/gunicorn config.wsgi \
	    --config config/gunicorn.py --log-level warning & echo $$! > var/load/gunicorn.pid; } && sleep 4 && \
	$(VENV)/bin/locust -f tests/load/locustfile.py --headless -u $${LOAD_USERS:-20} -r 10 -t 60s \
	  -H http://127.0.0.1:$(LOAD_PORT) --csv var/load/locust --only-summary ; \
	status=$$?; kill $$(cat var/load/gunicorn.pid); echo "load average: $$(cut -d' ' -f1-3 /proc/loadavg)"; exit $$status

