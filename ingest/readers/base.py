"""Shared pieces of the readers: the result type, text normalisation, front matter, dates."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from assistant.errors import ReadError
from assistant.language.words import MONTH_NUMBERS


@dataclass
class ReadResult:
    """What a reader returns for one file."""

    text: str
    """Normalised text that will be stored; every offset in the system indexes into it."""
    meta: dict[str, str] = field(default_factory=dict)
    """Front-matter keys (lower-cased) and whatever the format reveals (HTML: title, date, ...)."""
    page_starts: list[int] = field(default_factory=list)
    """Character offset in ``text`` at which each PDF page starts; empty for unpaged formats."""


# C0 controls except tab and newline, DEL, the BOM, and invisible marks inside words (soft hyphen, zero-width
# space and joiners, word joiner: "Bürger\u00admeister" is "Bürgermeister" to every rule); form feeds become line breaks.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufeff\u00ad\u200b-\u200d\u2060]")

_BROKEN_WORD_RE = re.compile(r"(?<=[a-zäöüß])-[ \t]*\n[ \t]*(?=[a-zäöüß])(?!(?:und|oder|bzw|sowie|bis|als|noch)\b)")
"""A word hyphenated across a line break, as text taken from a PDF page has it ("die Ver-\nwaltung"): one word again.
A hyphen before "und", "oder" … stands for the shared part of two compounds ("Bau-\nund Umweltausschuss") and stays,
as does one before a capital ("Kita-\nNeubau")."""

_BROKEN_WORD_INLINE_RE = re.compile(
    r"(?<=[a-zäöüß]{2})- (?=[a-zäöüß]{2})(?!(?:und|oder|bzw|sowie|bis|als|noch|wie|beziehungsweise|respektive|statt|anstatt|sondern|aber)\b)"
)
"""A word hyphenated at a line break that a copy turned into a space ("werden fest- gestellt", "Wolthau- sen"): one word
again; before "und", "oder" … the hyphen stands for a shared part ("Bau- und Umweltausschuss")."""
_BROKEN_PARAGRAPH_RE = re.compile(r"(?<=[a-zäöüß,])[ \t]*\n(?:[ \t]*\n)+[ \t]*(?=[a-zäöüß](?![a-zäöüß]?[).]))")
"""A blank line inside a sentence, as some PDF copies put one after every line ("Die Verwaltung wird gebeten,\n\ndie
zuständige Behörde … zu informieren."): the line before ends without a stop, the next opens in lower case (not a
list's "c)"), so the sentence goes on across one line break."""

KNOWN_META_KEYS = frozenset(
    {"id", "title", "source", "municipality", "body", "date", "kind", "agenda_item", "public"}
)
_META_LINE_RE = re.compile(r"^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:[ \t]?(.*)$")
_FRONT_MATTER_MAX_LINES = 60


def fail(path: Path, reason: str) -> ReadError:
    """A ReadError whose message names the file and the reason."""
    return ReadError(f"{path.name}: {reason} ({path})")


def normalise_text(text: str) -> str:
    """NFC, ``\\n`` line ends, form feeds as line breaks, control characters, BOMs and soft hyphens removed, words
    hyphenated across a line break joined, a blank line inside a sentence closed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = _BROKEN_PARAGRAPH_RE.sub("\n", _BROKEN_WORD_RE.sub("", _CONTROL_RE.sub("", text)))
    text = _BROKEN_WORD_INLINE_RE.sub("", text)
    return unicodedata.normalize("NFC", text)


def _strip_quotes(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split leading ``key: value`` lines ended by ``---`` (or a ``---``-opened block) off ``text``.

    Returns ``(meta, body)``; ``meta`` is empty and ``body`` is ``text`` when there is no front
    matter. A block only counts when every line in it is ``key: value`` (or blank) and at least
    one key is a known metadata key, so a Markdown heading underlined with ``---`` is left alone.
    """
    lines = text.split("\n")
    first = 1 if lines and lines[0].strip() == "---" else 0
    meta: dict[str, str] = {}
    for index in range(first, min(len(lines), first + _FRONT_MATTER_MAX_LINES)):
        line = lines[index]
        if line.strip() == "---":
            if not meta or not (meta.keys() & KNOWN_META_KEYS):
                return {}, text
            return meta, "\n".join(lines[index + 1 :])
        if not line.strip():
            continue
        match = _META_LINE_RE.match(line)
        if match is None:
            return {}, text
        meta[match.group(1).lower()] = _strip_quotes(match.group(2))
    return {}, text


_NUMERIC_DATE_RE = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})\b")
_ISO_DATE_RE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_WORD_DATE_RE = re.compile(r"\b(\d{1,2})\.\s*([A-Za-zÄÖÜäöü]+)\.?\s+(\d{4})\b")


def parse_german_date(value: str) -> str:
    """ISO ``YYYY-MM-DD`` for dates such as ``Mi, 01.02.2017`` or ``1. Februar 2017``; else ``""``."""
    day = month = year = 0
    if match := _ISO_DATE_RE.search(value):
        year, month, day = (int(g) for g in match.groups())
    elif match := _NUMERIC_DATE_RE.search(value):
        day, month, year = (int(g) for g in match.groups())
        if year < 100:
            year += 2000 if year < 70 else 1900
    elif (match := _WORD_DATE_RE.search(value)) and match.group(2).lower() in MONTH_NUMBERS:
        day, month, year = int(match.group(1)), MONTH_NUMBERS[match.group(2).lower()], int(match.group(3))
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2100):
        return ""
    return f"{year:04d}-{month:02d}-{day:02d}"


def require_text(path: Path, text: str) -> None:
    """Raise a ReadError when ``text`` holds nothing but whitespace."""
    if not text.strip():
        raise fail(path, "no text content (the file is empty or holds only whitespace/front matter)")


def read_nonempty_bytes(path: Path) -> bytes:
    """The file's bytes; a clear :class:`ReadError` when it cannot be read or is empty."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise fail(path, f"cannot be read: {exc.strerror or exc}") from exc
    if not data.strip():
        raise fail(path, "empty file")
    return data
