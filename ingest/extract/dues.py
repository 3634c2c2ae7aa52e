"""When an open item is due: the deadline or target meeting as the minutes word it.

The guide keeps ``due`` close to the wording ("nächste Sitzung des Stadtrats", "Herbst", "sobald die
Voraussetzungen … erfüllt sind"); a full date becomes ISO. :func:`due_of` tries the shapes from the
most to the least specific: a date, "eine der nächsten Sitzungen", the next session (of a body), a
month or season, a condition, an event ("bis zur Konstituierung des …"), a named session, a year.
"""

from __future__ import annotations

import re

from assistant.language.words import MONTHS as MONTH_NAMES
from ingest.extract.common import DATE_RE, DOT, iso

MONTHS = "|".join(month.capitalize() for month in MONTH_NAMES)
"""The month names as a regex alternation, capitalised as minutes write them."""

_NEXT = re.compile(
    r"\b(?i:zum|zur|in der|in seiner|in ihrer|bis zum|bis zur|in die|auf die|auf der|(?:Tages|Sitzungs)ordnung der) (?:nächst(?:folgend)?en? (?:Sitzung(?:\s+(?:des|der)\s+"
    r"[\w-]+)?|[A-ZÄÖÜ]{2,4}[\s-]Sitzung|\w+)|(?:kommenden?|folgenden?) \w*[Ss]itzung\b)"
)
"""The next session: "in der nächsten Sitzung des Bauausschusses", "zur nächstfolgenden Sitzung", "in der kommenden
Ratssitzung", "auf die Tagesordnung der nächsten Ratssitzung"."""
_UNTIL = re.compile(
    r"\b(?:[Bb]is(?:\s+zum|\s+spätestens)?|[Ii]m|für)\s+(?:(?:Ende|Mitte|Anfang)\s+)?"
    r"(?:" + MONTHS + r"|Herbst|Frühjahr|Sommer|Winter)(?:\s+\d{4})?"
)
CONDITION = re.compile(
    r"\b(?:[Ss]obald|[Ww]enn|[Nn]achdem)\b[^,.;]{3,80}\b(?:vorliegen|vorliegt|vorliege|erfüllt sind|abgeschlossen ist|feststeht)\b|"
    r"\b[Ss]obald\s[^,.;]{3,80}(?=,|\.?\s*$)"
)
_YEAR = re.compile(
    r"\b(?:ab|bis|in|im)\s+(?:dem\s+|zum\s+)?(?:(?:Jahr|[A-ZÄÖÜ]\w*jahr|Jahres)\s+)?(?P<year>20\d\d)\b(?![./]\d)"
)
"""A year as the time of a task: "in 2023" → 2023, "ab dem Wirtschaftsjahr 2022" as written."""


_NUMBER = r"(?:\d{1,2}|eine[mnr]?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|achtzehn|vierundzwanzig)"
_SPAN = re.compile(rf"\b(?:innerhalb\s+(?:von\s+)?|nach\s+){_NUMBER}\s+(?:Tagen|Wochen|Monaten|Jahren|Woche|Monat|Jahr)\b")
"""A span from now: "innerhalb von vier Wochen", "nach zwölf Monaten"."""
_QUARTER = re.compile(
    r"\b(?:(?P<ordinal>erst|zweit|dritt|viert)e[nms]?\s+|(?P<number>[1-4])[.\u2024]\s*)"
    r"(?P<part>Quartal|Halbjahr|Jahreshälfte)(?:es)?(?P<year>\s+20\d\d)?\b"
)
"""A part of the year: "im dritten Quartal", "im 2. Halbjahr 2024", "in der ersten Jahreshälfte"."""
_COURSE_OF_YEAR = re.compile(r"\bim\s+(?P<when>Laufe\s+des\s+(?:nächsten\s+|kommenden\s+)?Jahres|neuen\s+Jahr)\b")
_WEEK = re.compile(r"\b(?:(?:noch\s+)?in\s+dieser|(?:in\s+der\s+)?(?:kommenden|nächsten)|kommende|nächste)\s+Woche\b")
_WEEKDAY = re.compile(
    r"\b(?:bis|am|zum)\s+(?:(?:kommenden|nächsten)\s+)?(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b"
)
"""A day of the coming week ("Dies soll die Verwaltung bis Mittwoch prüfen.")."""
_PART_OF = re.compile(rf"\b(?:Ende|Mitte|Anfang)\s+(?:(?:{MONTHS})(?:\s+20\d\d)?|20\d\d)\b|\bJahresende\b")


_NAMED_DATE = re.compile(
    rf"\b(?:bis|am|zum|für den)\s+(?:zum\s+|spätestens\s+)?(?P<day>\d{{1,2}})[.\u2024]\s*(?P<month>{MONTHS})"
    r"(?:\s+(?P<year>\d{4}))?\b"
)
"""A date with the month's name ("am 10. Oktober", "bis zum 3. März 2025"), kept as written."""
_AFTER_STEP = re.compile(
    r"\b[Nn]ach\s+(?:der\s+|dem\s+)?(?:Vorlage|Eingang|Abschluss|Fertigstellung|Prüfung|Klärung|Erhalt|Auswertung|"
    r"Inbetriebnahme)\b(?:\s+(?:des|der)\s+(?:[a-zäöüß]\w*\s+)?[A-ZÄÖÜ][\w-]*)?|\bim\s+Rahmen\s+der\s+(?:[a-zäöüß]\w*\s+)?[A-ZÄÖÜ]\w*(?:beratung|beratungen|planung)\b"
)
"""A step the task waits for ("nach Vorlage der Kostenrechnung") or the procedure it belongs to ("im Rahmen der
jährlichen Haushaltsberatungen"), also without its object ("Nach Fertigstellung wird der Weg … gewidmet")."""
_HORIZON = re.compile(
    r"\b(?P<horizon>kurzfristig|mittelfristig|langfristig|zeitnah|baldmöglichst|baldigst|umgehend|unverzüglich|in Kürze|"
    r"demnächst|bis dahin|zu gegebener Zeit)(?:e[nrms]?)?\b"
)
"""A horizon without a date ("mittelfristig", "Ein Termin wird zeitnah bekannt gegeben."); a bare "bald" is too loose
("dass seitens der Verwaltung möglichst bald … eingerichtet werden soll" is a member's report, no task)."""
_BUDGET_YEAR = re.compile(r"\b(?:im|in den|für den)\s+(?P<budget>(?:Haushalt|Haushaltsplan|Nachtragshaushalt)\s+20\d\d)\b")
"""The budget of a year a task is planned in."""
_HOLIDAY = re.compile(
    r"\b(?:nach|vor|bis|zu|an|über|in)\s+(?:den\s+|dem\s+|der\s+)?(?:Ostern|Pfingsten|Weihnachten|Jahreswechsel|"
    r"(?:Sommer|Herbst|Oster|Winter|Pfingst|Weihnachts)ferien|(?:Sommer|Winter|Sitzungs|Weihnachts)pause)\b"
)
"""A holiday or a recess as the time of a task ("Der Ortstermin wird nach Ostern erfolgen", "in die Sitzung nach der
Sommerpause einzuladen")."""
_CLOSED_PART = re.compile(
    r"^(?!(?:Da|Weil|Ob)\b)[^,;]*\b(?:wird|werden)\b[^,;]*\b(?:im|in den)\s+(?P<part>[Nn]icht[\s-]?öffentlich)en\s+Teil\b"
)
"""The closed part of the same session, where a main clause in the future puts a report or a talk ("Der Bürgermeister
wird … im nicht öffentlichen Teil informieren")."""
_GENITIVE = r"\s+(?:des|der)\s+(?:[a-zäöüß]\w*\s+)?[A-ZÄÖÜ][\w-]*"


RECURRING = re.compile(r"(?:(?:halb|viertel)?jährlich|monatlich)")
"""A time that recurs ("jährlich", "monatlich"): the due of a recurring task, no later date for a plan."""
_SUBJUNCTIVE = {"sei": "ist", "seien": "sind", "habe": "hat", "werde": "wird", "könne": "kann"}


def _indicative(condition: str) -> str:
    """A condition as the guide keeps it: lower case, in the indicative ("Sobald die Auswertung vorliege" →
    "sobald die Auswertung vorliegt")."""
    condition = condition[:1].lower() + condition[1:]
    condition = re.sub(r"\b(\w*(?:lieg|steh|geh|komm|gelt|folg))e\b", r"\1t", condition)
    return re.sub(r"\b(?:sei|seien|habe|werde|könne)\b", lambda m: _SUBJUNCTIVE[m.group(0)], condition)


_SHORT_DATE = re.compile(rf"(\d{{1,2}}){DOT}(\d{{1,2}}){DOT}(\d{{2}})\b(?!{DOT}\d)")
"""A date with a two-digit year after "am", "bis", "zum", "ab"."""


_BEFORE_STEP = re.compile(
    r"\bvor\s+(?:dem|der|einem|einer)\s+(?:(?:etwaigen|weiteren|endgültigen|abschließenden)\s+)?(?=[A-ZÄÖÜ])\w*"
    r"(?i:beschluss|entscheidung|beratung|beurteilung|behandlung|abstimmung|vergabe|genehmigung)\b"
)
"""A step of the procedure the task must come before ("vor einem etwaigen Aufstellungsbeschluss")."""


def due_of(text: str) -> str:
    """The deadline or target meeting, kept close to the wording ("nächste Sitzung des Stadtrats")."""
    at = re.search(r"\b(?:[Bb]is|[Aa]m|[Zz]um|[Aa]b|für den)\s+(?:zum\s+|spätestens\s+|dem\s+)?(?=\d)", text)
    if at and (date := DATE_RE.match(text, at.end())):
        return iso(date)
    if at and (short := _SHORT_DATE.match(text, at.end())):
        day, month, year = short.groups()
        return f"20{year}-{int(month):02d}-{int(day):02d}"  # "Wiedervorlage am 17.6.21"
    if named := _NAMED_DATE.search(text):
        year = f" {named.group('year')}" if named.group("year") else ""
        return f"{int(named.group('day'))}. {named.group('month')}{year}"
    if match := re.search(r"\beine[rn]? der (?P<which>nächsten|kommenden|folgenden) Sitzungen\b", text):
        return f"eine der {match.group('which')} Sitzungen"
    if match := _NEXT.search(text):
        words = match.group(0).split()
        index = next(i for i, w in enumerate(words) if w.startswith(("nächst", "kommend", "folgend")))
        adjective, after = words[index].removesuffix("n"), words[index + 1 :]
        keeps = after[0].endswith("Sitzung") or (
            adjective.startswith("nächst") and any(w.endswith(("Sitzung", "sitzung", "schau", "versammlung")) for w in after)
        )  # "nächste Gemeindevertretersitzung", "nächste GV Sitzung", "nächste Verkehrsschau"
        return " ".join([adjective, *after]) if keeps else "nächste Sitzung"
    if match := _UNTIL.search(text):
        return re.sub(r"^(?:[Bb]is(?:\s+zum|\s+spätestens)?|[Ii]m|für)\s+", "", match.group(0))
    if match := CONDITION.search(text):
        return _indicative(match.group(0))
    if match := re.search(
        rf"\bbis zu(?:[mr]| den) [A-ZÄÖÜ]\w*(?:ung|ungen|beschluss|pause|lage|beginn|ferien|wahl)\b(?:\s+20\d\d\b)?(?:{_GENITIVE}(?:\s+und{_GENITIVE})?)?",
        text,
    ):
        return match.group(0)  # "bis zur Konstituierung des neuen Stadtrates", "bis zur Ratssitzung"
    if match := re.search(r"\bvor\s+(?:dem\s+)?(?:[A-ZÄÖÜ]\w*b|B)eginn\b(?:\s+(?:der|des)\s+[A-ZÄÖÜ]\w*)?", text):
        return match.group(0)  # "vor Baubeginn", "vor Beginn der Arbeiten"
    if match := _BEFORE_STEP.search(text):
        return match.group(0)  # "vor einem etwaigen Aufstellungsbeschluss", "vor der weiteren Beurteilung"
    if match := _AFTER_STEP.search(text):
        return match.group(0)[:1].lower() + match.group(0)[1:]  # "nach Vorlage der Kostenrechnung", "im Rahmen der jährlichen Haushaltsberatungen"
    if match := _SPAN.search(text):
        return match.group(0)  # "innerhalb von vier Wochen", "nach zwölf Monaten"
    if match := _QUARTER.search(text):
        part, year = match.group("part"), match.group("year") or ""
        if match.group("number"):
            return f"{match.group('number')}. {part}{year}"  # "im 2. Halbjahr" → "2. Halbjahr"
        ending = "e" if part == "Jahreshälfte" else "es"
        return f"{match.group('ordinal')}{ending} {part}{year}"  # "im dritten Quartal" → "drittes Quartal"
    if match := _COURSE_OF_YEAR.search(text):
        return re.sub(r"\s+", " ", match.group("when"))  # "im Laufe des Jahres", "im neuen Jahr"
    if match := _WEEK.search(text):
        return re.sub(r"^in der ", "", match.group(0)).replace("kommenden", "kommende").replace("nächsten", "nächste")
    if match := _WEEKDAY.search(text):
        return match.group(0)  # "bis Mittwoch", "am kommenden Montag"
    if match := _PART_OF.search(text):
        return match.group(0)  # "Ende Juni", "Ende 2024", "Jahresende"
    if match := re.search(rf"\b(?:{MONTHS})-?[Ss]itzung(?:\s+20\d\d)?", text):
        return match.group(0)  # "Oktober-Sitzung 2023"
    if re.search(r"\b(?:im|in dem) (?:nächsten|kommenden) Jahr\b", text):
        return "nächstes Jahr"
    if match := _YEAR.search(text):
        return match.group(0) if match.group(0).startswith(("ab", "bis")) else match.group("year")
    if match := _BUDGET_YEAR.search(text):
        return match.group("budget")  # "im Haushalt 2025 eingeplant": "Haushalt 2025"
    if match := _HOLIDAY.search(text):
        return match.group(0)  # "nach Ostern", "bis zu den Sommerferien"
    if match := _HORIZON.search(text):
        return match.group("horizon")  # "mittelfristig", "zeitnah", "eine umgehende Veranlassung": "umgehend"
    if match := re.search(r"\bin den (?:Folgejahren|(?:nächsten|kommenden|künftigen) Jahren)\b", text):
        return match.group(0)
    if match := re.search(rf"\b{RECURRING.pattern}(?=[\s.,;])", text):
        return match.group(0)  # "den Gemeinderat jährlich … informieren": the task recurs
    if match := _CLOSED_PART.search(text):
        return f"{match.group('part')}er Teil"  # "wird … im nicht öffentlichen Teil informieren": later in the session
    return ""
