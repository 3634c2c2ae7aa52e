"""Staff pages, CSV exports, the widget and CORS."""

from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from assistant.service import Assistant
from tests.conftest import make_settings


@pytest.mark.parametrize(
    ("path", "marker"),
    [
        ("/beschluesse", 'data-list="decisions"'),
        ("/positionen", 'data-list="positions"'),
        ("/auftraege", 'data-list="open-items"'),
        ("/widget-demo", "/static/widget.js"),
        ("/", "Frage stellen"),
    ],
)
def test_pages_are_served(client: TestClient, path: str, marker: str) -> None:
    response = client.get(path)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert marker in response.text and 'name="viewport"' in response.text
    assert response.headers["content-security-policy"] == "frame-ancestors 'self'"
    for script in ("/static/common.js", "/static/staff.js", "/static/widget.js", "/static/app.js"):
        assert client.get(script).status_code == 200


def test_query_parameters_do_not_change_a_page(client: TestClient) -> None:
    staff = client.get("/beschluesse").text
    assert client.get("/beschluesse", params={"html": "<b>x</b>", "page": "x"}).text == staff
    chat = client.get("/", params={"name": "../main.py", "policy": "frame-ancestors *"})
    assert chat.text == client.get("/").text
    assert chat.headers["content-security-policy"] == "frame-ancestors 'self'"


def _csv(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:]), delimiter=";"))


def test_decisions_csv_has_the_rows_of_the_json_list(client: TestClient) -> None:
    json_rows = client.get("/v1/decisions?body=Stadtrat").json()["results"]
    response = client.get("/v1/decisions.csv?body=Stadtrat")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert 'filename="beschluesse.csv"' in response.headers["content-disposition"]
    rows = _csv(response.text)
    assert len(rows) == len(json_rows) > 0
    assert [r["quote"] for r in rows] == [r["quote"] for r in json_rows]
    voted = next(r for r in json_rows if r["votes"]["yes"] is not None)
    row = next(r for r in rows if r["quote"] == voted["quote"])
    assert row["yes"] == str(voted["votes"]["yes"]) and row["outcome"] == voted["outcome"]


def test_vorlage_filter(client: TestClient) -> None:
    everything = client.get("/v1/decisions").json()["results"]
    numbered = next(d for d in everything if d["vorlage"])
    part = numbered["vorlage"].split("/")[-1]
    found = client.get("/v1/decisions", params={"vorlage": part}).json()["results"]
    assert found and all(part in d["vorlage"] for d in found) and len(found) < len(everything)


def test_positions_and_open_items_csv(client: TestClient, member: dict[str, str]) -> None:
    positions = _csv(client.get("/v1/positions.csv").text)
    assert positions and {"person", "stance", "quote"} <= set(positions[0])
    person = positions[0]["person"].split()[-1]
    mine = _csv(client.get(f"/v1/people/{person}/positions.csv").text)
    assert mine and all(person in p["person"] for p in mine)
    items = _csv(client.get("/v1/open-items.csv", headers=member).text)
    assert items and {"status", "due", "settled_by_quote"} <= set(items[0])
    assert len(items) == len(client.get("/v1/open-items", headers=member).json()["results"])


def test_csv_cells_never_start_a_formula() -> None:
    from api.routes.exports import _cell

    assert _cell("=SUMME(A1)") == "'=SUMME(A1)" and _cell("-5") == "'-5" and _cell(True) == "ja"


def test_widget_origins_and_cors(corpus_assistant: Assistant, tmp_path: object) -> None:
    settings = make_settings(
        corpus_assistant.settings.data_dir,
        widget_origins="https://buergerinfo.example.de",
        cors_origins="https://buergerinfo.example.de",
    )
    with TestClient(create_app(settings, corpus_assistant)) as client:
        page = client.get("/?embed=1&municipality=Landkreis%20B%C3%B6rde")
        assert page.headers["content-security-policy"] == "frame-ancestors 'self' https://buergerinfo.example.de"
        assert client.get("/beschluesse").headers["content-security-policy"] == "frame-ancestors 'self'"
        allowed = client.options(
            "/v1/ask",
            headers={
                "Origin": "https://buergerinfo.example.de",
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "content-type,authorization",
            },
        )
        assert allowed.status_code == 200
        assert allowed.headers["access-control-allow-origin"] == "https://buergerinfo.example.de"
        other = client.get("/v1/decisions", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers
