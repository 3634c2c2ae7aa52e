"""Paginated OParl lists: follow ``links.next``, detect loops, survive what real servers answer.

Survived, each a warning: ``[]`` or a bare array instead of a page (SD.NET), a single object
instead of a list (SD.NET ``/body``), a 404/400 when ``modified_since`` is set (SD.NET error 802:
the list is read in full instead). Ended, and marked incomplete: a next link that fails after
retries, a loop, more pages than ``oparl_max_pages``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ingest.oparl.client import FetchError, OParlHttp, full_url

SINCE_REJECTED = frozenset({400, 404, 422})


@dataclass
class Listing:
    """One list's pages as they are read; ``complete`` and ``full`` are known after the last page."""

    http: OParlHttp
    url: str
    since: str = ""
    limit: int = 0
    max_pages: int = 100_000
    complete: bool = True
    """False when the list could not be read to its end."""
    failure: str = ""
    pages: int = 0
    _visited: set[str] = field(default_factory=set)

    @property
    def full(self) -> bool:
        """True when every object was listed (no ``modified_since``) and the list was read to its end."""
        return self.complete and not self.since

    def objects(self) -> Iterator[list[Any]]:
        """The ``data`` of each page."""
        params = self._params()
        next_url: str | None = self.url
        while next_url:
            key = full_url(next_url, params)
            if key in self._visited:
                return self._stop(key, "pagination loop: the next link points to a page already read")
            if self.pages >= self.max_pages:
                return self._stop(key, f"more than {self.max_pages} pages; stopped (loop?)")
            self._visited.add(key)
            self.pages += 1
            try:
                payload = self.http.get_json(next_url, params)
            except FetchError as exc:
                if self.since and self.pages == 1 and exc.status in SINCE_REJECTED:
                    self.http.warn(exc.url, f"list rejects modified_since (HTTP {exc.status}); read in full")
                    self.since, self.pages = "", 0
                    self._visited.clear()
                    params = self._params()
                    continue
                return self._stop(exc.url, f"list page failed: {exc.reason}")
            data, next_url = self._page(key, payload)
            params = {}
            if data:
                yield data
        return None

    def _params(self) -> dict[str, str]:
        params = {"modified_since": self.since} if self.since else {}
        if self.limit:
            params["limit"] = str(self.limit)
        return params

    def _page(self, url: str, payload: Any) -> tuple[list[Any], str | None]:
        if isinstance(payload, list):
            what = (
                "[] instead of an empty list page" if not payload else "a bare array instead of a list page"
            )
            self.http.warn(url, f"list answered {what}")
            return payload, None
        if not isinstance(payload, dict):
            self._stop(url, f"list page is a {type(payload).__name__}, not an object")
            return [], None
        if "data" not in payload:
            if "id" in payload:
                self.http.warn(url, "list answered a single object instead of a list")
                return [payload], None
            self._stop(url, "list page without data")
            return [], None
        data = payload["data"]
        if not isinstance(data, list):
            self.http.warn(url, "data is not a list")
            data = [data] if isinstance(data, dict) else []
        links = payload.get("links")
        nxt = links.get("next") if isinstance(links, dict) else None
        return data, nxt if isinstance(nxt, str) and nxt.strip() else None

    def _stop(self, url: str, reason: str) -> None:
        self.complete = False
        self.failure = f"{url}: {reason}"
        return None
