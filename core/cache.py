"""A Redis cache that fails open: while Redis is down, reads miss and writes are dropped.

The cache holds only what can be rebuilt (throttle counters, rate-limit history, computed
values), so losing it for a while must never turn a page or a login into a 500. A failure is
logged once per call; requests then behave as if the cache were empty.
"""

from __future__ import annotations

import logging
from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


def _failed(operation: str, exc: Exception) -> None:
    logger.warning("Cache %s failed, carrying on without it: %s", operation, exc)


class FailOpenRedisCache(RedisCache):
    def add(
        self, key: Any, value: Any, timeout: Any = DEFAULT_TIMEOUT, version: Any = None
    ) -> bool:
        try:
            return bool(super().add(key, value, timeout, version))
        except RedisError as exc:
            _failed("add", exc)
            # Report success so lock-style callers (allauth's rate limit) go ahead.
            return True

    def get(self, key: Any, default: Any = None, version: Any = None) -> Any:
        try:
            return super().get(key, default, version)
        except RedisError as exc:
            _failed("get", exc)
            return default

    def set(
        self, key: Any, value: Any, timeout: Any = DEFAULT_TIMEOUT, version: Any = None
    ) -> None:
        try:
            super().set(key, value, timeout, version)
        except RedisError as exc:
            _failed("set", exc)

    def touch(self, key: Any, timeout: Any = DEFAULT_TIMEOUT, version: Any = None) -> bool:
        try:
            return bool(super().touch(key, timeout, version))
        except RedisError as exc:
            _failed("touch", exc)
            return False

    def delete(self, key: Any, version: Any = None) -> bool:
        try:
            return bool(super().delete(key, version))
        except RedisError as exc:
            _failed("delete", exc)
            return False

    def get_many(self, keys: Any, version: Any = None) -> dict[Any, Any]:
        try:
            return dict(super().get_many(keys, version))
        except RedisError as exc:
            _failed("get_many", exc)
            return {}

    def has_key(self, key: Any, version: Any = None) -> bool:
        try:
            return bool(super().has_key(key, version))
        except RedisError as exc:
            _failed("has_key", exc)
            return False

    def incr(self, key: Any, delta: int = 1, version: Any = None) -> int:
        try:
            return int(super().incr(key, delta, version))
        except RedisError as exc:
            _failed("incr", exc)
            return delta

    def set_many(
        self, data: dict[Any, Any], timeout: Any = DEFAULT_TIMEOUT, version: Any = None
    ) -> list[Any]:
        try:
            return list(super().set_many(data, timeout, version))
        except RedisError as exc:
            _failed("set_many", exc)
            return list(data)

    def delete_many(self, keys: Any, version: Any = None) -> None:
        try:
            super().delete_many(keys, version)
        except RedisError as exc:
            _failed("delete_many", exc)

    def clear(self) -> None:
        try:
            super().clear()
        except RedisError as exc:
            _failed("clear", exc)
