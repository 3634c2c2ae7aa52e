"""Agenda listings: the numbered table of contents at the top of minutes.

A listing names every item's title, so it matches a question's topic words as well as the
item itself does, yet it never holds the answer ("Folgende Punkte standen auf der
Tagesordnung: 1. … 2. …"). Ranking lowers such chunks unless the question asks about the
agenda.
"""

from __future__ import annotations

import re

from assistant.language.german import fold

_ITEM_LINE = re.compile(
    r"^\s*(?:(?:(?:top|ö|n|nö|tagesordnungspunkt)\s*:?\s*)?\d{1,2}(?:\.\d{1,2})*\.?|[•·▪‣◦*–-])\s+\S", re.I
)
_INLINE_ITEM = re.compile(r"(?:^|\s)\d{1,2}\.\s+[A-ZÄÖÜ]")
_SENTENCE_END = re.compile(r"[a-zäöüß)]{3}\.(?:\s+[A-ZÄÖÜ]|\s*$)")
_AGENDA_QUESTION = re.compile(r"tagesordnung|\btop\b|agenda")

_RESULT_LINE = re.compile(r"^(?:Beschluss|Abstimmung(?:sergebnis)?|Ergebnis)\s*:\s*\S", re.I)
"""A result under an item ("Beschluss: ungeändert beschlossen"): portals list items with their results."""

MIN_ITEMS = 3
"""Numbered items a chunk must list to count as a listing."""


def is_agenda_listing(text: str) -> bool:
    """Whether ``text`` is mostly a numbered list of item titles, with few running sentences."""
    lines = [line.strip().rstrip("“”\"'") for line in text.splitlines() if line.strip()]
    if len(lines) > 1:
        items = sum(1 for line in lines if _ITEM_LINE.match(line) and not line.endswith("."))
        sentences = sum(1 for line in lines if line.endswith(".") and not _ITEM_LINE.match(line))
        sentences += sum(1 for line in lines if _RESULT_LINE.match(line))  # an overview of results, not an agenda
        if items >= MIN_ITEMS:
            return items > 2 * sentences
    inline = len(_INLINE_ITEM.findall(text))
    return inline > MIN_ITEMS and len(_SENTENCE_END.findall(text)) <= inline // 2


def asks_about_agenda(question: str) -> bool:
    return bool(_AGENDA_QUESTION.search(fold(question)))


_ATTENDANCE_LABEL = re.compile(
    r"(?:^|\s)(?:anwesend|abwesend|entschuldigt|es fehl(?:t|en|ten)|fehlend|vorsitz|vorsitzende[r]?|mitglieder|gäste|"
    r"schriftführ\w*|protokollführ\w*|(?:von der )?verwaltung|sachkundige \w+|beratende \w+)\s*:",
    re.IGNORECASE,
)
_PERSON_ENTRY = re.compile(
    r"\b(?:Herr|Frau|Herrn|Gemeindevertreter(?:in)?|Stadtverordnete[r]?|Stadtr(?:at|ätin)|Gemeinder(?:at|ätin)|"
    r"Ratsmitglied|Ratsherr|Ratsfrau|Kreisr(?:at|ätin)|Ortsbeirat(?:smitglied)?|Bürgermeister(?:in)?)\s+(?:Dr\.\s+)?[A-ZÄÖÜ]"
)
_RUNNING_SENTENCE = re.compile(r"[a-zäöüß]{3}[.!?](?:\s|$)")
MIN_ATTENDEES = 4
"""Persons a chunk must list to count as an attendance list."""
_ATTENDANCE_QUESTION = re.compile(
    r"anwesen|abwesen|teilgenommen|teilnehm|gefehlt|fehlte|entschuldigt|mitglied|vorsitz|besetz|zusammensetz"
)


def is_attendance_list(text: str) -> bool:
    """Whether ``text`` lists who attended ("Vorsitzende: Frau Lorenz (CDU) Mitglieder: Herr Becker (CDU),
    Herr Hoffmann …"): an attendance label and more persons than running sentences. Like an agenda listing
    it names everybody a question may name, yet reports nobody's words."""
    if not _ATTENDANCE_LABEL.search(text):
        return False
    persons = len(_PERSON_ENTRY.findall(text))
    return persons >= MIN_ATTENDEES and persons > 2 * len(_RUNNING_SENTENCE.findall(text))


_PRESENCE_QUESTION = re.compile(r"anwesen|abwesen|teilgenommen|gefehlt|fehlte|entschuldigt|nicht dabei")


def asks_who_was_there(question: str) -> bool:
    """Whether the question asks who was present or missing (not who sits on a body or chaired): the attendance
    list answers it."""
    return bool(_PRESENCE_QUESTION.search(fold(question)))


def attendance_sign(question: str) -> int:
    """How an attendance list counts for ``question``: +1 when it asks who was present or missing, 0 when it asks
    about membership otherwise (who sits on a body), −1 when it asks nothing of the kind (the list names every member a
    question may name and reports nobody's words)."""
    if not asks_about_attendance(question):
        return -1
    return 1 if asks_who_was_there(question) else 0


def asks_about_attendance(question: str) -> bool:
    """Whether the question asks who attended, was missing or sits on a body."""
    return bool(_ATTENDANCE_QUESTION.search(fold(question)))
