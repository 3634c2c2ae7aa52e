"""The time a question asks about ("im Dezember 2022", "Mitte Juni", "in der Oktober-Sitzung") and whether a
document is older than it: a document cannot report what happened after its own date."""

from __future__ import annotations

import re

from assistant.language.german import fold
from assistant.language.words import MONTHS_FOLDED

_SEASON_MONTHS = {"fruehjahr": 3, "fruehling": 3, "sommer": 6, "herbst": 9, "winter": 12}
_MONTH_OR_SEASON = "|".join((*MONTHS_FOLDED, *_SEASON_MONTHS))
_MONTHS = "|".join(MONTHS_FOLDED)
_ASKED_TIME = re.compile(
    rf"\b(?:im|in|bis|zum|ab|seit|anfang|(?P<part>ende|mitte))\s+(?:der\s+|des\s+)?(?P<month>{_MONTH_OR_SEASON})(?:-sitzung)?\b"
    rf"(?:\s+(?:des\s+jahres\s+)?(?P<year>(?:19|20)\d\d)\b)?"
    rf"|\b(?P<session>{_MONTH_OR_SEASON})-?sitzung(?:\s+(?:des\s+jahres\s+)?(?P<session_year>(?:19|20)\d\d)\b)?"
    rf"|(?<![\d.])(?P<named_day>\d{{1,2}})\.\s?(?P<named_month>{_MONTHS})\b(?:\s+(?P<named_year>(?:19|20)\d\d)\b)?"
    r"|\b(?:im\s+(?:jahr|jahre|laufe des jahres)|anfang|ende|mitte)\s+(?P<only_year>(?:19|20)\d\d)\b"
    r"|(?<![\d.])(?P<day>\d{1,2})\.\s?(?P<day_month>\d{1,2})\.\s?(?P<day_year>(?:19|20)\d\d)\b"
    r"|\b(?:hat|haben|hatte|hatten|wurde|wurden|ist|sind|war|waren|wird|werden)\s+(?P<verb_year>(?:19|20)\d\d)\b"
)


AskedTime = tuple[int | None, int | None, int | None]
"""(year, month, day), any of them unknown."""


def asked_time(question: str) -> AskedTime | None:
    """The time a question asks about, as (year, month, day), any possibly None: "im Dezember 2022" →
    (2022, 12, None), "in der Oktober-Sitzung" → (None, 10, None), "im Frühjahr 2023" → (2023, 3, None), "in seiner Januarsitzung 2012" → (2012, 1, None), "am 12. Juli" → (None, 7, 12),
    "Ende 2023" → (2023, None, None), "24.10.2010" → (2010, 10, 24), "Wer hat 2021 … gewonnen?" (a year right
    after the finite verb) → (2021, None, None); None when it names no such time. A year that is part of a name
    ("Haushalt 2023", "Planung 2014") is no asked time."""
    match = _ASKED_TIME.search(fold(question))
    if match is None:
        return None
    if match.group("only_year") or match.group("verb_year"):
        return int(match.group("only_year") or match.group("verb_year")), None, None
    if match.group("day"):
        month, day = int(match.group("day_month")), int(match.group("day"))
        return (int(match.group("day_year")), month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None
    if match.group("named_day"):  # "am 12. Juli", "am 3. März 2021"
        year = match.group("named_year")
        return (int(year) if year else None), MONTHS_FOLDED.index(match.group("named_month")) + 1, int(match.group("named_day"))
    name = match.group("month") or match.group("session")
    year = match.group("year") or match.group("session_year")
    month = _SEASON_MONTHS.get(name) or MONTHS_FOLDED.index(name) + 1
    part = {"mitte": 15, "ende": 25}.get(match.group("part") or "") if name in MONTHS_FOLDED else None
    return (int(year) if year else None), month, part  # "Mitte Juni": after a session on 1 June


def predates(date: str, asked: AskedTime) -> bool:
    """Whether a document of ``date`` (ISO) lies before the time ``asked`` (see :func:`asked_time`),
    so that it cannot report what happened then. A month without a year is read in the document's
    year, and only when it lies after the document's month (otherwise it may be a year earlier)."""
    try:
        year, month, day = int(date[:4]), int(date[5:7]), int(date[8:10] or 1)
    except ValueError:
        return False
    asked_year, asked_month, asked_day = asked
    if asked_year is None:
        return asked_month is not None and month < asked_month
    return (year, month, day) < (asked_year, asked_month or 1, asked_day or 1)
