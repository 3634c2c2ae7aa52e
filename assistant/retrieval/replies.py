"""A question raised in the minutes leads to the reply that follows it.

In question times, "Anfragen" and discussions the minutes write a request and its reply one after the
other: "Herr Hagemann bittet darum, die Grünschnittannahme auf zwei Tage zu verteilen …" and then "Es
wird sich darauf verständigt, dass künftig zusätzlich … am Mittwochnachmittag geöffnet …". A user's
question ("Haben sie sich auf einen zusätzlichen Öffnungstag geeinigt?") shares its words with the
request, so the request's passage ranks first, while the answer stands in the passage after it, which
names the matter in other words or not at all.

The passage that directly follows the leading one (same document and agenda item, no text between
them) leads instead, the request's passage right behind it, when it is among the candidates and

* it opens with a reply or settlement ("beantwortet", "erwidert", "Es wird sich darauf verständigt")
  and the leading quote holds a question or a request for action; or
* the leading quote ends on a question ("… fragt, ob …", "1. Frage: Welche Notwendigkeit besteht …?")
  and the follower answers before it asks anything new.

A numbered question ("2. Frage: …?") leads to the passage after its reply label ("Zur 2. Frage:").
Nothing moves when the user asks for the request itself ("Was fragte …", "Worum bat …", "Was störte
…") or when the question names the person whose words the leading quote gives.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.language.sentences import split_sentences
from assistant.models import Chunk, Passage
from assistant.query.analysis import Query
from assistant.query.understand import names_in
from assistant.retrieval.lexical import LexicalIndex

ADJACENT_GAP = 12
"""Characters of separator two chunks of one passage of text may have between them (blank lines)."""

TAIL_CHARS = 160
"""How much of the chunk may follow the quote: a request answered later in the same chunk is quoted there."""

DECIDE_WITHIN = 3
"""Sentences of the follower read to tell whether it answers before it asks."""

_REPLY = re.compile(
    r"\b(?:antwort\w*|beantwort\w*|erwider\w*|entgegne\w*|verständig\w*|geeinigt|einig(?:t|en|te)\b|"
    r"sag(?:t|te) (?:\w+ )*zu\b|sicher(?:t|te) (?:\w+ )*zu\b|zugesagt|zugesichert)",
    re.IGNORECASE,
)
"""A reply or settlement: *antwortet, beantwortet, erwidert, entgegnet, verständigt sich, einigt sich, sagt zu*."""

_QUESTION = re.compile(
    r"\b(?:(?:nach|an|rück|er)?frag(?:t|te|ten)\b|erkundig\w*|(?:möchte|möchten|will|wollte|wollten) (?:\w+ )*wissen\b|"
    r"Frage\s*:|stell(?:t|te|en|ten) (?:\w+ )*(?:An|Nach)?[Ff]rage|"
    r"(?:bitte[tn]?|bat|baten) (?:\w+ )*um (?:\w+ )?(?:Auskunft|Mitteilung|Information\w*|Erläuterung\w*|Aufklärung|Stellungnahme))"
)
"""Asking: *fragt (an, nach), erkundigt sich, möchte wissen, stellt die Frage, "Frage:", bittet um Auskunft*."""

_ACTION = re.compile(
    r"\b(?:bitte[tn]?|bat(?:en)?|regt(?:e|en)? (?:\w+ )*an\b|(?:schlägt|schlug|schlugen) (?:\w+ )*vor\b|"
    r"beantrag(?:t|te|ten)|forder(?:t|te|ten)|wünsch(?:t|te|ten))\b"
)
"""Requesting an action: *bittet, regt an, schlägt vor, beantragt, fordert, wünscht*."""

_ABOUT_REQUEST = re.compile(
    r"\b(?:\w*frag\w*|erkundig\w*|bitte\w*|bat\w*|wissen|verlang\w*|forder\w*|wünsch\w*|wunsch\w*|"
    r"vorschlag\w*|vorgeschlagen|schlug\w*|anreg\w*|regte\w*|beantrag\w*|antrag\w*|anliegen\w*|wollte\w*|möchte\w*|"
    r"gestört|stört\w*|kritisi\w*|bemängel\w*|beschwer\w*)\b",
    re.IGNORECASE,
)
"""A question about the request itself ("Was fragte …", "Worum bat …", "Was verlangte …", "Was störte …")."""

_OPENING_QUESTION = re.compile(r"\s*[^\n.!?]{1,80}\?")
"""A short question opening a chunk ("Warum?"): the previous chunk's request went on across the cut."""

_NUMBERED = re.compile(r"\b(\d{1,2})\.\s*(?:An)?[Ff]rage\b")
"""A numbered question of a list ("1. Frage: Welche Notwendigkeit besteht …?")."""


def asks_about_request(question: str) -> bool:
    """Whether the question's interrogative sentence asks what somebody asked, requested or objected to.

    Only the sentence with the question mark counts: a two-part question first tells its context
    ("SPD und Linke haben eine Anfrage gestellt. Wann ist sie angekommen?")."""
    asked = [question[s:e] for s, e in split_sentences(question) if question[s:e].rstrip().endswith("?")]
    return any(_ABOUT_REQUEST.search(sentence) for sentence in asked or [question])


def is_question(sentence: str) -> bool:
    """A sentence asking something, not itself a reply."""
    text = sentence.strip()
    return bool(text) and not _REPLY.search(text) and (text.endswith("?") or _QUESTION.search(text) is not None)


def is_request(sentence: str) -> bool:
    """A question or a request for an action, not itself a reply."""
    return is_question(sentence) or (_ACTION.search(sentence) is not None and not _REPLY.search(sentence))


def _quote_sentences(passage: Passage) -> list[str]:
    chunk, citation = passage.chunk, passage.citation
    start, end = max(citation.char_start - chunk.char_start, 0), citation.char_end - chunk.char_start
    return [chunk.text[s:e] for s, e in split_sentences(chunk.text, start, end)]


def _near_chunk_end(passage: Passage) -> bool:
    return len(passage.chunk.text.rstrip()) - (passage.citation.char_end - passage.chunk.char_start) <= TAIL_CHARS


def ends_on_question(passage: Passage) -> bool:
    """Whether the quote's last sentence asks something, near the end of its chunk."""
    sentences = _quote_sentences(passage)
    return bool(sentences) and _near_chunk_end(passage) and is_question(sentences[-1])


def holds_request(passage: Passage) -> bool:
    """Whether the quote asks or requests something that nothing after it in the quote replies to."""
    sentences = _quote_sentences(passage)
    last = max((i for i, s in enumerate(sentences) if is_request(s)), default=None)
    return last is not None and _near_chunk_end(passage) and not any(_REPLY.search(s) for s in sentences[last + 1 :])


def _sentences_after_opening(chunk: Chunk) -> list[str]:
    text = chunk.text
    opening = _OPENING_QUESTION.match(text)
    start = opening.end() if opening else 0
    return [text[s:e] for s, e in split_sentences(text, start, len(text))]


def opens_with_reply(chunk: Chunk) -> bool:
    """Whether the chunk's first sentence (after a short opening question) replies or settles."""
    sentences = _sentences_after_opening(chunk)
    return bool(sentences) and _REPLY.search(sentences[0]) is not None


def answers_first(chunk: Chunk) -> bool:
    """Whether the chunk replies before it asks: of its first sentences the first that replies or asks must
    reply; none of either counts as a reply ("Die Fällung der Bäume hängt mit dem Hochwasser zusammen.")."""
    for sentence in _sentences_after_opening(chunk)[:DECIDE_WITHIN]:
        if _REPLY.search(sentence):
            return True
        if is_request(sentence):
            return False
    return True


def neighbour(index: LexicalIndex, chunk: Chunk, step: int = 1) -> Chunk | None:
    """The chunk right after ``chunk`` (``step`` -1: right before it) in its document and agenda item, if the
    index holds it."""
    position = index.position.get(chunk.chunk_id)
    if position is None or not 0 <= position + step < len(index.chunks):
        return None
    other = index.chunks[position + step]
    first, second = (chunk, other) if step > 0 else (other, chunk)
    adjacent = 0 <= second.char_start - first.char_end <= ADJACENT_GAP
    if other.doc_id != chunk.doc_id or other.agenda_item != chunk.agenda_item or not adjacent:
        return None
    return other


def numbered_label(number: str) -> re.Pattern[str]:
    """The label of the reply to question ``number``: "Zur 1. Frage:", "Zu Frage 1:", "Antwort zu 1.:"."""
    return re.compile(
        rf"\b(?:Antwort\w*\s+)?[Zz]u(?:r)?\s+(?:(?:der\s+)?{number}\.\s*(?:An)?[Ff]rage\b|(?:An)?[Ff]rage\s+{number}\b|{number}\.\s*:)"
    )


def numbered_reply(passages: Sequence[Passage], index: LexicalIndex) -> int | None:
    """The candidate holding the reply to the numbered question the leading quote ends on: the chunk
    after its label ("Zur 1. Frage:"), or the label's own chunk when text follows the label there."""
    lead = passages[0]
    chunk = lead.chunk
    numbers = _NUMBERED.findall(chunk.text[: lead.citation.char_end - chunk.char_start])
    if not numbers or not ends_on_question(lead):
        return None
    label = numbered_label(numbers[-1])
    by_chunk = {p.chunk.chunk_id: i for i, p in enumerate(passages)}
    for i, p in enumerate(passages[1:], start=1):
        if p.chunk.doc_id != chunk.doc_id or p.chunk.char_start <= chunk.char_start:
            continue
        found = label.search(p.chunk.text)
        if found is None:
            continue
        if p.chunk.text[found.end() :].strip(" :\n\t"):
            return i
        after = neighbour(index, p.chunk)
        return by_chunk.get(after.chunk_id) if after is not None else None
    return None


def _speaker_asked_about(query: Query, passage: Passage) -> bool:
    """Whether the question names a person the leading quote names: it asks for that person's words."""
    names = set(query.understanding.names)
    return bool(names) and not names_in(passage.citation.quote).isdisjoint(names)


def reply_first(query: Query, passages: Sequence[Passage], index: LexicalIndex) -> list[Passage]:
    """The passages with the reply to the leading passage's request moved in front of it (see the module)."""
    ordered = list(passages)
    if len(ordered) < 2 or asks_about_request(query.text):
        return ordered
    lead = ordered[0]
    if _speaker_asked_about(query, lead):
        return ordered
    numbered = numbered_reply(ordered, index)
    if numbered is not None:
        return _lead(ordered, numbered)
    after = neighbour(index, lead.chunk)
    found = None if after is None else next((i for i, p in enumerate(ordered) if p.chunk.chunk_id == after.chunk_id), None)
    if after is None or found is None:
        return ordered
    replied = opens_with_reply(after) and (holds_request(lead) or _OPENING_QUESTION.match(after.text) is not None)
    if replied or (ends_on_question(lead) and answers_first(after)):
        return _lead(ordered, found)
    return ordered


def _lead(passages: list[Passage], found: int) -> list[Passage]:
    """``passages[found]`` first, the rest in their order."""
    return [passages[found], *(p for i, p in enumerate(passages) if i != found)]
