"""A list of vocabulary slugs (topics, sectors): capped, checked by shape, then found in one query.

DRF's many-related field looks each slug up on its own, so 10,000 slugs meant 10,000 queries
(about 5 s). Here the length is checked first, then every slug's shape, then one `slug__in`
query finds them all; an unknown slug is a 400 naming the field.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from rest_framework import serializers


def max_items() -> int:
    return int(getattr(settings, "MAX_VOCABULARY_ITEMS", 20))


class VocabularyListField(serializers.ManyRelatedField):
    default_error_messages = {
        **serializers.ManyRelatedField.default_error_messages,
        "too_many": "Choose at most {max_items} items.",
        "duplicate": "Each item may appear once.",
    }

    def to_internal_value(self, data: Any) -> list[Any]:
        if isinstance(data, str | bytes | dict) or not hasattr(data, "__iter__"):
            self.fail("not_a_list", input_type=type(data).__name__)
        items = list(data)
        if len(items) > max_items():
            self.fail("too_many", max_items=max_items())
        if not self.allow_empty and not items:
            self.fail("empty")
        child = self.child_relation
        # Shape first (the child refuses non-slugs without touching the database).
        slugs = [child.to_internal_slug(item) for item in items]  # type: ignore[attr-defined]
        if len(set(slugs)) != len(slugs):
            self.fail("duplicate")
        queryset = child.get_queryset()
        assert queryset is not None  # a writable vocabulary field always has one
        found = {obj.slug: obj for obj in queryset.filter(slug__in=slugs)}
        for slug in slugs:
            if slug not in found:
                child.fail("does_not_exist", slug_name="slug", value=slug[:60])
        return [found[slug] for slug in slugs]
