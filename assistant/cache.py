"""A value rebuilt only when the store's version changes (indexes are never rebuilt per query)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class VersionedCache(Generic[T]):
    """Holds one built value and the store version it was built for."""

    def __init__(self, build: Callable[[], T]) -> None:
        self._build = build
        self._lock = threading.Lock()
        self._value: T | None = None
        self._version: object = None

    def get(self, version: object) -> T:
        with self._lock:
            if self._value is None or version != self._version:
                self._value = self._build()
                self._version = version
            return self._value
