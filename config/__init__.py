"""Project configuration: settings, URLs, the WSGI/ASGI entry points and `make run`.

The Celery app is loaded by the `worker` app (in INSTALLED_APPS), so importing this package
stays cheap: `python -m config.run` reads no settings before it has set its defaults.
"""
