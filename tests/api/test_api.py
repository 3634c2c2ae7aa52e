"""The HTTP API over the real corpus: shapes, verbatim citations, validation and access control."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, cast

import pytest
from fastapi.testclient import TestClient

from api.deps import role_for_token
from api.main import create_app
from assistant.errors import ConfigError, NotFoundError, RatsinfoError, StoreError
from assistant.service import Assistant
from assistant.settings import Settings
from tests.conftest import without_echo

SEED_QUESTION = "Welche Variante favorisierte Herr Czernitzki beim Integrationskonzept?"
SEED_DOC = "boerde-2017-02-01-integrationskonzept"
UNANSWERABLE = "Wie viele Windräder plant die Gemeinde auf dem Mond?"
SECRETS = ("Zander", "Quitte", "Lerche")
CITATION_FIELDS = {
    "doc_id", "title", "municipality", "body", "date", "agenda_item",
    "page", "quote", "char_start", "char_end", "source", "score",
}  # fmt: skip


@pytest.fixture(scope="module")
def admin(api_keys: dict[str, str]) -> dict[str, str]:
    return {"Authorization": f"Bearer {api_keys['admin']}"}


def ask(
    client: TestClient, question: str, headers: dict[str, str] | None = None, **extra: Any
) -> dict[str, Any]:
    response = client.post("/v1/ask", json={"question": question, **extra}, headers=headers or {})
    assert response.status_code == 200, response.text
    return cast(dict[str, Any], response.json())


def assert_verbatim(client: TestClient, citations: list[dict[str, Any]], headers: dict[str, str]) -> None:
    texts: dict[str, str] = {}
    for c in citations:
        if c["doc_id"] not in texts:
            response = client.get(f"/v1/documents/{c['doc_id']}", headers=headers)
            assert response.status_code == 200, response.text
            texts[c["doc_id"]] = response.json()["text"]
        assert texts[c["doc_id"]][c["char_start"] : c["char_end"]] == c["quote"]


# --- page and docs -------------------------------------------------------------------------------


def test_index_serves_chat_page(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "Frage stellen" in response.text
    assert client.get("/static/app.js").status_code == 200


def test_openapi_docs(client: TestClient) -> None:
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/v1/ask", "/v1/search", "/v1/documents", "/v1/documents/{doc_id}", "/healthz"} <= set(paths)


def test_healthz_counts(client: TestClient, admin: dict[str, str]) -> None:
    response = client.get("/healthz", headers=admin)
    assert response.status_code == 200
    health = response.json()
    assert health["status"] == "ok"
    assert health["documents"] >= 2
    assert health["chunks"] >= health["documents"]
    assert health["vectors"] == health["chunks"]
    anonymous = client.get("/healthz").json()
    assert anonymous["vectors"] is None  # it would count non-public chunks
    assert anonymous["chunks"] < health["chunks"]  # the corpus holds non-public parts


# --- ask -----------------------------------------------------------------------------------------


def test_ask_response_shape_and_order(client: TestClient, member: dict[str, str]) -> None:
    data = ask(client, SEED_QUESTION)
    assert set(data) == {"answer", "abstained", "citations", "question_type", "records", "premise_contradicted"}
    assert data["premise_contradicted"] is False
    assert data["abstained"] is False
    assert data["answer"].strip()
    assert data["citations"]
    assert all(set(c) == CITATION_FIELDS for c in data["citations"])
    scores = [c["score"] for c in data["citations"]]
    assert scores == sorted(scores, reverse=True)
    assert_verbatim(client, data["citations"], member)


def test_seed_question_cites_integrationskonzept(client: TestClient) -> None:
    data = ask(client, SEED_QUESTION)
    hits = [c for c in data["citations"] if c["doc_id"] == SEED_DOC and "Variante 1" in c["quote"]]
    assert hits, data
    hit = hits[0]
    assert hit["body"] == "Kultur- und Sozialausschuss"
    assert hit["date"] == "2017-02-01"
    assert hit["agenda_item"] == "Ö 4.1"
    assert "[1]" in data["answer"]


def test_unanswerable_question_abstains(client: TestClient) -> None:
    data = ask(client, UNANSWERABLE)
    assert data["abstained"] is True
    assert data["citations"] == []
    assert data["answer"].strip()


def test_ask_filters_restrict_results(client: TestClient) -> None:
    data = ask(client, SEED_QUESTION, filters={"municipality": "Stadt Musterstadt"})
    assert all(c["municipality"] == "Stadt Musterstadt" for c in data["citations"])
    data = ask(client, SEED_QUESTION, filters={"date_from": "2017-01-01", "date_to": "2017-12-31"})
    assert all("2017-01-01" <= c["date"] <= "2017-12-31" for c in data["citations"])


# --- search and documents ------------------------------------------------------------------------


def test_search_returns_verbatim_citations(client: TestClient, member: dict[str, str]) -> None:
    response = client.get("/v1/search", params={"q": "Integrationskonzept Variante", "k": 5})
    assert response.status_code == 200
    results = response.json()["results"]
    assert 0 < len(results) <= 5
    assert all(set(c) == CITATION_FIELDS for c in results)
    assert_verbatim(client, results, member)


def test_document_list_and_detail(client: TestClient) -> None:
    documents = client.get("/v1/documents").json()["documents"]
    ids = {d["doc_id"] for d in documents}
    assert SEED_DOC in ids
    assert all(d["public"] and d["chunk_count"] > 0 for d in documents)
    doc = client.get(f"/v1/documents/{SEED_DOC}").json()
    assert doc["body"] == "Kultur- und Sozialausschuss"
    assert doc["text"]
    assert all(0 <= s["char_start"] <= s["char_end"] <= len(doc["text"]) for s in doc["sections"])


def test_unknown_document_is_404(client: TestClient) -> None:
    response = client.get("/v1/documents/gibt-es-nicht")
    assert response.status_code == 404
    assert "detail" in response.json()


# --- validation ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        {"question": ""},
        {"question": "   "},
        {},
        {"question": "x" * 2001},
        {"question": "Frage", "top_k": 0},
        {"question": "Frage", "top_k": 51},
        {"question": "Frage", "filters": {"date_from": "01.02.2017"}},
        {"question": "Frage", "filters": {"date_to": "2017-13-01"}},
        {"question": "Frage", "filters": {"gremium": "Stadtrat"}},
    ],
)
def test_ask_rejects_invalid_requests(client: TestClient, body: dict[str, Any]) -> None:
    assert client.post("/v1/ask", json=body).status_code == 422


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": ""},
        {"q": "  "},
        {"q": "Haushalt", "k": 0},
        {"q": "Haushalt", "k": 51},
        {"q": "Haushalt", "date_from": "2024-2-1"},
    ],
)
def test_search_rejects_invalid_requests(client: TestClient, params: dict[str, Any]) -> None:
    assert client.get("/v1/search", params=params).status_code == 422


# --- access control ------------------------------------------------------------------------------


def _private_doc_ids(client: TestClient, member: dict[str, str]) -> list[str]:
    documents = client.get("/v1/documents", headers=member).json()["documents"]
    return [d["doc_id"] for d in documents if not d["public"]]


def assert_no_secret(text: str) -> None:
    leaked = [word for word in SECRETS if word in text]
    assert not leaked, f"non-public words leaked: {leaked}"


@pytest.mark.parametrize(
    "header",
    ["Bearer wrong-token-123", "Bearer", "Basic bWVtYmVyOnNlY3JldA==", "member-token-4711", ""],
)
def test_bad_credentials_are_401(client: TestClient, header: str) -> None:
    headers = {"Authorization": header}
    responses = [
        client.post("/v1/ask", json={"question": "Was steht zum Geheimmarker Zander?"}, headers=headers),
        client.get("/v1/search", params={"q": "Geheimmarker"}, headers=headers),
        client.get("/v1/documents", headers=headers),
        client.get(f"/v1/documents/{SEED_DOC}", headers=headers),
    ]
    for response in responses:
        assert response.status_code == 401
        assert response.headers["www-authenticate"] == "Bearer"
        assert_no_secret(response.text)


def test_anonymous_callers_see_nothing_non_public(client: TestClient, member: dict[str, str]) -> None:
    for word in SECRETS:
        for question in (f"Was steht zum Geheimmarker {word}?", f"Geheimmarker {word}"):
            response = client.post("/v1/ask", json={"question": question, "top_k": 50})
            assert response.status_code == 200
            assert_no_secret(json.dumps(without_echo(response.json(), question), ensure_ascii=False))
        response = client.get("/v1/search", params={"q": f"Geheimmarker {word}", "k": 50})
        assert_no_secret(response.text)
    response = client.get("/v1/search", params={"q": "Geheimmarker", "k": 50})
    assert response.status_code == 200
    assert_no_secret(response.text)

    listing = client.get("/v1/documents")
    assert_no_secret(listing.text)
    for doc in listing.json()["documents"]:
        detail = client.get(f"/v1/documents/{doc['doc_id']}")
        assert detail.status_code == 200
        assert_no_secret(detail.text)

    private_ids = _private_doc_ids(client, member)
    assert private_ids, "the corpus should hold a whole non-public document"
    for doc_id in private_ids:
        assert client.get(f"/v1/documents/{doc_id}").status_code == 404


def test_redaction_keeps_offsets(client: TestClient, member: dict[str, str]) -> None:
    anonymous_docs = client.get("/v1/documents").json()["documents"]
    redacted = 0
    for summary in anonymous_docs:
        public = client.get(f"/v1/documents/{summary['doc_id']}").json()
        full = client.get(f"/v1/documents/{summary['doc_id']}", headers=member).json()
        assert len(public["text"]) == len(full["text"])
        assert full["redacted"] is False
        redacted += public["redacted"]
    assert redacted >= 1, "the corpus should hold minutes with a non-public part"


@pytest.mark.parametrize("word", SECRETS)
def test_members_find_non_public_content(
    client: TestClient, member: dict[str, str], admin: dict[str, str], word: str
) -> None:
    results = client.get("/v1/search", params={"q": f"Geheimmarker {word}"}, headers=member).json()["results"]
    assert any(word in c["quote"] for c in results)
    assert_verbatim(client, results, member)

    data = ask(client, f"Was steht zum Geheimmarker {word}?", headers=admin)
    assert not data["abstained"]
    assert any(word in c["quote"] for c in data["citations"])

    documents = client.get("/v1/documents", headers=member).json()["documents"]
    texts = [client.get(f"/v1/documents/{d['doc_id']}", headers=member).json()["text"] for d in documents]
    assert any(word in text for text in texts)


# --- error mapping and auth helpers (no model needed) --------------------------------------------


class FailingAssistant:
    """Stands in for the Assistant and raises what the service may raise."""

    def __init__(self, settings: Settings, error: Exception) -> None:
        self.settings = settings
        self.error = error

    def search(self, *args: object, **kwargs: object) -> None:
        raise self.error

    def get_document(self, *args: object, **kwargs: object) -> None:
        raise self.error


@pytest.mark.parametrize(
    ("error", "status"),
    [
        (StoreError("chroma is unreachable"), 503),
        (ConfigError("model path does not exist"), 503),
        (NotFoundError("no document"), 404),
        (RatsinfoError("bad filter"), 400),
    ],
)
def test_service_errors_map_to_status(tmp_path: Path, error: Exception, status: int) -> None:
    settings = Settings(_env_file=None, data_dir=tmp_path)  # type: ignore[call-arg]
    app = create_app(settings, cast(Assistant, FailingAssistant(settings, error)))
    with TestClient(app) as test_client:
        for response in (
            test_client.get("/v1/search", params={"q": "x"}),
            test_client.get("/v1/documents/x"),
        ):
            assert response.status_code == status
            assert str(error) in response.json()["detail"]


def test_role_for_token() -> None:
    tokens: dict[str, Any] = {"member-secret-1": "member", "admin-secret-2": "admin"}
    assert role_for_token("member-secret-1", tokens) == "member"
    assert role_for_token("admin-secret-2", tokens) == "admin"
    assert role_for_token("member-secret", tokens) is None
    assert role_for_token("", tokens) is None


def test_decision_question_carries_its_vote_record(client: TestClient) -> None:
    data = ask(
        client, "Wie hat der Bauausschuss im Mai 2024 über den Bebauungsplan Nr. 47 „Am Mühlbach“ abgestimmt?"
    )
    assert data["question_type"] == "decision"
    assert not data["abstained"]
    votes = [r["votes"] for r in data["records"] if r.get("votes")]
    assert {"yes": 8, "no": 2, "abstain": 1} in votes
    lead = data["answer"].splitlines()[0]
    assert "8 Ja, 2 Nein, 1 Enthaltung" in lead and lead.endswith("]")
    number = int(lead.rsplit("[", 1)[1].rstrip("]"))
    assert "8 Ja-Stimmen" in data["citations"][number - 1]["quote"]
    for record in data["records"]:
        assert record["doc_id"] in {c["doc_id"] for c in data["citations"]}


def test_position_question_carries_positions(client: TestClient) -> None:
    data = ask(client, "Welche Position hatte Herr Czernitzki zum Integrationskonzept?")
    assert data["question_type"] == "position"
    assert any(r["person"].endswith("Czernitzki") and r["stance"] == "befürwortet" for r in data["records"])
    assert "Czernitzki befürwortet" in data["answer"].splitlines()[0]
