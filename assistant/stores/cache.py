"""A value rebuilt only when the store's version changes (indexes are never rebuilt per query).

A change made through this process's own handle is waited for: whoever wrote expects to read
it back. A change made by another process (``ratsinfo ingest`` into a store that is being
served, a nightly sync) is built in a background thread while every request keeps being answered
from the previous value; at a million chunks a build takes minutes.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

log = logging.getLogger(__name__)

RETRY_SECONDS = 5.0
"""After a failed background build, the next attempt waits this long (each request would retry)."""


@dataclass(frozen=True)
class StoreVersion:
    """``local`` counts writes through this process's handle; ``external`` changes with any other
    writer's commit (SQLite's ``data_version``)."""

    local: int
    external: int


class VersionedCache(Generic[T]):
    """Holds one built value and the store version it was built for."""

    def __init__(self, build: Callable[[], T]) -> None:
        self._build = build
        self._lock = threading.Lock()
        self._value: T | None = None
        self._version: StoreVersion | None = None
        self._building: threading.Thread | None = None
        self._failed_at = 0.0

    def get(self, version: StoreVersion) -> T:
        with self._lock:
            if self._value is None or self._version is None or version.local != self._version.local:
                self._value, self._version = self._build(), version
            elif version != self._version:
                self._refresh_in_background(version)
            return self._value

    def wait(self, timeout: float | None = None) -> None:
        """Block until a background build in progress has finished (tests, warm-up)."""
        thread = self._building
        if thread is not None:
            thread.join(timeout)

    def _refresh_in_background(self, version: StoreVersion) -> None:
        """Start building ``version`` unless a build runs or the last one failed moments ago."""
        if self._building is not None and self._building.is_alive():
            return
        if time.monotonic() - self._failed_at < RETRY_SECONDS:
            return
        self._building = threading.Thread(target=self._build_version, args=(version,), daemon=True)
        self._building.start()

    def _build_version(self, version: StoreVersion) -> None:
        try:
            value = self._build()
        except Exception as exc:  # a failed build keeps the previous value; the next request retries
            log.error("index rebuild failed; serving the previous version", extra={"error": str(exc)})
            self._failed_at = time.monotonic()
            return
        with self._lock:
            if self._version is None or version.local >= self._version.local:
                self._value, self._version = value, version
