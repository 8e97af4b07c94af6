"""API for topic suggestions while typing: needs from a request's words, expertise from a bio.

Any signed-in person may ask (the answer only names public topics); nothing is stored.
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response

from api.base import ApiView
from api.fields import Serializer
from matching.suggestions import topics_suggested


class RequestTextSerializer(Serializer[Any]):
    summary = serializers.CharField(max_length=2000, allow_blank=True, trim_whitespace=False)
    goals = serializers.CharField(
        max_length=5000, allow_blank=True, required=False, default="", trim_whitespace=False
    )


class BioSerializer(Serializer[Any]):
    bio = serializers.CharField(max_length=5000, allow_blank=True, trim_whitespace=False)


class SuggestedTopicSerializer(Serializer[Any]):
    slug = serializers.SlugField()
    name = serializers.CharField()
    score = serializers.FloatField(min_value=0, max_value=1)


class SuggestionsSerializer(Serializer[Any]):
    suggestions = SuggestedTopicSerializer(many=True)


class SuggestNeedsView(ApiView):
    """Topics a request's summary and goals point to, best first."""

    @extend_schema(
        request=RequestTextSerializer,
        responses=SuggestionsSerializer,
        operation_id="requests_suggest_needs",
    )
    def post(self, request: Request) -> Response:
        form = RequestTextSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        text = f"{form.validated_data['summary']}\n{form.validated_data['goals']}"
        return Response({"suggestions": topics_suggested(text=text)})


class SuggestExpertiseView(ApiView):
    """Topics a mentor's bio shows, best first."""

    @extend_schema(
        request=BioSerializer,
        responses=SuggestionsSerializer,
        operation_id="mentors_suggest_expertise",
    )
    def post(self, request: Request) -> Response:
        form = BioSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        return Response({"suggestions": topics_suggested(text=form.validated_data["bio"])})
