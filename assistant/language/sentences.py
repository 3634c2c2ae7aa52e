"""German sentence boundaries with exact offsets (used for chunking and for picking quotes)."""

from __future__ import annotations

import re

Span = tuple[int, int]

BULLET = "[-–—•·▪■◦‣○→*]"
"""A bullet that opens a list line, as a regex character class ("-", "•", the middle dot "·" of pasted lists)."""
BULLET_LEAD = re.compile(rf"\s*{BULLET}\s+")
"""A bullet and the blanks around it at the start of a line (match it with ``.match``)."""


def without_bullet(text: str) -> str:
    """``text`` without the bullet that opens it ("- Kenntnisnahme." → "Kenntnisnahme.")."""
    lead = BULLET_LEAD.match(text)
    return text[lead.end() :] if lead else text


# Words that end with a period without ending the sentence (compared lower-case, without the dot).
ABBREVIATIONS = frozenset(
    {
        "abs",
        "abschn",
        "abt",
        "allg",
        "anl",
        "anm",
        "art",
        "az",
        "bd",
        "bes",
        "beschl",
        "bgm",
        "bspw",
        "bzgl",
        "bzw",
        "ca",
        "co",
        "dgl",
        "div",
        "dipl",
        "dr",
        "drs",
        "ds",
        "dt",
        "ebd",
        "ehem",
        "einschl",
        "enth",
        "etc",
        "evtl",
        "fa",
        "gem",
        "gesetzl",
        "gez",
        "ggf",
        "ggfs",
        "ggü",
        "grds",
        "hr",
        "hrn",
        "hrsg",
        "i.a",
        "i.d.f",
        "i.d.r",
        "i.s.d",
        "i.v",
        "inkl",
        "insb",
        "ing",
        "jh",
        "jhd",
        "kap",
        "kfz",
        "lfd",
        "lit",
        "lt",
        "max",
        "mdb",
        "mdl",
        "min",
        "mind",
        "mio",
        "mrd",
        "mwst",
        "nachf",
        "nr",
        "nrn",
        "o.a",
        "o.g",
        "o.ä",
        "pkt",
        "prof",
        "rd",
        "rel",
        "s",
        "sen",
        "sog",
        "st",
        "stv",
        "stellv",
        "str",
        "tel",
        "tsd",
        "u.a",
        "u.ä",
        "u.u",
        "usw",
        "v.a",
        "vgl",
        "vors",
        "z.b",
        "z.t",
        "z.z",
        "zt",
        "ziff",
        "zzgl",
    }
)
# A sentence end: terminal punctuation (plus closing quotes/brackets), whitespace, then a
# plausible sentence start.
_BOUNDARY_RE = re.compile(r"[.!?…]+[\"'“”»«)\]]*(?=\s+[\"'„“»«(\[]?[A-ZÄÖÜ0-9§])")
_LABEL_LINE = re.compile(
    r"^[^\S\n]*(?:(?:Beschluss|Vorlagen?|Drucksachen?|Antrags?|Anfrage)(?:-?Nr\.?|-?[Nn]ummer)|Drs\.|Az\.|Aktenzeichen|"
    r"Datum|Gremium|Status|Federführung|Beratungsfolge)[^\S\n]*:[^\n]{1,50}?(?=[^\S\n]*\n[^\S\n]*[A-ZÄÖÜ](?![\w.-]*[^\S\n]*:))",
    re.MULTILINE,
)
"""A portal's label line ("Beschluss-Nr.: GR 015/2023") over the text it labels: a piece of its own (not over a
further label line, which stays with it)."""
_GLUED_RE = re.compile(r"(?<=[a-zäöüß]{3}[.!?])(?=[A-ZÄÖÜ][a-zäöüß]{2})")
"""A sentence end without the space after it, as pasted web text has it ("… Zuschusses.Der Gemeinderat …")."""
PARAGRAPH_RE = re.compile(r"\n[^\S\n]*\n\s*")


def strip_span(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


_ADDRESSED_ROLE = re.compile(r"\b(?:Herrn?|Frau|Hr\.|Fr\.)\s+(?=[A-Za-zÄÖÜäöü]{2,6}\.$)(?:[a-zäöü]*[A-ZÄÖÜ]){2}[A-Za-zÄÖÜäöü]*\.$")
"""An abbreviation with two capitals or more right after a form of address ("Herr AVors.", "Frau SKE."): a role."""


def _is_false_boundary(text: str, punct_start: int) -> bool:
    """True when the period at ``punct_start`` belongs to an abbreviation or an ordinal number."""
    if text[punct_start] != "." or text[punct_start : punct_start + 2] == "..":
        return False
    word_start = punct_start
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:punct_start].lstrip("(\"'„“[").lower()
    if not word:
        return False
    if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        return True
    if re.fullmatch(r"(?:[a-zäöü]\.)+[a-zäöü]", word):  # u.a. / d.h. / i.d.R. style
        return True
    if _ADDRESSED_ROLE.search(text, max(punct_start - 16, 0), punct_start + 1):
        return True  # "Herr AVors. Schultheis": the person's abbreviated role, between the address and the name
    # "12. März", "1. Lesung", "3. Änderungssatzung", "01.02. 2017": German ordinals and dates are
    # far more common than sentences ending in a one- or two-digit number.
    return re.fullmatch(r"\d{1,2}(?:\.\d{1,2})?", word) is not None


_ATTRIBUTED_QUOTE_END = re.compile(r"[^„“”\n]{0,300}?[“”]\s*,\s*[a-zäöüß]")
"""The rest of a quotation that its speaker's verb follows ("… genug sein. Wir wollen das entscheiden“, betonte er")."""


def _in_attributed_quote(text: str, boundary: int) -> bool:
    """True when ``boundary`` falls inside a short quotation („…“) that the speaker's verb closes: one utterance."""
    opened = text.rfind("„", max(boundary - 300, 0), boundary)
    if opened < 0 or re.search(r"[“”\n]", text[opened:boundary]):
        return False
    return _ATTRIBUTED_QUOTE_END.match(text, boundary) is not None


_HEADING_LINE = re.compile(
    r"(?<=[.!?…\"“:])[^\S\n]*\n(?P<line>[A-ZÄÖÜ][^\n]{0,58}[^\s.,;:!?…\"“)\-–])[^\S\n]*\n(?=[\"„“»]?[A-ZÄÖÜ])"
)
"""A short line of its own after a sentence's end, without closing punctuation, before a capital: a heading
("Betreiber sichert die Anlage ab") that ends its sentence although only single line breaks surround it."""


def _heading_ends(text: str, start: int, end: int) -> list[int]:
    """Where the heading lines of ``text[start:end]`` end (:data:`_HEADING_LINE`): only lines at most half as long as
    the longer line next to them, so that the short lines of a narrow printed column never count."""
    ends = []
    for match in _HEADING_LINE.finditer(text, max(start - 1, 0), end):
        if match.end("line") >= end:
            continue
        before = text.rfind("\n", start, match.start("line") - 1)
        after = text.find("\n", match.end("line") + 1, end)
        neighbours = (match.start("line") - 1 - max(before, start), (after if after >= 0 else end) - match.end("line") - 1)
        if 2 * len(match.group("line")) <= max(neighbours):
            ends.append(match.end("line"))
    return ends


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentence spans ``(s, e)`` (offsets into ``text``) within ``[start, end)``, stripped.

    Blank lines always end a sentence; single line breaks (PDF layout) do not, unless they set off a short heading
    line (:data:`_HEADING_LINE`). A final piece without terminal punctuation is a sentence too.
    """
    end = len(text) if end is None else min(end, len(text))
    spans: list[Span] = []
    for block_start, block_end in split_at(text, start, end, PARAGRAPH_RE):
        cursor = block_start
        found = _BOUNDARY_RE.finditer(text, block_start, block_end)
        boundaries = [
            m.end() for m in found if not _is_false_boundary(text, m.start()) and not _in_attributed_quote(text, m.end())
        ]
        boundaries += [m.end() for m in _LABEL_LINE.finditer(text, block_start, block_end) if m.end() < block_end]
        glued = _GLUED_RE.finditer(text, block_start, block_end)
        boundaries += [m.end() for m in glued if not _is_false_boundary(text, m.start() - 1)]
        for boundary in sorted(set(boundaries) | set(_heading_ends(text, block_start, block_end))):
            if (span := strip_span(text, cursor, boundary)) is not None:
                spans.append(span)
            cursor = boundary
        if (span := strip_span(text, cursor, block_end)) is not None:
            spans.append(span)
    return spans


def split_at(text: str, start: int, end: int, pattern: re.Pattern[str]) -> list[Span]:
    """Stripped, non-empty pieces of ``text[start:end]`` between matches of ``pattern``."""
    pieces: list[Span] = []
    cursor = start
    for match in pattern.finditer(text, start, end):
        if (span := strip_span(text, cursor, match.start())) is not None:
            pieces.append(span)
        cursor = match.end()
    if (span := strip_span(text, cursor, end)) is not None:
        pieces.append(span)
    return pieces
