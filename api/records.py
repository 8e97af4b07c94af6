"""Shapes for changing a mentorship's records: a goal's title, due date and tick in one PATCH."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from api.serializers import GoalSerializer


class GoalChangeSerializer(GoalSerializer):
    """PATCH a goal: `done` ticks it (either participant); `title`, `due_on` change it (author)."""

    done = serializers.BooleanField(  # type: ignore[assignment]
        required=False, help_text="Tick the goal done, or untick it."
    )

    class Meta(GoalSerializer.Meta):
        read_only_fields: list[Any] = ["id", "mentorship", "done_at", "created_by", "created_at"]
