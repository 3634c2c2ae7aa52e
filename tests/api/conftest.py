"""HTTP fixtures: the app over the corpus store, and Authorization headers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from assistant.service import Assistant


@pytest.fixture(scope="module")
def client(corpus_assistant: Assistant) -> Iterator[TestClient]:
    with TestClient(create_app(corpus_assistant.settings, corpus_assistant)) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def member(api_keys: dict[str, str]) -> dict[str, str]:
    return {"Authorization": f"Bearer {api_keys['member']}"}
