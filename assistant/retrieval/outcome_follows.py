"""The vote on a matter follows the discussion of it.

Minutes write a matter's discussion first and its vote after it: "Herr Eschenburg stellt den Antrag
vor und betont, es sei wichtig, dass die Politikmittel langfristig wieder zur Verfügung stünden …",
two statements of other members, then "Die Bezirksversammlung stimmt dem Antrag einstimmig zu, der
Ziffer 1 bei Enthaltung der SPD-Fraktion". A user's question about the vote shares its words with the
discussion ("Wie lautete das Abstimmungsergebnis zum Antrag betreffend die Politikmittel?"), so the
discussion's passage leads; the vote's passage names the matter only as "dem Antrag" and covers the
question too little to count as its answer.

When a question asks for a vote, its counts or whether something was decided, and the passage that
covers it best among the leading ones does not hold that kind of fact, the first passage after it in
the same document and agenda item (at most :data:`MAX_STEPS` chunks on, no text but blank lines
between them) that holds an extracted decision leads — or the one right after that, where a vote
table's result line ("Damit ist der Bürgerantrag abgelehnt.") opens the next chunk — when its quote
holds the asked kind of fact. It takes the matter's coverage of the question (the matter carries over)
and the leading score; the others keep their order behind it. The decision record is required
because the words of deciding also stand in statements about what a body will decide later. Some councils write
the vote first and the resolution text after a colon ("Der Rat der Stadt beschließt mit 26 Stimmen, 3 Gegenstimmen
und 1 Enthaltung: a) …"): then the chunk before the matter's passage, ending on that colon, is read first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from assistant.models import Chunk, Passage
from assistant.query.analysis import Query
from assistant.retrieval.lexical import LexicalIndex
from assistant.retrieval.replies import neighbour
from assistant.vocab import AnswerKind

OUTCOME_KINDS = frozenset({AnswerKind.VOTE, AnswerKind.TALLY, AnswerKind.DECISION})
"""The kinds of fact a vote or resolution holds."""

MAX_STEPS = 4
"""How many chunks after the matter's passage are read for the vote on it."""

ANCHOR_DEPTH = 3
"""The matter's passage is the one of the best admissible passages among this many that covers the question best
(as :data:`assistant.answering.answer.EVIDENCE_DEPTH` weighs them)."""


def following_outcome(lead: Chunk, index: LexicalIndex, decided: Callable[[Chunk], bool]) -> list[Chunk]:
    """The first chunk after ``lead`` (same document and agenda item, adjacent) that holds a decision record
    (``decided``), and the chunk after it (a vote table's result line may open the next): the first resolution
    after a discussion concludes it, while the words of deciding also stand in reports of what another body will
    decide."""
    chunk: Chunk | None = lead
    for _ in range(MAX_STEPS):
        chunk = neighbour(index, chunk) if chunk is not None else None
        if chunk is None:
            return []
        if decided(chunk):
            after = neighbour(index, chunk)
            return [chunk] if after is None else [chunk, after]
    return []


def introducing_outcome(lead: Chunk, index: LexicalIndex, decided: Callable[[Chunk], bool]) -> list[Chunk]:
    """The chunk right before ``lead`` (same document and agenda item, adjacent) when it holds a decision record and
    ends on a colon: the vote that introduces the resolution text ("Der Rat der Stadt beschließt mit 26 Stimmen, 3
    Gegenstimmen und 1 Enthaltung:"), whose matter ``lead`` states."""
    before = neighbour(index, lead, -1)
    if before is None or not before.text.rstrip().endswith(":") or not decided(before):
        return []
    return [before]


def outcome_first(
    query: Query,
    passages: Sequence[Passage],
    index: LexicalIndex,
    decided: Callable[[Chunk], bool],
    passage_of: Callable[[Chunk], Passage],
) -> list[Passage]:
    """The passages with the vote on the best-covering passage's matter in front of them (see the module);
    ``decided`` tells a chunk that holds a decision record, ``passage_of`` ranks and quotes a chunk that is not
    among the passages."""
    ordered = list(passages)
    best = [p for p in ordered[:ANCHOR_DEPTH] if p.admissible]
    if not best or query.expects not in OUTCOME_KINDS:
        return ordered
    anchor = max(best, key=lambda p: p.coverage)  # (the first of equals)
    if anchor.fits:
        return ordered
    candidates = [*introducing_outcome(anchor.chunk, index, decided), *following_outcome(anchor.chunk, index, decided)]
    for follower in candidates:
        found = next((i for i, p in enumerate(ordered) if p.chunk.chunk_id == follower.chunk_id), None)
        passage = ordered[found] if found is not None else passage_of(follower)
        if not passage.fits:
            continue  # its quote (run on into the next chunk where it ends one) lacks the asked fact
        rest = [p for i, p in enumerate(ordered) if i != found]
        coverage, score = max(passage.coverage, anchor.coverage), max(passage.score, rest[0].score)
        carried = replace(passage, coverage=coverage, score=score)
        return [carried, *rest]
    return ordered
