"""API sign-in: get a token with e-mail, password (and a code), revoke one, or revoke them all.

Tokens are django-rest-knox tokens: a new key per sign-in, stored hashed, ending after
`TOKEN_TTL_DAYS`. Limits on guessing live in accounts.signin, shared with the web login.
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import OpenApiResponse, extend_schema
from knox.models import AuthToken
from rest_framework import exceptions, serializers, status
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.throttling import ScopedRateThrottle

from accounts.models import User
from accounts.signin import SignInRefused, password_sign_in
from accounts.tokens import token_create, token_revoke, tokens_revoke_all
from api.authentication import TokenAuthentication
from api.base import ApiView
from api.exceptions import Problem
from api.fields import Serializer
from core.net import client_ip


class ClientAddressScopedRateThrottle(ScopedRateThrottle):
    """DRF's scoped throttle, keyed on the address our trusted proxies report (core.net)."""

    def get_ident(self, request: Request) -> str:
        return client_ip(request._request)


class TokenRequestSerializer(Serializer[Any]):
    email = serializers.EmailField(max_length=254)
    password = serializers.CharField(max_length=128, trim_whitespace=False)
    code = serializers.CharField(
        max_length=64,
        required=False,
        allow_blank=True,
        help_text="Required once two-step sign-in is on: the authenticator app's 6-digit code "
        "or an unused recovery code.",
    )


class TokenSerializer(Serializer[Any]):
    token = serializers.CharField(help_text="Send as `Authorization: Token <token>`. Shown once.")
    expiry = serializers.DateTimeField(allow_null=True)


def _refused(exc: SignInRefused) -> Exception:
    if exc.status == 429:
        return exceptions.Throttled(wait=exc.retry_after, detail=exc.message)
    if exc.status == 403:
        return exceptions.PermissionDenied(detail=exc.message, code=exc.code)
    if exc.field:
        return exceptions.ValidationError({exc.field: [exc.message]}, code=exc.code)
    return Problem(exc.message, code=exc.code, status_code=exc.status)


class TokenView(ApiView):
    throttle_classes = [ClientAddressScopedRateThrottle]
    throttle_scope = "token"

    def get_authenticators(self) -> list[Any]:
        # DELETE names the token to revoke in its Authorization header; POST needs no credential.
        if self.request is not None and self.request.method == "DELETE":
            return [TokenAuthentication()]
        return []

    def get_permissions(self) -> list[Any]:
        if self.request is not None and self.request.method == "DELETE":
            return [IsAuthenticated()]
        return [AllowAny()]

    def get_throttles(self) -> list[Any]:
        return super().get_throttles() if self.request.method == "POST" else []

    @extend_schema(
        request=TokenRequestSerializer,
        responses={
            200: TokenSerializer,
            400: OpenApiResponse(
                description="Wrong e-mail, password or code, or e-mail not verified."
            ),
            403: OpenApiResponse(description="A coordinator without two-step sign-in."),
            429: OpenApiResponse(description="Too many attempts; see Retry-After."),
        },
        operation_id="auth_token_create",
    )
    def post(self, request: Request) -> Response:
        form = TokenRequestSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        data = form.validated_data
        try:
            user = password_sign_in(
                request=request._request,
                email=data["email"],
                password=data["password"],
                code=data.get("code", ""),
            )
        except SignInRefused as exc:
            raise _refused(exc) from exc
        key, expiry = token_create(user=user)
        return Response({"token": key, "expiry": expiry})

    @extend_schema(
        request=None,
        responses={204: None},
        operation_id="auth_token_destroy",
        description="Revoke the token sent in the Authorization header.",
    )
    def delete(self, request: Request) -> Response:
        if not isinstance(request.auth, AuthToken):
            raise exceptions.NotAuthenticated()
        token_revoke(token=request.auth)
        return Response(status=status.HTTP_204_NO_CONTENT)


class TokensView(ApiView):
    """Sign out everywhere: every token of the caller stops working."""

    @extend_schema(request=None, responses={204: None}, operation_id="auth_tokens_destroy")
    def delete(self, request: Request) -> Response:
        user = request.user
        assert isinstance(user, User)
        tokens_revoke_all(user=user)
        return Response(status=status.HTTP_204_NO_CONTENT)
