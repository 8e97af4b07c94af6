"""The API's own fields and serializer bases.

Vocabulary slugs (topics, sectors): one checked by shape before any lookup; a list capped,
checked by shape, then found in one query. Serializer bases that hold a JSON body's strings to
the schema (StrictStrings), and query-string booleans that are `true` or `false` only.

DRF's many-related field looks each slug up on its own, so 10,000 slugs meant 10,000 queries
(about 5 s). Here the length is checked first, then every slug's shape, then one `slug__in`
query finds them all; an unknown slug is a 400 naming the field.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, TypeVar
from urllib.parse import quote, urlsplit, urlunsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Model
from drf_spectacular.utils import extend_schema_field
from rest_framework import relations, serializers
from rest_framework.fields import empty
from rest_framework.utils import html

from matching.selectors import terms

# A search (`?q=`) is capped, so that a pasted essay is a 400, not a slow scan.
SEARCH_MAX_LENGTH = 200
# A 64-bit id: larger numbers would overflow SQLite's INTEGER inside the query (a 500).
MAX_ID = 2**63 - 1
# Every id the API takes (in a path, a filter or a body), as the schema gives it.
ID_SCHEMA: dict[str, Any] = {"type": "integer", "minimum": 1, "maximum": MAX_ID}


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


SLUG = re.compile(r"[-a-zA-Z0-9_]{1,50}")


class VocabularySlugField(serializers.SlugRelatedField[Any]):
    """A Sector or Topic by slug. Anything that cannot be a slug never reaches the database:
    PostgreSQL rejects NUL bytes in text with an error, which would otherwise be a 500."""

    @classmethod
    def many_init(cls, *args: Any, **kwargs: Any) -> VocabularyListField:
        # Lists are capped and looked up in one query (above), not one query per slug.
        many = {k: v for k, v in kwargs.items() if k in relations.MANY_RELATION_KWARGS}
        return VocabularyListField(child_relation=cls(*args, **kwargs), **many)

    def to_internal_slug(self, data: Any) -> str:
        if not isinstance(data, str) or not SLUG.fullmatch(data):
            self.fail("does_not_exist", slug_name=self.slug_field, value=str(data)[:60])
        return data

    def to_internal_value(self, data: Any) -> Any:
        return super().to_internal_value(self.to_internal_slug(data))


class TermsField(serializers.ManyRelatedField):
    """A read-only many-to-many field of slugs that reads terms a list attached
    (matching.selectors.proposals_attach_terms) before falling back to the relation."""

    def get_attribute(self, instance: Any) -> Any:
        if len(self.source_attrs) == 1:
            return terms(instance, self.source_attrs[0])
        return super().get_attribute(instance)


def read_only_slugs() -> TermsField:
    """A relation's slugs, read-only (as `SlugRelatedField(many=True, read_only=True)`)."""
    return TermsField(
        child_relation=serializers.SlugRelatedField(slug_field="slug", read_only=True),
        read_only=True,
    )


class StrictStrings:
    """Mixed into every API serializer: a JSON body's string field takes a string.

    DRF's CharField quietly turns 5 into "5" (and EmailField, URLField and SlugField inherit
    that), so a body that breaks the published schema was stored. Numbers, booleans and the
    rest stay DRF's own: they are checked by value, and the pages' forms send text. Query
    strings are text by nature and are left alone.
    """

    fields: Any

    def to_internal_value(self, data: Any) -> Any:
        if isinstance(data, Mapping) and not html.is_html_input(data):
            errors = _not_strings(self.fields, data)
            if errors:
                raise serializers.ValidationError(errors)
        return super().to_internal_value(data)  # type: ignore[misc]


def _not_strings(
    fields: Mapping[str, serializers.Field[Any, Any, Any, Any]], data: Mapping[str, Any]
) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    for name, field in fields.items():
        value = data.get(name)
        if field.read_only or value is None:
            continue
        if isinstance(field, serializers.CharField) and not isinstance(value, str):
            errors[name] = [str(field.error_messages["invalid"])]
        elif (
            isinstance(field, serializers.ListField)
            and isinstance(field.child, serializers.CharField)
            and isinstance(value, list)
            and not all(isinstance(item, str) for item in value)
        ):
            errors[name] = ["Each item must be a string."]
    return errors


_T = TypeVar("_T")
_M = TypeVar("_M", bound=Model)


class Serializer(StrictStrings, serializers.Serializer[_T]):
    """The API's serializer base (see StrictStrings)."""


# A web address, as the schema states it and the server requires it: http or https, a domain
# name, then a path, query and fragment of the characters RFC 3986 allows (so the address is a
# `uri`, as answers say). Left out as no one links to them: user names, IP addresses,
# localhost, labels over 44 characters. Labels are capped so that five of them and a top-level
# domain stay within DNS's 253 characters, which Django checks; no lookahead, so a generator or
# a client can read it. The scheme is in lower case (as_uri writes "HTTPS:" so).
_LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,42}[A-Za-z0-9])?"
_PCHAR = "(?:[A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-Fa-f]{2})"
WEB_ADDRESS_PATTERN = (
    rf"^https?://(?:{_LABEL}\.){{1,5}}(?:[A-Za-z]{{2,24}}|xn--[A-Za-z0-9]{{1,20}})"
    rf"(?::[0-9]{{1,5}})?(?:/(?:{_PCHAR}|/)*)?(?:\?(?:{_PCHAR}|[/?])*)?(?:#(?:{_PCHAR}|[/?])*)?$"
)
WEB_ADDRESS_MESSAGE = "Enter a web address in the correct format, like https://www.example.org.uk"
# Printable ASCII that RFC 3986 allows in a path, query or fragment: not "#" (a second one in
# a fragment is encoded), and "%" only before two hex digits (a stray one is encoded).
_URI_SAFE = "/?!$&'()*+,;=:@-._~%"
_STRAY_PERCENT = re.compile("%(?![0-9A-Fa-f]{2})")
_DJANGO_URL = URLValidator(schemes=["http", "https"])


def as_uri(address: str) -> str:
    """An address as RFC 3986 writes it, as a browser does when it follows a link: a host in
    other scripts in IDNA (bücher.example is xn--bcher-kva.example), and any other character
    of the path, query and fragment percent-encoded ("café" is "caf%C3%A9", "[1]" is
    "%5B1%5D"), the scheme in lower case. An address that is already so is left alone."""
    parts = urlsplit(address)
    netloc = parts.netloc if parts.netloc.isascii() else parts.netloc.encode("idna").decode()
    path, query, fragment = (
        quote(_STRAY_PERCENT.sub("%25", part), safe=_URI_SAFE) for part in parts[2:]
    )
    if (netloc, path, query, fragment) == parts[1:] and address.startswith(f"{parts.scheme}:"):
        return address  # urlunsplit would drop an empty query or fragment ("...#")
    return urlunsplit((parts.scheme, netloc, path, query, fragment))


def validate_web_address(value: str) -> None:
    """Django's URL check (http and https) and WEB_ADDRESS_PATTERN, with one message."""
    try:
        _DJANGO_URL(value)
    except ValidationError:
        raise ValidationError(WEB_ADDRESS_MESSAGE, code="invalid") from None
    if not re.search(WEB_ADDRESS_PATTERN, value):
        raise ValidationError(WEB_ADDRESS_MESSAGE, code="invalid")


class WebAddressField(serializers.URLField):
    """A link that people follow from a page (an organisation's website, a resource's link).

    http and https only: browsers no longer open ftp, and nothing else belongs in a link. An
    address is kept as RFC 3986 writes it (as_uri), then checked (validate_web_address), so
    what is stored is the `uri` the schema promises.
    """

    default_error_messages = {"invalid": WEB_ADDRESS_MESSAGE}

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.validators = [v for v in self.validators if not isinstance(v, URLValidator)]
        self.validators.append(validate_web_address)

    def to_internal_value(self, data: Any) -> str:
        value = super().to_internal_value(data)
        if any(c.isspace() or not c.isprintable() for c in value):
            return value  # refused as it is, by the checks (and DRF's own NUL check)
        try:
            return as_uri(value)
        except (UnicodeError, ValueError):
            self.fail("invalid")


class ModelSerializer(StrictStrings, serializers.ModelSerializer[_M]):
    """The API's model serializer base (see StrictStrings); a URL is a WebAddressField."""

    serializer_field_mapping = {
        **serializers.ModelSerializer.serializer_field_mapping,
        models.URLField: WebAddressField,
    }


# A query-string boolean as the schema writes it; anything else is a 400 (here and api.filters).
TRUE_OR_FALSE = {"true": True, "false": False}


class QueryBooleanField(serializers.BooleanField):
    """A query-string boolean as the schema writes it: `true` or `false` (DRF's own field also
    takes yes, on, 1 and the like, which the schema does not)."""

    # A missing parameter is left out; DRF's reads it as an unticked checkbox (false).
    default_empty_html = empty

    def to_internal_value(self, data: Any) -> bool:
        if data not in TRUE_OR_FALSE:
            self.fail("invalid", input=data)
        return TRUE_OR_FALSE[data]


@extend_schema_field(dict(ID_SCHEMA))
class RelatedIdField(serializers.PrimaryKeyRelatedField[Any]):
    """A related object by its id, which the schema gives as a whole number from 1, as every
    id is (DRF's own says only "integer", so 0 and -5 looked valid and were refused). Its
    messages name the object ("There is no mentorship with id 4656."), not DRF's "pk"."""

    def __init__(self, noun: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        queryset = kwargs.get("queryset")
        if not noun:
            noun = str(queryset.model._meta.verbose_name) if queryset is not None else "object"
        self.error_messages["does_not_exist"] = f"There is no {noun} with id {{pk_value}}."
        self.error_messages["incorrect_type"] = f"Give the {noun}'s id as a whole number."
