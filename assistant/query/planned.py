"""Whether a question asks how an event went that the cited passage only plans.

"Was kam bei der Infoveranstaltung des Sozialreferats heraus?" when the minutes say "weist auf die geplante
Informationsveranstaltung … am 06.04.2016 hin"; "Fand die Einweihung dann am geplanten Tag statt?" when they say
"Die Einweihung ist für Juni vorgesehen." The question names an event by its noun (a meeting, a hearing, an
opening, a participation of the public: :data:`EVENT_HEADS`, the last part of a compound) and asks it as done (a
perfect or past passive, :func:`assistant.query.tense.asks_completed`, or the past of a verb of taking place:
"fand … statt", "kam … heraus"); the passage names the same event as planned (an attribute "geplant",
"vorgesehen", "anstehend", "kommend", or a clause "soll … stattfinden", "ist für … vorgesehen"). Nothing in such
minutes tells how it went: the answer says it is only announced.

The council's own sessions and votes are no such events here: "in der nächsten Sitzung" stands in many passages
that answer what the session at hand did.
"""

from __future__ import annotations

import re

from assistant.language.german import fold
from assistant.query.tense import asks_completed, clauses

EVENT_HEADS = (
    "veranstaltung",
    "versammlung",
    "beteiligung",
    "einweihung",
    "eroeffnung",
    "anhoerung",
    "besichtigung",
    "begehung",
    "workshop",
    "konferenz",
    "treffen",
    "feier",
    "befragung",
    "umfrage",
    "ortstermin",
    "auslegung",
    "schulung",
    "aktion",
)
"""Heads of nouns that name an event with a course and a result (folded)."""

_TOOK_PLACE = re.compile(
    r"\b(?:fand|fanden|kam|kamen|lief|liefen|ging|gingen|verlief|verliefen|endete|endeten|brachte|brachten)\b"
)
"""The past of verbs asking how an event went ("Fand … statt?", "Was kam … heraus?", "Wie verlief …?")."""

_PLANNED_BEFORE = re.compile(
    r"\b(?:(?:geplant|vorgesehen|anstehend|bevorstehend|kommend|kuenftig|angekuendigt|angesetzt|beabsichtigt)\w*"
    r"|(?:durchfuehrung|vorbereitung|ausrichtung|organisation)\s+(?:einer|eines|der|des))\s+(?:[\w-]+\s+){0,2}$"
)
"""An attribute of the event's noun that plans it ("die geplante Informationsveranstaltung"), or the event as what a
resolution has carried out ("stimmt der Durchführung einer Bürgerbefragung zu")."""
_IN_CLAUSE = r"(?:[^.;]|(?<=\d)\.)"
"""A character of the same sentence (the dot of "14. Juni" ends none)."""
_PLANNED_AFTER = re.compile(
    rf"^{_IN_CLAUSE}{{0,100}}?\b(?:(?:soll|sollen|wird|werden)\b{_IN_CLAUSE}{{0,80}}\b"
    rf"(?:stattfinden|durchgefuehrt|erfolgen|abgehalten)|(?:ist|sind)\b{_IN_CLAUSE}{{0,60}}\b"
    rf"(?:geplant|vorgesehen|angesetzt|terminiert)|fuer\b{_IN_CLAUSE}{{0,40}}\b(?:geplant|vorgesehen|angesetzt|terminiert))\b"
)
"""A clause after the event's noun that plans it ("… soll im Mai stattfinden", "… ist für Juni vorgesehen")."""


_BODIES = re.compile(r"^(?:bezirks|stadtverordneten|verbands|landschafts|kreis|gemeinde)versammlung")
"""Assemblies that are councils, not events ("Bezirksversammlung")."""


def _events(question: str) -> list[str]:
    """The heads of the event nouns the question names."""
    words = [w for w in re.findall(r"[a-z]+", fold(question)) if not _BODIES.match(w)]
    return sorted({head for word in words for head in EVENT_HEADS if re.search(rf"{head}(?:en|n|s|es)?$", word)})


def _asks_done(question: str) -> bool:
    return any(asks_completed(part) or _TOOK_PLACE.search(fold(part)) for part in clauses(question))


def only_planned(question: str, passage: str) -> bool:
    """Whether ``question`` asks as done an event that ``passage`` names only as planned."""
    heads = _events(question)
    if not heads or not _asks_done(question):
        return False
    text = fold(passage)
    for head in heads:
        for match in re.finditer(rf"\b[a-z]*{head}(?:en|n|s|es)?\b", text):
            before, after = text[max(0, match.start() - 60) : match.start()], text[match.end() :]
            if _PLANNED_BEFORE.search(before) or _PLANNED_AFTER.match(after):
                return True
    return False
