"""An agenda item's heading line is a unit of its own, even when its first sentence follows on the next line
without a blank line or a full stop after the heading (ingest.extract.common._heading_end): otherwise the
heading and "Der Gemeinderat genehmigt einstimmig" or "Revierförster Kaspari stellt den Plan vor." are read as
one sentence, whose subject is the heading."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.models import Records
from ingest.documents import build_document
from ingest.extract import extract_records
from ingest.readers import read_file

HEAD = """id: lindenau-2024-02-13-gemeinderat
title: Niederschrift Gemeinderat 13.02.2024
municipality: Gemeinde Lindenau
body: Gemeinderat
date: 2024-02-13
kind: minutes
---
Tagesordnung
1. Genehmigung der Niederschrift vom 16.01.2024
2. Waldwegeplan 2024

1. Genehmigung der Niederschrift vom 16.01.2024
Der Gemeinderat genehmigt einstimmig

2. Waldwegeplan 2024
Revierförster Kaspari stellt den Plan vor. Gemeinderätin Ohlsen begrüßt, dass der Weg am Kalkofen befestigt wird.
"""


def _records(folder: Path, name: str, text: str) -> Records:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return extract_records(build_document(path, read_file(path)))


def test_a_decision_on_the_line_after_the_heading_is_found_without_the_heading(tmp_path: Path) -> None:
    found = _records(tmp_path, "lindenau.txt", HEAD)
    decision = next(d for d in found.decisions if "genehmigt einstimmig" in d.quote)
    assert decision.quote == "Der Gemeinderat genehmigt einstimmig"
    assert decision.unanimous


def test_the_first_speaker_after_the_heading_is_a_speaker(tmp_path: Path) -> None:
    found = _records(tmp_path, "lindenau.txt", HEAD)
    people = {(p.person.split()[-1], p.quote) for p in found.positions}
    assert ("Kaspari", "Revierförster Kaspari stellt den Plan vor.") in people
    assert any(person == "Ohlsen" for person, _ in people)


@pytest.mark.shared
def test_a_real_request_right_under_its_heading(shared_dir: Path) -> None:
    path = shared_dir / "corpus-bulk" / "docs" / "marktl-2012-02-14-marktgemeinderat-niederschrift.txt"
    if not path.exists():
        pytest.skip("shared corpus-bulk not present")
    found = extract_records(build_document(path, read_file(path)))
    asked = [p for p in found.positions if "Rücktritt aus dem Gemeinderat" in p.quote]
    # the heading's first line is cut off (its second line, "Vereidigung Christian Rusitschka", still leads)
    assert asked and "bat Marktgemeinderat Josef Frész" in asked[0].quote
    assert not asked[0].quote.startswith("1. Marktgemeinderat")
    assert asked[0].person.endswith("Frész")
