"""Vote formulas of German minutes → counts, unanimity and per-faction breakdown.

Handles "einstimmig", "mehrheitlich bei 3 Gegenstimmen", "einstimmig bei 2 Enthaltungen",
"12:3:1" / "mit 49 : 5", "Ja 12 Nein 3 Enthaltungen 1", "Ja: 13, Nein: 0", "dafür: 16 dagegen: 18",
"8 Ja, 2 Gegenstimmen, 1 Enthaltung" and "41 Nein-Stimmen (31 CDU, 6 FDP)".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_NUMBER_WORDS = {
    "keine": 0,
    "keiner": 0,
    "ein": 1,
    "eine": 1,
    "einer": 1,
    "einem": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
}
_NUM = r"(\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")"
_YES = r"ja(?:-?stimmen?)?|ja-(?=[\s,])|dafür|zustimmung(?:en)?|für"
_NO = r"nein(?:-?stimmen?)?|dagegen|gegenstimmen?|ablehnung(?:en)?|gegen(?=\s+(?:den|die|das)\b|\s*$)"
_ABSTAIN = r"stimmenthaltung(?:en)?|enthaltung(?:en)?|enth\."
_KEY_FIRST = re.compile(
    r"\b(?P<key>ja-?stimmen|ja|nein-?stimmen|nein|dafür|dagegen|stimmenthaltung(?:en)?|enthaltung(?:en)?|enth\.)"
    r"(?![\w-])\s*[:=]?\s*(?P<num>\d{1,3})\b",
    re.IGNORECASE,
)
_NUM_FIRST = re.compile(
    rf"(?<![\w.:]){_NUM}(?:\s*[-–])?\s+(?P<key>{_YES}|{_NO}|{_ABSTAIN})(?![\w-])(?P<paren>\s*\([^)]*\))?",
    re.IGNORECASE,
)
_KEY_PAREN = re.compile(
    r"\b(?P<key>ja-?stimmen|ja|nein-?stimmen|nein|dafür|dagegen|enthaltung(?:en)?|enth\.)\s*[:=]?\s*\d{1,3}"
    r"\s*(?P<paren>\([^)]*\))",
    re.IGNORECASE,
)
_RATIO = re.compile(
    r"(?<![\d.,:])(?<![-–]\s)(\d{1,3})\s*:\s*(\d{1,3})(?:\s*:\s*(\d{1,3}))?(?!\d|[.,]\d|\s*Uhr|\s*[-–]\s*\d)"
)
"""Counts as "12:3:1"; clock times ("18:00 - 19:22", "18:00 Uhr") are none."""
_TABLE = re.compile(
    r"\bJa\s+Nein(?:\s+Enthaltung(?:en)?)?(?:\s+Befangen)?\s+[^\d\s]\S*\s+(\d{1,3})\s+(\d{1,3})(?:\s+(\d{1,3}))?",
    re.IGNORECASE,
)
"""A result table flattened to text: "Gremium Ja Nein Enthaltung Befangen Stadtrat 19 4 2 0"."""
_COLUMN_KEY = r"(?:Anwesend\w*|Ja(?:-Stimmen)?|Nein(?:-Stimmen)?|(?:Stimm)?[Ee]nthaltung(?:en)?|Befangen\w*|dafür|dagegen)"
_COLUMNS = re.compile(rf"((?:{_COLUMN_KEY}\s*:?\s+){{2,6}})((?:\d{{1,3}}\s*){{2,6}})", re.IGNORECASE)
"""A vertical table whose keys come first and numbers after: "Anwesend JA-Stimmen NEIN-Stimmen 20 18 2"."""
_VERSUS = re.compile(r"\bmit\s+(\d{1,3})\s+(?:gegen|zu)\s+(\d{1,3})\s+Stimmen\b", re.IGNORECASE)
"""Counts written as a contest: "mit 13 gegen 0 Stimmen"."""
_UNANIMOUS = re.compile(
    r"\beinstimmig|\beinmütig|\beinvernehmlich|\bohne gegenstimme|\balle\b[^.]{0,60}\bstimm\w*\b[^.]{0,40}\bzu\b|"
    r"\bstimm\w*\s+alle\b[^.]{0,60}\bzu\b",
    re.IGNORECASE,
)
_MAJORITY = re.compile(r"\bmehrheitlich|\bstimmenmehrheit|\bmit mehrheit|\bgegen die stimmen", re.IGNORECASE)
_VOTE_WORD = re.compile(r"\bstimm|\babstimm|angenommen|beschlossen|abgelehnt|ja\b", re.IGNORECASE)


@dataclass
class Votes:
    """Parsed result of a vote formula. Counts are None where the minutes do not give them."""

    yes: int | None = None
    no: int | None = None
    abstain: int | None = None
    unanimous: bool | None = None
    by_faction: dict[str, dict[str, int | None]] = field(default_factory=dict)

    @property
    def found(self) -> bool:
        return self.unanimous is not None or any(c is not None for c in (self.yes, self.no, self.abstain))

    @property
    def has_counts(self) -> bool:
        return any(c is not None for c in (self.yes, self.no, self.abstain))


def _number(token: str) -> int:
    return int(token) if token.isdigit() else _NUMBER_WORDS[token.lower()]


def _category(key: str) -> str:
    key = key.lower()
    if re.fullmatch(_ABSTAIN, key):
        return "abstain"
    if re.fullmatch(_NO, key):
        return "no"
    return "yes"


def _factions(paren: str | None, total: int) -> dict[str, int | None]:
    """``(31 CDU, 6 FDP)`` → counts; ``(SPD)`` → the total; ``(CDU, UWG)`` → names without counts."""
    if not paren:
        return {}
    items = [p.strip() for p in re.split(r"[,;]|\bund\b", paren.strip()[1:-1]) if p.strip()]
    result: dict[str, int | None] = {}
    for item in items:
        match = re.match(r"^(\d{1,3})\s+(.+)$", item)
        if match:
            result[match.group(2).strip()] = int(match.group(1))
        elif re.search(r"[A-Za-zÄÖÜäöü]", item):
            result[item] = None
    if len(result) == 1 and None in result.values():
        return {next(iter(result)): total}
    return result


def _ignored(key: str) -> bool:
    return key.lower().startswith(("anwesend", "befangen"))


def parse_votes(text: str) -> Votes:
    """Counts and unanimity in ``text`` (one vote-result sentence or line)."""
    flat = " ".join(text.split())
    votes = Votes()
    paren_by_key = {m.group("key").lower(): m.group("paren") for m in _KEY_PAREN.finditer(flat)}
    pairs: list[tuple[str, int, str | None]] = [
        (m.group("key"), int(m.group("num")), paren_by_key.get(m.group("key").lower()))
        for m in _KEY_FIRST.finditer(flat)
    ]
    if columns := _COLUMNS.search(flat):
        keys, numbers = columns.group(1).replace(":", " ").split(), columns.group(2).split()
        if len(keys) == len(numbers):
            pairs = [(k, int(n), None) for k, n in zip(keys, numbers, strict=True) if not _ignored(k)]
    if table := _TABLE.search(flat):
        pairs = [("ja", int(table.group(1)), None), ("nein", int(table.group(2)), None)]
        pairs += [("enthaltung", int(table.group(3)), None)] if table.group(3) else []
    have = {_category(key) for key, _, _ in pairs}
    pairs += [
        (m.group("key"), _number(m.group(1)), m.group("paren"))
        for m in _NUM_FIRST.finditer(flat)
        if _category(m.group("key")) not in have
    ]
    for key, count, paren in pairs:
        category = _category(key)
        if getattr(votes, category) is None:
            setattr(votes, category, count)
        if category not in votes.by_faction and (factions := _factions(paren, count)):
            votes.by_faction[category] = factions
    if not votes.has_counts and (versus := _VERSUS.search(flat)):
        votes.yes, votes.no = int(versus.group(1)), int(versus.group(2))
    if not votes.has_counts and _VOTE_WORD.search(flat):
        ratio = _RATIO.search(flat)
        if ratio:
            votes.yes, votes.no = int(ratio.group(1)), int(ratio.group(2))
            if ratio.group(3):
                votes.abstain = int(ratio.group(3))
    if _UNANIMOUS.search(flat):
        votes.unanimous = True
        if votes.no is None:
            votes.no = 0
    elif _MAJORITY.search(flat):
        votes.unanimous = False
    elif votes.no is not None and votes.yes is not None:
        votes.unanimous = votes.no == 0 and not votes.abstain
    return votes
