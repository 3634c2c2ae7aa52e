"""An answer's lead sentence from a structured record: the vote, the stance, the task and its status.

"Wie wurde abgestimmt?" is best answered by the decision record ("angenommen: 8 Ja, 2 Nein,
1 Enthaltung"), cited with the record's own verbatim quote, before the retrieved passages.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from assistant.answering.quotes import MAX_QUOTE_CHARS
from assistant.language.german import content_terms, german_date
from assistant.language.sentences import split_sentences
from assistant.models import Answer, Citation, Decision, DocumentMeta, OpenItem, Position, RecordBase
from assistant.query.facts import holds_answer_kind
from assistant.vocab import AnswerKind


def _votes_in(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether one of the sentences ``spans`` of ``text`` states a vote."""
    return any(holds_answer_kind(AnswerKind.VOTE, text[s:e], "") for s, e in spans)


def record_citation(record: RecordBase, meta: DocumentMeta, score: float) -> Citation:
    """The record's quote as a citation, cut to whole sentences within the quote limit.

    A decision keeps its last sentences (where the vote stands), other records their first.
    """
    start, end = 0, len(record.quote)
    if end > MAX_QUOTE_CHARS:
        spans = split_sentences(record.quote) or [(0, end)]
        if isinstance(record, Decision):
            keep = [s for s in spans if spans[-1][1] - s[0] <= MAX_QUOTE_CHARS] or spans[-1:]
            start, end = keep[0][0], spans[-1][1]
            if not _votes_in(record.quote, keep) and _votes_in(record.quote, spans[:1]):
                # the vote heads the record (an ALLRIS header above the resolution): keep its first sentences
                keep = [s for s in spans if s[1] - spans[0][0] <= MAX_QUOTE_CHARS] or spans[:1]
                start, end = spans[0][0], keep[-1][1]
        else:
            keep = [s for s in spans if s[1] - spans[0][0] <= MAX_QUOTE_CHARS] or spans[:1]
            start, end = spans[0][0], keep[-1][1]
        end = min(end, start + MAX_QUOTE_CHARS)
    return Citation(
        doc_id=record.doc_id,
        title=meta.title,
        municipality=record.municipality,
        body=record.body,
        date=record.date,
        agenda_item=record.agenda_item,
        page=None,
        quote=record.quote[start:end],
        char_start=record.char_start + start,
        char_end=record.char_start + end,
        source=record.source,
        score=score,
    )


def _where(record: RecordBase) -> str:
    parts = [p for p in (record.body, record.municipality) if p]
    text = ", ".join(parts)
    if record.date:
        text += f" am {german_date(record.date)}"
    if record.agenda_item:
        text += f" (TOP {record.agenda_item.removeprefix('TOP ')})"
    return text


def describe(record: RecordBase) -> str:
    """One German sentence stating the record's content (without the quote)."""
    if isinstance(record, Decision):
        counts = [
            f"{n} {label}"
            for n, label in ((record.yes, "Ja"), (record.no, "Nein"), (record.abstain, "Enthaltung(en)"))
            if n is not None
        ]
        vote = ", einstimmig" if record.unanimous else ""
        vote += f" ({', '.join(counts)})" if counts else ""
        return f"{_where(record)}: {record.outcome or 'Beschluss'}{vote}"
    if isinstance(record, Position):
        who = record.person + (f" ({record.faction})" if record.faction else "")
        what = f" – {record.object}" if record.object else ""
        return f"{_where(record)}: {who} {record.stance}{what}"
    if isinstance(record, OpenItem):
        status = "erledigt" if record.status == "settled" else "offen"
        if record.settled_by:
            later = record.settled_by
            status += f", aufgegriffen am {german_date(str(later.get('date', '')))} ({later.get('body', '')})"
        due = f", fällig: {record.due}" if record.due else ""
        return f"{_where(record)}: Auftrag an {record.owner or 'die Verwaltung'} – Status {status}{due}"
    return _where(record)


def lead_with_record(
    answer: Answer,
    record: RecordBase,
    meta: DocumentMeta,
    top_k: int,
    terms: frozenset[str] = frozenset(),
    anchored: bool = True,
) -> Answer:
    """Put a sentence from ``record`` first, citing the passage that holds its quote (or the record itself).

    The first citation is always the passage the first sentence rests on: a record whose passage is
    the first citation leads with it; one whose passage no citation holds comes first with its own
    quote as citation [1]; one held by a later citation does not lead (the best passage stays first;
    moving it to [1] was measured: tune and shared sets one first hit each worse). A record too long to quote
    whole is cited by its end (where the vote stands), unless the best passage lies inside it and holds more of
    the question's ``terms`` (the condition of a resolution, not its vote). At most ``top_k`` citations remain;
    answer lines citing a dropped one are dropped too. An ``anchored`` record that no citation holds leads only
    from the first citation's document (a record of the Jugendhilfeausschuss does not lead an answer on the
    Freibad); a premise's correction is not anchored: the contradicting record leads wherever it stands.
    """
    citations = list(answer.citations)
    number = _covering(citations, record)
    covered = number is not None
    if (
        number is None
        and citations
        and terms
        and len(record.quote) > MAX_QUOTE_CHARS
        and _within(citations[0], record)
        and _held(citations[0].quote, terms) > _held(record_citation(record, meta, 0.0).quote, terms)
    ):
        number = 1  # the best passage, a part of the record, answers more of the question than its end
    if number is not None and number != 1:
        return answer  # its passage ranks below the first: the answer keeps resting on citation [1]
    if anchored and number is None and citations and record.doc_id != citations[0].doc_id:
        return answer  # a record of another document than the best passage's: the answer rests on that passage
    if number is None:
        score = citations[0].score if citations else 0.0
        cited = record_citation(record, meta, score)
        overlapping = [c for c in citations if _overlaps(c, cited)]
        merged = _union([cited, *overlapping])
        if len(merged.quote) <= MAX_QUOTE_CHARS:  # the record and its passage as one quote
            cited = replace(merged, score=score)
        kept = [c for c in citations if not _overlaps(c, cited)]
        renumbered = {
            old: new for old, new in ((n, kept.index(c) + 2) for n, c in enumerate(citations, 1) if c in kept)
        }
        citations = [cited, *kept][:top_k]
        text = "\n".join(
            _renumber(line, renumbered)
            for line in answer.answer.splitlines()
            if all(renumbered.get(int(n), top_k + 1) <= len(citations) for n in _MARKER.findall(line))
        )
        number = 1
    else:
        # the passage holding the record is citation [1]: its own answer line would repeat the lead
        text = "\n".join(line for line in answer.answer.splitlines() if set(_MARKER.findall(line)) != {"1"})
    quote = " ".join(citations[number - 1].quote.split()) if number == 1 and not covered else ""
    quote = quote or " ".join(record.quote.split())
    lead = f"{describe(record)}: „{quote}“ [{number}]"
    return replace(answer, answer=lead + "\n" + text, citations=citations)


def cite_first(answer: Answer, record: RecordBase) -> Answer:
    """``answer`` with the citation that holds ``record`` moved to [1] (the others keep their order,
    the markers of the answer text follow); unchanged when no citation holds it."""
    number = _covering(answer.citations, record)
    return answer if number is None else move_first(answer, number)


def speaker_first(answer: Answer, record: RecordBase, persons: Sequence[str]) -> Answer:
    """``answer`` with the passage of ``record`` cited first when it is a position of a person the question
    names (``persons``: stems of their names) and the first citation does not name that person: "Welche
    Position bezog Ratsmitglied Schröder …?" leads with Schröder's passage, not with Weden's before it."""
    named = set(persons)
    if not named or not isinstance(record, Position) or not named & set(content_terms(record.person)):
        return answer
    if not answer.citations or named & set(content_terms(answer.citations[0].quote)):
        return answer
    return cite_first(answer, record)


def move_first(answer: Answer, number: int) -> Answer:
    """``answer`` with citation ``number`` (1-based) moved to [1], the markers of the text following."""
    if number == 1:
        return answer
    order = [number, *(n for n in range(1, len(answer.citations) + 1) if n != number)]
    renumbered = {old: new for new, old in enumerate(order, start=1)}
    text = "\n".join(_renumber(line, renumbered) for line in answer.answer.splitlines())
    return replace(answer, answer=text, citations=[answer.citations[n - 1] for n in order])


def _held(text: str, terms: frozenset[str]) -> int:
    return len(terms & set(content_terms(text)))


def _within(citation: Citation, record: RecordBase) -> bool:
    return (
        citation.doc_id == record.doc_id
        and record.char_start <= citation.char_start
        and citation.char_end <= record.char_end
    )


def _covering(citations: Sequence[Citation], record: RecordBase) -> int | None:
    for number, c in enumerate(citations, start=1):
        if c.doc_id == record.doc_id and c.char_start <= record.char_start and record.char_end <= c.char_end:
            return number
    return None


_MARKER = re.compile(r"\[(\d+)\]")


def _union(citations: Sequence[Citation]) -> Citation:
    """One citation over the span of overlapping verbatim ``citations`` of the same document."""
    ordered = sorted(citations, key=lambda c: c.char_start)
    first = ordered[0]
    quote, end = first.quote, first.char_end
    for c in ordered[1:]:
        if c.char_end > end:
            quote += c.quote[end - c.char_start :]
            end = c.char_end
    return replace(first, quote=quote, char_end=end)


def _overlaps(a: Citation, b: Citation) -> bool:
    return a.doc_id == b.doc_id and a.char_start < b.char_end and b.char_start < a.char_end


def _renumber(line: str, numbers: dict[int, int]) -> str:
    """Citation markers [n] of ``line`` rewritten to their new numbers."""
    return _MARKER.sub(lambda m: f"[{numbers[int(m.group(1))]}]", line)
