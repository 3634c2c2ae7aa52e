"""Two councils on one server: a member token scoped to one council sees that council's non-public
content and never the other's — on every endpoint, in derived data (settlements, counts,
vocabulary) and in MCP tools alike (they share the same rights).

Council A is the scenario of test_leaks.py (Stadt Leakstadt); council B is the same scenario with
other marker words in another municipality. Marker words occur only in non-public text.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from api.main import create_app
from assistant.embedding import Embedder
from assistant.knowledge import KnowledgeBase
from assistant.models import Audience
from assistant.service import Assistant
from ingest.pipeline import ingest_paths
from tests.api.test_leaks import FIRST, LATER, MARKERS, SECRET
from tests.conftest import make_settings

A = "Stadt Leakstadt"
B = "Gemeinde Zweitdorf"
B_WORDS = {"Zwetschgenbau": "Kirschenbau", "Quarzfeld": "Basaltgrund", "Holunderhof": "Wacholderhof", "Schlehdorn": "Ebereschen"}
B_MARKERS = tuple(B_WORDS.values())
TOKENS = {
    "a": "member-a-token-1111",
    "b": "member-b-token-2222",
    "all": "member-all-token-3333",
    "admin-b": "admin-b-token-4444",
    "admin": "admin-all-token-5555",
}


def council_b(text: str) -> str:
    text = text.replace(A, B).replace("id: leak-", "id: zweit-")
    for old, new in B_WORDS.items():
        text = text.replace(old, new)
    return text


@pytest.fixture(scope="module")
def tenants(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[TestClient]:
    folder = tmp_path_factory.mktemp("tenant-docs")
    for name, text in (("first", FIRST), ("later", LATER), ("secret", SECRET)):
        (folder / f"a-{name}.txt").write_text(text, encoding="utf-8")
        (folder / f"b-{name}.txt").write_text(council_b(text), encoding="utf-8")
    keys = (
        f"member@{A}:{TOKENS['a']},member@{B}:{TOKENS['b']},member:{TOKENS['all']},"
        f"admin@{B}:{TOKENS['admin-b']},admin:{TOKENS['admin']}"
    )
    settings = make_settings(tmp_path_factory.mktemp("tenant-store"), api_keys=keys)
    kb = KnowledgeBase(settings, embedder)
    report = ingest_paths(kb, [folder])
    assert report.ok, report.failures
    with TestClient(create_app(settings, Assistant(settings, kb))) as client:
        yield client
    kb.close()


def bearer(who: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKENS[who]}"}


def found(payload: Any, markers: tuple[str, ...]) -> list[str]:
    text = json.dumps(payload, ensure_ascii=False)
    return [m for m in markers if m in text]


def reads(markers: tuple[str, ...], prefix: str) -> list[tuple[str, str, Any]]:
    firm, _place, farm, person = markers
    return [
        ("get", "/v1/open-items", None),
        ("get", "/v1/open-items?status=settled", None),
        ("get", "/v1/decisions", None),
        ("get", "/v1/decisions.csv", None),
        ("get", "/v1/positions", None),
        ("get", f"/v1/people/{person}/positions", None),
        ("get", "/v1/open-items.csv", None),
        ("get", "/v1/search?q=Sporthalle%20Birkenweg%20Vergabe%20Firma", None),
        ("get", f"/v1/search?q={firm}", None),
        ("get", "/v1/documents", None),
        ("get", f"/v1/documents/{prefix}-2025-03-11-stadtrat", None),
        ("get", f"/v1/documents/{prefix}-2025-02-04-hauptausschuss", None),
        ("get", "/healthz", None),
        ("post", "/v1/ask", {"question": "Ist der Auftrag zur Kostenschätzung Sporthalle Birkenweg erledigt?"}),
        ("post", "/v1/ask", {"question": "Welche Firma saniert die Sporthalle Birkenweg und zu welchem Preis?"}),
        ("post", "/v1/ask", {"question": f"Wer hat die Vergabe an {firm} befürwortet?"}),
        ("post", "/v1/ask", {"question": f"Was wurde zum {farm} beschlossen?"}),
    ]


def text_of(response: Any) -> Any:
    if response.headers["content-type"].startswith("text/csv"):
        return response.text
    return without_echo(response.json())


def without_echo(payload: Any) -> Any:
    """An abstention may name what the question asked about („Zu „Kirschenbau“ enthalten die
    Dokumente nichts“): that word comes from the question, not from a document."""
    if isinstance(payload, dict) and payload.get("abstained") is True:
        return {k: v for k, v in payload.items() if k != "answer"}
    return payload


@pytest.mark.parametrize(("method", "path", "body"), reads(B_MARKERS, "zweit"))
def test_member_of_a_sees_nothing_non_public_of_b(tenants: TestClient, method: str, path: str, body: Any) -> None:
    response = tenants.request(method, path, json=body, headers=bearer("a"))
    assert response.status_code in (200, 404), response.text
    assert found(text_of(response), B_MARKERS) == []


@pytest.mark.parametrize(("method", "path", "body"), reads(MARKERS, "leak"))
def test_member_of_b_sees_nothing_non_public_of_a(tenants: TestClient, method: str, path: str, body: Any) -> None:
    response = tenants.request(method, path, json=body, headers=bearer("b"))
    assert response.status_code in (200, 404), response.text
    assert found(text_of(response), MARKERS) == []


def test_each_member_sees_its_own_council(tenants: TestClient) -> None:
    for who, markers, prefix in (("a", MARKERS, "leak"), ("b", B_MARKERS, "zweit")):
        search = tenants.get(f"/v1/search?q={markers[0]}", headers=bearer(who)).json()["results"]
        assert search and markers[0] in search[0]["quote"]
        items = tenants.get("/v1/open-items", headers=bearer(who)).json()["results"]
        status = {o["municipality"]: o["status"] for o in items if "Kostenschätzung" in o["quote"]}
        assert status == {A: "settled" if who == "a" else "open", B: "settled" if who == "b" else "open"}
        own = tenants.get(f"/v1/documents/{prefix}-2025-03-11-stadtrat", headers=bearer(who)).json()
        assert not own["redacted"] and markers[0] in own["text"]
        assert tenants.get(f"/v1/documents/{prefix}-2025-02-04-hauptausschuss", headers=bearer(who)).status_code == 200
        other = "zweit" if prefix == "leak" else "leak"
        redacted = tenants.get(f"/v1/documents/{other}-2025-03-11-stadtrat", headers=bearer(who)).json()
        assert redacted["redacted"]
        assert tenants.get(f"/v1/documents/{other}-2025-02-04-hauptausschuss", headers=bearer(who)).status_code == 404
    everything = tenants.get("/v1/search?q=Kirschenbau", headers=bearer("all")).json()["results"]
    assert everything and "Kirschenbau" in everything[0]["quote"]  # an unscoped member sees both


def test_counts_are_what_the_member_may_see(tenants: TestClient) -> None:
    def counts(headers: dict[str, str]) -> dict[str, int]:
        documents = tenants.get("/v1/documents", headers=headers).json()["documents"]
        return {d["doc_id"]: d["chunk_count"] for d in documents}

    a, anonymous, everything = counts(bearer("a")), counts({}), counts(bearer("all"))
    assert a["leak-2025-03-11-stadtrat"] == everything["leak-2025-03-11-stadtrat"]
    assert a["zweit-2025-03-11-stadtrat"] == anonymous["zweit-2025-03-11-stadtrat"]
    assert "zweit-2025-02-04-hauptausschuss" not in a and "leak-2025-02-04-hauptausschuss" in a
    health = tenants.get("/healthz", headers=bearer("a")).json()
    assert health["chunks"] == sum(a.values()) and health.get("vectors") is None


def test_no_vocabulary_oracle_across_councils(tenants: TestClient) -> None:
    """For the member of A, a word only B's non-public text has is no different from a word nowhere."""

    def ask(place: str) -> str:
        question = f"Was beschloss der Stadtrat in {place} zur Sporthalle?"
        response = tenants.post("/v1/ask", json={"question": question}, headers=bearer("a"))
        assert response.status_code == 200, response.text
        return json.dumps(response.json(), ensure_ascii=False).replace(place, "PLACE").replace(place.lower(), "place")

    assert ask("Basaltgrund") == ask("Xylotrop")

    def passages(query: str) -> set[tuple[str, int, int]]:
        results = tenants.get(f"/v1/search?q={query}", headers=bearer("a")).json()["results"]
        return {(r["doc_id"], r["char_start"], r["char_end"]) for r in results}

    assert passages("Basaltgrund") == passages("Xylotrop")


def test_an_admin_of_b_lists_no_feedback_quoting_a(tenants: TestClient) -> None:
    """Feedback keeps the answer a reader saw; the member of A saw A's non-public text. An admin
    scoped to B lists anonymous feedback and B's members' only; the unscoped admin lists all."""
    question = "Welche Firma saniert die Sporthalle Birkenweg und zu welchem Preis?"
    given = {}
    for who in ("a", "b", "all", None):
        headers = bearer(who) if who else {}
        answer = tenants.post("/v1/ask", json={"question": question}, headers=headers).json()
        body = {"rating": "wrong", "question": question, "answer": answer["answer"], "citations": answer["citations"]}
        created = tenants.post("/v1/feedback", json=body, headers=headers)
        assert created.status_code == 201, created.text
        given[who] = created.json()["feedback_id"]
    assert found(tenants.get("/v1/documents/leak-2025-03-11-stadtrat", headers=bearer("a")).json(), MARKERS)

    scoped = tenants.get("/v1/feedback", headers=bearer("admin-b"))
    assert scoped.status_code == 200, scoped.text
    assert {f["feedback_id"] for f in scoped.json()["results"]} >= {given["b"], given[None]}
    assert not {f["feedback_id"] for f in scoped.json()["results"]} & {given["a"], given["all"]}
    assert found(scoped.json(), MARKERS) == []
    everything = tenants.get("/v1/feedback", headers=bearer("admin")).json()["results"]
    assert {f["feedback_id"] for f in everything} >= set(given.values())
    assert found([f for f in everything if f["feedback_id"] == given["a"]], MARKERS)  # what A's member saw


def test_audience_has_no_truth_value() -> None:
    with pytest.raises(TypeError):
        bool(Audience(municipalities=frozenset({A})))


def test_scoped_keys_are_parsed_and_validated(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, api_keys=f"member@{A}|{B}:abcdefgh12,admin:adminadmin9")
    assert settings.token_scopes == {"abcdefgh12": frozenset({A, B})}
    assert settings.tokens_by_role == {"abcdefgh12": "member", "adminadmin9": "admin"}
    with pytest.raises(ValidationError):
        make_settings(tmp_path, api_keys="member@:abcdefgh12")


@pytest.fixture(scope="module")
def tenants_from_chroma(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[TestClient]:
    """The same two councils with the vectors left in Chroma (dense_cache_max_chunks=0): dense
    candidates then come from Chroma's own search with a where clause per audience."""
    folder = tmp_path_factory.mktemp("tenant-docs-chroma")
    for name, text in (("first", FIRST), ("later", LATER), ("secret", SECRET)):
        (folder / f"a-{name}.txt").write_text(text, encoding="utf-8")
        (folder / f"b-{name}.txt").write_text(council_b(text), encoding="utf-8")
    keys = (
        f"member@{A}:{TOKENS['a']},member@{B}:{TOKENS['b']},member:{TOKENS['all']},"
        f"admin@{B}:{TOKENS['admin-b']},admin:{TOKENS['admin']}"
    )
    settings = make_settings(tmp_path_factory.mktemp("tenant-store-chroma"), api_keys=keys, dense_cache_max_chunks=0)
    kb = KnowledgeBase(settings, embedder)
    assert ingest_paths(kb, [folder]).ok
    with TestClient(create_app(settings, Assistant(settings, kb))) as client:
        yield client
    kb.close()


@pytest.mark.parametrize(("who", "own", "other"), [("a", MARKERS, B_MARKERS), ("b", B_MARKERS, MARKERS)])
def test_scoped_search_through_chroma(
    tenants_from_chroma: TestClient, who: str, own: tuple[str, ...], other: tuple[str, ...]
) -> None:
    for word in (*own, *other):
        response = tenants_from_chroma.get(f"/v1/search?q={word}%20Sporthalle%20Vergabe", headers=bearer(who))
        assert found(response.json(), other) == []
    mine = tenants_from_chroma.get(f"/v1/search?q={own[0]}", headers=bearer(who)).json()["results"]
    assert mine and own[0] in mine[0]["quote"]
    answer = tenants_from_chroma.post(
        "/v1/ask", json={"question": "Welche Firma saniert die Sporthalle Birkenweg?"}, headers=bearer(who)
    ).json()
    assert found(without_echo(answer), other) == []
