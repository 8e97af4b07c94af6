"""The API's JSON parser: refuses a body that is too large or nested too deeply, cheaply.

Python's JSON decoder recurses once per level, so a few thousand `[` used to end in a
RecursionError (a 500) before any permission check. The depth is counted first in one regex
pass over quotes and brackets, so the decoder never sees a deep document.
"""

from __future__ import annotations

import re
from typing import Any

from django.conf import settings
from rest_framework import parsers
from rest_framework.exceptions import ParseError
from rest_framework.utils import json as drf_json

from api.exceptions import Problem

# Escapes first, so an escaped quote is consumed whole; one left-to-right pass, no backtracking.
_TOKEN = re.compile(r'\\.|["\[\]{}]', re.DOTALL)


def json_depth_exceeds(text: str, limit: int) -> bool:
    """Whether arrays and objects in `text` nest deeper than `limit`; stops at the first excess.

    Brackets inside strings do not count. One pass over quotes, brackets and escapes only.
    """
    depth = 0
    in_string = False
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token == '"':
            in_string = not in_string
        elif in_string or len(token) == 2:
            continue
        elif token in "[{":
            depth += 1
            if depth > limit:
                return True
        else:
            depth -= 1
    return False


class JSONParser(parsers.JSONParser):
    def parse(self, stream: Any, media_type: str | None = None, parser_context: Any = None) -> Any:
        limit = int(settings.DATA_UPLOAD_MAX_MEMORY_SIZE or 0)
        raw: bytes = stream.read(limit + 1) if limit else stream.read()
        if limit and len(raw) > limit:
            raise Problem(
                f"The request body is larger than the limit of {limit // 1024:,} KB.",
                code="body_too_large",
                status_code=413,
            )
        encoding = parsers.get_encoding(parser_context or {})  # type: ignore[attr-defined]
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError as exc:
            raise ParseError(f"JSON parse error - the body is not valid {encoding}.") from exc
        max_depth = int(getattr(settings, "JSON_MAX_DEPTH", 32))
        if json_depth_exceeds(text, max_depth):
            raise Problem(
                f"The JSON body nests deeper than {max_depth} levels.",
                code="json_too_deep",
                status_code=400,
            )
        try:
            parse_constant = drf_json.strict_constant if self.strict else None
            return drf_json.loads(text, parse_constant=parse_constant)
        except ValueError as exc:
            raise ParseError(f"JSON parse error - {exc}") from exc
