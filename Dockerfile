# Production image: the locked runtime dependencies, collected static files, a non-root user.
FROM python:3.11-slim

COPY --from=ghcr.io/astral-sh/uv:0.13.9 /uv /usr/local/bin/uv

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PROJECT_ENVIRONMENT=/opt/venv \
    PATH="/opt/venv/bin:$PATH"

WORKDIR /app

# Dependencies first, so a code change does not reinstall them.
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev --no-install-project

COPY . .
# collectstatic imports the settings, which insist on a SECRET_KEY when DEBUG is off.
RUN DEBUG=false SECRET_KEY=collectstatic-only-not-a-real-key python manage.py collectstatic --no-input -v0

RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin mentors \
    && mkdir -p /app/var \
    && chown -R mentors /app/var
USER mentors

EXPOSE 8000
CMD ["gunicorn", "config.wsgi", "--config", "config/gunicorn.py"]
