"""Which kinds of document yield records: minutes and excerpts do; motions and proposals only when the
portal page states the decision taken."""

from __future__ import annotations

from assistant.models import Document, DocumentMeta
from ingest.extract import extract_records

MOTION_PAGE = """14.03.2024 - 7.1 Antrag der Fraktion Bürger für Lindenhagen: Sitzbänke am Mühlenteich
Grunddaten
TOP: Ö 7.1
Gremium: Gemeinderat Lindenhagen
Vorlageart: Antrag aus der Politik öffentlich
Beschluss: {status}
Beschlussvorschlag:
Die Verwaltung wird beauftragt, am Rundweg um den Mühlenteich vier Sitzbänke aufzustellen.
"""
"""A portal page of an agenda item on a motion, written for this test."""


def _records(status: str, kind: str = "motion") -> tuple[list[str], list[str]]:
    meta = DocumentMeta(doc_id="x", kind=kind, municipality="Gemeinde Lindenhagen", body="Gemeinderat")
    found = extract_records(Document(meta=meta, text=MOTION_PAGE.format(status=status)))
    return [d.outcome for d in found.decisions], [o.owner for o in found.open_items]


def test_a_motion_page_with_the_decision_taken_yields_it() -> None:
    outcomes, owners = _records("ungeändert beschlossen")
    assert outcomes == ["angenommen"]
    assert owners == ["Verwaltung"]
    assert _records("mehrheitlich abgelehnt")[0] == ["abgelehnt"]


def test_a_motion_without_a_decision_taken_yields_nothing() -> None:
    assert _records("") == ([], [])
    assert _records("siehe Beratungsfolge", kind="proposal") == ([], [])
