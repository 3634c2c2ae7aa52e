"""The learned passage ranker: its features on a small index, its coefficients file, and how it reorders."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from assistant.models import Chunk, DocumentMeta, Passage
from assistant.query.analysis import analyse
from assistant.retrieval.lexical import LexicalIndex
from assistant.retrieval.passage_ranker import (
    FEATURES,
    PassageRanker,
    feature_matrix,
    reorder,
    shipped_ranker,
)
from assistant.retrieval.quoting import citation_of
from assistant.retrieval.retrieve import SearchIndex, candidates

META = {
    "a": DocumentMeta("a", "Sportplatz", "a.txt", "Gemeinde Beispiel", "Gemeinderat", "2023-03-01", "minutes"),
    "b": DocumentMeta("b", "Haushalt", "b.txt", "Gemeinde Muster", "Gemeinderat", "2022-05-02", "minutes"),
}
CHUNKS = [
    Chunk("a1", "a", "Sportplatz\n\nDer Bürgermeister begrüßt die Anwesenden zur Sitzung über den Sportplatz.", 0, 80),
    Chunk(
        "a2",
        "a",
        "Für die Flutlichtanlage am Sportplatz wird ein einmaliger Zuschuss von 25.000 Euro gewährt. "
        "Herr Braun erläutert den Antrag.",
        80,
        205,
    ),
    Chunk("b1", "b", "Der Haushalt 2022 wird mit 12 Ja-Stimmen beschlossen.", 0, 52),
]
INDEX = LexicalIndex(CHUNKS, META)


def _passage(chunk: Chunk, score: float) -> Passage:
    citation = citation_of(chunk, META[chunk.doc_id], 0, len(chunk.text), score)
    return Passage(citation, chunk, META[chunk.doc_id], score, dense=0.3, lexical=score, coverage=0.5)


def _only(name: str, weight: float = 1.0) -> PassageRanker:
    zeros = (0.0,) * len(FEATURES)
    coef = tuple(weight if f == name else 0.0 for f in FEATURES)
    return PassageRanker(FEATURES, zeros, (1.0,) * len(FEATURES), coef)


def test_features_describe_each_candidate() -> None:
    query = analyse("Wie hoch ist der Zuschuss für die Flutlichtanlage am Sportplatz?", INDEX)
    passages = [_passage(CHUNKS[0], 1.0), _passage(CHUNKS[1], 0.9), _passage(CHUNKS[2], 0.2)]
    found = candidates(SearchIndex(INDEX, None, {"a2": frozenset({"decision"})}), passages)
    x = dict(zip(FEATURES, feature_matrix(query, found).T, strict=True))
    assert x["score"].tolist() == [1.0, 0.9, 0.2]
    assert x["rank_inverse"].tolist() == [1.0, 0.5, pytest.approx(1 / 3)]
    assert x["top_document"].tolist() == [1.0, 1.0, 0.0]
    assert x["opening"].tolist() == [1.0, 0.0, 1.0]
    assert x["quote_specific"][1] > x["quote_specific"][0]  # Zuschuss, Flutlichtanlage beyond the title
    assert x["fact_chunk"].tolist() == [0.0, 1.0, 0.0]  # money asked: 25.000 Euro
    assert x["no_fact_asked"].tolist() == [0.0, 0.0, 0.0]
    assert x["record_other"].tolist() == [0.0, 1.0, 0.0]  # a decision record, the question is no decision question
    assert x["record_type"].tolist() == [0.0, 0.0, 0.0]


def test_scores_are_standardised_and_weighted() -> None:
    ranker = PassageRanker(("a", "b"), (1.0, 0.0), (2.0, 1.0), (1.0, -0.5))
    scores = ranker.scores(np.array([[3.0, 2.0], [1.0, 0.0]]))
    assert scores.tolist() == [1.0 - 1.0, 0.0]


def test_the_coefficients_file_round_trips_and_checks_its_features() -> None:
    ranker = _only("quote_specific", 2.0)
    assert PassageRanker.from_json(ranker.to_json()) == ranker
    renamed = ranker.to_json().replace('"quote_specific"', '"something_else"')
    with pytest.raises(ValueError, match="refit"):
        PassageRanker.from_json(renamed)


def test_the_shipped_ranker_uses_the_current_features() -> None:
    shipped = shipped_ranker()
    assert shipped is not None and shipped.features == FEATURES
    assert any(c != 0 for c in shipped.coef)


def test_only_the_first_documents_passages_change_places() -> None:
    query = analyse("Wie hoch ist der Zuschuss für die Flutlichtanlage am Sportplatz?", INDEX)
    other = replace(_passage(CHUNKS[2], 0.95))
    passages = [_passage(CHUNKS[0], 1.0), other, _passage(CHUNKS[1], 0.9)]
    found = candidates(SearchIndex(INDEX, None), passages)
    ordered = reorder(_only("quote_specific"), query, found)
    assert [p.chunk.chunk_id for p in ordered] == ["a2", "b1", "a1"]  # b1 keeps its slot
    everywhere = reorder(_only("opening"), query, found, within_top=False)
    assert [p.chunk.chunk_id for p in everywhere] == ["a1", "b1", "a2"]
