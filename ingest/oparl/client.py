"""HTTP for OParl servers: polite and robust, and explicit about what a server did wrong.

Polite: a User-Agent naming the project, at most ``oparl_concurrency`` requests in flight and
at most ``oparl_rate_per_host`` request starts per second to one host. Robust: timeouts,
retries with exponential backoff (``Retry-After`` honoured) after 429, 5xx, timeouts and
connection errors; broken TLS fails with the host's name and the setting that allows it.
Every error is a :class:`FetchError` that names the URL.
"""

from __future__ import annotations

import json
import logging
import re
import ssl
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from assistant.errors import IngestError
from assistant.settings import Settings
from ingest.oparl.cache import CacheEntry, ResponseCache

log = logging.getLogger(__name__)

RETRY_STATUS = frozenset({429, 500, 502, 503, 504, 520, 521, 522, 523, 524})
MAX_RETRY_AFTER_S = 120.0
Warn = Callable[[str, str], None]
"""``warn(url, message)``: something a server did wrong that the run survived."""


class FetchError(IngestError):
    """A request failed for good (after retries); the message names the URL and the reason."""

    def __init__(self, url: str, reason: str, status: int = 0) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.status = status


@dataclass
class FetchStats:
    """Counters shared by all threads of one run (read by the progress display)."""

    requests: int = 0
    retries: int = 0
    bytes: int = 0
    not_modified: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, **counts: int) -> None:
        with self._lock:
            for name, value in counts.items():
                setattr(self, name, getattr(self, name) + value)


class HostRateLimiter:
    """Spaces request starts to one host at least ``1 / rate`` seconds apart (thread-safe)."""

    def __init__(self, rate: float) -> None:
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, host: str) -> None:
        if not self.interval:
            return
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next.get(host, now))
            self._next[host] = start + self.interval
        if start > now:
            time.sleep(start - now)


@dataclass(frozen=True)
class Fetched:
    url: str
    status: int
    content_type: str
    body: bytes
    from_cache: bool = False


def _tls_problem(exc: BaseException) -> str:
    """The TLS error behind a transport error, or empty when it is none."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLError):
            return str(seen)
        seen = seen.__cause__ or seen.__context__
    text = str(exc)
    return text if "CERTIFICATE_VERIFY_FAILED" in text or "[SSL" in text else ""


class OParlHttp:
    """GET with retries, limits and the response cache. Thread-safe; one per sync run."""

    def __init__(self, settings: Settings, cache: ResponseCache, warn: Warn) -> None:
        self.settings = settings
        self.cache = cache
        self.warn = warn
        self.stats = FetchStats()
        self.insecure_hosts = {
            h.strip().lower() for h in settings.oparl_insecure_hosts.split(",") if h.strip()
        }
        headers = {"User-Agent": settings.oparl_user_agent}
        timeout = httpx.Timeout(settings.oparl_timeout_s)
        self._client = httpx.Client(headers=headers, timeout=timeout, follow_redirects=True)
        self._insecure = httpx.Client(headers=headers, timeout=timeout, follow_redirects=True, verify=False)
        self._slots = threading.BoundedSemaphore(settings.oparl_concurrency)
        self._limiter = HostRateLimiter(settings.oparl_rate_per_host)

    def close(self) -> None:
        self._client.close()
        self._insecure.close()

    def get(
        self, url: str, params: Mapping[str, str] | None = None, conditional: bool = False, max_bytes: int = 0
    ) -> Fetched:
        """The response to a GET (2xx only); ``conditional`` revalidates a cached copy (304 → cache)."""
        full = full_url(url, params)
        cached = self.cache.get(full) if conditional else None
        headers: dict[str, str] = {}
        if cached is not None:
            if cached[0].etag:
                headers["If-None-Match"] = cached[0].etag
            if cached[0].last_modified:
                headers["If-Modified-Since"] = cached[0].last_modified
        response, body = self._with_retries(full, headers, max_bytes)
        content_type = response.headers.get("content-type", "")
        if response.status_code == 304 and cached is not None:
            self.stats.add(not_modified=1)
            return Fetched(full, 200, cached[0].content_type, cached[1], from_cache=True)
        if not 200 <= response.status_code < 300:
            raise FetchError(full, f"HTTP {response.status_code}{_error_hint(body)}", response.status_code)
        if conditional:
            entry = CacheEntry(
                full,
                content_type,
                response.headers.get("etag", ""),
                response.headers.get("last-modified", ""),
            )
            self.cache.put(entry, body)
        return Fetched(full, response.status_code, content_type, body)

    def get_json(self, url: str, params: Mapping[str, str] | None = None) -> Any:
        """Parsed JSON; objects and full list pages are cached and revalidated (ETag/Last-Modified).

        Pages asked with ``modified_since`` are not cached: their URL changes with every sync.
        """
        since = "modified_since" in full_url(url, params)
        fetched = self.get(url, params, conditional=not since)
        return parse_json(fetched, self.warn)

    def _with_retries(
        self, url: str, headers: dict[str, str], max_bytes: int
    ) -> tuple[httpx.Response, bytes]:
        host = urlsplit(url).hostname or ""
        client = self._insecure if host.lower() in self.insecure_hosts else self._client
        attempts = self.settings.oparl_retries + 1
        for attempt in range(attempts):
            last = attempt == attempts - 1
            try:
                response, body = self._once(client, host, url, headers, max_bytes)
            except httpx.TimeoutException as exc:
                if last:
                    raise FetchError(
                        url, f"timed out after {attempts} attempt(s) ({type(exc).__name__})"
                    ) from exc
                delay = self._backoff(attempt)
            except httpx.TransportError as exc:
                if problem := _tls_problem(exc):
                    raise FetchError(
                        url,
                        f"TLS error with host {host}: {problem}. If you trust this host, allow it with "
                        f"RATSINFO_OPARL_INSECURE_HOSTS={host}",
                    ) from exc
                if last:
                    raise FetchError(url, f"connection failed after {attempts} attempt(s): {exc}") from exc
                delay = self._backoff(attempt)
            else:
                if response.status_code not in RETRY_STATUS or last:
                    return response, body
                delay = max(self._backoff(attempt), _retry_after(response))
            self.stats.add(retries=1)
            log.info("retrying", extra={"url": url, "attempt": attempt + 1, "delay_s": delay})
            time.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def _once(
        self, client: httpx.Client, host: str, url: str, headers: dict[str, str], max_bytes: int
    ) -> tuple[httpx.Response, bytes]:
        with self._slots:
            self._limiter.wait(host)
            self.stats.add(requests=1)
            with client.stream("GET", url, headers=headers) as response:
                declared = int(response.headers.get("content-length") or 0)
                if max_bytes and declared > max_bytes:
                    raise FetchError(url, f"file too large: {declared} bytes (limit {max_bytes})")
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if max_bytes and size > max_bytes:
                        raise FetchError(url, f"file too large: over {max_bytes} bytes")
                    chunks.append(chunk)
        self.stats.add(bytes=size)
        return response, b"".join(chunks)

    def _backoff(self, attempt: int) -> float:
        return float(self.settings.oparl_backoff_s * (2**attempt))


def full_url(url: str, params: Mapping[str, str] | None = None) -> str:
    """``url`` with ``params`` added to the query it already has (next links carry their own)."""
    return str(httpx.URL(url).copy_merge_params(dict(params))) if params else url


def _retry_after(response: httpx.Response) -> float:
    value = response.headers.get("retry-after", "")
    try:
        return min(float(value), MAX_RETRY_AFTER_S)
    except ValueError:
        return 0.0


def _error_hint(body: bytes) -> str:
    """A short hint from an error body (SD.NET sends ``{"error": 802, ...}``)."""
    text = " ".join(body[:300].decode("utf-8", errors="replace").split())
    return f" ({text[:160]})" if text and not text.lstrip().startswith("<") else ""


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def parse_json(fetched: Fetched, warn: Warn) -> Any:
    """The JSON of a response; wrong content types and unescaped control characters are warnings."""
    head = fetched.body[:512].lstrip().lower()
    if head.startswith((b"<!doctype", b"<html", b"<?xml", b"<")):
        raise FetchError(
            fetched.url, f"expected JSON, got markup (content type {fetched.content_type or 'missing'})"
        )
    if "json" not in fetched.content_type.lower():
        warn(fetched.url, f"content type {fetched.content_type or 'missing'!r} instead of application/json")
    try:
        text = fetched.body.decode("utf-8")
    except UnicodeDecodeError:
        warn(fetched.url, "JSON is not UTF-8; decoded as cp1252")
        text = fetched.body.decode("cp1252", errors="replace")
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        pass
    try:
        value = json.loads(text, strict=False)
    except json.JSONDecodeError:
        try:
            value = json.loads(_CONTROL.sub(" ", text), strict=False)
        except json.JSONDecodeError as exc:
            raise FetchError(fetched.url, f"malformed JSON: {exc}") from exc
    warn(fetched.url, "JSON with unescaped control characters (parsed leniently)")
    return value
