"""The caller's UK GDPR rights over the API: a copy of their data, and closing their account."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.models import User
from api import views
from api.base import ApiView
from api.fields import Serializer
from matching.services.erasure import account_erase, me_export


class EraseSerializer(Serializer[Any]):
    password = serializers.CharField(
        max_length=128, trim_whitespace=False, help_text="Your current password, to confirm."
    )


def _me(request: Request) -> User:
    user = request.user
    assert isinstance(user, User)  # IsAuthenticated ran first
    return user


class MeView(views.MeView):
    @extend_schema(
        request=EraseSerializer,
        responses={204: OpenApiResponse(description="The account is closed and anonymised.")},
        operation_id="me_destroy",
        description="Close your account: your name, e-mail and sign-in details are erased; "
        "open introductions are withdrawn and live mentorships ended (the other side is told). "
        "The programme keeps its anonymous records.",
    )
    def delete(self, request: Request) -> Response:
        form = EraseSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        account_erase(user=_me(request), password=form.validated_data["password"])
        return Response(status=status.HTTP_204_NO_CONTENT)


class MeExportView(ApiView):
    @extend_schema(
        responses={200: OpenApiResponse(description="Everything held about you, as JSON.")},
        operation_id="me_export",
    )
    def get(self, request: Request) -> Response:
        return Response(me_export(user=_me(request)))
