"""Rate limits (429 with Retry-After) and request size limits (413)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.limits import TokenBuckets
from api.main import create_app
from assistant.service import Assistant
from tests.conftest import make_settings


@pytest.fixture()
def limited(corpus_assistant: Assistant, api_keys: dict[str, str]) -> Iterator[TestClient]:
    settings = make_settings(
        corpus_assistant.settings.data_dir, rate_limit_per_minute=6, rate_limit_burst=3, max_request_bytes=2048
    )
    with TestClient(create_app(settings, corpus_assistant)) as client:
        yield client


def test_a_client_over_its_rate_gets_429_with_retry_after(limited: TestClient, member: dict[str, str]) -> None:
    codes = [limited.get("/v1/decisions?body=Stadtrat").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    refused = limited.get("/v1/decisions")
    assert refused.status_code == 429 and 1 <= int(refused.headers["retry-after"]) <= 10
    assert refused.json()["detail"]
    assert limited.get("/v1/decisions", headers=member).status_code == 200  # a token has its own budget
    assert limited.get("/healthz").status_code == 200 and limited.get("/").status_code == 200  # not counted


def test_buckets_refill_over_time() -> None:
    now = [0.0]
    buckets = TokenBuckets(per_minute=60, burst=2, clock=lambda: now[0])
    assert [buckets.take("a"), buckets.take("a")] == [0.0, 0.0]
    assert buckets.take("a") == pytest.approx(1.0)
    assert buckets.take("b") == 0.0
    now[0] = 1.0
    assert buckets.take("a") == 0.0


def test_a_body_over_the_limit_gets_413(limited: TestClient) -> None:
    big = {"question": "Was wurde beschlossen?", "history": [{"question": "x" * 1500}, {"question": "y" * 1500}]}
    response = limited.post("/v1/ask", json=big)
    assert response.status_code == 413 and "2048" in response.json()["detail"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted while it streams
        yield b'{"question": "'
        for _ in range(10):
            yield b"x" * 500
        yield b'"}'

    streamed = limited.post("/v1/ask", content=chunks(), headers={"content-type": "application/json"})
    assert streamed.status_code == 413


def test_a_refusal_carries_cors_headers(corpus_assistant: Assistant) -> None:
    settings = make_settings(
        corpus_assistant.settings.data_dir,
        rate_limit_per_minute=1,
        rate_limit_burst=1,
        cors_origins="https://buergerinfo.example.de",
    )
    origin = {"Origin": "https://buergerinfo.example.de"}
    with TestClient(create_app(settings, corpus_assistant)) as client:
        assert client.get("/v1/decisions?body=Stadtrat", headers=origin).status_code == 200
        refused = client.get("/v1/decisions?body=Stadtrat", headers=origin)
        assert refused.status_code == 429
        assert refused.headers["access-control-allow-origin"] == "https://buergerinfo.example.de"
        assert "retry-after" in refused.headers["access-control-expose-headers"].lower()
