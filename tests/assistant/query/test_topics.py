"""Nouns no document uses, in a question that names no place: a topic the documents do not cover."""

from __future__ import annotations

from assistant.models import Chunk, DocumentMeta
from assistant.query.analysis import analyse, unknown_topics
from assistant.retrieval.lexical import LexicalIndex

TEXT = "Der Gemeinderat beschließt die Sanierung des Marktplatzes in Musterstadt. Die Kosten trägt die Stadt."


def _index() -> LexicalIndex:
    meta = DocumentMeta(doc_id="d", title="Marktplatz", municipality="Stadt Musterstadt", body="Gemeinderat")
    chunk = Chunk(chunk_id="c", doc_id="d", text=TEXT, char_start=0, char_end=len(TEXT))
    return LexicalIndex([chunk], {"d": meta})


def test_unknown_noun_without_a_place_is_an_uncovered_topic() -> None:
    index = _index()
    assert unknown_topics("Was macht die Stadt gegen die Taubenplage am Marktplatz?", index) == {"Taubenplage"}
    query = analyse("Was macht die Stadt gegen die Taubenplage am Marktplatz?", index)
    assert query.evidence.unknown_places == {"Taubenplage"}  # no passage is evidence
    assert not query.unknown_places  # the abstention names no place


def test_a_named_place_keeps_unknown_nouns_as_paraphrases() -> None:
    query = analyse("Was kostet die Sanierung des Marktplatzes in Musterstadt laut Kämmerin?", _index())
    assert not query.unknown_places
    assert unknown_topics("Was kostet die Sanierung des Marktplatzes?", _index()) == frozenset()


def test_a_lexicon_phrase_whose_council_words_no_text_uses_is_a_topic() -> None:
    # "Wohnung" and "Menschen" are known words, but what the phrase means (Obdachlose …) is in no text
    question = "Welche Unterkunft für Menschen ohne Wohnung will die Stadt schaffen?"
    assert "obdachlose" in unknown_topics(question, _index())
    assert unknown_topics("Was kostet der Marktplatz?", _index()) == frozenset()


def test_verwaltung_names_no_body() -> None:
    from assistant.query.scope import MetadataVocabulary

    meta = DocumentMeta(doc_id="d", title="t", municipality="Stadt X", body="Gremium (Fragen an Rat und Verwaltung)")
    assert not MetadataVocabulary([meta]).scope("Was will die Verwaltung schaffen?").bodies


def test_a_paraphrased_body_is_no_topic() -> None:
    assert unknown_topics("Was hat die Ortsteilvertretung zum Marktplatz festgelegt?", _index()) == frozenset()


def test_a_person_the_texts_name_anchors_a_question_like_a_place() -> None:
    # own text: a member named with a party in brackets; an unknown noun beside her name is a paraphrase, no topic
    text = "Ulrike Kamp (SPD) wertete den Bürgerbus als gute Ergänzung zum Busverkehr."
    meta = DocumentMeta(doc_id="k", title="Bürgerbus", municipality="Stadt Musterstadt", body="Rat")
    index = LexicalIndex([Chunk(chunk_id="k1", doc_id="k", text=text, char_start=0, char_end=len(text))], {"k": meta})
    assert "kamp" in index.surnames
    query = analyse("Wie bewertete die Sozialdemokratin Kamp das ehrenamtliche Fahrangebot?", index)
    assert not query.evidence.unknown_places
    assert analyse("Wie bewertete der Rat das ehrenamtliche Fahrangebot?", index).evidence.unknown_places


def test_a_place_named_only_as_an_origin_is_no_other_place() -> None:
    # own question: the letter came from a city no text names; the question is about Musterstadt's council
    query = analyse("Auf welches Schreiben aus Waldhofen berief sich der Gemeinderat in Musterstadt beim Marktplatz?", _index())
    assert not query.unknown_places
    other = analyse("Was beschloss der Gemeinderat in Waldhofen zum Marktplatz?", _index())
    assert other.unknown_places == {"waldhofen"}
