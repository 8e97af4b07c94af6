"""What every API view shares: strict query strings and idempotent POSTs, after auth and permission.

DRF's `initial()` authenticates, checks permissions and throttles; only then does this mixin
look at the query string and the `Idempotency-Key`, so a caller who may not use an endpoint
hears 401/403 before anything about their input. Views declare what they accept:

- `filterset_class` (django-filter), `ordering_fields` (api.ordering) and pagination are read
  from the view, on the actions that list (`list`, plus any named in `paginated_actions`);
- `extra_query_params` names anything else a listing reads itself (e.g. a report's `from`/`to`);
- `format` is accepted wherever a view can answer CSV.
Anything else is a 400 naming the parameter, so a typo never silently returns every row.
"""

from __future__ import annotations

from typing import Any, ClassVar

from django.db import transaction
from django.http import Http404, HttpRequest
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api import idempotency
from api.models import IdempotencyKey
from api.ordering import PARAM as ORDERING_PARAM
from api.ordering import ordering_terms

SAFE_METHODS = {"GET", "HEAD"}


def offers_csv(view: Any) -> bool:
    return any(getattr(r, "format", None) == "csv" for r in getattr(view, "renderer_classes", ()))


def is_listing(view: Any) -> bool:
    action = getattr(view, "action", None)
    if action is None:
        # A plain APIView or generic view: its GET is what it lists or reports.
        return True
    return action in getattr(view, "paginated_actions", {"list"})


def filters_apply(view: Any) -> bool:
    """Filters, searches and ordering narrow a view's own list (a viewset's `list`, or a plain
    view's GET), never a nested one: `mentorships/5/goals/?status=ended` once filtered the
    mentorship itself away and answered 404."""
    return getattr(view, "action", None) in (None, "list")


def filter_params(view: Any) -> set[str]:
    filterset_class = getattr(view, "filterset_class", None)
    if filterset_class is not None:
        return set(filterset_class.base_filters)
    return set(getattr(view, "filterset_fields", None) or ())


def allowed_query_params(view: Any, request: Request) -> set[str]:
    allowed = {"format"} if offers_csv(view) else set()
    if request.method not in SAFE_METHODS or not is_listing(view):
        return allowed
    if filters_apply(view):
        allowed |= set(getattr(view, "extra_query_params", ()))
        allowed |= filter_params(view)
        if ordering_terms(view):
            allowed.add(ORDERING_PARAM)
    paginator = getattr(view, "paginator", None)
    if paginator is not None:
        allowed.add(paginator.page_query_param)
        if getattr(paginator, "page_size_query_param", None):
            allowed.add(paginator.page_size_query_param)
    return allowed


# Searches may be empty (match everything), as their schema allows; every other parameter is an
# id, a choice, a date or a number, and an empty one is a mistake, not "any".
BLANK_ALLOWED = frozenset({"q"})


def check_query_params(view: Any, request: Request) -> None:
    allowed = allowed_query_params(view, request)
    unknown = sorted(set(request.query_params) - allowed)
    if unknown:
        accepts = ", ".join(sorted(allowed)) if allowed else "no query parameters"
        message = f"Unknown query parameter. This endpoint accepts: {accepts}."
        raise ValidationError({name[:60]: [message] for name in unknown})
    blank = sorted(
        name
        for name, values in request.query_params.lists()
        if name not in BLANK_ALLOWED and "" in values
    )
    if blank:
        message = "This parameter is empty; leave it out not to filter by it."
        raise ValidationError({name: [message] for name in blank})


class ContractMixin:
    """Mix into every API view before DRF's class (see the module docstring)."""

    extra_query_params: ClassVar[tuple[str, ...]] = ()
    paginated_actions: ClassVar[frozenset[str]] = frozenset({"list"})
    _idempotency_row: IdempotencyKey | None = None

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        if idempotency.wanted(request):  # type: ignore[arg-type]
            # The key row and what the view creates commit together, or not at all.
            with transaction.atomic():
                return super().dispatch(request, *args, **kwargs)  # type: ignore[misc]
        return super().dispatch(request, *args, **kwargs)  # type: ignore[misc]

    def perform_content_negotiation(self, request: Request, force: bool = False) -> Any:
        try:
            return super().perform_content_negotiation(request, force)  # type: ignore[misc]
        except Http404 as exc:
            # DRF answers an unknown `?format=` with 404, as if the list were missing.
            raise ValidationError(
                {"format": ["This endpoint cannot answer in that format."]}
            ) from exc

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        super().initial(request, *args, **kwargs)  # type: ignore[misc]
        method = (request.method or "").lower()
        if method not in self.http_method_names or not hasattr(self, method):  # type: ignore[attr-defined]
            return  # dispatch answers 405 (Allow lists the methods); the query is beside the point
        check_query_params(self, request)
        self._idempotency_row = idempotency.begin(request)

    def handle_exception(self, exc: Exception) -> Response:
        if isinstance(exc, idempotency.Replay):
            return exc.response
        return super().handle_exception(exc)  # type: ignore[misc]

    def finalize_response(
        self, request: Request, response: Response, *args: Any, **kwargs: Any
    ) -> Response:
        response = super().finalize_response(request, response, *args, **kwargs)  # type: ignore[misc]
        row, self._idempotency_row = self._idempotency_row, None
        if row is not None:
            idempotency.finish(row, response)
        return response


class ApiView(ContractMixin, APIView):
    """APIView with the shared contract; use it for every API view that is not a viewset."""
