"""A question, analysed once: everything retrieval, ranking and answering need to know about it.

The analysis depends on the index the question is asked against (a word's rarity, the compounds
and places the corpus knows, the metadata it holds), so a :class:`Query` is built from a question
and one :class:`~assistant.retrieval.lexical.LexicalIndex` and then passed, unchanged, down the line:
retrieve → rank → quote → answer → records.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from assistant.language.german import content_terms
from assistant.query.admissible import Requirements, requirements
from assistant.query.coverage import Need, search_terms
from assistant.query.facts import asks_next_step
from assistant.query.scope import MetadataVocabulary, Scope
from assistant.query.understand import Understanding, understand
from assistant.vocab import AnswerKind


class QueryIndex(Protocol):
    """What the analysis asks of an index (:class:`~assistant.retrieval.lexical.LexicalIndex`)."""

    vocabulary: MetadataVocabulary

    def needs(self, question: str) -> list[Need]: ...

    def unknown_places(self, question: str) -> frozenset[str]: ...


@dataclass(frozen=True)
class Query:
    text: str
    """The question as asked."""
    understanding: Understanding
    """Its type, the cue words of that type, the kind of fact it expects, the people it names."""
    terms: tuple[str, ...]
    """Its stemmed content terms."""
    needs: tuple[Need, ...]
    """What a passage should mention, weighted by rarity: the share it meets is its *coverage*."""
    search_terms: tuple[str, ...]
    """The stems the lexical search looks for (every stem that can meet a need)."""
    scope: Scope
    """Municipalities, bodies and years the question names that the index knows."""
    unknown_places: frozenset[str]
    """Places the question names that no indexed text mentions."""
    evidence: Requirements
    """What a passage must satisfy to count as evidence at all (see :mod:`assistant.query.admissible`)."""
    asks_next_step: bool
    """"Wie geht es weiter?": chunks that state a task rank higher."""

    @property
    def expects(self) -> AnswerKind:
        return self.understanding.expects


def analyse(question: str, index: QueryIndex) -> Query:
    """Analyse ``question`` against ``index`` (the index of what the caller may see)."""
    understanding = understand(question)
    needs = tuple(index.needs(question))
    scope = index.vocabulary.scope(question)
    places = index.unknown_places(question)
    return Query(
        text=question,
        understanding=understanding,
        terms=tuple(content_terms(question)),
        needs=needs,
        search_terms=tuple(search_terms(needs)),
        scope=scope,
        unknown_places=places,
        evidence=requirements(question, scope, understanding.expects, places),
        asks_next_step=asks_next_step(question),
    )
