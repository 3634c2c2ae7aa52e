"""One person, one identity: positions extracted from two councils' minutes, asked for by name."""

from __future__ import annotations

from pathlib import Path

from assistant.models import Document, DocumentMeta, RecordFilters
from assistant.stores.database import Database
from assistant.stores.records import RecordStore
from ingest.extract import extract_records

MINUTES = {
    ("musterstadt-1", "Stadt Musterstadt"): (
        "TOP 1 Schulneubau\n\nHerr Stadtrat Becker (CDU) befürwortet die Variante B.\n\n"
        "TOP 2 Radweg\n\nDr. Becker fragt nach den Kosten des Radwegs."
    ),
    ("musterstadt-2", "Stadt Musterstadt"): "TOP 1 Haushalt\n\nBecker (CDU) kritisiert die Planung.",
    (
        "beispiel-1",
        "Gemeinde Beispiel",
    ): "TOP 1 Friedhof\n\nHerr Becker regt an, die Ruhezeiten zu verkürzen.",
}


def test_one_person_across_forms_of_address_not_across_councils(tmp_path: Path) -> None:
    db = Database(tmp_path / "records.sqlite")
    store = RecordStore(db)
    for (doc_id, municipality), text in MINUTES.items():
        meta = DocumentMeta(doc_id=doc_id, kind="minutes", municipality=municipality)
        store.save(doc_id, extract_records(Document(meta=meta, text=text)))

    musterstadt = RecordFilters(person="Stadtrat Becker", municipality="Stadt Musterstadt")
    found = store.positions(musterstadt)
    assert sorted(p.stance for p in found) == ["befürwortet", "fragt an", "kritisiert"]
    assert {p.person_key for p in found} == {"becker|stadt musterstadt"}

    everywhere = store.positions(RecordFilters(person="Herr Becker"))
    assert {p.person_key for p in everywhere} == {"becker|stadt musterstadt", "becker|gemeinde beispiel"}
    assert not store.positions(RecordFilters(person="Beck"))  # a surname, not a prefix of one
