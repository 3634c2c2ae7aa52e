"""Per-client rate limits and request size limits, as plain ASGI middleware.

* Size: a request body larger than ``max_request_bytes`` gets 413 — told by its Content-Length
  before anything is read, or noticed while a body without one streams in.
* Rate: each client (its API token, else its address) has a bucket of ``rate_limit_burst``
  requests refilled at ``rate_limit_per_minute``; an empty bucket answers 429 with
  ``Retry-After`` (whole seconds until the next request is allowed). Only ``/v1`` and ``/mcp``
  count; pages, scripts and ``/healthz`` do not.
"""

from __future__ import annotations

import hashlib
import json
import math
import threading
import time
from collections import OrderedDict
from typing import Any

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

LIMITED_PREFIXES = ("/v1/", "/mcp")
MAX_CLIENTS = 100_000
"""Buckets kept; the least recently seen client is forgotten first (it starts with a full bucket)."""


class TokenBuckets:
    """Thread-safe token buckets, one per client key."""

    def __init__(self, per_minute: float, burst: int, clock: Any = time.monotonic) -> None:
        self.rate = per_minute / 60.0
        self.burst = float(burst)
        self.clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def take(self, key: str) -> float:
        """0 when the request may pass (one token taken), else seconds until one is available."""
        now = self.clock()
        with self._lock:
            tokens, seen = self._buckets.pop(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - seen) * self.rate)
            wait = 0.0 if tokens >= 1.0 else (1.0 - tokens) / self.rate
            self._buckets[key] = (tokens - 1.0 if wait == 0.0 else tokens, now)
            while len(self._buckets) > MAX_CLIENTS:
                self._buckets.popitem(last=False)
        return wait


async def _send_error(send: Send, status: int, detail: str, headers: tuple[tuple[bytes, bytes], ...] = ()) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()), *headers],
        }
    )
    await send({"type": "http.response.body", "body": body})


def client_key(scope: Scope, trust_forwarded_for: bool) -> str:
    """The bearer token's hash when one is sent (one budget per token), else the client address."""
    headers = dict(scope.get("headers") or [])
    auth = headers.get(b"authorization", b"")
    if auth.lower().startswith(b"bearer "):
        return "token:" + hashlib.sha256(auth[7:].strip()).hexdigest()[:32]
    if trust_forwarded_for and b"x-forwarded-for" in headers:
        return "ip:" + headers[b"x-forwarded-for"].split(b",")[0].strip().decode("latin-1")
    client = scope.get("client")
    return "ip:" + (client[0] if client else "unknown")


class LimitsMiddleware:
    def __init__(
        self,
        app: ASGIApp,
        max_request_bytes: int,
        per_minute: float,
        burst: int,
        trust_forwarded_for: bool = False,
    ) -> None:
        self.app = app
        self.max_bytes = max_request_bytes
        self.buckets = TokenBuckets(per_minute, burst) if per_minute > 0 else None
        self.trust_forwarded_for = trust_forwarded_for

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        if self.buckets is not None and path.startswith(LIMITED_PREFIXES) and scope.get("method") != "OPTIONS":
            wait = self.buckets.take(client_key(scope, self.trust_forwarded_for))
            if wait > 0:
                retry = str(max(1, math.ceil(wait))).encode()
                await _send_error(send, 429, "too many requests; retry later", ((b"retry-after", retry),))
                return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_bytes:
            await _send_error(send, 413, f"request body larger than {self.max_bytes} bytes")
            return
        await self.app(scope, self._counting(receive), send)

    def _counting(self, receive: Receive) -> Receive:
        """``receive`` that stops a body growing past the limit (chunked uploads send no length)."""
        seen = 0
        limit = self.max_bytes

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge(limit)
            return message

        return counted


class BodyTooLarge(HTTPException):
    """A streamed body passed the limit: 413 (an HTTPException passes FastAPI's body parsing as it is)."""

    def __init__(self, limit: int) -> None:
        super().__init__(status_code=413, detail=f"request body larger than {limit} bytes")
