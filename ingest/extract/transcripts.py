"""Transcript turns: a speaker's name alone on its line, and the paragraphs of their words below it.

Question times and verbatim minutes often write a turn as a heading line ("Frau Klenke, Fraktion FWZ:",
"Herr Dr. Kunze, Oberbürgermeister:") followed by paragraphs, some led by a label of their own ("1. Frage:",
"Zur 2. Frage:", "Nachfrage:"). Every paragraph of such a turn is a contribution of that speaker (a question,
an answer, a finding) until the next speaker, a label of another kind or a vote.
"""

from __future__ import annotations

import re

from assistant.models import Document
from assistant.vocab import Stance
from ingest.extract.common import Unit
from ingest.extract.speakers import Speaker

TURN_LABEL = re.compile(
    r"(?:Zu[mr]?\s+)?(?:\d+\.\s*)?(?:Frage|Anfrage|Nachfrage|Rückfrage|Antwort|Ergänzung|Anmerkung|Hinweis|"
    r"Stellungnahme|Erwiderung)(?:\s*\d+)?(?:\s+(?:zu[mr]?|von|des|der|nach|an)\b[^:]{0,80})?\s*:"
)
"""A label inside a turn: it belongs to the paragraph below it and does not end the turn."""
ASKING_LABEL = re.compile(r"(?:\d+\.\s*)?(?:Frage|Anfrage|Nachfrage|Rückfrage)\b")
"""A label that makes the paragraph below it a question ("2. Frage: … sollen gefällt werden. Ist dem so?")."""

_RESOLVES = re.compile(
    r"^Beschluss\b|\b(?:beschließt|Abstimmungsergebnis|einstimmig|mehrheitlich|Enthaltung(?:en)?|Gegenstimmen?|Ja-Stimmen)\b"
)
"""A resolution or a vote: the minute-taker speaks again, the turn is over."""


def alone_on_line(document: Document, unit: Unit) -> bool:
    """True when ``unit`` fills its line of the document (a heading line, not the start of a sentence)."""
    text, start, end = document.text, unit.start, unit.end
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    while end < len(text) and text[end] in " \t":
        end += 1
    return (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n")


def ends_turn(text: str) -> bool:
    """A label of another kind ("Beschluss:") or a vote ends a transcript turn."""
    return (text.endswith(":") and not TURN_LABEL.fullmatch(text)) or bool(_RESOLVES.search(text))


def bare_name(speaker: Speaker) -> bool:
    """A capitalised pair without address, office or title ("Bedarfskindergarten Geußnitz macht Werbung"):
    inside someone's turn it is a noun, not a new speaker."""
    return not (speaker.role or speaker.office_only or speaker.faction) and not re.match(
        r"(?:Herr|Frau|Dr\.|Prof\.)", speaker.person
    )


def paragraph_stance(text: str, labelled: str, own: Stance | None) -> Stance:
    """The stance of a paragraph of a turn (``labelled``: the paragraph from its label on): a question under a
    question's label, its own words' stance, a question mark, else a report."""
    if ASKING_LABEL.match(labelled) or (own is None and text.rstrip().endswith("?")):
        return Stance.ASKS
    return own or Stance.INFORMS
