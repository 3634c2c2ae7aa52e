"""Decisions, positions and open items over HTTP (and the CLI) on the real corpus."""

from __future__ import annotations

import json
from typing import Any

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.cli import app
from assistant.knowledge import KnowledgeBase
from assistant.models import RecordFilters
from assistant.service import Assistant
from ingest.pipeline import ingest_paths, remove_document
from tests.conftest import CORPUS

COMMON = {
    "doc_id",
    "municipality",
    "body",
    "date",
    "agenda_item",
    "quote",
    "char_start",
    "char_end",
    "source",
}


def get(
    client: TestClient, path: str, headers: dict[str, str] | None = None, **params: Any
) -> list[dict[str, Any]]:
    response = client.get(path, params=params, headers=headers or {})
    assert response.status_code == 200, response.text
    results: list[dict[str, Any]] = response.json()["results"]
    return results


def test_decisions_are_citable(client: TestClient, member: dict[str, str]) -> None:
    decisions = get(client, "/v1/decisions", member)
    assert len(decisions) >= 20
    texts: dict[str, str] = {}
    for d in decisions:
        assert COMMON | {"outcome", "unanimous", "votes", "by_faction", "text"} <= set(d)
        if d["doc_id"] not in texts:
            texts[d["doc_id"]] = client.get(f"/v1/documents/{d['doc_id']}", headers=member).json()["text"]
        assert texts[d["doc_id"]][d["char_start"] : d["char_end"]] == d["quote"]


def test_decision_filters(client: TestClient) -> None:
    budget = get(client, "/v1/decisions", q="Haushaltssatzung 2024", body="Stadtrat", date_to="2024-02-28")
    assert [(d["votes"], d["unanimous"]) for d in budget] == [({"yes": 14, "no": 5, "abstain": 2}, False)]
    adjourned = get(client, "/v1/decisions", outcome="vertagt")
    assert {(d["body"], d["date"]) for d in adjourned} == {("Bauausschuss", "2024-03-12")}
    later = get(client, "/v1/decisions", date_from="2024-11-01", municipality="Stadt Musterstadt")
    assert later and all(d["date"] >= "2024-11-01" for d in later)
    assert client.get("/v1/decisions", params={"date_from": "01.02.2024"}).status_code == 422


def test_non_public_records_need_a_token(client: TestClient, member: dict[str, str]) -> None:
    anonymous = get(client, "/v1/decisions", q="Kaufpreis")
    members = get(client, "/v1/decisions", member, q="Kaufpreis")
    assert anonymous == [] and [d["agenda_item"] for d in members] == ["N 1"]
    for path in ("/v1/decisions", "/v1/positions", "/v1/open-items"):
        payload = json.dumps(get(client, path))
        assert not any(secret in payload for secret in ("Zander", "Quitte", "Lerche"))


def test_positions_of_one_person_over_time(client: TestClient) -> None:
    becker = get(client, "/v1/people/Becker/positions")
    assert [p["date"] for p in becker] == sorted(p["date"] for p in becker)
    assert {"befürwortet", "lehnt ab"} <= {p["stance"] for p in becker}
    first = becker[0]
    assert (first["person"], first["faction"], first["object"]) == ("Herr Becker", "CDU", "Variante B")
    czernitzki = get(client, "/v1/positions", person="Czernitzki", q="Variante")
    assert [(p["stance"], p["object"]) for p in czernitzki] == [("befürwortet", "Variante 1")]


def test_open_items_are_settled_by_later_documents(client: TestClient) -> None:
    settled = get(client, "/v1/open-items", status="settled")
    referral = next(
        o for o in settled if o["doc_id"] == "musterstadt-2024-02-20-stadtrat" and o["agenda_item"] == "Ö 5"
    )
    assert referral["owner"] == "Bauausschuss"
    assert referral["settled_by"]["doc_id"] == "musterstadt-2024-03-12-bauausschuss"
    check = next(
        o
        for o in settled
        if o["doc_id"] == "musterstadt-2024-03-12-bauausschuss"
        and o["agenda_item"] == "TOP 3"
        and "beauftragt" in o["quote"]
    )  # the commission of the check (a member's request to weigh night noise in it is an item of its own)
    assert check["due"] == "nächste Sitzung" and check["settled_by"]["date"] == "2024-05-14"
    still_open = get(client, "/v1/open-items", status="open", owner="Verwaltung")
    assert still_open and all(o["status"] == "open" and o["settled_by"] is None for o in still_open)
    assert client.get("/v1/open-items", params={"status": "done"}).status_code == 422


def test_reingest_is_idempotent_and_removal_drops_records(fresh_kb: KnowledgeBase) -> None:
    files = [
        CORPUS / "musterstadt-2024-03-12-bauausschuss.txt",
        CORPUS / "musterstadt-2024-05-14-bauausschuss.txt",
    ]
    ingest_paths(fresh_kb, files)
    first = fresh_kb.records.open_items(include_private=True)
    ingest_paths(fresh_kb, files)
    assert fresh_kb.records.open_items(include_private=True) == first
    assert any(o.status == "settled" for o in first)
    assert all(d.chunk_id for d in fresh_kb.records.decisions(include_private=True))
    remove_document(fresh_kb, "musterstadt-2024-05-14-bauausschuss")
    assert all(o.status == "open" for o in fresh_kb.records.open_items(include_private=True))
    assert not fresh_kb.records.decisions(RecordFilters(date_from="2024-05-01"), include_private=True)


def test_cli_commands(corpus_assistant: Assistant) -> None:
    """The real ``ratsinfo`` CLI over the corpus store."""
    store = str(corpus_assistant.settings.data_dir)
    runner = CliRunner()
    result = runner.invoke(app, ["decisions", "--outcome", "vertagt", "--json", "--store", store])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["results"][0]["body"] == "Bauausschuss"
    result = runner.invoke(app, ["positions", "--person", "Becker", "--store", store])
    assert result.exit_code == 0 and "Variante B" in result.output
    result = runner.invoke(app, ["open-items", "--status", "settled", "--store", store])
    assert result.exit_code == 0 and "settled" in result.output
