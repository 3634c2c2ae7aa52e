"""A question that names its municipality is answered from that municipality first: a passage of another one that
matches the question's words better (another council's Kita fees for "Weißenbach Kita-Gebühren …") stays a further
citation behind every passage of the named one. Own documents."""

from __future__ import annotations

from pathlib import Path

from assistant.embedding import Embedder
from tests.conftest import assistant_over

OTHER = """source: x
municipality: Gemeinde Ahlen am Berg
body: Gemeinderat
date: 2021-09-16
kind: minutes
---
TOP 4 Kindergartengebühren

Bürgermeister Haas stellte die neuen Kita-Gebühren vor. Der Gemeinderat beschloss die Kita-Gebühren für das
Kindergartenjahr 2021/22 einstimmig. Die Gebühren für die Krippe steigen um fünf Prozent.
"""

NAMED = """source: x
municipality: Ortsgemeinde Weißenbach
body: Gemeinderat
date: 2017-01-23
kind: minutes
---
TOP 1 Tagesordnung

Vor Eintritt in die Tagesordnung bittet der Vorsitzende um Erweiterung des TOP 6 um Pachtangelegenheiten. Es bestehen
keine Einwände.

TOP 2 Dorfwettbewerb

Der Gemeinderat beschließt die Teilnahme am Wettbewerb Unser Dorf hat Zukunft. Beschluss: einstimmig.
"""


def test_the_named_municipality_leads_the_citations(tmp_path: Path, embedder: Embedder) -> None:
    (tmp_path / "ahlen.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "weissenbach.txt").write_text(NAMED, encoding="utf-8")
    paths = [tmp_path / "ahlen.txt", tmp_path / "weissenbach.txt"]
    with assistant_over(paths, tmp_path / "data", embedder) as assistant:
        answer = assistant.ask("Weißenbach Kita-Gebühren Gemeinderat Beschluss")
    places = [c.municipality for c in answer.citations]
    assert "Ortsgemeinde Weißenbach" in places
    named = [i for i, place in enumerate(places) if place == "Ortsgemeinde Weißenbach"]
    other = [i for i, place in enumerate(places) if place != "Ortsgemeinde Weißenbach"]
    assert not other or max(named) < min(other)
