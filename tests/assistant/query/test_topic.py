"""A keyword search whose topic stands nowhere in the best document (assistant.query.topic).

The index is built from the 40 real minutes of ../shared/corpus-records (each paragraph a chunk; skipped without
them): "Windkraft" stands in one of them, not in the Remagen cemetery statute; "Urnengrab" stands in that one;
"Radweg" in ten chunks is no rare word of a topic.
"""

from __future__ import annotations

import re

import pytest

from assistant.models import Chunk, DocumentMeta
from assistant.query.analysis import analyse
from assistant.query.coverage import Need
from assistant.query.topic import RARE_SHARE, capitalised, topic_absent, topic_needs
from assistant.retrieval.lexical import LexicalIndex
from tests.conftest import SHARED

REMAGEN = "remagen-10497-friedhofssatzung-urnengraeber"


@pytest.fixture(scope="module")
def index() -> LexicalIndex:
    paths = sorted((SHARED / "corpus-records" / "docs").glob("*.txt"))
    if len(paths) < 40:
        pytest.skip("../shared/corpus-records is not present")
    chunks, metas = [], {}
    for path in paths:
        head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
        fields = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
        metas[path.stem] = DocumentMeta(
            doc_id=path.stem, title="", municipality=fields.get("municipality", ""), body=fields.get("body", "")
        )
        for n, match in enumerate(re.finditer(r"[^\n]+", body)):
            chunks.append(Chunk(f"{path.stem}-{n}", path.stem, match.group(0), match.start(), match.end()))
    return LexicalIndex(chunks, metas)


def _absent(index: LexicalIndex, search: str, nouns_only: bool = True) -> bool:
    position = next(i for i, c in enumerate(index.chunks) if c.doc_id == REMAGEN)
    needs = analyse(search, index).needs
    nouns = frozenset(index.analyse(capitalised(search))) if nouns_only else None
    metadata, terms = index.metadata_terms(position), index.document_terms(REMAGEN)
    return topic_absent(needs, metadata, terms, index.weight_at_share(RARE_SHARE), nouns)


def test_a_topic_the_document_never_names_is_absent(index: LexicalIndex) -> None:
    assert _absent(index, "Remagen Windkraft Beschluss")
    assert not _absent(index, "Remagen Radweg Beschluss")  # a common word: perhaps the asker's own


def test_only_nouns_name_the_topic(index: LexicalIndex) -> None:
    search = "Remagen vorgesehene Anzahl"  # a participle and the asked value's noun: no topic
    assert _absent(index, search, nouns_only=False)
    assert not _absent(index, search)


def test_the_document_s_own_topic_is_present(index: LexicalIndex) -> None:
    assert not _absent(index, "Remagen Windkraft Urnengräber Beschluss")


def test_council_words_dates_and_metadata_are_no_topic() -> None:
    needs = [
        Need(5.0, (frozenset({"beschluss"}),)),
        Need(5.0, (frozenset({"gegenstimm"}),)),
        Need(5.0, (frozenset({"2019"}),)),
        Need(5.0, (frozenset({"septemb"}),)),
        Need(5.0, (frozenset({"remag"}),)),
        Need(5.0, (frozenset({"anzahl"}),)),
        Need(5.0, (frozenset({"radweg"}),)),
    ]
    assert topic_needs(needs, frozenset({"remag"})) == needs[-1:]


def test_words_of_arguing_are_no_topic() -> None:
    # "Argument" of a keyword search: the minutes say "argumentierte", "begründete"
    needs = [Need(5.0, (frozenset({word}),)) for word in ("argument", "begrund", "standpunkt", "radweg")]
    assert topic_needs(needs, frozenset()) == needs[-1:]


def test_only_a_rare_known_word_makes_a_topic() -> None:
    common, unknown = Need(2.0, (frozenset({"jahr"}),)), Need(7.8, ())
    assert not topic_absent([common], frozenset(), frozenset(), rare=4.8)
    assert not topic_absent([unknown], frozenset(), frozenset(), rare=4.8)  # a splitter may miss its parts
    rare = Need(5.5, (frozenset({"radweg"}),))
    assert topic_absent([rare, common], frozenset(), frozenset(), rare=4.8)
    assert not topic_absent([rare, common], frozenset(), frozenset({"jahr"}), rare=4.8)


def test_a_noun_bridged_by_the_lexicon_still_states_the_topic() -> None:
    # "Freibad" met only as the lexicon's "Hallenbad"/"Bad", "Eintrittspreise" as "Eintritt"/"Entgelt"
    pool = Need(4.2, (frozenset({"bad"}), frozenset({"hallenbad"})))
    price = Need(4.9, (frozenset({"entgelt"}), frozenset({"eintritt", "geld"})))
    verb = Need(4.9, (frozenset({"erhoh"}),))
    nouns = frozenset({"freibad", "eintrittspreis", "pullach"})
    assert topic_needs([pool, price, verb], frozenset(), nouns) == [pool, price]
