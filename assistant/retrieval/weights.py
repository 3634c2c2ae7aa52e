"""Every number of the ranking in one frozen value (see :mod:`assistant.retrieval.retrieve`).

An evaluation can pass another :class:`RankingWeights` to ``Retriever(kb, weights=...)`` and sweep it without
editing code; the measurements behind the chosen values are in ``docs/ranking.md``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RankingWeights:
    """Every number of the ranking. The defaults are the measured best (``docs/ranking.md``)."""

    candidates: int = 40
    """Chunks each side proposes before blending."""
    dense: float = 0.5
    lexical: float = 0.5
    """The blend: the lexical side carries hit@1, the dense side recall (the packaged English model
    scores German weakly, so how far ahead the best BM25 candidate is matters)."""
    cue: float = 0.3
    """Weight of the question type's cue words (e.g. "Abstimmungsergebnis" for a vote question)."""
    scoped_queries: int = 3
    scoped_candidates: int = 15
    """Extra dense candidates from each municipality the question names (at most this many)."""
    municipality: float = 0.15
    body: float = 0.05
    year: float = 0.05
    """Boosts when the chunk's document is of the municipality, body or year the question names."""
    person: float = 0.1
    """When a chunk names a person the question names ("Welche Variante favorisierte Herr X?")."""
    specific: float = 0.2
    """Share of the question's terms a chunk holds beyond its title and agenda item: within a
    document the title words are in every chunk and single out none."""
    fact: float = 0.1
    """When the chunk holds the kind of fact asked for (an amount for "Wie hoch …?")."""
    task: float = 0.1
    """When a question asks what happens next and the chunk states a task; a ranking signal only
    (as a condition for answering it caused false abstentions)."""
    reason: float = 0.1
    """When a question asks why and the chunk gives a reason (:mod:`assistant.query.reasons`); a ranking signal
    only, like ``task``."""
    precise: float = 0.1
    """Again when a vote question meets vote counts, not just "mehrheitlich beschlossen"."""
    short_penalty: float = 0.1
    short_chars: int = 400
    """A chunk shorter than ``short_chars`` loses up to ``short_penalty``: a heading or a one-line
    remainder matches the topic through its title yet rarely holds an answer."""
    listing_penalty: float = 0.1
    """Subtracted from agenda listings unless the question asks about the agenda."""
    attendance_penalty: float = 0.2
    """Subtracted from attendance lists ("Vorsitzende: Frau Lorenz (CDU) Mitglieder: Herr Becker (CDU), …")
    unless the question asks who attended: they name every member a question may name and report nobody's
    words."""
    quote_fact_penalty: float = 0.1
    """Subtracted, once quotes are picked, from a passage whose quote lacks the kind of fact asked
    for although its chunk has one elsewhere."""
    learned: bool = False
    """Order the quoted candidates by the learned passage ranker (:mod:`.passage_ranker`) when one is
    shipped; False (the default) keeps the hand-tuned order above. Off since session 10: over questions on
    documents it was not fitted on (the test halves, 70 minutes from other councils and 8 more) the hand
    order led with the right passage 7 times more in 414 questions, while the ranker's gains (3 in 422)
    were on the questions it was fitted on (``docs/ranking.md``). A configured cross-encoder replaces it
    either way (the ranker was fitted on the hand-tuned scores, which the cross-encoder changes)."""
    pool: int = 10
    """Candidates quoted and ordered by the learned ranker (at least ``2 k``)."""
    replies: bool = True
    """When the leading quote ends on a request ("bittet darum, …", "1. Frage: …?") and the question asks
    what came of it, the passage right after it leads (:mod:`.replies`)."""
    outcome_follows: bool = True
    """When the question asks for a vote or a decision and the passage covering it best holds none, the first
    decision after it (same document and agenda item, at most four chunks on) leads with its coverage
    (:mod:`.outcome_follows`)."""
    run_on: bool = True
    """A quote whose core ends its chunk goes on into the next chunk of the agenda item (the reply, the reason or
    the vote after a topic's last sentence often opens it; :func:`.quoting.with_quote`); a quote its short chunk
    leaves short goes on into the next chunk, or back into the one before."""


DEFAULT_WEIGHTS = RankingWeights()
