"""Non-public text reaches no anonymous caller, not even through derived data.

Marker words are planted in the non-public part of a later session that settles a public task,
and in a whole non-public document: anonymous callers must see none of them on any endpoint —
not in a settlement, a record, a count or a vocabulary decision (a question about a word that
occurs only in non-public text must be answered exactly like a question about a word that occurs
nowhere). Members see the settlement, which proves the scenario is real.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from assistant.embedding import Embedder
from assistant.knowledge import KnowledgeBase
from assistant.service import Assistant
from ingest.pipeline import ingest_paths
from tests.conftest import make_settings, without_echo

MARKERS = ("Zwetschgenbau", "Quarzfeld", "Holunderhof", "Schlehdorn")
TASK = (
    "Die Verwaltung wird beauftragt, bis zur nächsten Sitzung eine Kostenschätzung für die Sanierung "
    "der Sporthalle Birkenweg vorzulegen."
)

FIRST = f"""id: leak-2025-01-14-stadtrat
title: Niederschrift Stadtrat 14.01.2025
municipality: Stadt Leakstadt
body: Stadtrat
date: 2025-01-14
kind: minutes
---
Öffentlicher Teil

TOP Ö 3  Sanierung der Sporthalle Birkenweg

Die Sporthalle Birkenweg ist stark sanierungsbedürftig. Nach kurzer Aussprache fasst der Stadtrat
folgenden Beschluss:
{TASK}

Abstimmungsergebnis: einstimmig
"""

LATER = """id: leak-2025-03-11-stadtrat
title: Niederschrift Stadtrat 11.03.2025
municipality: Stadt Leakstadt
body: Stadtrat
date: 2025-03-11
kind: minutes
---
Öffentlicher Teil

TOP Ö 1  Bekanntgaben

Die Bürgermeisterin gibt die Termine der Ferienspiele bekannt.

Nichtöffentlicher Teil

TOP N 1  Sanierung der Sporthalle Birkenweg – Vergabe

Der Stadtrat beschließt die Sanierung der Sporthalle Birkenweg durch die Firma Zwetschgenbau GmbH
aus Quarzfeld zum Preis von 1,4 Mio. Euro. Die Kostenschätzung der Verwaltung lag vor.
Herr Schlehdorn (SPD) befürwortet die Vergabe ausdrücklich.

Abstimmungsergebnis: einstimmig
"""

SECRET = """id: leak-2025-02-04-hauptausschuss
title: Vertrauliche Vorlage
municipality: Stadt Leakstadt
body: Hauptausschuss
date: 2025-02-04
kind: proposal
public: false
---
Der Hauptausschuss beschließt den Ankauf des Holunderhof für 800.000 Euro.
Abstimmungsergebnis: 7 Ja, 2 Nein
"""


@pytest.fixture(scope="module")
def leak_client(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder, api_keys: dict[str, str]
) -> Iterator[TestClient]:
    folder = tmp_path_factory.mktemp("leak-docs")
    for name, text in (("first.txt", FIRST), ("later.txt", LATER), ("secret.txt", SECRET)):
        (folder / name).write_text(text, encoding="utf-8")
    settings = make_settings(tmp_path_factory.mktemp("leak-store"))
    kb = KnowledgeBase(settings, embedder)
    report = ingest_paths(kb, [folder])
    assert report.ok, report.failures
    with TestClient(create_app(settings, Assistant(settings, kb))) as client:
        yield client
    kb.close()


@pytest.fixture(scope="module")
def member_headers(api_keys: dict[str, str]) -> dict[str, str]:
    return {"Authorization": f"Bearer {api_keys['member']}"}


def _leaks(payload: Any) -> list[str]:
    text = json.dumps(payload, ensure_ascii=False)
    return [m for m in MARKERS if m in text]


ANONYMOUS_READS = (
    ("get", "/v1/open-items", None),
    ("get", "/v1/open-items?status=settled", None),
    ("get", "/v1/decisions", None),
    ("get", "/v1/decisions?q=Sporthalle", None),
    ("get", "/v1/positions", None),
    ("get", "/v1/people/Schlehdorn/positions", None),
    ("get", "/v1/search?q=Sporthalle%20Birkenweg%20Vergabe%20Firma", None),
    ("get", "/v1/search?q=Zwetschgenbau", None),
    ("get", "/v1/documents", None),
    ("get", "/v1/documents/leak-2025-03-11-stadtrat", None),
    ("get", "/healthz", None),
    ("post", "/v1/ask", {"question": "Ist der Auftrag zur Kostenschätzung Sporthalle Birkenweg erledigt?"}),
    ("post", "/v1/ask", {"question": "Welche Firma saniert die Sporthalle Birkenweg und zu welchem Preis?"}),
    ("post", "/v1/ask", {"question": "Wer hat die Vergabe an Zwetschgenbau befürwortet?"}),
    ("post", "/v1/ask", {"question": "Was wurde zum Holunderhof beschlossen?"}),
)


@pytest.mark.parametrize(("method", "path", "body"), ANONYMOUS_READS)
def test_anonymous_sees_no_marker(leak_client: TestClient, method: str, path: str, body: Any) -> None:
    response = leak_client.request(method, path, json=body)
    assert response.status_code in (200, 404), response.text
    payload = without_echo(response.json(), body["question"]) if body else response.json()
    assert _leaks(payload) == []


def test_member_sees_the_settlement_anonymous_sees_the_item_open(
    leak_client: TestClient, member_headers: dict[str, str]
) -> None:
    member = leak_client.get("/v1/open-items", headers=member_headers).json()["results"]
    task = [o for o in member if "Kostenschätzung" in o["quote"]]
    assert task and task[0]["status"] == "settled"
    assert "Zwetschgenbau" in task[0]["settled_by"]["quote"]  # the scenario really settles non-publicly

    anonymous = leak_client.get("/v1/open-items").json()["results"]
    task = [o for o in anonymous if "Kostenschätzung" in o["quote"]]
    assert task and task[0]["status"] == "open" and task[0]["settled_by"] is None
    settled = leak_client.get("/v1/open-items?status=settled").json()["results"]
    assert not [o for o in settled if "Kostenschätzung" in o["quote"]]


def test_chunk_counts_count_what_the_caller_may_see(
    leak_client: TestClient, member_headers: dict[str, str]
) -> None:
    def counts(headers: dict[str, str]) -> dict[str, int]:
        documents = leak_client.get("/v1/documents", headers=headers).json()["documents"]
        return {d["doc_id"]: d["chunk_count"] for d in documents}

    member, anonymous = counts(member_headers), counts({})
    assert "leak-2025-02-04-hauptausschuss" in member and "leak-2025-02-04-hauptausschuss" not in anonymous
    assert anonymous["leak-2025-03-11-stadtrat"] < member["leak-2025-03-11-stadtrat"]
    health = leak_client.get("/healthz").json()
    assert health["chunks"] == sum(anonymous.values())


def test_a_word_only_non_public_text_has_is_unknown_to_anonymous_callers(
    leak_client: TestClient, member_headers: dict[str, str]
) -> None:
    """No yes/no oracle: „in Quarzfeld“ (only in non-public text) and „in Xylotrop“ (nowhere) get
    the same anonymous answer, word for word but the name."""

    def ask(place: str, headers: dict[str, str] | None = None) -> dict[str, Any]:
        question = f"Was beschloss der Stadtrat in {place} zur Sporthalle?"
        response = leak_client.post("/v1/ask", json={"question": question}, headers=headers or {})
        assert response.status_code == 200, response.text
        return dict(response.json())

    secret, unknown = ask("Quarzfeld"), ask("Xylotrop")
    assert json.dumps(secret, ensure_ascii=False).replace("Quarzfeld", "PLACE").replace(
        "quarzfeld", "place"
    ) == json.dumps(unknown, ensure_ascii=False).replace("Xylotrop", "PLACE").replace("xylotrop", "place")

    def passages(query: str) -> set[tuple[str, int, int]]:
        results = leak_client.get(f"/v1/search?q={query}").json()["results"]
        return {(r["doc_id"], r["char_start"], r["char_end"]) for r in results}

    assert passages("Quarzfeld") == passages("Xylotrop")  # scores differ only by the query's vector


def test_member_search_finds_the_non_public_text(
    leak_client: TestClient, member_headers: dict[str, str]
) -> None:
    results = leak_client.get("/v1/search?q=Zwetschgenbau", headers=member_headers).json()["results"]
    assert results and "Zwetschgenbau" in results[0]["quote"]
