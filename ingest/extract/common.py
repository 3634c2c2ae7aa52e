"""Shared pieces of record extraction: sentence units of one agenda item and record provenance."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from assistant.language.sentences import ABBREVIATIONS, BULLET, split_sentences
from assistant.models import Document, Section
from ingest.extract.person_names import ADDRESS, ROLE, TITLE, WORD

VORLAGE_RE = re.compile(r"(?<![\w/.])\d{2,4}/[A-Za-z0-9]{1,6}(?:/[A-Za-z0-9-]{1,8})+(?![\w/])")
INNER_DOT = "\u2024"
"""What a period inside a sentence becomes in a unit's text (one character, as wide as the period): the
period of an abbreviation ("bzw.", "z. B.", "Nr.") or of a number ("31.12.2023", "1.500"). The rules read
"no period" as "the same sentence"; the quote keeps the document's own characters."""
DOT = "[.\u2024]"
"""A period in a pattern that reads dates or numbers from a unit's text."""
DATE_RE = re.compile(rf"\b(\d{{1,2}}){DOT}(\d{{1,2}}){DOT}(\d{{4}})\b")
NOTE_LABEL = r"(?:Bemerkung|Anmerkung|Hinweis|Vermerk|Auftrag|Protokollnotiz|Wiedervorlage)\s*:"
"""A note's label under a vote or a register's line ("Vermerk: …", "Auftrag: …")."""
_LINE_BREAK_BEFORE = re.compile(
    r"\n\s*(?=(?:Beschluss|Abstimmung|Ja-Stimmen|Ja:|Ergebnis|Beschlussvorschlag|Beschlussempfehlung)\b|"
    rf"{NOTE_LABEL}|{BULLET}\s+[A-ZÄÖÜ]|"
    r"Nr\.\s*[A-Z]{0,4}\s*/?\s*\d)"
)
"""Lines that open a unit of their own: vote and resolution labels, a note under a vote ("Bemerkung: Aufgrund des
§ 22 GO war … ausgeschlossen", "Vermerk: …", "Auftrag: …"), bullets, the numbered lines of a decision register ("Nr.
AA/2025/005 – Antrag … – abgelehnt – Ja 5 / Nein 9 / Enth. 1")."""
_TABLE_END = re.compile(r"\|[^\S\n]*\n(?=[^|\n]*(?:\n|$))")
"""The last row of a table ("Weiß, Alexander | Ja |") before a line that is none: the rows are a unit of their own."""
_LABEL_LINE_END = re.compile(r":[^\S\n]*\n")
_RESULT_LINE_END = re.compile(
    r"(?m)^(?:Abstimmung|Abstimmungsergebnis|Ergebnis)\b[^\n]*\b(?:angenommen|abgelehnt|beschlossen|zugestimmt)"
    r"[^\S\n]*\n(?=[A-ZÄÖÜ„])"
)
"""A result line without a full stop ("Abstimmung zum Antrag: 13/12, mehrheitlich angenommen"): it ends its unit."""
BARE_TALLY = r"\d{1,3}(?:\s*:\s+|\s+:\s*)\d{1,3}|\d{1,3}:\d(?!\d)"
"""A vote written only as its two counts ("14:0", "13: 1"), not a clock time ("19:30")."""
_TALLY_LINE_END = re.compile(rf"(?<=[.!?\"“”)]\s)(?:{BARE_TALLY})(?=[^\S\n]*\n)")
"""Counts alone at a line's end after the sentence they vote on ("… einverstanden sind. 14:0"): the next line is the
next matter."""
_REPORT_AFTER_COLON = re.compile(
    rf"(?<=\w):\s+(?=(?:{ROLE}\s+)?(?!(?:Der|Die|Das|Den|Dem|Am|Im|Ein|Eine|Herr|Frau)\s){WORD}\s+"
    rf"{WORD}\s+(?!(?:möchte|sollte|wollte|konnte|könnte|müsste|hätte|würde|dürfte)\b)"
    r"(?:[a-zäöüß]+te|sprach|wies|hielt|fand|gab|schlug|riet|warf|bat)\b)"
)
"""A colon that ends a clause and introduces what a named member said, in reports ("Im Gemeinderat gab es
unterschiedliche Argumente: Anna Berg berichtete, dass …"): the report is a sentence of its own, opened by its speaker;
a label ("Aufgabe: Herr X möchte …", "Meier, SPD: …") is no clause."""
_LETTERED_LINE = re.compile(r"\n(?=[^\S\n]*[a-z][.)](?:[^\S\n]*\n|[^\S\n]+[A-ZÄÖÜ]))")
"""A line opened by a letter of an enumeration ("b." on a line of its own, "c) Die Entwürfe …"): a new point, also where
the sentence splitter reads the letter as an abbreviation."""
_QUOTE_LINE_END = re.compile(r"(?m)^[^\S\n]*[„\"»][^\n„“\"«»]{3,200}[“\"«][^\S\n]*\n(?=[^\S\n]*[A-ZÄÖÜ])")
"""A line that is only a quotation without a full stop, as press reports set a subheading ("„Wir sind für erneuerbare
Energien, aber nicht so“"): the next line opens a sentence of its own."""
_RESULT_WORD_LINE_END = re.compile(
    r"(?m)^(?![^\n]*:)(?=[^\n]*\b(?:wurde|wurden|wird|werden|ist|sind|hat|haben)\b)[^\n]*"
    r"\b(?:angenommen|abgelehnt|beschlossen|zugestimmt|vertagt|zurückgestellt)[^\S\n]*\n(?=[^\S\n]*[A-ZÄÖÜ„])"
    r"(?![^\n]*(?:Stimmen|Enthaltung|\d\s*:\s*\d))"
)
"""A sentence on a line of its own that ends with its result and no full stop ("Der Antrag wurde … mehrheitlich
abgelehnt" / "Aufgrund des … wurden folgende Änderungen … beschlossen:"): the next line opens a unit of its own, unless
it carries the next count of a vote taken point by point."""
_SPEAKER_LINE = re.compile(
    rf"(?<!\S)[A-ZÄÖÜ0-9][^\s,;]{{0,40}}[^\S\n]*\n\s*(?=(?:(?:{ADDRESS}|{ROLE})\s+){{1,2}}(?:{TITLE}\s+)*"
    r"(?:[A-ZÄÖÜ]\.\s+|[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+(?=[A-ZÄÖÜ][a-zäöüß]+\b(?:\s*\([^)]{1,60}\))?"
    r"\s+[a-zäöüß]))?[A-ZÄÖÜ][a-zäöüß]+\b"
    r"(?:\s*\([^)]{1,60}\))?\s+[a-zäöüß])"
)
"""A line that opens with a speaker after a title line without a full stop ("Produkt 0535110 Wohngeld" /
"Stadtverordneter Neitzke beantragt …", "Herr W. Holst fragt …"): the title is a unit of its own."""
_HEADING_LINE = re.compile(
    r"(?<=\n\n)[^\S\n]*(?=[A-ZÄÖÜ0-9])(?:[^\s.:;,!?]+[^\S\n]+){0,5}[^\s.:;,!?]+[^\S\n]*\n"
    r"(?=[^\S\n]*[A-ZÄÖÜ„\"][^\n]{80,})"
)
"""A short heading line without a full stop that opens a paragraph of a report ("Kita-Neubau" / "Der Stadtrat hat …
bewilligt."): a unit of its own, so that the sentence under it opens with its own subject."""
_HEADING_AFTER_UNIT = re.compile(
    r"(?<=\n)[^\S\n]*(?=[A-ZÄÖÜ])(?:[^\s,.;:!?]+[^\S\n]+){1,14}(?:[A-ZÄÖÜ0-9„\"][^\s,.;:!?]*|[^\s,.;:!?]*[“\"])"
    r"[^\S\n]*\n(?=[^\S\n]*(?:Der|Die|Das|Dem|Den|Es|Gemäß|Nach|Auf|Im|Mit)\s[^\n]{60,})"
)
"""The same heading in a report without blank lines, after a line of a vote's counts ("Ja-Stimmen: 16" / "Beschlussfassung
von … Ausgaben für das Haushaltsjahr 2023" / "Die Mitglieder des Stadtrates beschließen …"). The heading ends with a
noun, a number or a quote, and the next line opens a sentence: a wrapped line of running text ends in a lowercase
word."""
_COUNT_LINE = re.compile(r"(?:Stimmen|[Ee]nthaltung\w*|Ja|Nein|[Dd]afür|[Dd]agegen)\s*:\s*(?:\d{1,3}|[-–]|keine)\s*$")
"""A line of a vote's counts ("Ja-Stimmen: 16", "Enthaltungen: -")."""


def _after_count(text: str, start: int) -> bool:
    return bool(_COUNT_LINE.search(text, max(0, start - 60), max(0, start - 1)))


def _heading_at(text: str, start: int) -> re.Match[str] | None:
    after = _HEADING_AFTER_UNIT.match(text, start)
    return _HEADING_LINE.match(text, start) or (after if after and _after_count(text, start) else None)


_STATUS_LINE_END = re.compile(
    r"(?m)^(?:Beschluss(?:art)?|Ergebnis|Abstimmung(?:sergebnis)?)\s*:[^\S\n]*(?:einstimmig|mehrheitlich|ungeändert|"
    r"geändert|zur Kenntnis genommen|abgelehnt|vertagt|zurückgestellt|zurückgezogen|verwiesen|beschlossen|angenommen)"
    rf"(?:[^\S\n]+[\wäöüß]+){{0,3}}[^\S\n]*\n\s*(?=(?:{ADDRESS}|{ROLE})\s+(?:{TITLE}\s+)*[A-ZÄÖÜ][a-zäöüß]+\b"
    r"(?:\s*\([^)]{1,60}\))?\s+[a-zäöüß])"
)
"""A portal's result line ("Beschluss: vertagt") before a line that opens with a speaker: two units."""
_SEPARATOR = re.compile(r"\+{3,}|\*{3,}|~{3,}|#{3,}")
"""A run of marks that a live report puts between its entries ("… Sorgen. +++Barbara Schiek-Hübenthal (FDP) weist …
hin"): the entries are units of their own, and the marks belong to none."""
_RUN_ON_ENTRY = re.compile(r"(?<=[.!?])\s+(?=[-–•]\s+[A-ZÄÖÜ„\"])")
"""A list run on in a line after a sentence ("… wurde beschlossen. - Für 1500 Euro wird …"): each entry a unit."""

SECTION_HEAD = re.compile(
    r"^(?:Sachdarstellung|Sachverhalt|Begründung|Rechtsgrundlage|(?:Wort)?[Pp]rotokoll(?:vermerk)?|Beratungsinhalt|"
    r"Beratung(?:sverlauf)?|Erläuterung(?:en)?|Diskussion(?:sverlauf)?|Aussprache|Niederschrift|"
    r"Sach-\s*und\s*Rechtslage|Sachlage|Rechtslage|Sachstand|Ausgangslage|Problem(?:beschreibung|darstellung))\s*(?::|$)"
)
"""A section of an agenda item that is no resolution text: the debate, the narrative of the minutes, the
reasons ("Wortprotokoll", "Diskussionsverlauf:", "Sachverhalt"), also as a label alone on its line."""


@dataclass(frozen=True)
class Unit:
    """A sentence (or a label line) of an agenda item, with offsets into the document text."""

    start: int
    end: int
    text: str
    paragraph: int
    """Index of the paragraph (blank-line separated block) the unit belongs to."""


@dataclass(frozen=True)
class ItemContext:
    """One agenda item of one document, as the extractors see it."""

    document: Document
    section: Section
    units: list[Unit]
    vorlage: str
    refs: tuple[str, ...]

    def base(self, kind: str, start: int, end: int) -> dict[str, object]:
        """Provenance fields shared by all records (quote = exact slice of the text)."""
        meta, text = self.document.meta, self.document.text
        digest = hashlib.sha1(f"{meta.doc_id}\x00{kind}\x00{start}\x00{end}".encode()).hexdigest()[:16]
        return {
            "record_id": f"{kind}-{digest}",
            "doc_id": meta.doc_id,
            "municipality": meta.municipality,
            "body": meta.body,
            "date": meta.date,
            "agenda_item": self.section.agenda_item,
            "topic": self.section.title or meta.title,
            "quote": text[start:end],
            "char_start": start,
            "char_end": end,
            "source": meta.source,
            "public": self.document.is_public_at(start, end) and self.section.public,
            "vorlage": self.vorlage,
            "refs": self.refs,
        }


_TITLE_ABBREVIATION = re.compile(rf"^(?:{BULLET}\s*)?[A-ZÄÖÜ][A-Za-zäöüß]{{0,6}}\.$|(?:^|\s)(?:{ADDRESS}|{ROLE}\s+)?(?:{TITLE})$")
"""A form of address or office cut off as a sentence of its own ("Rh.", "Ktabg.", "Bgm.", after a bullet "- Fr."), or a sentence cut
after an academic title ("Herr Dipl.-Ing." / "Grözinger vom Büro … stellt … vor")."""


_SPEAKER_FORMS = frozenset({"bgm", "dipl", "dr", "hr", "hrn", "ing", "mdb", "mdl", "prof", "sen", "stellv", "stv", "vors"})
"""Abbreviated titles, offices and name parts that the speaker grammar reads with their period ("Dr.", "Stv.")."""
_INNER_WORDS = "|".join(sorted((a for a in ABBREVIATIONS - _SPEAKER_FORMS if "." not in a and len(a) > 1), key=len)[::-1])
_ABBREVIATED = re.compile(
    rf"(?<![\w.])(?:(?:[a-zäöüß]\.\s?){{1,3}}[a-zäöüA-ZÄÖÜ]|(?i:{_INNER_WORDS}))\.(?=\s*[\w(„\"§€-])"
)
"""Abbreviations inside a sentence that are no title or office of a speaker ("bzw.", "z. B.", "Nr.", "Abs."): the
sentence splitter's :data:`~assistant.language.sentences.ABBREVIATIONS` and letter abbreviations."""
_NUMBER_DOT = re.compile(
    r"(?<=\d)\.(?=\d)|(?<=\b\d)\.(?=\s?(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|"
    r"November|Dezember|Sitzung|Quartal|Halbjahr|Lesung|"
    r"Änderung|Nachtrag\w*|Bauabschnitt|Obergeschoss|OG)\b)|(?<=\b\d\d)\.(?=\s?(?:Januar|Februar|März|"
    r"April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Sitzung|Änderung)\b)"
)
"""Dots inside numbers, and after a day before its month or an ordinal before its noun ("am 10. Oktober", "der 14.
Sitzung", "im 1. OG"), which end no sentence; an office's ordinal ("1. Bürgermeister") the speaker grammar reads."""


def mask_inner_dots(text: str) -> str:
    """``text`` with the periods of abbreviations and numbers inside it as :data:`INNER_DOT`."""
    text = _ABBREVIATED.sub(lambda m: m.group(0).replace(".", INNER_DOT), text)
    return _NUMBER_DOT.sub(INNER_DOT, text)


def unmask(text: str) -> str:
    """The inverse of :func:`mask_inner_dots`, for fields read from a unit's text."""
    return text.replace(INNER_DOT, ".")


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans, with an abbreviated title joined to the sentence it opens."""
    spans: list[tuple[int, int]] = []
    for s, e in split_sentences(text, start, end):
        if (
            spans
            and _TITLE_ABBREVIATION.search(text[spans[-1][0] : spans[-1][1]].strip())
            and text[s:e][:1].isupper()
        ) and "\n" not in text[spans[-1][1] : s]:
            spans[-1] = (spans[-1][0], e)
            continue
        spans.append((s, e))
    return spans


def _units(text: str, start: int, end: int, heading_end: int = -1) -> list[Unit]:
    """The sentences and label lines of ``text[start:end]``; ``heading_end``: where the agenda item's heading line
    ends, a unit of its own even when no full stop or blank line follows it."""
    units: list[Unit] = []
    paragraph, last_end = 0, start
    for s, e in _sentences(text, start, end):
        if re.search(r"\n\s*\n", text[last_end:s]):
            paragraph += 1
        cuts = sorted(
            {m.end() for m in _LABEL_LINE_END.finditer(text, s, e)}
            | {m.end() for m in _LINE_BREAK_BEFORE.finditer(text, s, e)}
            | {m.end() for m in _SPEAKER_LINE.finditer(text, s, e)}
            | {m.end() for m in [_HEADING_LINE.match(text, s)] if m and m.end() < e}
            | {cut for m in _HEADING_AFTER_UNIT.finditer(text, s, e) if _after_count(text, m.start()) for cut in m.span() if s < cut < e}
            | {m.end() for m in _STATUS_LINE_END.finditer(text, s, e)}
            | {m.end() for m in _RESULT_LINE_END.finditer(text, s, e)}
            | {m.end() for m in _RESULT_WORD_LINE_END.finditer(text, s, e)}
            | {m.end() for m in _TALLY_LINE_END.finditer(text, s, e)}
            | {m.end() for m in _QUOTE_LINE_END.finditer(text, s, e)}
            | {m.end() for m in _LETTERED_LINE.finditer(text, s, e)}
            | {m.end() for m in _REPORT_AFTER_COLON.finditer(text, s, e) if len(text[s : m.start()].split()) > 2}
            | {m.end() for m in _TABLE_END.finditer(text, s, e)}
            | ({heading_end} if s < heading_end < e else set())
            | {cut for m in _SEPARATOR.finditer(text, s, e) for cut in m.span()}
            | {m.end() for m in _RUN_ON_ENTRY.finditer(text, s, e)}
        )
        cursor = s
        for cut in [*cuts, e]:
            piece = text[cursor:cut].strip()
            if piece and not _SEPARATOR.fullmatch(piece):
                lead = len(text[cursor:cut]) - len(text[cursor:cut].lstrip())
                a = cursor + lead
                units.append(Unit(a, a + len(piece), mask_inner_dots(" ".join(piece.split())), paragraph))
            cursor = cut
        last_end = e
    return units


def item_contexts(document: Document) -> list[ItemContext]:
    """One context per agenda item (the whole text when the document has no items)."""
    text = document.text
    sections = document.sections or [Section(0, len(text))]
    doc_vorlage = _first_vorlage(f"{document.meta.title} {document.meta.source} {text[:600]}")
    contexts = []
    for section in sections:
        body = text[section.char_start : section.char_end]
        head = section.title + " " + body[:300]
        vorlage = _first_vorlage(head) or (doc_vorlage if len(sections) == 1 else "")
        refs = tuple(sorted(set(VORLAGE_RE.findall(body)) | {_dmy(m) for m in DATE_RE.finditer(body)}))
        units = _units(text, section.char_start, section.char_end, _heading_end(text, section))
        contexts.append(ItemContext(document, section, units, vorlage, refs))
    return contexts


def _heading_end(text: str, section: Section) -> int:
    """The end of the section's first line when that line is its heading (holds the start of its title), else -1:
    "2. Genehmigung der Niederschrift … 12.01.2016" / "Der Gemeinderat genehmigt einstimmig" are two units."""
    title = " ".join(section.title.split())[:30]
    line_end = text.find("\n", section.char_start, section.char_end)
    if not title or line_end < 0:
        return -1
    return line_end if title in " ".join(text[section.char_start : line_end].split()) else -1


def _first_vorlage(text: str) -> str:
    match = VORLAGE_RE.search(text)
    return match.group(0) if match else ""


def _dmy(match: re.Match[str]) -> str:
    day, month, year = match.groups()
    return f"{int(day):02d}.{int(month):02d}.{year}"


def iso(match: re.Match[str]) -> str:
    day, month, year = match.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}"


def cut_off(ctx: ItemContext, unit: Unit) -> bool:
    """True for the last sentence of an excerpt that stops mid-sentence (a long unit ending in a
    letter, not in punctuation or a count): what it would have said is unknown."""
    end = unit.end >= len(ctx.document.text.rstrip())
    words = unit.text.split()
    fragment = words[-1].islower() and len(words[-1]) <= 2  # "… die Friedhofssatzung m"
    return end and unit.text[-1].isalpha() and (len(words) >= 8 or fragment)


def is_heading_line(ctx: ItemContext, unit: Unit) -> bool:
    """True for a short heading line inside an item, as :data:`_HEADING_LINE` cuts it ("Kita-Neubau" over the
    paragraph that reports the resolution): what follows is another matter."""
    text = ctx.document.text
    match = _heading_at(text, text.rfind("\n", 0, unit.start) + 1)
    return match is not None and unit.end <= match.end()


_ATTENDANCE_HEAD = re.compile(
    r"^(?:Anwesend\w*|Abwesend\w*|Entschuldigt\w*|Es\s+fehl\w*|Nicht\s+anwesend\w*|Ferner\s+anwesend\w*|"
    r"(?:Sitzungs)?[Tt]eilnehmer\w*|Anwesenheit\w*)\b[^.:]{0,40}:"
)
"""The head of an attendance list ("Anwesend:", "Es fehlten entschuldigt:", "Teilnehmer:")."""


def attendance_paragraphs(units: list[Unit]) -> set[int]:
    """The paragraphs that list who attended or was missing: from an attendance head to the blank line."""
    return {unit.paragraph for unit in units if _ATTENDANCE_HEAD.match(unit.text)}
