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
from assistant.language.words import MONTHS_FOLDED
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
    "kurs",
    "lehrgang",
    "seminar",
    "vortrag",
    "exkursion",
    "ausstellung",
    "wettbewerb",
    "gespraech",
    "sprechstunde",
    "fest",
    "markt",
)
"""Heads of nouns that name an event with a course and a result (folded)."""
_COMPOUND_ONLY = frozenset({"kurs", "fest", "markt"})
"""Heads that name an event only as the last part of a compound ("Seilwindenkurs", "Dorffest", "Weihnachtsmarkt"):
alone they are a course taken, an adverb, a market place."""

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
    rf"(?:stattfinden|durchgefuehrt|erfolgen|abgehalten|nachgeholt|verschoben|veranstaltet|angeboten)"
    rf"|(?:faellt|fallen)\b{_IN_CLAUSE}{{0,80}}\baus\b|(?:ist|sind)\b{_IN_CLAUSE}{{0,60}}\b"
    rf"(?:geplant|vorgesehen|angesetzt|terminiert)|fuer\b{_IN_CLAUSE}{{0,40}}\b(?:geplant|vorgesehen|angesetzt|terminiert))\b"
)
"""A clause after the event's noun that plans it ("… soll im Mai stattfinden", "… ist für Juni vorgesehen", "… wird
zu einem späteren Zeitpunkt nachgeholt") or calls it off ("… fällt ebenfalls aus")."""


_BODIES = re.compile(r"^(?:bezirks|stadtverordneten|verbands|landschafts|kreis|gemeinde)versammlung")
"""Assemblies that are councils, not events ("Bezirksversammlung")."""


def _events(question: str) -> list[str]:
    """The heads of the event nouns the question names."""
    words = [w for w in re.findall(r"[a-z]+", fold(question)) if not _BODIES.match(w)]
    return sorted(
        {
            head
            for word in words
            for head in EVENT_HEADS
            if re.search(rf"{head}(?:en|n|s|es|e)?$", word) and not (head in _COMPOUND_ONLY and word.startswith(head))
        }
    )


def _asks_done(question: str) -> bool:
    return any(asks_completed(part) or _TOOK_PLACE.search(fold(part)) for part in clauses(question))


_MONTH_WORDS = "|".join(MONTHS_FOLDED)
_DATE = re.compile(rf"(?<!\bvom )(?<!\bvon )\b(\d{{1,2}})\.\s?(?:(\d{{1,2}})\.|({_MONTH_WORDS})\b)")
"""A day and month in digits or words (folded: "am 03.02.", "3.2.2024", "am 12. juli"); not the date of a paper
("die Niederschrift vom 07.03.2024", "mit dem Beschluss vom 22.04.2024")."""
_PLAN_CUE = re.compile(
    r"\b(?:soll|sollen|solle|wird|werden|werde|will|wollen|geplant|vorgesehen|angesetzt|terminiert|anberaumt"
    r"|stattfinden|naechste[nmrs]?|kommende[nmrs]?|bis zu[rm]|entscheidet|beraet|beschliesst|befasst)\b"
)
_SCHEDULED = re.compile(r"\b(?:geplant|vorgesehen|angesetzt|terminiert|anberaumt)\b")
"""Scheduled, in any tense ("ein weiterer Termin am 14.03. angesetzt wurde")."""
_DONE_CUE = re.compile(
    r"\b(?:wurde|wurden|worden|hat|hatte|haben|hatten|war|waren|fand|fanden|beschloss|entschied|stimmte|stimmten)\b"
)


def _day(match: re.Match[str]) -> tuple[int, int] | None:
    day = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else MONTHS_FOLDED.index(match.group(3)) + 1
    return (day, month) if 1 <= day <= 31 and 1 <= month <= 12 else None


def _clause(text: str, start: int, end: int) -> str:
    """The clause around ``text[start:end]``: from the last sentence end, "und" or line end before it to the next one
    after it (the dot of a date ends nothing)."""
    bounds = r"(?<!\d)[.;!?]|\bund\b|\n"
    left = max((m.end() for m in re.finditer(bounds, text[:start])), default=0)
    right = next((start + len(text[start:end]) + m.start() for m in re.finditer(bounds, text[end:])), len(text))
    return text[left:right]


def _dated_plan(question: str, text: str) -> bool | None:
    """Whether the day the question names stands in ``text`` (folded) only in clauses that plan something
    for it; None when the question names none that ``text`` names ("Wie war der Kurs am 03.02. besucht?": "… am 20.01.
    sehr gut besucht wurde und bereits ein weiterer Termin am 03.02. angesetzt wurde"; "Wie hat der Rat am 12. Juli
    entschieden?": "Dort entscheidet der Rat am 12. Juli.")."""
    asked = {d for m in _DATE.finditer(fold(question)) if (d := _day(m))}
    found = [(m.start(), m.end()) for m in _DATE.finditer(text) if _day(m) in asked]
    if not found:
        return None
    clauses_of = [_clause(text, start, end) for start, end in found]
    return all(_SCHEDULED.search(c) or (_PLAN_CUE.search(c) and not _DONE_CUE.search(c)) for c in clauses_of)


def only_planned(question: str, passage: str) -> bool:
    """Whether ``question`` asks as done an event that ``passage`` names only as planned (for the day the question
    names, when it names one that the passage names too)."""
    if not _asks_done(question):
        return False
    text = fold(passage)
    dated = _dated_plan(question, text)
    if dated is not None:
        return dated
    heads = _events(question)
    if not heads:
        return False
    for head in heads:
        for match in re.finditer(rf"\b[a-z]*{head}(?:en|n|s|es)?\b", text):
            before, after = text[max(0, match.start() - 60) : match.start()], text[match.end() :]
            if _PLANNED_BEFORE.search(before) or _PLANNED_AFTER.match(after):
                return True
    return False
