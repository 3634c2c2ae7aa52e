"""Feedback on answers: anyone may give it, only admins list it; storing it rebuilds no index."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from assistant.service import Assistant


@pytest.fixture(scope="module")
def admin(api_keys: dict[str, str]) -> dict[str, str]:
    return {"Authorization": f"Bearer {api_keys['admin']}"}


def test_feedback_is_stored_and_listed_for_admins(
    client: TestClient, corpus_assistant: Assistant, member: dict[str, str], admin: dict[str, str]
) -> None:
    answer = client.post(
        "/v1/ask", json={"question": "Welche Variante favorisierte Herr Czernitzki beim Integrationskonzept?"}
    ).json()
    version = corpus_assistant.kb.documents.version
    body = {
        "rating": "wrong_sources",
        "question": "Welche Variante favorisierte Herr Czernitzki beim Integrationskonzept?",
        "answer": answer["answer"],
        "citations": answer["citations"],
        "comment": "  Quelle passt nicht  ",
    }
    created = client.post("/v1/feedback", json=body)
    assert created.status_code == 201, created.text
    assert created.json()["role"] == "anonymous" and created.json()["comment"] == "Quelle passt nicht"
    assert client.post("/v1/feedback", json={**body, "rating": "helpful"}, headers=member).status_code == 201
    assert corpus_assistant.kb.documents.version == version  # no index rebuild for feedback

    assert client.get("/v1/feedback").status_code == 401
    assert client.get("/v1/feedback", headers=member).status_code == 403
    listed = client.get("/v1/feedback", headers=admin).json()["results"]
    assert [f["rating"] for f in listed[:2]] == ["helpful", "wrong_sources"]  # newest first
    stored = listed[1]
    assert stored["question"] == body["question"] and stored["answer"] == answer["answer"]
    assert stored["citations"][0]["doc_id"] == answer["citations"][0]["doc_id"]
    assert stored["citations"][0]["quote"] == answer["citations"][0]["quote"]
    only = client.get("/v1/feedback?rating=helpful", headers=admin).json()["results"]
    assert only and {f["rating"] for f in only} == {"helpful"} and only[0]["role"] == "member"


@pytest.mark.parametrize(
    "body",
    [
        {"rating": "great", "question": "Frage?"},
        {"rating": "helpful", "question": "  "},
        {"rating": "wrong", "question": "Frage?", "comment": "x" * 2001},
        {"rating": "wrong", "question": "Frage?", "extra": True},
    ],
)
def test_bad_feedback_is_422(client: TestClient, body: dict[str, object]) -> None:
    assert client.post("/v1/feedback", json=body).status_code == 422
